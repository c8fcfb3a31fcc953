#pragma once

#include "core/model/AgentState.h"
#include "core/settings/Settings.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <functional>
#include <optional>

namespace threerings {

class AgentStateRepository;
class Clock;

// The signed-in agent's state: Ready, Not Ready with a reason, On call, Wrap-up. Every change closes the
// stretch of time in the old state and opens one in the new state in agent_states, so the time spent in
// each is recorded even when the console is killed (start() closes what a killed console left open).
//
// Wrap-up ends by itself after the configured limit (Setting::WrapUpSeconds); a timer calls tick() while it
// lasts, tests call it after moving their clock. Without an agent (a console nobody signed in to) the
// states still change but nothing is stored.
class AgentStates : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 defaultWrapUpMs = Setting::WrapUpSeconds.defaultValue() * 1000LL;

    AgentStates(AgentStateRepository& repo, const Clock& clock, qint64 wrapUpLimitMs = defaultWrapUpMs,
                QObject* parent = nullptr);

    // Begins the agent's day in `initial` (Ready by default; Not Ready with `reason`); closes stretches a
    // killed console left open.
    Status start(const QString& agentId, AgentState initial = AgentState::Ready, const QString& reason = {});
    // Closes the current stretch (signing out, quitting).
    Status stop();

    QString agentId() const { return m_agentId; }
    AgentState state() const { return m_state; }
    QString reason() const { return m_reason; }
    QDateTime since() const { return m_since; }
    bool isReady() const { return m_state == AgentState::Ready; }
    // Whether the person may be offered calls at all (an agent; not a supervisor, a trainee or nobody).
    bool takesCalls() const { return m_reason != AgentStateNames::noCallsReason(); }
    qint64 wrapUpLimitMs() const { return m_wrapUpLimitMs; }
    // Time left of the wrap-up; 0 outside wrap-up.
    qint64 wrapUpLeftMs() const;

    // What keeps the person from Ready (not an agent, the last call not finished in wrap-up); fine when
    // nothing. Set by the call session; unset, nothing does.
    using ReadyCheck = std::function<Status()>;
    void setReadyCheck(ReadyCheck check) { m_readyCheck = std::move(check); }

    // The agent's own choices; refused while a call is on, and Ready while the ready check says why not.
    Status setReady();
    Status setNotReady(const QString& reason);

    // What the call does to the state.
    void callAnswered();
    void callEnded(bool wasAnswered);
    void ringNoAnswer();

    void tick();

Q_SIGNALS:
    void changed(threerings::AgentState state, const QString& reason);
    // Storing a change failed; the text is for the status bar.
    void problem(const QString& message);

private:
    Status moveTo(AgentState state, const QString& reason);

    AgentStateRepository& m_repo;
    const Clock& m_clock;
    qint64 m_wrapUpLimitMs;
    QString m_agentId;
    AgentState m_state = AgentState::Ready;
    QString m_reason;
    QDateTime m_since;
    std::optional<AgentStatePeriod> m_open;
    QTimer m_timer;
    ReadyCheck m_readyCheck;
};

} // namespace threerings
