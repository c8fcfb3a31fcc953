// A switch of user (Switch user…, or Sign out on the lock screen) closes every window that held the person
// who left: the supervisor's desk, form windows, dialogs. The next person acts as themselves only, and
// what the first one typed waits as their draft.

#include "ConsoleCore.h"
#include "TestSupport.h"
#include "core/auth/AccountService.h"
#include "core/auth/AuthService.h"
#include "core/auth/Session.h"
#include "core/calls/AgentStates.h"
#include "core/calls/CallSession.h"
#include "core/calls/CallTracker.h"
#include "core/calls/SimulatedLine.h"
#include "core/forms/ComplaintWorkflow.h"
#include "core/forms/FormDrafts.h"
#include "core/forms/ProblemFormWorkflow.h"
#include "core/site/Defaults.h"
#include "ui/forms/ComplaintView.h"
#include "ui/forms/FormDesk.h"
#include "ui/forms/FormServices.h"
#include "ui/forms/ProblemFormView.h"
#include "ui/report/SupervisorDesk.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SignInDialog.h"

#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace threerings;

namespace {

const QString password = QStringLiteral("switch-pass-1");

// A console signed in as the supervisor 3001; the agent 1001 and the trainee 6001 have accounts too, and
// the agent accepted one problem form.
struct Console
{
    Console() : line(t.clock)
    {
        t.clock.set(test::beijing(2026, 11, 25, 10, 0));
        REQUIRE(Defaults::ensure(*t.db, t.clock));
        add(QStringLiteral("9001"), QStringLiteral("admin"));
        agent = add(QStringLiteral("1001"), QStringLiteral("agent"));
        add(QStringLiteral("3001"), QStringLiteral("supervisor"));
        add(QStringLiteral("6001"), QStringLiteral("trainee"));

        Actor acting;
        acting.userId = agent;
        acting.jobNumber = QStringLiteral("1001");
        acting.roles = {Role::Agent};
        ProblemForm f;
        f.category = Category::Technical;
        f.customerName = QStringLiteral("陈先生");
        f.phoneMobile = QStringLiteral("13812345678");
        f.description = QStringLiteral("ATM 吞卡");
        auto accepted = ProblemFormWorkflow(*t.db, t.clock, BusinessCalendar()).accept(acting, f);
        REQUIRE(accepted);
        form = *accepted;

        REQUIRE(session.signIn(QStringLiteral("3001"), password));
        core = std::make_unique<test::ConsoleCore>(*t.db, t.clock);
        window = std::make_unique<ui::MainWindow>(*t.db, t.clock, line, core->services(), session);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
    ~Console()
    {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w != window.get() && w->isVisible())
                w->close();
    }
    QString add(const QString& job, const QString& role)
    {
        User u;
        u.jobNumber = job;
        u.name = QStringLiteral("Person %1").arg(job);
        u.roles = {roleFromText(role)};
        auto stored = accounts.addPerson(Actor::systemActor(), u, password);
        REQUIRE(stored);
        return stored->meta.id;
    }
    // The sign-in dialog the console shows after a sign-out; signs `job` in through it.
    void signInThroughDialog(const QString& job)
    {
        ui::SignInDialog* dialog = nullptr;
        for (auto* d : window->findChildren<ui::SignInDialog*>())
            if (d->isVisible())
                dialog = d;
        REQUIRE(dialog);
        dialog->findChild<QLineEdit*>(QStringLiteral("jobNumber"))->setText(job);
        dialog->findChild<QLineEdit*>(QStringLiteral("password"))->setText(password);
        dialog->accept();
        REQUIRE(session.state() == Session::State::Active);
        REQUIRE(session.actor().jobNumber == job);
    }
    int signOffs() const
    {
        return test::count(*t.db, QStringLiteral("SELECT count(*) FROM callback_sheet_signoffs"));
    }

    test::TempDb t;
    AccountService accounts{*t.db, t.clock, PasswordHasher(PasswordHasher::cheapest())};
    AuthService auth{*t.db, t.clock, PasswordHasher(PasswordHasher::cheapest())};
    Session session{auth};
    SimulatedLine line;
    QString agent;
    ProblemForm form;
    std::unique_ptr<test::ConsoleCore> core;
    std::unique_ptr<ui::MainWindow> window;
};

ui::SupervisorDesk* openCallbackSheet(Console& c)
{
    ui::SupervisorDesk* desk = c.window->openSupervisorDesk(QStringLiteral("daily-callbacks:day"));
    REQUIRE(desk);
    QSignalSpy shown(desk, &ui::SupervisorDesk::sheetShown);
    while (desk->busy() || !desk->report() || desk->report()->kind != QLatin1String("daily-callbacks"))
        REQUIRE(shown.wait(20000));
    return desk;
}

} // namespace

TEST_CASE("after a switch to an agent no window acts as the supervisor", "[ui][access]")
{
    Console c;
    // The supervisor's desk on the day's callback sheet, and the agent's form open for review with a
    // review half typed.
    QPointer<ui::SupervisorDesk> desk = openCallbackSheet(c);
    CHECK(desk->actor().jobNumber == QStringLiteral("3001"));
    QPointer<ui::ProblemFormView> view = c.window->formDesk()->openProblemForm(c.form.number);
    REQUIRE(view);
    auto* review = view->findChild<QPlainTextEdit*>(QStringLiteral("review"));
    REQUIRE(review);
    review->setFocus();
    review->insertPlainText(QStringLiteral("同意,按时处理"));
    REQUIRE(view->isDirty());

    c.window->switchUser();
    CHECK(c.session.state() == Session::State::SignedOut);
    // Closed at once; gone as soon as the event loop turns.
    CHECK((!desk || !desk->isVisible()));
    CHECK((!view || !view->isVisible()));
    CHECK(c.window->formDesk()->openViews().isEmpty());
    CHECK(c.window->callSession().agent().isNobody());
    CHECK(c.window->formDesk()->services().actor().isNobody());
    QTest::qWait(50);
    CHECK(desk.isNull());
    CHECK(view.isNull());
    c.signInThroughDialog(QStringLiteral("1001"));
    CHECK(c.window->callSession().agent().jobNumber == QStringLiteral("1001"));
    CHECK(c.window->formDesk()->services().actor().jobNumber == QStringLiteral("1001"));
    // The agent gets no desk of the supervisor's, and cannot sign the sheet.
    CHECK(c.window->openSupervisorDesk(QStringLiteral("daily-callbacks:day")) == nullptr);
    CHECK(c.window->statusBar()->currentMessage().contains(QStringLiteral("1001")));
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* other = qobject_cast<ui::SupervisorDesk*>(w))
            CHECK(other->actor().jobNumber != QStringLiteral("3001"));
    CHECK(c.signOffs() == 0);
    // The agent's drafts are their own: the supervisor's review is not offered to them.
    auto agentDrafts = FormDrafts(*c.t.db, c.t.clock).pendingFor(c.window->formDesk()->services().actor());
    REQUIRE(agentDrafts);
    CHECK(agentDrafts->isEmpty());
}

TEST_CASE("the supervisor's drafts wait for them after the switch", "[ui][access]")
{
    Console c;
    QPointer<ui::ProblemFormView> view = c.window->formDesk()->openProblemForm(c.form.number);
    REQUIRE(view);
    auto* review = view->findChild<QPlainTextEdit*>(QStringLiteral("review"));
    REQUIRE(review);
    review->setFocus();
    review->insertPlainText(QStringLiteral("同意,按时处理"));
    const Actor supervisor = c.session.actor();

    c.window->switchUser();
    auto kept = FormDrafts(*c.t.db, c.t.clock).find(supervisor, RecordKind::ProblemForm, c.form.meta.id);
    REQUIRE(kept);
    REQUIRE(kept->has_value());
    CHECK((*kept)->fields.value(QStringLiteral("review")).toString() == QStringLiteral("同意,按时处理"));
}

TEST_CASE("a sign-out on the lock screen while the sign-off dialog is up signs nothing", "[ui][access]")
{
    Console c;
    QPointer<ui::SupervisorDesk> desk = openCallbackSheet(c);
    auto* signOff = desk->findChild<QPushButton*>(QStringLiteral("signOffButton"));
    REQUIRE(signOff);
    REQUIRE(signOff->isEnabled());
    // The console locks while the supervisor is asked for the signer's name; someone else signs them out
    // from the lock screen.
    bool lockedOut = false;
    bool askedForName = false;
    QTimer::singleShot(0, c.window.get(), [&] {
        // No REQUIRE in here: this runs inside the dialog's event loop.
        askedForName = qobject_cast<QInputDialog*>(QApplication::activeModalWidget()) != nullptr;
        c.window->lockConsole();
        ui::SignInDialog* unlock = nullptr;
        for (auto* d : c.window->findChildren<ui::SignInDialog*>())
            if (d->isVisible())
                unlock = d;
        auto* out = unlock ? unlock->findChild<QPushButton*>(QStringLiteral("signOutButton")) : nullptr;
        if (!out)
            return;
        out->click();
        lockedOut = c.session.state() == Session::State::SignedOut;
    });
    signOff->click(); // the name dialog runs until the sign-out closes it
    CHECK(askedForName);
    CHECK(lockedOut);
    CHECK(c.signOffs() == 0);
    CHECK((!desk || !desk->isVisible()));
    QTest::qWait(50);
    CHECK(desk.isNull());

    c.signInThroughDialog(QStringLiteral("1001"));
    CHECK(c.window->openSupervisorDesk(QStringLiteral("daily-callbacks:day")) == nullptr);
    CHECK(c.signOffs() == 0);
}

TEST_CASE("a trainee cannot open a live problem form by its number from the console", "[ui][access]")
{
    Console c;
    c.window->switchUser();
    c.signInThroughDialog(QStringLiteral("6001"));
    CHECK(c.window->formDesk()->openProblemForm(c.form.number) == nullptr);
    CHECK(c.window->formDesk()->openViews().isEmpty());
    CHECK(c.window->statusBar()->currentMessage().contains(QStringLiteral("trainee")));
    WorkItem item;
    item.recordKind = RecordKind::ProblemForm;
    item.recordId = c.form.meta.id;
    CHECK(c.window->formDesk()->openItem(item) == nullptr);
}

TEST_CASE("a complaint window of the supervisor shows the penalty opinion to nobody after the switch",
          "[ui][access]")
{
    Console c;
    Complaint complaint;
    complaint.matter = QStringLiteral("工程师迟到三天");
    complaint.contactPerson = QStringLiteral("陈先生");
    ComplaintWorkflow flow(*c.t.db, c.t.clock, BusinessCalendar());
    auto reg = flow.registerComplaint(c.session.actor(), complaint);
    REQUIRE(reg);
    ComplaintReport r;
    r.handlingMethod = QStringLiteral("道歉并重新派工");
    r.penaltyOpinion = QStringLiteral("口头警告");
    REQUIRE(flow.report(c.session.actor(), reg->meta.id, r));
    WorkItem item;
    item.recordKind = RecordKind::Complaint;
    item.recordId = reg->meta.id;
    QPointer<ui::FormPage> view = c.window->formDesk()->openItem(item);
    REQUIRE(view);
    CHECK(view->findChild<QPlainTextEdit*>(QStringLiteral("penalty_opinion"))->toPlainText() ==
          QStringLiteral("口头警告"));

    c.window->switchUser();
    c.signInThroughDialog(QStringLiteral("1001"));
    QTest::qWait(50);
    CHECK(view.isNull());
    QPointer<ui::FormPage> agentView = c.window->formDesk()->openItem(item);
    REQUIRE(agentView);
    CHECK(agentView->findChild<QPlainTextEdit*>(QStringLiteral("penalty_opinion"))->toPlainText().isEmpty());
}

TEST_CASE("only the agent is rung: the supervisor, the trainee and an empty console never are",
          "[ui][access]")
{
    Console c;
    const auto readiness = [&c] {
        auto* label = c.window->findChild<QLabel*>(QStringLiteral("idleReadiness"));
        REQUIRE(label);
        return label->text();
    };
    auto* ready = c.window->findChild<QToolButton*>(QStringLiteral("readyButton"));
    REQUIRE(ready);
    const auto rings = [&c] {
        auto id = c.line.placeIncomingCall(QStringLiteral("13812345678"));
        const bool rang = c.window->callTracker().state() == CallTracker::State::Ringing;
        if (id && c.line.hasCall())
            (void)c.line.callerHangsUp(*id);
        return rang;
    };
    // The supervisor: Not Ready and no Ready to choose; the call is not offered.
    CHECK(c.window->callSession().states().state() == AgentState::NotReady);
    CHECK_FALSE(ready->isEnabled());
    CHECK(readiness().contains(QStringLiteral("only people with the agent role")));
    CHECK_FALSE(rings());

    // Signed out: nobody takes calls.
    c.window->switchUser();
    CHECK(readiness().contains(QStringLiteral("Nobody is signed in")));
    CHECK_FALSE(rings());

    // The trainee neither.
    c.signInThroughDialog(QStringLiteral("6001"));
    CHECK_FALSE(ready->isEnabled());
    CHECK_FALSE(rings());

    // The agent signs in Not Ready, and is rung once they choose Ready.
    c.window->switchUser();
    c.signInThroughDialog(QStringLiteral("1001"));
    CHECK(c.window->callSession().states().reason() == AgentStateNames::signedInReason());
    CHECK(readiness().contains(QStringLiteral("Press")));
    CHECK_FALSE(rings());
    REQUIRE(ready->isEnabled());
    ready->click();
    CHECK(c.window->callSession().states().isReady());
    CHECK(readiness().contains(QStringLiteral("Ready")));
    CHECK(rings());

    // The agent's My work holds their form; a sign-out empties it at once, before anyone signs in.
    auto* work = c.window->findChild<QTreeWidget*>(QStringLiteral("myWorkList"));
    REQUIRE(work);
    CHECK_FALSE(work->isHidden());
    CHECK(work->topLevelItemCount() > 0);
    c.window->switchUser();
    CHECK(work->isHidden());
    CHECK(work->topLevelItemCount() == 0);
    CHECK_FALSE(c.window->callSession().callerCard());
}
