#include "ui/shell/MainWindow.h"

#include "ConsoleCore.h"
#include "TestSupport.h"
#include "core/auth/UserRepository.h"
#include "core/calls/AgentStates.h"
#include "core/calls/CallSession.h"
#include "core/calls/CallTracker.h"
#include "core/calls/SimulatedLine.h"
#include "core/site/Defaults.h"
#include "ui/call/CallPanel.h"
#include "ui/shell/IdleView.h"

#include <QAction>
#include <QLabel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace threerings;

namespace {

qint64 lowest(qint64 lo, qint64)
{
    return lo;
}

// A console on a fresh database with a simulated line whose callers wait 40 s and talk 60 s, and a Ready
// agent at it.
struct Console
{
    Console() : line(t.clock, SimulatedLine::Behaviour{40'000, 40'000, 60'000, 60'000}, lowest)
    {
        REQUIRE(Defaults::ensure(*t.db, t.clock));
        core = std::make_unique<test::ConsoleCore>(*t.db, t.clock);
        window = std::make_unique<ui::MainWindow>(*t.db, t.clock, line, core->services());
        User u;
        u.jobNumber = QStringLiteral("1001");
        u.name = QStringLiteral("王芳");
        auto stored = UserRepository(*t.db, t.clock).insert(u, {});
        REQUIRE(stored);
        REQUIRE(window->callSession().start(test::actorWith(QStringLiteral("agent"), stored->meta.id)));
        REQUIRE(window->callSession().states().setReady());
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    QString text(const char* name) const
    {
        auto* label = window->findChild<QLabel*>(QString::fromLatin1(name));
        REQUIRE(label);
        return label->text();
    }
    bool visible(const char* name) const
    {
        auto* w = window->findChild<QWidget*>(QString::fromLatin1(name));
        REQUIRE(w);
        return w->isVisible();
    }
    void advance(qint64 ms)
    {
        t.clock.advanceMs(ms);
        line.tick();
        window->callTracker().tick();
    }

    test::TempDb t;
    SimulatedLine line;
    std::unique_ptr<test::ConsoleCore> core;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace

TEST_CASE("the idle console names its database and schema version and line")
{
    Console c;
    CHECK(c.visible("idleView"));
    CHECK(c.text("idleTitle") == QStringLiteral("The line is idle."));
    CHECK(c.text("databaseStatus").contains(c.t.path()));
    CHECK(c.text("databaseStatus").contains(QString::number(c.t.db->schemaVersion())));
    CHECK(c.text("lineStatus").contains(QStringLiteral("idle")));
    CHECK_FALSE(c.window->callPanel()->answerAction()->isEnabled());
    CHECK_FALSE(c.visible("answerButton"));
}

TEST_CASE("a simulated call rings with the number and a live ring count and is answered and hung up")
{
    Console c;
    auto id = c.line.placeIncomingCall(QStringLiteral("13812345678"));
    REQUIRE(id);
    CHECK(c.visible("ringBanner"));
    CHECK(c.text("callerNumber") == QStringLiteral("138 1234 5678"));
    CHECK(c.text("ringCount") == QStringLiteral("1"));
    CHECK(c.text("lineStatus").contains(QStringLiteral("ringing")));
    CHECK(c.visible("answerButton"));

    c.advance(5'500);
    CHECK(c.text("ringCount") == QStringLiteral("2"));
    c.advance(5'000);
    CHECK(c.text("ringCount") == QStringLiteral("3"));
    CHECK_FALSE(c.text("ringCaption").contains(QStringLiteral("overdue")));

    QAction* answer = c.window->callPanel()->answerAction();
    REQUIRE(answer->isEnabled());
    answer->trigger();
    CHECK(c.line.currentCallState() == SimulatedLine::CallState::Connected);
    CHECK(c.visible("activeCall"));
    CHECK(c.text("connectedNumber") == QStringLiteral("138 1234 5678"));
    CHECK(c.text("ringsAtAnswer") == QStringLiteral("Answered at ring 3."));
    CHECK(c.text("callTimer") == QStringLiteral("00:00"));
    CHECK_FALSE(answer->isEnabled());

    c.advance(42'000);
    CHECK(c.text("callTimer") == QStringLiteral("00:42"));

    c.window->callPanel()->holdAction()->trigger();
    CHECK(c.window->callTracker().state() == CallTracker::State::OnHold);
    CHECK(c.text("lineStatus").contains(QStringLiteral("hold")));
    c.window->callPanel()->holdAction()->trigger();
    CHECK(c.window->callTracker().state() == CallTracker::State::Connected);

    c.window->callPanel()->hangUpAction()->trigger();
    CHECK_FALSE(c.line.hasCall());
    // The agent finishes the call in wrap-up (WrapUpTest has its keys); then the line is idle.
    CHECK(c.visible("wrapUp"));
    REQUIRE(c.window->callSession().finishCall(Category::Other, CallOutcome::Solved));
    REQUIRE(c.window->callSession().states().setReady());
    CHECK(c.visible("idleView"));
    CHECK(c.text("lastCall").contains(QStringLiteral("answered at ring 3")));
    CHECK(c.text("lastCall").contains(QStringLiteral("you hung up")));
}

TEST_CASE("past the third ring the banner turns overdue and asks for the apology")
{
    Console c;
    REQUIRE(c.line.placeIncomingCall(QStringLiteral("01065529876")));
    c.advance(15'000);
    CHECK(c.text("ringCount") == QStringLiteral("4"));
    CHECK(c.text("ringCaption").contains(QStringLiteral("overdue")));
    CHECK(c.text("ringHint").contains(QStringLiteral("Sorry to have kept you waiting")));
    c.window->callPanel()->answerAction()->trigger();
    CHECK(c.text("ringsAtAnswer").contains(QStringLiteral("past the third")));
}

TEST_CASE("F2 and Space answer the ringing call from the keyboard")
{
    Console c;
    c.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(c.window.get()));

    REQUIRE(c.line.placeIncomingCall(QStringLiteral("13957106789")));
    QTest::keyClick(c.window.get(), Qt::Key_F2);
    CHECK(c.window->callTracker().state() == CallTracker::State::Connected);
    QTest::keyClick(c.window.get(), Qt::Key_F4);
    CHECK(c.window->callTracker().state() == CallTracker::State::Idle);
    // After a call the agent is in wrap-up and offered nothing until the call is finished and Ready again.
    REQUIRE(c.window->callSession().finishCall(Category::Other, CallOutcome::Solved));
    REQUIRE(c.window->callSession().states().setReady());

    REQUIRE(c.line.placeIncomingCall(QStringLiteral("13957106789")));
    QTest::keyClick(c.window.get(), Qt::Key_Space);
    CHECK(c.window->callTracker().state() == CallTracker::State::Connected);
    QTest::keyClick(c.window.get(), Qt::Key_Space); // a second Space does nothing: no button holds the focus
    CHECK(c.window->callTracker().state() == CallTracker::State::Connected);
}

TEST_CASE("a caller who gives up while it rings leaves an abandoned call and an idle line")
{
    Console c;
    REQUIRE(c.line.placeIncomingCall(QStringLiteral("02164381122")));
    c.advance(40'000);
    CHECK_FALSE(c.line.hasCall());
    CHECK(c.visible("idleView"));
    CHECK(c.text("lastCall").contains(QStringLiteral("abandoned")));
    CHECK(c.text("lineStatus").contains(QStringLiteral("idle")));
}

TEST_CASE("the scheduled line rings the console by itself")
{
    Console c;
    c.line.startSchedule({QStringLiteral("075583327788")}, 20'000, 1'000);
    c.advance(1'000);
    CHECK(c.visible("ringBanner"));
    CHECK(c.text("callerNumber") == QStringLiteral("0755 8332 7788"));
    c.line.stopSchedule();
}

TEST_CASE("the idle screen tells the last call's time in the hotline's zone, whatever the workstation's")
{
    // The tests run with TZ=UTC: a call that rang at 09:57 in Beijing is 01:57 on the workstation's clock.
    CallTracker::Summary last;
    last.callerNumber = QStringLiteral("13812345678");
    last.ringStartedAt = test::beijing(2026, 11, 25, 9, 57);
    last.answered = true;
    last.ringsAtAnswer = 2;
    last.talkMs = 65'000;
    last.endedBy = Line::Party::Caller;
    const QString text = ui::IdleView::summaryText(last);
    CHECK(text.contains(QStringLiteral("09:57")));
}
