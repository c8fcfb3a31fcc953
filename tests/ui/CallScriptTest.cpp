#include "core/calls/CallScript.h"

#include "ConsoleCore.h"
#include "TestSupport.h"
#include "core/auth/UserRepository.h"
#include "core/calls/AgentStates.h"
#include "core/calls/CallRepository.h"
#include "core/calls/CallSession.h"
#include "core/calls/CallTracker.h"
#include "core/calls/MyDayQueries.h"
#include "core/calls/SimulatedLine.h"
#include "core/customers/CustomerRepository.h"
#include "core/site/Defaults.h"
#include "core/words/PhraseRepository.h"
#include "core/words/ScriptRepository.h"
#include "ui/call/CallNotesView.h"
#include "ui/call/CallWorkspace.h"
#include "ui/call/KnowledgeSearchDialog.h"
#include "ui/call/PhraseHighlighter.h"
#include "ui/call/ScriptPanel.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace threerings;

namespace {

qint64 lowest(qint64 lo, qint64)
{
    return lo;
}

// A signed-in agent (job number 1001) on an English console; the caller 李明 is a known customer.
struct ScriptConsole
{
    explicit ScriptConsole(const QString& roles = QStringLiteral("agent"))
        : line(t.clock, SimulatedLine::Behaviour{60'000, 60'000, 0, 0}, lowest)
    {
        REQUIRE(Defaults::ensure(*t.db, t.clock));
        User u;
        u.jobNumber = QStringLiteral("1001");
        u.name = QStringLiteral("王芳");
        auto stored = UserRepository(*t.db, t.clock).insert(u, {});
        REQUIRE(stored);
        agent = test::actorWith(roles, stored->meta.id);
        agent.jobNumber = QStringLiteral("1001");
        Customer c;
        c.name = QStringLiteral("李明");
        c.phoneMobile = QStringLiteral("13812345678");
        REQUIRE(CustomerRepository(*t.db, t.clock).insert(c, {}));

        core = std::make_unique<test::ConsoleCore>(*t.db, t.clock);
        window = std::make_unique<ui::MainWindow>(*t.db, t.clock, line, core->services());
        REQUIRE(window->callSession().start(agent));
        if (agent.hasRole(Role::Agent))
            REQUIRE(window->callSession().states().setReady()); // agents sign in Not Ready
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }

    void advance(qint64 ms)
    {
        for (qint64 done = 0; done < ms; done += 500) {
            t.clock.advanceMs(std::min<qint64>(500, ms - done));
            line.tick();
            window->callTracker().tick();
            window->callSession().states().tick();
        }
    }
    // Rings the known caller and answers when ring `ring` has started.
    void answerAtRing(int ring)
    {
        REQUIRE(line.placeIncomingCall(QStringLiteral("13812345678")));
        QCoreApplication::processEvents();
        advance(qint64(ring - 1) * 5'000 + 500);
        REQUIRE(window->callTracker().ringState().ring == ring);
        QTest::keyClick(window.get(), Qt::Key_F2);
        REQUIRE(window->callTracker().state() == CallTracker::State::Connected);
    }
    const ScriptRunner& runner() const
    {
        REQUIRE(window->callScript().runner());
        return *window->callScript().runner();
    }
    QString text(const char* name) const
    {
        auto* label = window->findChild<QLabel*>(QString::fromLatin1(name));
        REQUIRE(label);
        return label->text();
    }

    test::TempDb t;
    SimulatedLine line;
    Actor agent;
    std::unique_ptr<test::ConsoleCore> core;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace

TEST_CASE("a call answered at ring 2 starts the script with the greeting, filled with the call's data")
{
    ScriptConsole c;
    c.answerAtRing(2);
    REQUIRE(c.runner().current());
    CHECK(c.runner().current()->id == QStringLiteral("greeting"));
    CHECK_FALSE(c.runner().script().step(QStringLiteral("apology")) == nullptr);
    for (const ScriptStep& s : c.runner().steps())
        CHECK(s.id != QStringLiteral("apology"));
    const QString words = c.text("scriptWords");
    CHECK(words.contains(QStringLiteral("用户服务部"))); // hotline.unit_name
    CHECK(words.contains(QStringLiteral("1001")));       // the agent's job number
    CHECK(c.runner().context().value(QStringLiteral("caller_name")).toString() == QStringLiteral("李明"));
    auto* panel = c.window->callWorkspace()->scriptPanel();
    CHECK(panel->isVisible());
    CHECK(c.window->findChild<QListWidget*>(QStringLiteral("scriptSteps"))->count() ==
          c.runner().steps().size());
}

TEST_CASE("a call answered at ring 4 starts the script with the apology")
{
    ScriptConsole c;
    c.answerAtRing(4);
    REQUIRE(c.runner().current());
    CHECK(c.runner().current()->id == QStringLiteral("apology"));
    CHECK(c.text("scriptWords") == QStringLiteral("Sorry to keep you waiting."));
}

TEST_CASE("F6 ticks the step and moves on, Ctrl+Left goes back, F7 skips")
{
    ScriptConsole c;
    c.answerAtRing(1);
    QTest::keyClick(c.window.get(), Qt::Key_F6);
    CHECK(c.runner().isTicked(QStringLiteral("greeting")));
    CHECK(c.runner().current()->id == QStringLiteral("purpose"));
    auto* steps = c.window->findChild<QListWidget*>(QStringLiteral("scriptSteps"));
    CHECK(steps->item(0)->checkState() == Qt::Checked);
    CHECK(steps->item(1)->checkState() == Qt::Unchecked);
    QTest::keyClick(c.window.get(), Qt::Key_Left, Qt::ControlModifier);
    CHECK(c.runner().current()->id == QStringLiteral("greeting"));
    QTest::keyClick(c.window.get(), Qt::Key_Right, Qt::ControlModifier);
    QTest::keyClick(c.window.get(), Qt::Key_F7);
    CHECK_FALSE(c.runner().isTicked(QStringLiteral("purpose")));
    CHECK(c.runner().current()->id == QStringLiteral("restate"));
    CHECK(steps->item(1)->text().contains(QStringLiteral("not said")));
}

TEST_CASE("the required steps skipped are stored with the call and shown in My day")
{
    ScriptConsole c;
    c.answerAtRing(2);
    QTest::keyClick(c.window.get(), Qt::Key_F6); // greeting
    QTest::keyClick(c.window.get(), Qt::Key_F7); // purpose: skipped
    while (!c.runner().finished())
        QTest::keyClick(c.window.get(), Qt::Key_F6);
    const QString callId = c.window->callSession().callId();
    REQUIRE(c.window->callTracker().hangUp());
    CHECK(c.window->callScript().runner() == nullptr);

    auto runs = ScriptRepository(*c.t.db, c.t.clock).runsForCall(callId);
    REQUIRE(runs);
    REQUIRE(runs->size() == 1);
    CHECK(runs->constFirst().skippedSteps == QStringList{QStringLiteral("purpose")});
    CHECK(runs->constFirst().agentId == c.agent.userId);
    CHECK(runs->constFirst().scriptKey == QStringLiteral("incoming"));
    auto day = MyDayQueries(*c.t.db, c.t.clock).today(c.agent.userId);
    REQUIRE(day);
    CHECK(day->skippedScriptSteps == 1);
    CHECK(c.text("myDaySkippedSteps") == QStringLiteral("1"));
}

TEST_CASE("a banned phrase typed into the call notes is underlined, and saving the notes records the hit")
{
    ScriptConsole c;
    c.answerAtRing(2);
    ui::CallNotesView* notes = c.window->callWorkspace()->notes();
    REQUIRE(notes->isVisible());
    QSignalSpy counts(notes->highlighter(), &ui::PhraseHighlighter::hitCountChanged);
    notes->editor()->setFocus();
    QTest::keyClicks(notes->editor(), QStringLiteral("Caller asked about the price. I don't know it."));
    REQUIRE_FALSE(counts.isEmpty());
    CHECK(counts.constLast().constFirst().toInt() == 1);
    CHECK(notes->highlighter()->hits().size() == 1);
    CHECK(c.text("callNotesHint").contains(QStringLiteral("look that up")));

    const QString callId = c.window->callSession().callId();
    notes->editor()->clearFocus(); // leaving the field saves the notes
    auto call = CallRepository(*c.t.db, c.t.clock).get(callId);
    REQUIRE(call);
    CHECK(call->summary == QStringLiteral("Caller asked about the price. I don't know it."));
    auto hits = PhraseRepository(*c.t.db, c.t.clock).hitsForCall(callId);
    REQUIRE(hits);
    REQUIRE(hits->size() == 1);
    CHECK(hits->constFirst().agentId == c.agent.userId);
    CHECK(hits->constFirst().field == QStringLiteral("call.summary"));
    CHECK(hits->constFirst().phrase == QStringLiteral("I don't know"));

    // The end of the call saves the notes again; the same phrase is not counted twice.
    notes->editor()->setFocus();
    QTest::keyClicks(notes->editor(), QStringLiteral(" Sent the price list."));
    REQUIRE(c.window->callTracker().hangUp());
    call = CallRepository(*c.t.db, c.t.clock).get(callId);
    REQUIRE(call);
    CHECK(call->summary.endsWith(QStringLiteral("Sent the price list.")));
    CHECK(PhraseRepository(*c.t.db, c.t.clock).hitsForCall(callId)->size() == 1);
}

TEST_CASE("F9 opens the knowledge base and a chosen answer goes into the call notes")
{
    ScriptConsole c;
    c.answerAtRing(2);
    QTest::keyClick(c.window.get(), Qt::Key_F9);
    ui::KnowledgeSearchDialog* kb = c.window->callWorkspace()->knowledgeDialog();
    REQUIRE(kb);
    CHECK(kb->isVisible());
    Q_EMIT kb->answerChosen(QStringLiteral("Restart the ATM and check the card reader."));
    CHECK(c.window->callWorkspace()->notes()->text().contains(QStringLiteral("card reader")));
    kb->close();
}

TEST_CASE("the Admin menu shows only to those who may edit scripts")
{
    SECTION("an agent")
    {
        ScriptConsole c;
        CHECK_FALSE(c.window->adminMenu()->menuAction()->isVisible());
        CHECK_FALSE(c.window->adminAction()->isEnabled());
    }
    SECTION("an admin")
    {
        ScriptConsole c(QStringLiteral("admin"));
        CHECK(c.window->adminMenu()->menuAction()->isVisible());
        CHECK(c.window->adminAction()->isEnabled());
    }
}
