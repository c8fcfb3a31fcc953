#include "core/calls/AgentStates.h"

#include "core/calls/AgentStateRepository.h"
#include "core/db/Transaction.h"
#include "core/util/Clock.h"

namespace threerings {

AgentStates::AgentStates(AgentStateRepository& repo, const Clock& clock, qint64 wrapUpLimitMs,
                         QObject* parent)
    : QObject(parent), m_repo(repo), m_clock(clock), m_wrapUpLimitMs(std::max<qint64>(0, wrapUpLimitMs)),
      m_since(clock.now())
{
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &AgentStates::tick);
}

Status AgentStates::start(const QString& agentId, AgentState initial, const QString& reason)
{
    if (Status s = stop(); !s)
        return s;
    m_agentId = agentId;
    if (!m_agentId.isEmpty())
        if (auto closed = m_repo.closeOpen(m_agentId, m_clock.now()); !closed)
            return closed.error();
    m_state = initial == AgentState::OnCall || initial == AgentState::WrapUp ? AgentState::Ready : initial;
    m_reason = m_state == AgentState::NotReady ? reason : QString();
    m_since = m_clock.now();
    if (!m_agentId.isEmpty()) {
        auto p = m_repo.begin(m_agentId, m_state, m_reason, m_since);
        if (!p)
            return p.error();
        m_open = *p;
    }
    Q_EMIT changed(m_state, m_reason);
    return {};
}

Status AgentStates::stop()
{
    m_timer.stop();
    if (!m_open)
        return {};
    auto closed = m_repo.end(*m_open, m_clock.now());
    m_open.reset();
    if (!closed)
        return closed.error();
    return {};
}

qint64 AgentStates::wrapUpLeftMs() const
{
    if (m_state != AgentState::WrapUp)
        return 0;
    return std::max<qint64>(0, m_wrapUpLimitMs - m_since.msecsTo(m_clock.now()));
}

Status AgentStates::setReady()
{
    if (m_state == AgentState::OnCall)
        return Error::conflict(tr("A call is on the line; you become Ready after it and its wrap-up."));
    if (m_readyCheck)
        if (Status why = m_readyCheck(); !why)
            return why;
    return moveTo(AgentState::Ready, {});
}

Status AgentStates::setNotReady(const QString& reason)
{
    if (m_state == AgentState::OnCall)
        return Error::conflict(tr("A call is on the line; choose Not Ready after it ends."));
    if (reason.trimmed().isEmpty())
        return Error::data(tr("Say why you are not ready: break, meal, training, meeting or other."),
                           QStringLiteral("reason"));
    return moveTo(AgentState::NotReady, reason.trimmed());
}

void AgentStates::callAnswered()
{
    if (Status s = moveTo(AgentState::OnCall, {}); !s)
        Q_EMIT problem(s.error().message);
}

void AgentStates::callEnded(bool wasAnswered)
{
    if (!wasAnswered || m_state != AgentState::OnCall)
        return;
    const AgentState next = m_wrapUpLimitMs > 0 ? AgentState::WrapUp : AgentState::Ready;
    if (Status s = moveTo(next, {}); !s)
        Q_EMIT problem(s.error().message);
}

void AgentStates::ringNoAnswer()
{
    if (Status s = moveTo(AgentState::NotReady, AgentStateNames::ringNoAnswerReason()); !s)
        Q_EMIT problem(s.error().message);
}

void AgentStates::tick()
{
    if (m_state != AgentState::WrapUp || wrapUpLeftMs() > 0)
        return;
    // Past the limit the agent goes Ready by themselves only with the call finished; otherwise the wrap-up
    // runs over (the supervisor sees it) until they finish it.
    if (m_readyCheck && !m_readyCheck())
        return;
    if (Status s = moveTo(AgentState::Ready, {}); !s)
        Q_EMIT problem(s.error().message);
}

Status AgentStates::moveTo(AgentState state, const QString& reason)
{
    if (state == m_state && reason == m_reason)
        return {};
    const QDateTime now = m_clock.now();
    Status stored;
    if (!m_agentId.isEmpty()) {
        // One transaction: the old stretch ends exactly when the new one begins.
        Transaction tx(m_repo.database());
        if (m_open)
            if (auto closed = m_repo.end(*m_open, now); !closed)
                stored = closed.error();
        if (stored) {
            auto opened = m_repo.begin(m_agentId, state, reason, now);
            if (opened && tx.commit()) {
                m_open = *opened;
            } else {
                stored = opened ? Error::io(tr("The agent state could not be saved; the disk may be full."))
                                : opened.error();
                m_open.reset();
            }
        }
    }
    // The console follows the agent even when storing failed; the failure is reported.
    m_state = state;
    m_reason = reason;
    m_since = now;
    if (m_state == AgentState::WrapUp)
        m_timer.start();
    else
        m_timer.stop();
    Q_EMIT changed(m_state, m_reason);
    return stored;
}

} // namespace threerings
