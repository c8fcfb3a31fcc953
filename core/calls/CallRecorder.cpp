#include "core/calls/CallRecorder.h"

#include "core/calls/CallRepository.h"
#include "core/util/Clock.h"

namespace threerings {

namespace {

HungUpBy hungUpBy(Line::Party p)
{
    switch (p) {
    case Line::Party::Caller:
        return HungUpBy::Caller;
    case Line::Party::Agent:
        return HungUpBy::Agent;
    case Line::Party::Line:
        return HungUpBy::Line;
    }
    return HungUpBy::Unknown;
}

} // namespace

DialResult CallRecorder::dialResultOf(Line::DialFailure f)
{
    switch (f) {
    case Line::DialFailure::Busy:
        return DialResult::Busy;
    case Line::DialFailure::NoAnswer:
        return DialResult::NoAnswer;
    case Line::DialFailure::Rejected:
        return DialResult::Rejected;
    case Line::DialFailure::Unreachable:
        return DialResult::Unreachable;
    case Line::DialFailure::Cancelled:
        return DialResult::Cancelled;
    }
    return DialResult::Unknown;
}

CallRecorder::CallRecorder(CallRepository& calls, const Clock& clock) : m_calls(calls), m_clock(clock) {}

Status CallRecorder::ringing(const QString& callerNumber, const QString& customerId, const QDateTime& ringAt,
                             bool saveNow)
{
    Call call;
    call.callerNumber = callerNumber;
    call.customerId = customerId;
    call.agentId = m_agentId;
    call.ringAt = ringAt;
    call.simulated = m_simulated;
    m_holdStart = {};
    m_ringNoAnswer = false;
    if (!saveNow) {
        m_call = call;
        return {};
    }
    auto stored = m_calls.insert(call, m_agentId);
    if (!stored) {
        m_call = call; // kept in memory; the next step tries to insert again
        return stored.error();
    }
    m_call = *stored;
    return {};
}

Status CallRecorder::dialling(const QString& number, const QString& customerId, const QDateTime& at,
                              const Dial& dial)
{
    if (Status s = ringing(number, customerId, at, false); !s)
        return s;
    m_call->direction = QStringLiteral("out");
    m_call->purpose = dial.purpose;
    m_call->recordKind = dial.recordKind;
    m_call->recordId = dial.recordId;
    return save();
}

Status CallRecorder::answered(const QDateTime& at, int ringsAtAnswer)
{
    if (!m_call)
        return {};
    m_call->answeredAt = at;
    m_call->ringsAtAnswer = ringsAtAnswer;
    return save();
}

Status CallRecorder::held(const QDateTime& at)
{
    if (m_call)
        m_holdStart = at;
    return {};
}

Status CallRecorder::resumed(const QDateTime& at)
{
    if (!m_call || !m_holdStart.isValid())
        return {};
    m_call->holdMs += std::max<qint64>(0, m_holdStart.msecsTo(at));
    m_holdStart = {};
    return save();
}

Status CallRecorder::ended(const QDateTime& at, Line::Party by, std::optional<Line::DialFailure> failure)
{
    if (!m_call)
        return {};
    if (m_holdStart.isValid())
        m_call->holdMs += std::max<qint64>(0, m_holdStart.msecsTo(at));
    m_holdStart = {};
    m_call->endedAt = at;
    m_call->hungUpBy = hungUpBy(by);
    m_call->ringNoAnswer = m_ringNoAnswer;
    if (m_call->outgoing()) {
        // Nobody abandons a call the console placed: it was answered, or its dialling failed.
        m_call->abandoned = false;
        if (m_call->answered())
            m_call->dialResult = DialResult::Answered;
        else
            m_call->dialResult = dialResultOf(failure.value_or(
                by == Line::Party::Agent ? Line::DialFailure::Cancelled : Line::DialFailure::NoAnswer));
    } else {
        m_call->abandoned = !m_call->answered() && by == Line::Party::Caller && !m_ringNoAnswer;
    }
    m_call->agentHungUpFirst = m_call->answered() && by == Line::Party::Agent;
    const Status s = save();
    m_last = m_call;
    m_call.reset();
    m_ringNoAnswer = false;
    return s;
}

Status CallRecorder::setCustomer(const QString& customerId)
{
    if (!m_call)
        return {};
    m_call->customerId = customerId;
    return save();
}

Status CallRecorder::setRecording(const QString& path)
{
    if (!m_call)
        return Error::notFound(tr("There is no call on the line to keep the recording %1 with.").arg(path));
    m_call->recordingPath = path;
    return save();
}

Status CallRecorder::setSummary(const QString& summary)
{
    if (m_call) {
        m_call->summary = summary;
        return save();
    }
    if (!m_last || m_last->meta.id.isEmpty() || m_last->summary == summary)
        return {};
    Call changed = *m_last;
    changed.summary = summary;
    auto stored = m_calls.update(changed, m_agentId);
    if (!stored)
        return stored.error();
    m_last = *stored;
    return {};
}

Status CallRecorder::classify(std::optional<Category> category, CallOutcome outcome)
{
    if (m_call) {
        m_call->category = category;
        m_call->outcome = outcome;
        return save();
    }
    if (!m_last || m_last->meta.id.isEmpty())
        return Error::notFound(tr("There is no call to finish."));
    Call changed = *m_last;
    changed.category = category;
    changed.outcome = outcome;
    auto stored = m_calls.update(changed, m_agentId);
    if (!stored)
        return stored.error();
    m_last = *stored;
    return {};
}

Status CallRecorder::flush()
{
    if (!m_call || !m_call->meta.id.isEmpty())
        return {};
    return save();
}

Status CallRecorder::save()
{
    auto stored =
        m_call->meta.id.isEmpty() ? m_calls.insert(*m_call, m_agentId) : m_calls.update(*m_call, m_agentId);
    if (!stored)
        return stored.error();
    m_call = *stored;
    return {};
}

Result<int> CallRecorder::recoverInterrupted(CallRepository& calls, const QString& agentId)
{
    auto open = calls.openFor(agentId);
    if (!open)
        return open.error();
    int closed = 0;
    for (Call c : *open) {
        c.endedAt =
            c.meta.updatedAt > 0 ? QDateTime::fromMSecsSinceEpoch(c.meta.updatedAt, Qt::UTC) : c.ringAt;
        c.hungUpBy = HungUpBy::Line;
        if (auto r = calls.update(c, agentId); !r)
            return r.error();
        ++closed;
    }
    return closed;
}

} // namespace threerings
