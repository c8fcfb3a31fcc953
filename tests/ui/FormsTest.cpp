// The forms of issue 6 through the GUI, offscreen: each form's life, the validation messages, the drafts
// that survive a closed view, and My work.
#include "../unit/FormsWorld.h"
#include "ConsoleCore.h"
#include "core/calls/AgentStates.h"
#include "core/calls/CallRecorder.h"
#include "core/calls/CallSession.h"
#include "core/calls/CallTracker.h"
#include "core/calls/SimulatedLine.h"
#include "core/customers/CustomerRepository.h"
#include "core/forms/ProblemFormRepository.h"
#include "core/site/Defaults.h"
#include "ui/forms/CallbackView.h"
#include "ui/forms/ComplaintView.h"
#include "ui/forms/ConsultationView.h"
#include "ui/forms/DraftsDialog.h"
#include "ui/forms/FormDesk.h"
#include "ui/forms/FormServices.h"
#include "ui/forms/MyWorkView.h"
#include "ui/forms/ProblemFormView.h"
#include "ui/forms/RatingView.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

using namespace threerings;
using namespace threerings::test;

namespace {

qint64 lowest(qint64 lo, qint64)
{
    return lo;
}

template <typename T> T* child(QWidget* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}

void pick(QComboBox* box, const QString& data)
{
    const int i = box->findData(data);
    REQUIRE(i >= 0);
    box->setCurrentIndex(i);
}

void click(QWidget* parent, const char* name)
{
    auto* b = child<QPushButton>(parent, name);
    REQUIRE(b->isVisibleTo(parent));
    QTest::mouseClick(b, Qt::LeftButton);
}

// The forms world with form views acting as whoever `as` is, on the stored calendar.
struct Desk
{
    Desk()
    {
        REQUIRE(Defaults::ensure(*w.t.db, w.t.clock));
        as = w.agent;
        core = std::make_unique<ConsoleCore>(*w.t.db, w.t.clock);
        services = std::make_unique<ui::FormServices>(*w.t.db, w.t.clock, w.calendar, core->guard,
                                                      [this] { return as; });
    }
    int rows(const char* table) const
    {
        return count(*w.t.db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    }

    FormsWorld w;
    Actor as;
    std::unique_ptr<ConsoleCore> core;
    std::unique_ptr<ui::FormServices> services;
};

ProblemForm resolvedForm(Desk& d)
{
    ProblemFormWorkflow& flow = d.services->forms();
    ProblemForm f;
    f.agentId = d.w.agent.userId;
    f.category = Category::Technical;
    f.customerName = QStringLiteral("陈先生");
    f.phoneMobile = QStringLiteral("13812345678");
    f.description = QStringLiteral("ATM 吞卡");
    auto form = flow.accept(d.w.agent, f);
    REQUIRE(form);
    REQUIRE(flow.transfer(d.w.agent, form->meta.id, d.w.handler.userId));
    REQUIRE(flow.plan(d.w.handler, form->meta.id, QStringLiteral("更换读卡器")));
    auto resolved = flow.resolve(d.w.handler, form->meta.id, QStringLiteral("已更换"));
    REQUIRE(resolved);
    return *resolved;
}

} // namespace

TEST_CASE("a problem form opened from the call runs accept → transfer → plan → result → review, each by "
          "the role allowed")
{
    FormsWorld w;
    REQUIRE(Defaults::ensure(*w.t.db, w.t.clock));
    Customer c;
    c.name = QStringLiteral("李明");
    c.unit = QStringLiteral("青岛银行");
    c.phoneMobile = QStringLiteral("13812345678");
    c.address = QStringLiteral("青岛市市南区");
    REQUIRE(CustomerRepository(*w.t.db, w.t.clock).insert(c, {}));
    SimulatedLine line(w.t.clock, SimulatedLine::Behaviour{60'000, 60'000, 0, 0}, lowest);
    test::ConsoleCore core(*w.t.db, w.t.clock);
    ui::MainWindow window(*w.t.db, w.t.clock, line, core.services());
    REQUIRE(window.callSession().start(w.agent));
    REQUIRE(window.callSession().states().setReady()); // agents sign in Not Ready
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(line.placeIncomingCall(QStringLiteral("138 1234 5678")));
    window.callTracker().tick();
    REQUIRE(window.callTracker().answer());

    // My work is in the main window, one key away.
    ui::FormDesk* desk = window.formDesk();
    REQUIRE(desk);
    QTest::keyClick(&window, Qt::Key_F5);
    CHECK(desk->myWorkDock()->isVisible());

    ui::ProblemFormView* view = desk->newProblemForm();
    REQUIRE(view);
    CHECK(child<QLineEdit>(view, "customer_name")->text() == QStringLiteral("李明"));
    CHECK(child<QLineEdit>(view, "address")->text() == QStringLiteral("青岛市市南区"));
    CHECK_FALSE(child<QLineEdit>(view, "phone_mobile")->text().isEmpty());
    pick(child<QComboBox>(view, "category"), QStringLiteral("technical"));
    child<QPlainTextEdit>(view, "description")->setPlainText(QStringLiteral("ATM 吞卡"));
    // Ctrl+Enter takes the next step: acceptance.
    REQUIRE(QTest::qWaitForWindowExposed(view));
    QApplication::setActiveWindow(view);
    child<QPlainTextEdit>(view, "description")->setFocus();
    QTest::keyClick(child<QPlainTextEdit>(view, "description"), Qt::Key_Return, Qt::ControlModifier);
    INFO(view->errorText({}).toStdString());
    INFO(view->errorText(QStringLiteral("category")).toStdString());
    REQUIRE(view->form().meta.isStored());
    CHECK(view->form().state == FormState::Accepted);
    CHECK(view->form().callId == window.callSession().recorder().current()->meta.id);
    CHECK(child<QLabel>(view, "formTitle")->text().contains(view->form().number));
    CHECK(child<QLabel>(view, "formClock")->text().contains(QStringLiteral("left")));
    // The agent may not plan, resolve or review.
    CHECK_FALSE(child<QPushButton>(view, "planButton")->isVisibleTo(view));
    CHECK_FALSE(child<QPushButton>(view, "reviewButton")->isVisibleTo(view));
    pick(child<QComboBox>(view, "handler_id"), w.handler.userId);
    click(view, "transferButton");
    CHECK(view->form().state == FormState::Transferred);
    CHECK(view->form().handlerId == w.handler.userId);
    CHECK(child<QLabel>(view, "transferredInfo")->text().contains(QStringLiteral("1001")));
    const QString formId = view->form().meta.id;
    // The form is on the agent's list: the result is due.
    desk->myWork()->refresh();
    CHECK_FALSE(desk->myWork()->items().isEmpty());

    // The handler and the supervisor, each at a view acting as them.
    Actor as = w.handler;
    ui::FormServices services(*w.t.db, w.t.clock, w.calendar, core.guard, [&as] { return as; });
    auto stored = ProblemFormRepository(*w.t.db, w.t.clock).get(formId);
    REQUIRE(stored);
    {
        ui::ProblemFormView handler(services, *stored);
        CHECK_FALSE(child<QPushButton>(&handler, "transferButton")->isVisibleTo(&handler));
        child<QPlainTextEdit>(&handler, "plan")->setPlainText(QStringLiteral("派工程师上门更换读卡器"));
        click(&handler, "planButton");
        CHECK(handler.form().state == FormState::Planned);
        CHECK(handler.form().planBy == w.handler.userId);
        child<QPlainTextEdit>(&handler, "result")->setPlainText(QStringLiteral("读卡器已更换,测试正常"));
        click(&handler, "resolveButton");
        CHECK(handler.form().state == FormState::Resolved);
        CHECK_FALSE(child<QPushButton>(&handler, "reviewButton")->isVisibleTo(&handler));
    }
    as = w.supervisor;
    {
        auto resolved = ProblemFormRepository(*w.t.db, w.t.clock).get(formId);
        REQUIRE(resolved);
        ui::ProblemFormView supervisor(services, *resolved);
        child<QPlainTextEdit>(&supervisor, "review")->setPlainText(QStringLiteral("处理及时"));
        REQUIRE(supervisor.nextStep());
        CHECK(supervisor.form().state == FormState::Reviewed);
        CHECK(supervisor.form().reviewedBy == w.supervisor.userId);
        CHECK(child<QLabel>(&supervisor, "reviewedInfo")->text().contains(QStringLiteral("3001")));
    }
    (void)window.callTracker().hangUp();
}

TEST_CASE("bad input is named next to its field and nothing is saved")
{
    Desk d;
    SECTION("a phone that is not a number")
    {
        ProblemForm f = ProblemFormWorkflow::fromCall(Call{}, nullptr, d.w.agent);
        ui::ProblemFormView view(*d.services, f);
        child<QLineEdit>(&view, "customer_name")->setText(QStringLiteral("陈先生"));
        child<QLineEdit>(&view, "phone_mobile")->setText(QStringLiteral("call me maybe"));
        pick(child<QComboBox>(&view, "category"), QStringLiteral("technical"));
        child<QPlainTextEdit>(&view, "description")->setPlainText(QStringLiteral("ATM 吞卡"));
        CHECK_FALSE(view.save());
        CHECK_FALSE(view.errorText(QStringLiteral("phone_mobile")).isEmpty());
        CHECK(d.rows("problem_forms") == 0);
    }
    SECTION("a missing category")
    {
        ProblemForm f = ProblemFormWorkflow::fromCall(Call{}, nullptr, d.w.agent);
        ui::ProblemFormView view(*d.services, f);
        child<QLineEdit>(&view, "customer_name")->setText(QStringLiteral("陈先生"));
        child<QPlainTextEdit>(&view, "description")->setPlainText(QStringLiteral("ATM 吞卡"));
        CHECK_FALSE(view.save());
        CHECK_FALSE(view.errorText(QStringLiteral("category")).isEmpty());
        CHECK(d.rows("problem_forms") == 0);
    }
    SECTION("a score out of range")
    {
        ui::RatingView view(*d.services, Rating{});
        child<QLineEdit>(&view, "unit")->setText(QStringLiteral("青岛银行"));
        child<QLineEdit>(&view, "rater")->setText(QStringLiteral("李明"));
        child<QLineEdit>(&view, "engineer")->setText(QStringLiteral("张伟"));
        child<QSpinBox>(&view, "technical_score")->setValue(300);
        child<QSpinBox>(&view, "attitude_score")->setValue(100);
        CHECK_FALSE(view.save());
        CHECK_FALSE(view.errorText(QStringLiteral("technical_score")).isEmpty());
        CHECK(d.rows("ratings") == 0);
    }
}

TEST_CASE("a rating with a very low score says it became a complaint")
{
    Desk d;
    ui::RatingView view(*d.services, Rating{});
    child<QLineEdit>(&view, "unit")->setText(QStringLiteral("青岛银行"));
    child<QLineEdit>(&view, "rater")->setText(QStringLiteral("李明"));
    child<QLineEdit>(&view, "engineer")->setText(QStringLiteral("张伟"));
    child<QSpinBox>(&view, "technical_score")->setValue(-40);
    child<QSpinBox>(&view, "attitude_score")->setValue(10);
    REQUIRE(view.save());
    CHECK_FALSE(view.complaintNo().isEmpty());
    CHECK(child<QLabel>(&view, "formClock")->text().contains(view.complaintNo()));
    CHECK(d.rows("complaints") == 1);
}

TEST_CASE("a callback 'not working' reopens the form — an unreachable one says when to retry")
{
    Desk d;
    d.w.t.clock.set(beijing(2026, 11, 25, 10, 0));
    const ProblemForm form = resolvedForm(d);
    d.w.t.clock.set(beijing(2026, 11, 26, 9, 30));
    ui::CallbackView view(*d.services);
    REQUIRE(view.tasks().size() == 1);
    CHECK(child<QListWidget>(&view, "callbackList")->count() == 1);
    CHECK_FALSE(child<QLabel>(&view, "callbackScript")->text().isEmpty());

    SECTION("unreachable")
    {
        pick(child<QComboBox>(&view, "outcome"), QStringLiteral("unreachable"));
        REQUIRE(view.save());
        REQUIRE(view.tasks().size() == 1);
        CHECK(child<QListWidget>(&view, "callbackList")->item(0)->text().contains(QStringLiteral("retry")));
    }
    SECTION("not working, by the script's branch button")
    {
        // The customer's answer is one click: the branch's words show and the outcome follows.
        click(&view, "callbackBranch_working");
        CHECK(child<QComboBox>(&view, "outcome")->currentData().toString() == QStringLiteral("working"));
        click(&view, "callbackBranch_not_working");
        CHECK(child<QComboBox>(&view, "outcome")->currentData().toString() == QStringLiteral("not_working"));
        CHECK_FALSE(child<QLabel>(&view, "callbackBranchWords")->text().isEmpty());
        CHECK_FALSE(child<QLabel>(&view, "callbackBranchWords")->text().contains(QLatin1Char('{')));
        child<QPlainTextEdit>(&view, "result")->setPlainText(QStringLiteral("还是吞卡"));
        QStringList shown;
        QObject::connect(&view, &ui::CallbackView::formReopened,
                         [&shown](const QString& formId) { shown << formId; });
        REQUIRE(view.save());
        auto reopened = ProblemFormRepository(*d.w.t.db, d.w.t.clock).get(form.meta.id);
        REQUIRE(reopened);
        CHECK(reopened->state == FormState::Reopened);
        CHECK(view.tasks().isEmpty());
        // The console is asked to show the reopened form to the agent.
        CHECK(shown == QStringList{form.meta.id});
    }
}

TEST_CASE("a complaint goes round twice: dissatisfied, then satisfied — the penalty opinion is hidden from "
          "agents")
{
    Desk d;
    ui::ComplaintView view(*d.services, Complaint{});
    CHECK_FALSE(child<QPlainTextEdit>(&view, "penalty_opinion")->isVisibleTo(&view));
    child<QLineEdit>(&view, "complaining_unit")->setText(QStringLiteral("青岛银行"));
    child<QLineEdit>(&view, "contact_person")->setText(QStringLiteral("李明"));
    child<QLineEdit>(&view, "contact_method")->setText(QStringLiteral("13812345678"));
    child<QPlainTextEdit>(&view, "matter")->setPlainText(QStringLiteral("工程师迟到两小时"));
    click(&view, "registerComplaintButton");
    REQUIRE(view.complaint().meta.isStored());
    CHECK(view.complaint().round == 1);

    d.as = d.w.supervisor;
    ui::ComplaintView head(*d.services, view.complaint());
    CHECK(child<QPlainTextEdit>(&head, "penalty_opinion")->isVisibleTo(&head));
    for (int round = 1; round <= 2; ++round) {
        child<QLineEdit>(&head, "cause")->setText(QStringLiteral("路上堵车"));
        child<QPlainTextEdit>(&head, "handling_method")->setPlainText(QStringLiteral("向用户道歉"));
        child<QLineEdit>(&head, "handler")->setText(QStringLiteral("刘洋"));
        child<QPlainTextEdit>(&head, "penalty_opinion")->setPlainText(QStringLiteral("口头警告"));
        click(&head, "reportButton");
        CHECK(head.errorText({}).isEmpty());
        child<QPlainTextEdit>(&head, "callback_result")->setPlainText(QStringLiteral("还是不满意"));
        click(&head, round == 1 ? "dissatisfiedButton" : "satisfiedButton");
    }
    CHECK(head.complaint().round == 2);
    CHECK(head.complaint().state == ComplaintState::Closed);
    CHECK(d.rows("complaint_reports") == 2);
}

TEST_CASE("a consultation is logged unfinished and finished by the next shift")
{
    Desk d;
    ui::ConsultationView view(*d.services, ConsultationWorkflow::fromCall(Call{}, nullptr, d.w.agent));
    child<QLineEdit>(&view, "caller_name")->setText(QStringLiteral("李明"));
    child<QLineEdit>(&view, "caller_phone")->setText(QStringLiteral("13812345678"));
    child<QPlainTextEdit>(&view, "description")->setPlainText(QStringLiteral("密码键盘怎么换电池"));
    pick(child<QComboBox>(&view, "status"), QStringLiteral("unfinished"));
    REQUIRE(view.save());
    CHECK(view.consultation().status == ConsultationStatus::Unfinished);
    d.as = d.w.agent2;
    ui::ConsultationView next(*d.services, view.consultation());
    child<QPlainTextEdit>(&next, "advice")->setPlainText(QStringLiteral("按说明书第 5 页更换"));
    REQUIRE(next.save());
    CHECK(next.consultation().status == ConsultationStatus::Finished);
}

TEST_CASE("typing survives a view closed without saving: the draft is offered back and restores the text")
{
    FormsWorld w;
    REQUIRE(Defaults::ensure(*w.t.db, w.t.clock));
    SimulatedLine line(w.t.clock);
    test::ConsoleCore core(*w.t.db, w.t.clock);
    ui::MainWindow window(*w.t.db, w.t.clock, line, core.services());
    REQUIRE(window.callSession().start(w.agent));
    REQUIRE(window.callSession().states().setReady()); // agents sign in Not Ready
    ui::FormDesk* desk = window.formDesk();
    {
        ui::ProblemFormView* view = desk->newProblemForm();
        REQUIRE(view);
        QTest::keyClicks(child<QPlainTextEdit>(view, "description"),
                         QStringLiteral("ATM swallowed the card"));
        CHECK(view->isDirty());
        // The autosave runs a few seconds after the last key.
        QTRY_VERIFY_WITH_TIMEOUT(!view->isDirty(), ui::FormPage::DraftDelayMs + 2000);
        delete view; // the console "crashes": nothing was saved
    }
    CHECK(count(*w.t.db, QStringLiteral("SELECT count(*) FROM problem_forms")) == 0);
    ui::DraftsDialog* dialog = desk->offerDrafts();
    REQUIRE(dialog);
    REQUIRE(dialog->chosen().size() == 1);
    dialog->accept();
    ui::ProblemFormView* restored = nullptr;
    for (ui::FormPage* p : desk->openViews())
        if (auto* v = qobject_cast<ui::ProblemFormView*>(p))
            restored = v;
    REQUIRE(restored);
    CHECK(child<QPlainTextEdit>(restored, "description")->toPlainText() ==
          QStringLiteral("ATM swallowed the card"));
    // Saving discards the draft.
    pick(child<QComboBox>(restored, "category"), QStringLiteral("technical"));
    child<QLineEdit>(restored, "customer_name")->setText(QStringLiteral("陈先生"));
    child<QLineEdit>(restored, "phone_mobile")->setText(QStringLiteral("13812345678"));
    QStringList said;
    QObject::connect(restored, &ui::FormPage::message, [&said](const QString& m) { said << m; });
    const bool saved = restored->save();
    INFO(said.join(QStringLiteral(" | ")).toStdString());
    INFO(restored->errorText({}).toStdString());
    INFO(restored->errorText(QStringLiteral("description")).toStdString());
    CHECK(saved);
    CHECK(count(*w.t.db, QStringLiteral("SELECT count(*) FROM drafts")) == 0);
}

TEST_CASE("My work lists the person's items sorted by deadline with the working time left")
{
    Desk d;
    ProblemFormWorkflow& flow = d.services->forms();
    const auto accept = [&](const QString& name) {
        ProblemForm f;
        f.agentId = d.w.agent.userId;
        f.category = Category::Technical;
        f.customerName = name;
        f.phoneMobile = QStringLiteral("13812345678");
        f.description = QStringLiteral("ATM 吞卡");
        auto form = flow.accept(d.w.agent, f);
        REQUIRE(form);
        return *form;
    };
    d.w.t.clock.set(beijing(2026, 11, 25, 9, 0));
    const ProblemForm early = accept(QStringLiteral("早"));
    d.w.t.clock.set(beijing(2026, 11, 25, 10, 0));
    const ProblemForm later = accept(QStringLiteral("晚"));
    d.w.t.clock.set(beijing(2026, 11, 25, 11, 30)); // the first one is late
    ui::MyWorkView view(*d.services);
    view.refresh();
    REQUIRE(view.items().size() == 2);
    CHECK(view.items().at(0).recordId == early.meta.id);
    CHECK(view.items().at(1).recordId == later.meta.id);
    for (int i = 1; i < view.items().size(); ++i)
        CHECK(view.items().at(i - 1).dueAt <= view.items().at(i).dueAt);
    // One group, the transfers due, with its count; the time left in words.
    QTreeWidget* list = view.list();
    REQUIRE(list->topLevelItemCount() == 1);
    QTreeWidgetItem* group = list->topLevelItem(0);
    CHECK(group->text(0).contains(QStringLiteral("2, 1 late")));
    REQUIRE(group->childCount() == 2);
    CHECK(group->child(0)->text(0) == QStringLiteral("30 min late"));
    CHECK(group->child(1)->text(0) == QStringLiteral("30 min left"));
    CHECK(group->child(0)->text(1) == early.number);
    // Late only, and the search, narrow the list.
    view.findChild<QCheckBox*>(QStringLiteral("myWorkLateOnly"))->setChecked(true);
    REQUIRE(list->topLevelItem(0)->childCount() == 1);
    view.findChild<QCheckBox*>(QStringLiteral("myWorkLateOnly"))->setChecked(false);
    view.findChild<QLineEdit*>(QStringLiteral("myWorkSearch"))->setText(later.number);
    REQUIRE(list->topLevelItem(0)->childCount() == 1);
    CHECK(list->topLevelItem(0)->child(0)->text(1) == later.number);
    view.findChild<QLineEdit*>(QStringLiteral("myWorkSearch"))->setText(QStringLiteral("no such form"));
    CHECK_FALSE(list->isVisibleTo(&view));
    CHECK(view.findChild<QLabel*>(QStringLiteral("myWorkSummary"))
              ->text()
              .contains(QStringLiteral("Nothing matches")));
    view.findChild<QLineEdit*>(QStringLiteral("myWorkSearch"))->clear();
    // Enter opens the record.
    QStringList opened;
    QObject::connect(&view, &ui::MyWorkView::openRequested,
                     [&opened](const WorkItem& item) { opened << item.recordId; });
    list->setCurrentItem(list->topLevelItem(0)->child(1));
    QTest::keyClick(list, Qt::Key_Return);
    CHECK(opened == QStringList{later.meta.id});
}

TEST_CASE("My work says the time left as a person reads it, in the hotline's zone")
{
    const QTimeZone zone("Asia/Shanghai");
    const QDateTime now = beijing(2026, 11, 25, 17, 44); // after the day's close
    WorkItem item;
    item.dueAt = beijing(2026, 11, 25, 17, 30);
    item.minutesLeft = 0; // no working time between the close and now
    CHECK(ui::MyWorkView::leftText(item, now, zone) == QStringLiteral("due 17:30"));
    item.dueAt = beijing(2026, 11, 20, 17, 30);
    item.minutesLeft = -3 * 8 * 60;
    CHECK(ui::MyWorkView::leftText(item, now, zone) == QStringLiteral("late since 11-20 17:30"));
    item.dueAt = beijing(2025, 12, 30, 17, 30);
    CHECK(ui::MyWorkView::leftText(item, now, zone) == QStringLiteral("late since 2025-12-30 17:30"));
    item.minutesLeft = 130;
    CHECK(ui::MyWorkView::leftText(item, now, zone) == QStringLiteral("2 h 10 min left"));
}
