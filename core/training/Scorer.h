#pragma once

#include "core/training/PracticeEvent.h"
#include "core/training/Scenario.h"
#include "core/training/Scorecard.h"

#include <QCoreApplication>
#include <QList>

namespace threerings {

// Scores a practice call: a pure function of the scenario and the session's events, so a session
// scored again from the database gives the same card. Every point lost is one ScoreLoss with its reason.
class Scorer
{
    Q_DECLARE_TR_FUNCTIONS(Scorer)

public:
    static Scorecard score(const Scenario& scenario, const QList<PracticeEvent>& events);
    // Whether a trainee's line asks the caller's name (贵姓, 怎么称呼 …, in any wording of that family):
    // the practice call shows the caller's name only after it was asked, as a real caller gives it.
    static bool asksForName(const QString& line);
};

} // namespace threerings
