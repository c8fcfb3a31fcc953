#pragma once

#include "core/db/RecordMeta.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

namespace threerings {

// Where an agent stands towards the line. Only a Ready agent is offered calls.
enum class AgentState
{
    Ready,
    NotReady, // with a reason: break, meal, training, meeting, outbound work, ring-no-answer …
    OnCall,
    WrapUp, // after-call work, limited in time
};

class AgentStateNames
{
    Q_DECLARE_TR_FUNCTIONS(AgentStateNames)

public:
    static QString key(AgentState s); // ready, not_ready, on_call, wrap_up (stored)
    static std::optional<AgentState> fromKey(const QString& key);
    static QString label(AgentState s);
    // The reasons offered for Not Ready (keys), and how they read.
    static QStringList notReadyReasons();
    static QString reasonLabel(const QString& reason);
    static QString ringNoAnswerReason() { return QStringLiteral("ring_no_answer"); }
    // Reasons the console gives: an agent who has just signed in (until they choose Ready), and a person
    // without the agent role, who is never offered calls.
    static QString signedInReason() { return QStringLiteral("signed_in"); }
    static QString noCallsReason() { return QStringLiteral("no_calls"); }
};

// One stretch of time an agent spent in one state (agent_states); `to` stays invalid while it lasts.
struct AgentStatePeriod
{
    RecordMeta meta;
    QString agentId;
    AgentState state = AgentState::Ready;
    QString reason;
    QDateTime from;
    QDateTime to;
};

} // namespace threerings
