#pragma once

#include "core/db/Repository.h"
#include "core/model/AgentState.h"
#include "core/util/HotlineTime.h"

#include <QHash>
#include <QTimeZone>

namespace threerings {

// An agent's own service level for one local day: what "My day" shows.
struct MyDayFigures
{
    int offered = 0; // calls that rang on the agent's console
    int answered = 0;
    int withinThreeRings = 0;
    int late = 0;         // answered after the third ring
    int abandoned = 0;    // the caller gave up while it rang
    int ringNoAnswer = 0; // rang out on this console
    int agentHungUpFirst = 0;
    double meanRings = 0;       // over the answered calls
    int skippedScriptSteps = 0; // required script steps left unsaid (script_runs)
    QHash<AgentState, qint64> msInState;

    // Share of answered calls picked up within three rings, 0…1 (1 with no answered call).
    double shareWithinThreeRings() const { return answered > 0 ? double(withinThreeRings) / answered : 1.0; }
};

// Reads "My day" from calls (calls_agent index) and agent_states (agent_states_agent index).
class MyDayQueries : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(MyDayQueries)

public:
    MyDayQueries(Database& db, const Clock& clock, QTimeZone zone = hotlineTimeZone());

    // The figures of `agentId` for the local day containing the clock's now.
    Result<MyDayFigures> today(const QString& agentId) const;
    Result<MyDayFigures> forDay(const QString& agentId, const QDate& day) const;

private:
    QTimeZone m_zone;
};

} // namespace threerings
