#include "core/model/AgentState.h"

namespace threerings {

QString AgentStateNames::key(AgentState s)
{
    switch (s) {
    case AgentState::Ready:
        return QStringLiteral("ready");
    case AgentState::NotReady:
        return QStringLiteral("not_ready");
    case AgentState::OnCall:
        return QStringLiteral("on_call");
    case AgentState::WrapUp:
        return QStringLiteral("wrap_up");
    }
    return {};
}

std::optional<AgentState> AgentStateNames::fromKey(const QString& key)
{
    for (AgentState s : {AgentState::Ready, AgentState::NotReady, AgentState::OnCall, AgentState::WrapUp})
        if (AgentStateNames::key(s) == key)
            return s;
    return std::nullopt;
}

QString AgentStateNames::label(AgentState s)
{
    switch (s) {
    case AgentState::Ready:
        return tr("Ready");
    case AgentState::NotReady:
        return tr("Not ready");
    case AgentState::OnCall:
        return tr("On call");
    case AgentState::WrapUp:
        return tr("Wrap-up");
    }
    return {};
}

QStringList AgentStateNames::notReadyReasons()
{
    return {QStringLiteral("break"),   QStringLiteral("meal"),     QStringLiteral("training"),
            QStringLiteral("meeting"), QStringLiteral("outbound"), QStringLiteral("other")};
}

QString AgentStateNames::reasonLabel(const QString& reason)
{
    if (reason == QLatin1String("break"))
        return tr("Break");
    if (reason == QLatin1String("meal"))
        return tr("Meal");
    if (reason == QLatin1String("training"))
        return tr("Training");
    if (reason == QLatin1String("meeting"))
        return tr("Meeting");
    if (reason == QLatin1String("other"))
        return tr("Other");
    if (reason == QLatin1String("outbound"))
        return tr("Callbacks and outbound calls");
    if (reason == signedInReason())
        return tr("Just signed in");
    if (reason == noCallsReason())
        return tr("Does not take calls");
    if (reason == ringNoAnswerReason())
        return tr("Missed a call (ring-no-answer)");
    return reason;
}

} // namespace threerings
