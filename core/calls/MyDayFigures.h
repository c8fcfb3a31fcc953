#pragma once

#include "core/model/AgentState.h"

#include <QHash>

namespace threerings {

// An agent's own service level for one local day: what "My day" shows (read by MyDayQueries, asked for
// through CallSession::myDay).
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

} // namespace threerings
