// A late problem form tells the agent what to do and what to say: the chase prompt in red, and beside it
// the apology of the incoming script in the console's language.
#include "../unit/FormsWorld.h"
#include "ConsoleCore.h"
#include "core/calls/CallScript.h"
#include "core/site/Defaults.h"
#include "core/words/ScriptRepository.h"
#include "ui/forms/FormServices.h"
#include "ui/forms/ProblemFormView.h"

#include <QLabel>

using namespace threerings;
using namespace threerings::test;

TEST_CASE("a late problem form shows the apology words of the incoming script next to the chase prompt")
{
    FormsWorld w;
    REQUIRE(Defaults::ensure(*w.t.db, w.t.clock));
    ConsoleCore core(*w.t.db, w.t.clock);
    ui::FormServices services(*w.t.db, w.t.clock, w.calendar, core.guard, [&w] { return w.agent; });
    w.t.clock.set(beijing(2026, 11, 25, 9, 0));
    ProblemForm f;
    f.agentId = w.agent.userId;
    f.category = Category::Technical;
    f.customerName = QStringLiteral("陈先生");
    f.phoneMobile = QStringLiteral("13812345678");
    f.description = QStringLiteral("ATM 吞卡");
    auto form = services.forms().accept(w.agent, f);
    REQUIRE(form);

    auto script = ScriptRepository(*w.t.db, w.t.clock).get(CallScript::incomingKey, services.language());
    REQUIRE(script);
    const ScriptStep* step = script->step(QStringLiteral("apology"));
    REQUIRE(step);
    REQUIRE_FALSE(step->words.isEmpty());

    {
        // Within the two working hours: the clock, no apology.
        ui::ProblemFormView view(services, *form);
        auto* apology = view.findChild<QLabel*>(QStringLiteral("formApology"));
        REQUIRE(apology);
        CHECK(apology->isHidden());
        CHECK_FALSE(view.findChild<QLabel*>(QStringLiteral("formClock"))->property("late").toBool());
    }

    w.t.clock.set(beijing(2026, 11, 25, 11, 30)); // the transfer is late
    ui::ProblemFormView view(services, *form);
    auto* clock = view.findChild<QLabel*>(QStringLiteral("formClock"));
    REQUIRE(clock);
    CHECK(clock->property("late").toBool());
    auto* apology = view.findChild<QLabel*>(QStringLiteral("formApology"));
    REQUIRE(apology);
    CHECK_FALSE(apology->isHidden());
    CHECK(apology->text().contains(step->words));
}
