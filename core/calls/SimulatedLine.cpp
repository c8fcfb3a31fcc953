#include "core/calls/SimulatedLine.h"

#include "core/util/Clock.h"

#include <QRandomGenerator>
#include <QUuid>
#include <algorithm>

namespace threerings {

namespace {

// A pause after one call ends before a scheduled caller who found the line busy rings.
constexpr qint64 busyRetryMs = 5'000;
constexpr int tickIntervalMs = 250;

qint64 systemRandom(qint64 lo, qint64 hi)
{
    return lo + static_cast<qint64>(QRandomGenerator::global()->bounded(static_cast<quint64>(hi - lo + 1)));
}

} // namespace

SimulatedLine::SimulatedLine(const Clock& clock, Behaviour behaviour, Random random, QObject* parent)
    : Line(parent), m_clock(clock), m_behaviour(behaviour),
      m_random(random ? std::move(random) : systemRandom)
{
    m_timer.setInterval(tickIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SimulatedLine::tick);
}

SimulatedLine::SimulatedLine(const Clock& clock, QObject* parent)
    : SimulatedLine(clock, Behaviour{}, {}, parent)
{}

SimulatedLine::~SimulatedLine() = default;

QString SimulatedLine::displayName() const
{
    if (m_schedule)
        return tr("Simulated line (demo calls every %1 s)").arg(m_schedule->intervalMs / 1000);
    return tr("Simulated line (no demo calls)");
}

std::optional<SimulatedLine::CallState> SimulatedLine::currentCallState() const
{
    if (!m_call)
        return std::nullopt;
    return m_call->state;
}

Status SimulatedLine::checkCall(const QString& callId) const
{
    if (!m_call || m_call->id != callId)
        return Error::notFound(tr("There is no call %1 on the line; it may have ended already.").arg(callId));
    return {};
}

std::optional<QDateTime> SimulatedLine::randomDeadline(qint64 minMs, qint64 maxMs) const
{
    if (maxMs <= 0)
        return std::nullopt;
    const qint64 lo = std::clamp<qint64>(minMs, 0, maxMs);
    return m_clock.now().addMSecs(m_random(lo, maxMs));
}

Result<QString> SimulatedLine::placeIncomingCall(const QString& number)
{
    if (m_call)
        return Error::conflict(tr("The line is busy with another call."));
    Call call;
    call.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    call.number = number;
    call.callerLeavesAt = randomDeadline(m_behaviour.giveUpMinMs, m_behaviour.giveUpMaxMs);
    m_call = call;
    updateTimer();
    Q_EMIT incomingCall(call.id, number);
    return call.id;
}

Result<QString> SimulatedLine::dial(const QString& number)
{
    if (m_call)
        return Error::conflict(tr("The line is busy with another call."));
    if (number.trimmed().isEmpty())
        return Error::data(tr("Enter the number to call."), QStringLiteral("number"));
    Call call;
    call.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    call.number = number;
    call.outgoing = true;
    if (!m_callees.isEmpty()) {
        call.callee = m_callees.takeFirst();
    } else {
        const qint64 roll = m_random(1, 100);
        if (roll <= m_behaviour.calleeBusyPercent)
            call.callee = Callee::Busy;
        else if (roll <= m_behaviour.calleeBusyPercent + m_behaviour.calleeNoAnswerPercent)
            call.callee = Callee::NoAnswer;
    }
    switch (call.callee) {
    case Callee::Answers:
        call.calleeRespondsAt = randomDeadline(m_behaviour.calleeAnswerMinMs, m_behaviour.calleeAnswerMaxMs);
        break;
    case Callee::NoAnswer:
        call.calleeRespondsAt = m_clock.now().addMSecs(m_behaviour.noAnswerAfterMs);
        break;
    case Callee::Busy:
    case Callee::Rejects:
    case Callee::Unreachable:
        call.calleeRespondsAt = m_clock.now().addMSecs(1'000);
        break;
    }
    if (!call.calleeRespondsAt)
        call.calleeRespondsAt = m_clock.now();
    m_call = call;
    updateTimer();
    Q_EMIT outgoingCall(call.id, number);
    if (call.callee != Callee::Unreachable)
        Q_EMIT remoteRinging(call.id);
    return call.id;
}

void SimulatedLine::calleeResponds()
{
    const QString id = m_call->id;
    m_call->calleeRespondsAt.reset();
    switch (m_call->callee) {
    case Callee::Answers:
        m_call->state = CallState::Connected;
        m_call->callerLeavesAt = randomDeadline(m_behaviour.talkMinMs, m_behaviour.talkMaxMs);
        updateTimer();
        Q_EMIT callAnswered(id);
        return;
    case Callee::Busy:
        Q_EMIT callFailed(id, DialFailure::Busy);
        endCall(Party::Caller);
        return;
    case Callee::Rejects:
        Q_EMIT callFailed(id, DialFailure::Rejected);
        endCall(Party::Caller);
        return;
    case Callee::NoAnswer:
        Q_EMIT callFailed(id, DialFailure::NoAnswer);
        endCall(Party::Line);
        return;
    case Callee::Unreachable:
        Q_EMIT callFailed(id, DialFailure::Unreachable);
        endCall(Party::Line);
        return;
    }
}

Status SimulatedLine::answer(const QString& callId)
{
    if (Status s = checkCall(callId); !s)
        return s;
    if (m_call->outgoing)
        return Error::conflict(tr("The other end answers a call you placed."));
    if (m_call->state != CallState::Ringing)
        return Error::conflict(tr("The call has already been answered."));
    m_call->state = CallState::Connected;
    m_call->callerLeavesAt = randomDeadline(m_behaviour.talkMinMs, m_behaviour.talkMaxMs);
    updateTimer();
    Q_EMIT callAnswered(callId);
    return {};
}

Status SimulatedLine::hangUp(const QString& callId)
{
    if (Status s = checkCall(callId); !s)
        return s;
    if (m_call->outgoing && m_call->state == CallState::Ringing)
        Q_EMIT callFailed(callId, DialFailure::Cancelled);
    endCall(Party::Agent);
    return {};
}

Status SimulatedLine::hold(const QString& callId)
{
    if (Status s = checkCall(callId); !s)
        return s;
    if (m_call->state != CallState::Connected)
        return Error::conflict(tr("Only a connected call can be put on hold."));
    m_call->state = CallState::OnHold;
    m_call->talkLeftMs = m_call->callerLeavesAt ? m_clock.now().msecsTo(*m_call->callerLeavesAt) : 0;
    m_call->callerLeavesAt.reset();
    Q_EMIT callHeld(callId);
    return {};
}

Status SimulatedLine::resume(const QString& callId)
{
    if (Status s = checkCall(callId); !s)
        return s;
    if (m_call->state != CallState::OnHold)
        return Error::conflict(tr("The call is not on hold."));
    m_call->state = CallState::Connected;
    if (m_behaviour.talkMaxMs > 0)
        m_call->callerLeavesAt = m_clock.now().addMSecs(std::max<qint64>(m_call->talkLeftMs, 0));
    Q_EMIT callResumed(callId);
    return {};
}

Status SimulatedLine::transfer(const QString& callId, const QString& number)
{
    if (Status s = checkCall(callId); !s)
        return s;
    if (m_call->state == CallState::Ringing)
        return Error::conflict(tr("Answer the call before transferring it."));
    if (number.trimmed().isEmpty())
        return Error::data(tr("Enter the number to transfer the call to."), QStringLiteral("number"));
    Q_EMIT callTransferred(callId, number);
    endCall(Party::Agent);
    return {};
}

Status SimulatedLine::callerHangsUp(const QString& callId)
{
    if (Status s = checkCall(callId); !s)
        return s;
    endCall(Party::Caller);
    return {};
}

Status SimulatedLine::dropCall(const QString& callId)
{
    if (Status s = checkCall(callId); !s)
        return s;
    endCall(Party::Line);
    return {};
}

void SimulatedLine::endCall(Line::Party by)
{
    const Call call = *m_call;
    m_call.reset();
    if (m_schedule && m_schedule->dueAt < m_clock.now().addMSecs(busyRetryMs))
        m_schedule->dueAt = m_clock.now().addMSecs(busyRetryMs);
    updateTimer();
    if (!call.outgoing && call.state == CallState::Ringing && by == Party::Caller)
        Q_EMIT callerGoneWhileRinging(call.id);
    Q_EMIT callEnded(call.id, by);
}

void SimulatedLine::startSchedule(const QStringList& numbers, qint64 intervalMs, qint64 firstDelayMs)
{
    if (numbers.isEmpty() || intervalMs <= 0) {
        stopSchedule();
        return;
    }
    m_schedule = Schedule{numbers, intervalMs, 0, m_clock.now().addMSecs(std::max<qint64>(firstDelayMs, 0))};
    updateTimer();
}

void SimulatedLine::setAgentAvailable(bool available)
{
    if (available == m_available)
        return;
    m_available = available;
    if (m_available && m_schedule && m_schedule->dueAt < m_clock.now().addMSecs(busyRetryMs))
        m_schedule->dueAt = m_clock.now().addMSecs(busyRetryMs);
}

void SimulatedLine::stopSchedule()
{
    m_schedule.reset();
    updateTimer();
}

void SimulatedLine::tick()
{
    const QDateTime now = m_clock.now();
    if (m_call && m_call->calleeRespondsAt && *m_call->calleeRespondsAt <= now) {
        calleeResponds();
        return;
    }
    if (m_call && m_call->callerLeavesAt && *m_call->callerLeavesAt <= now) {
        endCall(Party::Caller);
        return; // the next scheduled call, if any, waits for the pause after this one
    }
    if (m_schedule && !m_call && m_available && m_schedule->dueAt <= now) {
        const QString number = m_schedule->numbers.at(m_schedule->next % m_schedule->numbers.size());
        m_schedule->next = (m_schedule->next + 1) % m_schedule->numbers.size();
        m_schedule->dueAt = now.addMSecs(m_schedule->intervalMs);
        (void)placeIncomingCall(number);
    }
}

void SimulatedLine::updateTimer()
{
    const bool work = m_schedule.has_value() || m_call.has_value();
    if (work && !m_timer.isActive())
        m_timer.start();
    else if (!work)
        m_timer.stop();
}

} // namespace threerings
