// Supervisor ▸ Supervisor's desk… shows to supervisors and admins only, and opens the desk on a sheet.

#include "ConsoleCore.h"
#include "TestSupport.h"
#include "core/auth/UserRepository.h"
#include "core/calls/CallSession.h"
#include "core/calls/SimulatedLine.h"
#include "core/site/Defaults.h"
#include "ui/report/SupervisorDesk.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace threerings;

namespace {

qint64 lowest(qint64 lo, qint64)
{
    return lo;
}

struct Console
{
    explicit Console(const QString& roles)
        : line(t.clock, SimulatedLine::Behaviour{60'000, 60'000, 0, 0}, lowest)
    {
        REQUIRE(Defaults::ensure(*t.db, t.clock));
        User u;
        u.jobNumber = QStringLiteral("3001");
        u.name = QStringLiteral("刘洋");
        auto stored = UserRepository(*t.db, t.clock).insert(u, {});
        REQUIRE(stored);
        person = test::actorWith(roles, stored->meta.id);
        core = std::make_unique<test::ConsoleCore>(*t.db, t.clock);
        window = std::make_unique<ui::MainWindow>(*t.db, t.clock, line, core->services());
        REQUIRE(window->callSession().start(person));
        window->show();
    }
    test::TempDb t;
    SimulatedLine line;
    Actor person;
    std::unique_ptr<test::ConsoleCore> core;
    std::unique_ptr<ui::MainWindow> window;
};

bool menuVisible(const ui::MainWindow& w)
{
    QAction* a = w.supervisorDeskAction();
    REQUIRE(a);
    const auto* menu = qobject_cast<QMenu*>(a->parent());
    REQUIRE(menu);
    return menu->menuAction()->isVisible();
}

} // namespace

TEST_CASE("the Supervisor menu shows to supervisors and admins and opens the desk", "[ui][reports]")
{
    SECTION("an agent neither sees it nor opens the desk")
    {
        Console c(QStringLiteral("agent"));
        CHECK_FALSE(menuVisible(*c.window));
        CHECK(c.window->openSupervisorDesk(QStringLiteral("tally")) == nullptr);
    }
    SECTION("a supervisor opens the call tally of the week")
    {
        Console c(QStringLiteral("supervisor"));
        CHECK(menuVisible(*c.window));
        ui::SupervisorDesk* desk = c.window->openSupervisorDesk(QStringLiteral("tally:week"));
        REQUIRE(desk);
        QSignalSpy shown(desk, &ui::SupervisorDesk::sheetShown);
        REQUIRE(shown.wait(20000));
        CHECK(desk->currentKind() == QStringLiteral("tally"));
        REQUIRE(desk->report().has_value());
        CHECK(desk->report()->from.dayOfWeek() == 1);
        CHECK(desk->report()->from.daysTo(desk->report()->to) == 6);
    }
}
