// Calls placed from the console (issue 19): the callback list dials the selected customer (the number on the
// button first, Ctrl+F5 the next one), the call panel shows the outgoing call, an unanswered one is counted
// as an unreachable attempt and the list waits for its retry time; an answered one is recorded on the call
// and its callback gets the customer's words.
#include "../unit/FormsWorld.h"
#include "ConsoleCore.h"
#include "core/calls/AgentStates.h"
#include "core/calls/CallRepository.h"
#include "core/calls/CallSession.h"
#include "core/calls/CallTracker.h"
#include "core/calls/SimulatedLine.h"
#include "core/customers/CustomerRepository.h"
#include "core/forms/CallbackWorkflow.h"
#include "core/site/Defaults.h"
#include "ui/call/CallPanel.h"
#include "ui/call/DialDialog.h"
#include "ui/call/Ringback.h"
#include "ui/forms/CallbackView.h"
#include "ui/forms/ComplaintView.h"
#include "ui/forms/FormDesk.h"
#include "ui/forms/FormServices.h"
#include "ui/forms/ProblemFormView.h"
#include "ui/shell/MainWindow.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

using namespace threerings;
using namespace threerings::test;

namespace {

qint64 lowest(qint64 lo, qint64)
{
    return lo;
}

// The agent's console on the simulated line, in a 1366×768 window; callees answer after 4 s.
struct AgentConsole
{
    explicit AgentConsole(FormsWorld& w)
        : line(w.t.clock, quiet(), lowest), core(*w.t.db, w.t.clock),
          window(*w.t.db, w.t.clock, line, core.services())
    {
        REQUIRE(window.callSession().start(w.agent));
        window.resize(1366, 768);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
    static SimulatedLine::Behaviour quiet()
    {
        SimulatedLine::Behaviour b{60'000, 60'000, 0, 0};
        b.calleeAnswerMinMs = b.calleeAnswerMaxMs = 4'000;
        return b;
    }
    SimulatedLine line;
    test::ConsoleCore core;
    ui::MainWindow window;
};

} // namespace

TEST_CASE(
    "an agent calls a customer back from the callback list: busy counts an attempt, then it is answered",
    "[dial]")
{
    FormsWorld w;
    REQUIRE(Defaults::ensure(*w.t.db, w.t.clock));
    w.t.clock.set(beijing(2026, 11, 25, 10, 0));
    ProblemFormWorkflow flow(*w.t.db, w.t.clock, w.calendar);
    const ProblemForm f = acceptedForm(flow, w.agent);
    REQUIRE(flow.transfer(w.agent, f.meta.id, w.handler.userId));
    REQUIRE(flow.plan(w.handler, f.meta.id, QStringLiteral("上门")));
    REQUIRE(flow.resolve(w.handler, f.meta.id, QStringLiteral("已修复")));
    w.t.clock.set(beijing(2026, 11, 26, 9, 0));

    AgentConsole console(w);
    SimulatedLine& line = console.line;
    ui::MainWindow& window = console.window;

    ui::CallbackView* view = window.formDesk()->openCallbacks();
    REQUIRE(view);
    REQUIRE(view->tasks().size() == 1);
    auto* dial = view->findChild<QPushButton*>(QStringLiteral("dialCallbackButton"));
    REQUIRE(dial);
    CHECK(dial->isVisible());
    CHECK(dial->isEnabled());
    CHECK(dial->text().contains(QStringLiteral("138 1234 5678"))); // the number before it rings out

    // Busy: the panel showed the call going out; then it is one unreachable attempt, not callable yet.
    line.queueCallees({SimulatedLine::Callee::Busy});
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F5, Qt::ControlModifier);
    REQUIRE(window.callTracker().isOutgoing());
    CHECK(window.ringback()->isPlaying()); // the agent hears it ring at the other end
    CHECK_FALSE(window.callPanel()->answerAction()->isEnabled());
    CHECK(window.callPanel()->hangUpAction()->isEnabled());
    auto* heading = window.findChild<QLabel*>(QStringLiteral("callerNumber"));
    REQUIRE(heading);
    CHECK(heading->text().contains(QStringLiteral("138")));
    w.t.clock.advanceMs(1'000);
    line.tick();
    QCoreApplication::processEvents();
    CHECK_FALSE(window.callTracker().hasCall());
    CHECK_FALSE(window.ringback()->isPlaying());
    REQUIRE(view->tasks().size() == 1);
    CHECK(view->tasks().first().record.attempts == 1);
    CHECK_FALSE(view->tasks().first().callableNow);
    CHECK_FALSE(dial->isEnabled());
    CHECK(window.statusBar()->currentMessage().contains(DialResults::label(DialResult::Busy)));
    CHECK_FALSE(view->dialSelected()); // not again before its retry time: nothing dialled
    CHECK_FALSE(window.callTracker().hasCall());

    // After the retry time: answered; the agent records what the customer said on the callback.
    w.t.clock.set(beijing(2026, 11, 26, 11, 5));
    view->reload();
    REQUIRE(dial->isEnabled());
    line.queueCallees({SimulatedLine::Callee::Answers});
    dial->click();
    REQUIRE(window.callTracker().isOutgoing());
    const QString callId = window.callSession().callId();
    w.t.clock.advanceMs(4'000);
    line.tick();
    QCoreApplication::processEvents();
    CHECK(window.callTracker().state() == CallTracker::State::Connected);
    w.t.clock.advanceMs(90'000);
    REQUIRE(line.callerHangsUp(line.currentCallId()));
    QCoreApplication::processEvents();
    auto call = CallRepository(*w.t.db, w.t.clock).get(callId);
    REQUIRE(call);
    CHECK(call->outgoing());
    CHECK(call->purpose == CallPurpose::Callback);
    CHECK(call->recordId == view->tasks().first().record.meta.id);
    CHECK(call->dialResult == DialResult::Answered);
    REQUIRE(view->chooseBranch(QStringLiteral("working")));
    view->findChild<QPlainTextEdit*>(QStringLiteral("result"))->setPlainText(QStringLiteral("好了,谢谢"));
    REQUIRE(view->save());
    auto list = CallbackWorkflow(*w.t.db, w.t.clock, flow).listFor(w.agent, QDate(2026, 11, 26));
    REQUIRE(list);
    CHECK(list->isEmpty()); // done
}

TEST_CASE("Ctrl+D dials a number typed or pasted; a bad one or a do-not-call number dials nothing", "[dial]")
{
    FormsWorld w;
    REQUIRE(Defaults::ensure(*w.t.db, w.t.clock));
    w.t.clock.set(beijing(2026, 11, 26, 9, 0));
    Customer quiet;
    quiet.name = QStringLiteral("赵女士");
    quiet.phoneMobile = QStringLiteral("13700001111");
    quiet.doNotCall = true;
    REQUIRE(CustomerRepository(*w.t.db, w.t.clock).insert(quiet, {}));

    AgentConsole console(w);
    ui::MainWindow& window = console.window;

    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier);
    auto* dialog = window.findChild<ui::DialDialog*>();
    REQUIRE(dialog);
    auto* number = dialog->numberEdit();
    auto* preview = dialog->findChild<QLabel*>(QStringLiteral("dialPreview"));
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("dialError"));

    number->setText(QStringLiteral("王先生"));
    CHECK_FALSE(dialog->dial());
    CHECK(error->text().contains(QStringLiteral("王先生")));
    CHECK_FALSE(window.callTracker().hasCall());

    number->setText(QStringLiteral("137-0000-1111"));
    CHECK(preview->text() == QStringLiteral("137 0000 1111"));
    CHECK_FALSE(dialog->dial());
    CHECK(error->text().contains(QStringLiteral("赵女士")));
    CHECK_FALSE(window.callTracker().hasCall());

    // Pasted with words around it, as from a chat or an e-mail.
    number->setText(QStringLiteral("+86 372 266 1234"));
    CHECK(preview->text() == QStringLiteral("0372 266 1234"));
    QTest::keyClick(number, Qt::Key_Return);
    REQUIRE(window.callTracker().isOutgoing());
    CHECK(window.callTracker().callerNumber() == QStringLiteral("+863722661234"));
    QTRY_VERIFY(window.findChild<ui::DialDialog*>() == nullptr); // closed once it rings out
    REQUIRE(window.callTracker().hangUp());
    auto call = CallRepository(*w.t.db, w.t.clock).get(window.callSession().callId());
    REQUIRE(call);
    CHECK(call->purpose == CallPurpose::Manual);
    CHECK(call->dialResult == DialResult::Cancelled);
}

TEST_CASE("a late form's chase bar calls the caller, and a complaint calls its customer back, recorded on "
          "the call",
          "[dial]")
{
    FormsWorld w;
    REQUIRE(Defaults::ensure(*w.t.db, w.t.clock));
    test::ConsoleCore core(*w.t.db, w.t.clock);
    SimulatedLine line(w.t.clock, SimulatedLine::Behaviour{60'000, 60'000, 0, 0}, lowest);
    CallTracker tracker(line, w.t.clock);
    CallSession calls(*w.t.db, w.t.clock, tracker, CallSession::Options{});
    REQUIRE(calls.start(w.agent));
    ui::FormServices services(*w.t.db, w.t.clock, w.calendar, core.guard, [&w] { return w.agent; });
    services.setDialer(
        [&calls](const QString& number, const CallRecorder::Dial& dial) { return calls.dial(number, dial); });
    w.t.clock.set(beijing(2026, 11, 24, 9, 0));
    const ProblemForm form = acceptedForm(services.forms(), w.agent);
    auto moved = services.forms().transfer(w.agent, form.meta.id, w.handler.userId);
    REQUIRE(moved);
    w.t.clock.set(beijing(2026, 11, 26, 10, 0)); // the result is late

    {
        ui::ProblemFormView view(services, *moved);
        auto* target = view.findChild<QComboBox*>(QStringLiteral("chaseTarget"));
        target->setCurrentIndex(target->findData(QStringLiteral("caller")));
        auto* dial = view.findChild<QPushButton*>(QStringLiteral("chaseDial"));
        REQUIRE(dial);
        CHECK(dial->text().contains(QStringLiteral("138 1234 5678")));
        REQUIRE(dial->isEnabled());
        QTest::mouseClick(dial, Qt::LeftButton);
        REQUIRE(tracker.isOutgoing());
        const QString callId = calls.callId();
        REQUIRE(tracker.hangUp());
        auto call = CallRepository(*w.t.db, w.t.clock).get(callId);
        REQUIRE(call);
        CHECK(call->purpose == CallPurpose::Chase);
        CHECK(call->recordKind == QStringLiteral("problem_form"));
        CHECK(call->recordId == form.meta.id);
    }

    Complaint c;
    c.matter = QStringLiteral("工程师迟到三天");
    c.contactPerson = QStringLiteral("陈先生");
    c.contactMethod = QStringLiteral("0372-2661234");
    auto complaint = services.complaints().registerComplaint(w.agent, c);
    REQUIRE(complaint);
    ui::ComplaintView view(services, *complaint);
    auto* dial = view.findChild<QPushButton*>(QStringLiteral("dialComplaintButton"));
    REQUIRE(dial);
    CHECK(dial->text().contains(QStringLiteral("0372 266 1234")));
    REQUIRE(view.dialCustomer());
    const QString callId = calls.callId();
    REQUIRE(tracker.hangUp());
    auto call = CallRepository(*w.t.db, w.t.clock).get(callId);
    REQUIRE(call);
    CHECK(call->purpose == CallPurpose::ComplaintCallback);
    CHECK(call->recordId == complaint->meta.id);
}
