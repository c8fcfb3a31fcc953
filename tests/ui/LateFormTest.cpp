// A late problem form tells the agent what to do and what to say: the chase prompt in red, and beside it
// the apology of the incoming script in the console's language.
#include "../unit/FormsWorld.h"
#include "ConsoleCore.h"
#include "core/calls/CallScript.h"
#include "core/forms/FormChases.h"
#include "core/site/Defaults.h"
#include "core/words/ScriptRepository.h"
#include "ui/forms/FormServices.h"
#include "ui/forms/ProblemFormView.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace threerings;
using namespace threerings::test;

TEST_CASE("a late problem form shows the apology words of the incoming script next to the chase prompt")
{
    FormsWorld w;
    REQUIRE(Defaults::ensure(*w.t.db, w.t.clock));
    ConsoleCore core(*w.t.db, w.t.clock);
    ui::FormServices services(*w.t.db, w.t.clock, w.calendar, core.guard, [&w] { return w.agent; });
    w.t.clock.set(beijing(2026, 11, 25, 9, 0));
    const ProblemForm form = acceptedForm(services.forms(), w.agent);

    auto script = ScriptRepository(*w.t.db, w.t.clock).get(CallScript::incomingKey, services.language());
    REQUIRE(script);
    const ScriptStep* step = script->step(QStringLiteral("apology"));
    REQUIRE(step);
    REQUIRE_FALSE(step->words.isEmpty());

    {
        // Within the two working hours: the clock, no apology.
        ui::ProblemFormView view(services, form);
        auto* apology = view.findChild<QLabel*>(QStringLiteral("formApology"));
        REQUIRE(apology);
        CHECK(apology->isHidden());
        CHECK_FALSE(view.findChild<QLabel*>(QStringLiteral("formClock"))->property("late").toBool());
    }

    w.t.clock.set(beijing(2026, 11, 25, 11, 30)); // the transfer is late
    ui::ProblemFormView view(services, form);
    auto* clock = view.findChild<QLabel*>(QStringLiteral("formClock"));
    REQUIRE(clock);
    CHECK(clock->property("late").toBool());
    auto* apology = view.findChild<QLabel*>(QStringLiteral("formApology"));
    REQUIRE(apology);
    CHECK_FALSE(apology->isHidden());
    CHECK(apology->text().contains(step->words));
}

TEST_CASE("a late form's chase bar records the attempt on the handler; the handler sees it and cannot chase")
{
    FormsWorld w;
    REQUIRE(Defaults::ensure(*w.t.db, w.t.clock));
    ConsoleCore core(*w.t.db, w.t.clock);
    Actor as = w.agent;
    ui::FormServices services(*w.t.db, w.t.clock, w.calendar, core.guard, [&as] { return as; });
    w.t.clock.set(beijing(2026, 11, 24, 9, 0));
    const ProblemForm form = acceptedForm(services.forms(), w.agent);
    auto moved = services.forms().transfer(w.agent, form.meta.id, w.handler.userId);
    REQUIRE(moved);

    {
        // On time: no bar.
        ui::ProblemFormView view(services, *moved);
        CHECK(view.findChild<QFrame*>(QStringLiteral("chaseBar"))->isHidden());
    }

    w.t.clock.set(beijing(2026, 11, 26, 10, 0)); // the result was due Thursday 09:00
    ui::ProblemFormView view(services, *moved);
    auto* bar = view.findChild<QFrame*>(QStringLiteral("chaseBar"));
    REQUIRE(bar);
    CHECK_FALSE(bar->isHidden());
    // Not reached and nothing said: the note is asked for, nothing is stored.
    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("chaseRecord")), Qt::LeftButton);
    CHECK(services.chases().ofForm(w.agent, form.meta.id)->isEmpty());
    view.findChild<QCheckBox*>(QStringLiteral("chaseReached"))->setChecked(true);
    auto* promised = view.findChild<QCheckBox*>(QStringLiteral("chasePromised"));
    REQUIRE(promised->isEnabled());
    promised->setChecked(true);
    // In the hotline's time, whatever the workstation's zone (the tests run in UTC).
    view.findChild<QDateTimeEdit*>(QStringLiteral("chasePromisedAt"))->setDate(QDate(2026, 11, 26));
    view.findChild<QDateTimeEdit*>(QStringLiteral("chasePromisedAt"))->setTime(QTime(15, 0));
    view.findChild<QLineEdit*>(QStringLiteral("chaseNote"))->insert(QStringLiteral("配件明天到"));
    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("chaseRecord")), Qt::LeftButton);
    auto stored = services.chases().ofForm(w.agent, form.meta.id);
    REQUIRE(stored);
    REQUIRE(stored->size() == 1);
    CHECK(stored->at(0).promisedAt == beijing(2026, 11, 26, 15, 0));
    CHECK(view.findChild<QLabel*>(QStringLiteral("chaseHistory"))
              ->text()
              .contains(QStringLiteral("配件明天到")));

    // The handler opens the form: the chases are there to read, with no row to chase themselves.
    as = w.handler;
    ui::ProblemFormView handlers(services, *moved);
    auto* theirs = handlers.findChild<QFrame*>(QStringLiteral("chaseBar"));
    CHECK_FALSE(theirs->isHidden());
    CHECK(
        handlers.findChild<QLabel*>(QStringLiteral("chaseHistory"))->text().contains(QStringLiteral("1001")));
    CHECK(handlers.findChild<QPushButton*>(QStringLiteral("chaseRecord"))->isHidden());
}
