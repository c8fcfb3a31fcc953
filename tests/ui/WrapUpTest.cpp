// A real wrap-up (issue 18): after an answered call the agent finishes it with its category and how it ended,
// one key each, before they can be Ready; the call tally counts real calls by category and wrong numbers and
// nuisance calls apart.
#include "../unit/FormsWorld.h"
#include "ConsoleCore.h"
#include "core/calls/AgentStates.h"
#include "core/calls/CallRecorder.h"
#include "core/calls/CallRepository.h"
#include "core/calls/CallSession.h"
#include "core/calls/CallTracker.h"
#include "core/calls/SimulatedLine.h"
#include "core/customers/CustomerRepository.h"
#include "core/report/Reports.h"
#include "core/site/Defaults.h"
#include "ui/call/CallPanel.h"
#include "ui/call/WrapUpView.h"
#include "ui/shell/MainWindow.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace threerings;
using namespace threerings::test;

namespace {

qint64 lowest(qint64 lo, qint64)
{
    return lo;
}

struct Floor
{
    Floor()
        : line(w.t.clock, SimulatedLine::Behaviour{60'000, 60'000, 0, 0}, lowest), core(*w.t.db, w.t.clock)
    {
        REQUIRE(Defaults::ensure(*w.t.db, w.t.clock));
        Customer c;
        c.name = QStringLiteral("李明");
        c.phoneMobile = QStringLiteral("13812345678");
        REQUIRE(CustomerRepository(*w.t.db, w.t.clock).insert(c, {}));
        window = std::make_unique<ui::MainWindow>(*w.t.db, w.t.clock, line, core.services());
        REQUIRE(window->callSession().start(w.agent));
        REQUIRE(window->callSession().states().setReady()); // agents sign in Not Ready
        window->resize(1366, 768);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
    // Rings, answers, talks and lets the caller hang up.
    void takeCall()
    {
        REQUIRE(line.placeIncomingCall(QStringLiteral("138 1234 5678")));
        window->callTracker().tick();
        REQUIRE(window->callTracker().answer());
        w.t.clock.advanceMs(30'000);
        REQUIRE(line.callerHangsUp(line.currentCallId()));
        QCoreApplication::processEvents();
    }
    AgentStates& states() { return window->callSession().states(); }
    ui::WrapUpView* wrapUp() { return window->findChild<ui::WrapUpView*>(QStringLiteral("wrapUp")); }
    QString callId() { return window->callSession().recorder().last()->meta.id; }

    FormsWorld w;
    SimulatedLine line;
    test::ConsoleCore core;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace

TEST_CASE("wrap-up shows the call and keeps the agent from Ready until the call is finished")
{
    Floor f;
    f.takeCall();
    REQUIRE(f.states().state() == AgentState::WrapUp);
    ui::WrapUpView* view = f.wrapUp();
    REQUIRE(view);
    CHECK(view->isVisible());
    // The caller's card stays in sight through the wrap-up.
    CHECK(f.window->findChild<QLabel*>(QStringLiteral("callerName"))->isVisible());
    CHECK(
        f.window->findChild<QLabel*>(QStringLiteral("callerName"))->text().contains(QStringLiteral("李明")));
    CHECK(f.window->findChild<QLabel*>(QStringLiteral("wrapUpOpened"))
              ->text()
              .contains(QStringLiteral("Nothing")));

    // Ready (F12) is refused, and so is the end of the wrap-up time: the wrap-up runs over.
    const Status early = f.states().setReady();
    REQUIRE_FALSE(early);
    CHECK(early.error().message.contains(QStringLiteral("Finish the call")));
    f.w.t.clock.advanceMs(f.states().wrapUpLimitMs() + 1'000);
    f.states().tick();
    CHECK(f.states().state() == AgentState::WrapUp);

    // A choice missing is named; then one key each, and Enter.
    QTest::keyClick(view, Qt::Key_5);
    QTest::keyClick(view, Qt::Key_Return);
    CHECK(f.states().state() == AgentState::WrapUp);
    CHECK(f.window->findChild<QLabel*>(QStringLiteral("wrapUpError"))
              ->text()
              .contains(QStringLiteral("category")));
    QTest::keyClick(view, Qt::Key_1);
    QTest::keyClick(view, Qt::Key_Return);
    CHECK(f.states().state() == AgentState::Ready);
    const Call done = *f.window->callSession().recorder().last();
    CHECK(done.category == Category::Technical);
    CHECK(done.outcome == CallOutcome::Solved);
    CHECK_FALSE(view->isVisible());

    // Signing out in a wrap-up hides the call of the person who leaves at once.
    f.takeCall();
    REQUIRE(f.wrapUp()->isVisible());
    f.window->callSession().signOut();
    CHECK_FALSE(f.wrapUp()->isVisible());
    CHECK_FALSE(f.window->findChild<QLabel*>(QStringLiteral("callerName"))->isVisible());
}

TEST_CASE("a wrong number needs no category, and a complaint or a nuisance call is one key")
{
    Floor f;
    f.takeCall();
    ui::WrapUpView* view = f.wrapUp();
    REQUIRE(view);
    QTest::keyClick(view, Qt::Key_9); // wrong number
    REQUIRE(view->finish());
    CHECK(f.window->callSession().recorder().last()->outcome == CallOutcome::WrongNumber);
    CHECK_FALSE(f.window->callSession().recorder().last()->category.has_value());

    f.takeCall();
    QTest::keyClick(f.wrapUp(), Qt::Key_2); // service
    QTest::keyClick(f.wrapUp(), Qt::Key_8); // a complaint
    REQUIRE(f.wrapUp()->finish());

    f.takeCall();
    QTest::keyClick(f.wrapUp(), Qt::Key_0); // silent or nuisance
    REQUIRE(f.wrapUp()->finish());

    CHECK(f.window->callSession().recorder().last()->outcome == CallOutcome::Nuisance);
}

TEST_CASE("a trainee or a console nobody signed in to cannot finish a call, and nothing is written")
{
    Floor f;
    f.takeCall();
    const Actor trainee =
        f.w.person(QStringLiteral("8001"), QStringLiteral("学员"), QStringLiteral("trainee"), {});
    f.window->callSession().stop();
    REQUIRE(f.window->callSession().start(trainee));
    const Status refused = f.window->callSession().finishCall(Category::Technical, CallOutcome::Solved);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::Refused);
    f.window->callSession().stop();
    const Status nobody = f.window->callSession().finishCall(Category::Technical, CallOutcome::Solved);
    CHECK_FALSE(nobody);
    CHECK(count(*f.w.t.db, QStringLiteral("SELECT count(*) FROM calls WHERE outcome <> ''")) == 0);
}

TEST_CASE("the call tally counts real calls by category, and wrong numbers and nuisance calls apart")
{
    FormsWorld w;
    REQUIRE(Defaults::ensure(*w.t.db, w.t.clock));
    CallRepository calls(*w.t.db, w.t.clock);
    const auto take = [&](std::optional<Category> category, CallOutcome outcome) {
        Call c;
        c.callerNumber = QStringLiteral("13812345678");
        c.agentId = w.agent.userId;
        c.ringAt = w.t.clock.now();
        c.answeredAt = c.ringAt.addSecs(5);
        c.ringsAtAnswer = 2;
        c.endedAt = c.ringAt.addSecs(60);
        c.category = category;
        c.outcome = outcome;
        REQUIRE(calls.insert(c, w.agent.userId));
        w.t.clock.advanceMs(120'000);
    };
    take(Category::Service, CallOutcome::Complaint);
    take(Category::Technical, CallOutcome::Form);
    take(std::nullopt, CallOutcome::WrongNumber);
    take(std::nullopt, CallOutcome::Nuisance);
    take(std::nullopt, CallOutcome::None); // before this version: counted as other, as before

    auto sheet = Reports(*w.t.db, w.t.clock, w.calendar)
                     .tally(ReportPeriod::day(w.t.clock.now().toTimeZone(w.calendar.timeZone()).date()));
    REQUIRE(sheet.ok());
    const ReportSection& s = sheet->sections.constFirst();
    REQUIRE_FALSE(s.totalRows.isEmpty());
    const int total = s.totalRows.constFirst();
    CHECK(s.value(total, QStringLiteral("technical")).toLongLong() == 1);
    CHECK(s.value(total, QStringLiteral("service")).toLongLong() == 1);
    CHECK(s.value(total, QStringLiteral("other")).toLongLong() == 1);
    CHECK(s.value(total, QStringLiteral("total")).toLongLong() == 3);
    CHECK(s.value(total, QStringLiteral("wrong_number")).toLongLong() == 1);
    CHECK(s.value(total, QStringLiteral("nuisance")).toLongLong() == 1);
}
