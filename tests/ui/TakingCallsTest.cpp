#include "ConsoleCore.h"
#include "TestSupport.h"
#include "core/auth/UserRepository.h"
#include "core/calls/AgentStates.h"
#include "core/calls/CallRepository.h"
#include "core/calls/CallSession.h"
#include "core/calls/CallTracker.h"
#include "core/calls/MyDayQueries.h"
#include "core/calls/ScreenPopQueries.h"
#include "core/calls/SimulatedLine.h"
#include "core/customers/CustomerRepository.h"
#include "core/customers/DeviceRepository.h"
#include "core/forms/ProblemFormRepository.h"
#include "core/site/Defaults.h"
#include "ui/call/CallAlert.h"
#include "ui/call/CallerCardView.h"
#include "ui/call/CustomerEditDialog.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace threerings;

namespace {

qint64 lowest(qint64 lo, qint64)
{
    return lo;
}

// A signed-in agent's console on a database with one known customer who has had two repairs; callers wait
// 60 s and never hang up once answered.
struct AgentConsole
{
    AgentConsole() : line(t.clock, SimulatedLine::Behaviour{60'000, 60'000, 0, 0}, lowest)
    {
        REQUIRE(Defaults::ensure(*t.db, t.clock));
        User u;
        u.jobNumber = QStringLiteral("1001");
        u.name = QStringLiteral("王芳");
        auto stored = UserRepository(*t.db, t.clock).insert(u, {});
        REQUIRE(stored);
        agent = test::actorWith(QStringLiteral("agent"), stored->meta.id);

        Customer c;
        c.name = QStringLiteral("李明");
        c.unit = QStringLiteral("青岛银行");
        c.phoneMobile = QStringLiteral("13812345678");
        auto customer = CustomerRepository(*t.db, t.clock).insert(c, {});
        REQUIRE(customer);
        customerId = customer->meta.id;
        Device d;
        d.customerId = customerId;
        d.product = QStringLiteral("ATM");
        d.serialNumber = QStringLiteral("SN-1");
        auto device = DeviceRepository(*t.db, t.clock).insert(d, {});
        REQUIRE(device);
        ProblemFormRepository forms(*t.db, t.clock);
        for (int i = 0; i < 2; ++i) {
            ProblemForm f;
            f.agentId = agent.userId;
            f.customerId = customerId;
            f.deviceId = device->meta.id;
            f.category = Category::Technical;
            f.customerName = c.name;
            f.phoneMobile = c.phoneMobile;
            f.description = QStringLiteral("ATM 吞卡");
            REQUIRE(forms.create(f, agent.userId));
        }

        core = std::make_unique<test::ConsoleCore>(*t.db, t.clock);
        window = std::make_unique<ui::MainWindow>(*t.db, t.clock, line, core->services());
        REQUIRE(window->callSession().start(agent));
        REQUIRE(window->callSession().states().setReady()); // agents sign in Not Ready
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    void advance(qint64 ms)
    {
        // In steps, as the timers would, so each ring is seen when it starts.
        for (qint64 done = 0; done < ms; done += 500) {
            t.clock.advanceMs(std::min<qint64>(500, ms - done));
            line.tick();
            window->callTracker().tick();
            window->callSession().states().tick();
        }
    }
    Call lastCall() const
    {
        QCoreApplication::processEvents(); // the write queued right after the banner is painted
        QSqlQuery q(t.db->connection());
        REQUIRE(
            q.exec(QStringLiteral("SELECT id FROM calls ORDER BY ring_at DESC, created_at DESC LIMIT 1")));
        REQUIRE(q.next());
        auto call = CallRepository(*t.db, t.clock).get(q.value(0).toString());
        REQUIRE(call);
        return *call;
    }
    int callCount() const
    {
        QSqlQuery q(t.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM calls")));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
    QString text(const char* name) const
    {
        auto* label = window->findChild<QLabel*>(QString::fromLatin1(name));
        REQUIRE(label);
        return label->text();
    }
    AgentStates& states() const { return window->callSession().states(); }

    test::TempDb t;
    SimulatedLine line;
    Actor agent;
    QString customerId;
    std::unique_ptr<test::ConsoleCore> core;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace

TEST_CASE("a call is saved when it rings, pops the caller's card, and is recorded with rings = 2 when "
          "answered at ring 2")
{
    AgentConsole c;
    REQUIRE(c.line.placeIncomingCall(QStringLiteral("138 1234 5678")));
    // Saved the moment it rings, before anyone answers.
    Call ringing = c.lastCall();
    CHECK(ringing.agentId == c.agent.userId);
    CHECK(ringing.customerId == c.customerId);
    CHECK_FALSE(ringing.answered());
    CHECK_FALSE(ringing.endedAt.isValid());
    // The screen pop, before answering: the customer and the repeat-repair flag.
    CHECK(c.text("callerName").contains(QStringLiteral("李明")));
    auto* flag = c.window->findChild<QLabel*>(QStringLiteral("repeatRepairFlag"));
    REQUIRE(flag);
    CHECK(flag->isVisible());
    CHECK(flag->text().contains(QStringLiteral("Repeat repair")));
    CHECK(c.text("callerDetails").contains(QStringLiteral("SN-1")));

    c.advance(5'500);
    REQUIRE(c.window->callTracker().ringState().ring == 2);
    REQUIRE(c.window->callTracker().answer());
    CHECK(c.states().state() == AgentState::OnCall);
    Call answered = c.lastCall();
    CHECK(answered.ringsAtAnswer == 2);
    CHECK(answered.answeredAt == c.t.clock.now());

    REQUIRE(c.window->callTracker().toggleHold());
    c.advance(4'000);
    REQUIRE(c.window->callTracker().toggleHold());
    c.advance(1'000);
    REQUIRE(c.line.callerHangsUp(c.line.currentCallId()));
    Call ended = c.lastCall();
    CHECK(ended.holdMs == 4'000);
    CHECK(ended.hungUpBy == HungUpBy::Caller);
    CHECK_FALSE(ended.agentHungUpFirst);
    CHECK_FALSE(ended.abandoned);
    CHECK(c.states().state() == AgentState::WrapUp);
    // The call finished in wrap-up, the agent is Ready again when its time is up.
    REQUIRE(c.window->callSession().finishCall(Category::Technical, CallOutcome::Solved));
    c.advance(61'000);
    CHECK(c.states().state() == AgentState::Ready);

    auto day = MyDayQueries(*c.t.db, c.t.clock).today(c.agent.userId);
    REQUIRE(day);
    CHECK(day->answered == 1);
    CHECK(day->withinThreeRings == 1);
    CHECK(day->meanRings == Approx(2.0));
    CHECK(day->msInState.value(AgentState::WrapUp) == 60'000);
    CHECK(c.text("myDayCalls") == QStringLiteral("1 of 1 offered"));
    CHECK(c.text("myDayShare") == QStringLiteral("100 %"));
}

TEST_CASE("a call answered at ring 4 is recorded as late, and the agent hanging up first is flagged")
{
    AgentConsole c;
    REQUIRE(c.line.placeIncomingCall(QStringLiteral("13812345678")));
    c.advance(15'500);
    REQUIRE(c.window->callTracker().answer());
    REQUIRE(c.window->callTracker().hangUp());
    Call call = c.lastCall();
    CHECK(call.ringsAtAnswer == 4);
    CHECK(call.agentHungUpFirst);
    auto day = MyDayQueries(*c.t.db, c.t.clock).today(c.agent.userId);
    REQUIRE(day);
    CHECK(day->late == 1);
    CHECK(day->withinThreeRings == 0);
    CHECK(day->agentHungUpFirst == 1);
}

TEST_CASE("a caller who hangs up while it rings is an abandoned call")
{
    AgentConsole c;
    REQUIRE(c.line.placeIncomingCall(QStringLiteral("13812345678")));
    c.advance(7'000);
    REQUIRE(c.line.callerHangsUp(c.line.currentCallId()));
    Call call = c.lastCall();
    CHECK(call.abandoned);
    CHECK_FALSE(call.answered());
    CHECK(call.hungUpBy == HungUpBy::Caller);
    CHECK(c.states().state() == AgentState::Ready);
    CHECK(c.text("myDayAbandoned") == QStringLiteral("1 / 0"));
}

TEST_CASE("ring-no-answer records the call as not answered by this agent and sets Not Ready, and no call is "
          "offered then")
{
    AgentConsole c;
    REQUIRE(c.line.placeIncomingCall(QStringLiteral("13812345678")));
    c.advance(31'000); // ring 7 starts at 30 s: past the six rings allowed by default
    CHECK_FALSE(c.line.hasCall());
    Call call = c.lastCall();
    CHECK(call.ringNoAnswer);
    CHECK_FALSE(call.answered());
    CHECK_FALSE(call.abandoned);
    CHECK(c.states().state() == AgentState::NotReady);
    CHECK(c.states().reason() == AgentStateNames::ringNoAnswerReason());
    CHECK_FALSE(c.line.isAgentAvailable());

    // Not Ready: the schedule holds its calls, and one that still arrives is declined and not stored.
    const int before = c.callCount();
    REQUIRE(c.line.placeIncomingCall(QStringLiteral("13812345678")));
    CHECK_FALSE(c.line.hasCall());
    CHECK(c.callCount() == before);

    REQUIRE(c.states().setReady());
    CHECK(c.line.isAgentAvailable());
}

TEST_CASE("an unknown caller is offered the new-customer entry, which saves through the repository")
{
    AgentConsole c;
    REQUIRE(c.line.placeIncomingCall(QStringLiteral("02164381122")));
    auto* form = c.window->findChild<QWidget*>(QStringLiteral("newCustomerForm"));
    REQUIRE(form);
    CHECK(form->isVisible());
    c.window->findChild<QLineEdit*>(QStringLiteral("newCustomerName"))->setText(QStringLiteral("赵敏"));
    c.window->findChild<QPushButton*>(QStringLiteral("newCustomerSave"))->click();
    auto found = CustomerRepository(*c.t.db, c.t.clock).findByPhone(QStringLiteral("021 6438 1122"));
    REQUIRE(found);
    REQUIRE(found->size() == 1);
    CHECK(c.lastCall().customerId == found->constFirst().meta.id);
    CHECK(c.text("callerName").contains(QStringLiteral("赵敏")));
}

TEST_CASE("without a system tray the ringing console still raises itself")
{
    AgentConsole c;
    c.window->showMinimized();
    REQUIRE(c.line.placeIncomingCall(QStringLiteral("13812345678")));
    CHECK(c.window->callAlert()->raisedCount() == 1);
    CHECK_FALSE(c.window->isMinimized());
}

TEST_CASE("the agent corrects the caller's record during the call and the card shows it at once")
{
    AgentConsole c;
    REQUIRE(c.line.placeIncomingCall(QStringLiteral("138 1234 5678")));
    auto* correct = c.window->findChild<QPushButton*>(QStringLiteral("correctCustomer"));
    REQUIRE(correct);
    CHECK(correct->isVisible());
    bool typed = false;
    // The dialog is modal: fill it in and save once it is up.
    QTimer::singleShot(0, c.window.get(), [&] {
        auto* dialog = qobject_cast<ui::CustomerEditDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->field(QStringLiteral("phoneOffice"))->setText(QStringLiteral("12")); // not a number
        dialog->accept();
        QTimer::singleShot(0, c.window.get(), [&, dialog] {
            CHECK(dialog->findChild<QLabel*>(QStringLiteral("error"))
                      ->text()
                      .contains(QStringLiteral("office")));
            dialog->field(QStringLiteral("phoneOffice"))->setText(QStringLiteral("0532-8888 6666"));
            dialog->field(QStringLiteral("address"))->setText(QStringLiteral("青岛市崂山区海尔路1号"));
            typed = true;
            dialog->accept();
        });
    });
    correct->click();
    CHECK(typed);
    CHECK(c.text("callerDetails").contains(QStringLiteral("崂山区")));
    // The office number finds the caller from now on.
    auto card = ScreenPopQueries(*c.t.db, c.t.clock).lookup(c.agent, QStringLiteral("0532 8888 6666"));
    REQUIRE(card->known());
    CHECK(card->customer->meta.id == c.customerId);
    // The call went on underneath.
    CHECK(c.window->callTracker().hasCall());
}
