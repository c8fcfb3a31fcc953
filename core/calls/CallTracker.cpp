#include "core/calls/CallTracker.h"

#include "core/util/Clock.h"

namespace threerings {

namespace {
constexpr int tickIntervalMs = 100;
}

CallTracker::CallTracker(Line& line, const Clock& clock, RingCadence cadence, QObject* parent)
    : QObject(parent), m_line(line), m_clock(clock), m_counter(cadence)
{
    m_timer.setInterval(tickIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &CallTracker::tick);
    connect(&m_line, &Line::incomingCall, this, &CallTracker::onIncoming);
    connect(&m_line, &Line::callAnswered, this, &CallTracker::onAnswered);
    connect(&m_line, &Line::callHeld, this, [this](const QString& id) {
        if (id == m_callId)
            setState(State::OnHold);
    });
    connect(&m_line, &Line::callResumed, this, [this](const QString& id) {
        if (id == m_callId)
            setState(State::Connected);
    });
    connect(&m_line, &Line::callEnded, this, &CallTracker::onEnded);
    connect(&m_line, &Line::outgoingCall, this, &CallTracker::onOutgoing);
    connect(&m_line, &Line::remoteRinging, this, [this](const QString& id) {
        if (id == m_callId && m_outgoing) {
            m_remoteRinging = true;
            Q_EMIT ticked();
        }
    });
    connect(&m_line, &Line::callFailed, this, [this](const QString& id, Line::DialFailure why) {
        if (id == m_callId && m_outgoing)
            m_failure = why;
    });
}

RingState CallTracker::ringState() const
{
    if (m_state == State::Idle)
        return {};
    const QDateTime until = m_state == State::Ringing ? m_clock.now() : m_answeredAt;
    return m_counter.state(m_ringStartedAt, until);
}

qint64 CallTracker::diallingMs() const
{
    if (m_state != State::Ringing || !m_outgoing)
        return 0;
    return std::max<qint64>(0, m_ringStartedAt.msecsTo(m_clock.now()));
}

qint64 CallTracker::talkMs() const
{
    if (m_state != State::Connected && m_state != State::OnHold)
        return 0;
    return std::max<qint64>(0, m_answeredAt.msecsTo(m_clock.now()));
}

Status CallTracker::noCall() const
{
    return Error::notFound(tr("There is no call on the line."));
}

Result<QString> CallTracker::dial(const QString& number)
{
    if (m_state != State::Idle)
        return Error::conflict(tr("Finish the call on the line before placing another."));
    return m_line.dial(number);
}

Status CallTracker::answer()
{
    if (m_outgoing)
        return Error::conflict(tr("The other end answers a call you placed."));
    if (m_state != State::Ringing)
        return m_state == State::Idle ? noCall() : Error::conflict(tr("The call has already been answered."));
    return m_line.answer(m_callId);
}

Status CallTracker::hangUp()
{
    if (m_state == State::Idle)
        return noCall();
    return m_line.hangUp(m_callId);
}

Status CallTracker::toggleHold()
{
    if (m_state == State::Connected)
        return m_line.hold(m_callId);
    if (m_state == State::OnHold)
        return m_line.resume(m_callId);
    return m_state == State::Idle ? noCall()
                                  : Error::conflict(tr("Answer the call before putting it on hold."));
}

void CallTracker::tick()
{
    if (m_state == State::Idle)
        return;
    if (m_state == State::Ringing && !m_outgoing) {
        const int ring = ringState().ring;
        while (m_lastRing < ring)
            Q_EMIT ringStarted(++m_lastRing);
    }
    Q_EMIT ticked();
}

void CallTracker::onIncoming(const QString& callId, const QString& number)
{
    // One call at a time; a second one keeps ringing on the line until this one ends.
    begin(callId, number, false);
}

void CallTracker::onOutgoing(const QString& callId, const QString& number)
{
    begin(callId, number, true);
}

void CallTracker::begin(const QString& callId, const QString& number, bool outgoing)
{
    if (m_state != State::Idle)
        return;
    m_callId = callId;
    m_number = number;
    m_ringStartedAt = m_clock.now();
    m_answeredAt = {};
    m_ringsAtAnswer = 0;
    m_lastRing = 0;
    m_outgoing = outgoing;
    m_remoteRinging = false;
    m_failure.reset();
    m_timer.start();
    setState(State::Ringing);
    tick();
}

void CallTracker::onAnswered(const QString& callId)
{
    if (callId != m_callId || m_state != State::Ringing)
        return;
    m_answeredAt = m_clock.now();
    m_ringsAtAnswer = std::max(1, m_counter.state(m_ringStartedAt, m_answeredAt).ring);
    setState(State::Connected);
}

void CallTracker::onEnded(const QString& callId, Line::Party by)
{
    if (callId != m_callId || m_state == State::Idle)
        return;
    Summary s;
    s.callId = m_callId;
    s.callerNumber = m_number;
    s.ringStartedAt = m_ringStartedAt;
    s.answered = m_answeredAt.isValid();
    s.ringsAtAnswer = m_ringsAtAnswer;
    s.answeredLate = s.answered && !m_outgoing && RingCounter::isOverdue(m_ringsAtAnswer);
    s.outgoing = m_outgoing;
    s.failure = m_failure;
    s.talkMs = talkMs();
    s.endedBy = by;
    m_last = s;
    m_timer.stop();
    m_callId.clear();
    m_number.clear();
    m_outgoing = false;
    m_remoteRinging = false;
    m_failure.reset();
    setState(State::Idle);
    Q_EMIT callFinished(s);
}

void CallTracker::setState(State s)
{
    if (s == m_state)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

} // namespace threerings
