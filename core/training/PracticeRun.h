#pragma once

#include "core/training/PracticeEvent.h"
#include "core/training/Scenario.h"
#include "core/training/Scorecard.h"
#include "core/util/Result.h"
#include "core/words/PhraseList.h"
#include "core/words/Script.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace threerings {

// A practice call run headless from a file of the trainee's lines and actions (`threerings practice run`,
// tests of scenarios). The file:
//   {"answer_at_ring": 2,
//    "actions": [{"say": "您好!…", "step": "greeting"}, {"tick": "classify"}, {"skip": "lookup"},
//                {"trap": "angry"}, {"caller": "…"}, {"remark": "…"},
//                {"form": {"category": "technical", "customer_name": "…", "phone": "…", "outlet": "…",
//                          "description": "…", "transfer": true}},
//                {"end": "trainee"}]}
// Each action may say "after_seconds" (default 10): the pretend clock moves on that much first. Rings
// come every 5 s (China cadence, 1 s on 4 s off). The call ends after the last action if no "end" ends it.
class PracticeRun
{
    Q_DECLARE_TR_FUNCTIONS(PracticeRun)

public:
    struct Outcome
    {
        QList<PracticeEvent> events;
        Scorecard scorecard;
    };

    static Result<Outcome> run(const Scenario& scenario, const QByteArray& answersJson,
                               const Script& incoming, const PhraseList& phrases,
                               const QVariantMap& context = {});
};

} // namespace threerings
