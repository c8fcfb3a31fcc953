// A service-quality problem form asks once, right after the agent saves it, whether it is a complaint too
// (003 §4.5.6), offscreen: Register makes one complaint and says where it is; Not a complaint makes none; a
// reopened form asks no more; a technical form never asks.
#include "../unit/FormsWorld.h"
#include "ConsoleCore.h"
#include "core/site/Defaults.h"
#include "ui/forms/FormServices.h"
#include "ui/forms/ProblemFormView.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace threerings;
using namespace threerings::test;

namespace {

template <typename T> T* child(QWidget* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}

struct Desk
{
    Desk()
    {
        REQUIRE(Defaults::ensure(*w.t.db, w.t.clock));
        w.t.clock.set(beijing(2026, 11, 25, 10, 0));
        core = std::make_unique<ConsoleCore>(*w.t.db, w.t.clock);
        services = std::make_unique<ui::FormServices>(*w.t.db, w.t.clock, w.calendar, core->guard,
                                                      [this] { return as; });
    }
    int rows(const QString& sql) const { return count(*w.t.db, sql); }

    // The agent fills a new form of `category` and saves it with Ctrl+S.
    void fillAndSave(ui::ProblemFormView& view, const QString& category)
    {
        view.resize(920, 700); // as FormDesk opens it on a 1366×768 screen
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        QApplication::setActiveWindow(&view);
        child<QLineEdit>(&view, "customer_name")->setText(QStringLiteral("陈先生"));
        child<QLineEdit>(&view, "phone_mobile")->setText(QStringLiteral("13812345678"));
        auto* box = child<QComboBox>(&view, "category");
        box->setCurrentIndex(box->findData(category));
        auto* description = child<QPlainTextEdit>(&view, "description");
        description->setPlainText(QStringLiteral("工程师上门态度恶劣,还迟到了两个小时"));
        description->setFocus();
        QTest::keyClick(description, Qt::Key_S, Qt::ControlModifier);
        INFO(view.errorText({}).toStdString());
        REQUIRE(view.form().meta.isStored());
    }

    FormsWorld w;
    Actor as = w.agent;
    std::unique_ptr<ConsoleCore> core;
    std::unique_ptr<ui::FormServices> services;
};

bool asks(QWidget* view)
{
    auto* bar = child<QWidget>(view, "serviceComplaintBar");
    return bar->isVisibleTo(view) && child<QPushButton>(view, "registerComplaintButton")->isVisibleTo(view);
}

} // namespace

TEST_CASE("an agent saves a service-quality form, confirms it is a complaint, and is told where it is")
{
    Desk d;
    ui::ProblemFormView view(*d.services, ProblemFormWorkflow::fromCall(Call{}, nullptr, d.w.agent));
    CHECK_FALSE(asks(&view)); // not before it is saved
    d.fillAndSave(view, QStringLiteral("service"));

    // The question is on the form, not over the call; the keyboard is on Register.
    REQUIRE(asks(&view));
    CHECK(child<QLabel>(&view, "serviceComplaintQuestion")->text().contains(QStringLiteral("complaint")));
    auto* registerButton = child<QPushButton>(&view, "registerComplaintButton");
    CHECK(registerButton->hasFocus());
    CHECK(child<QWidget>(&view, "serviceComplaintBar")->minimumSizeHint().width() <= 920);
    CHECK(d.rows(QStringLiteral("SELECT count(*) FROM complaints")) == 0);
    QTest::keyClick(registerButton, Qt::Key_Space);

    REQUIRE(d.rows(QStringLiteral("SELECT count(*) FROM complaints")) == 1);
    CHECK(d.rows(QStringLiteral("SELECT count(*) FROM complaints WHERE problem_form_id = '%1'")
                     .arg(view.form().meta.id)) == 1);
    auto complaint = d.services->reader().complaintOfForm(d.w.agent, view.form().meta.id);
    REQUIRE(complaint);
    REQUIRE(complaint->has_value());
    CHECK(view.form().complaintAnswer == ComplaintAnswer::Registered);
    CHECK_FALSE(asks(&view));
    const QString info = child<QLabel>(&view, "serviceComplaintInfo")->text();
    CHECK(info.contains(complaint->value().no));
    CHECK(info.contains(QStringLiteral("用户服务部")));
    CHECK(info.contains(QStringLiteral("2026-11-28 10:00"))); // the callback within 3 days

    // Opened again, it asks no more and still says where the complaint is.
    ui::ProblemFormView again(*d.services, view.form());
    CHECK_FALSE(asks(&again));
    CHECK(child<QLabel>(&again, "serviceComplaintInfo")->text().contains(complaint->value().no));
}

TEST_CASE("'Not a complaint' registers none, and the form does not ask again")
{
    Desk d;
    ui::ProblemFormView view(*d.services, ProblemFormWorkflow::fromCall(Call{}, nullptr, d.w.agent));
    d.fillAndSave(view, QStringLiteral("service"));
    REQUIRE(asks(&view));
    QTest::mouseClick(child<QPushButton>(&view, "notComplaintButton"), Qt::LeftButton);

    CHECK(d.rows(QStringLiteral("SELECT count(*) FROM complaints")) == 0);
    CHECK(view.form().complaintAnswer == ComplaintAnswer::Declined);
    CHECK_FALSE(child<QWidget>(&view, "serviceComplaintBar")->isVisibleTo(&view));
    // The next step is still the transfer, and the answer does not hold it up.
    CHECK(child<QPushButton>(&view, "transferButton")->isVisibleTo(&view));

    auto stored = d.services->reader().problemForm(d.w.agent, view.form().meta.id);
    REQUIRE(stored);
    ui::ProblemFormView reopened(*d.services, *stored);
    CHECK_FALSE(asks(&reopened));
    d.as = d.w.supervisor;
    ui::ProblemFormView supervisor(*d.services, *stored);
    CHECK_FALSE(asks(&supervisor));
}

TEST_CASE("a form left unanswered asks when it is opened again; a technical form never asks")
{
    Desk d;
    ProblemForm serviceForm;
    {
        ui::ProblemFormView view(*d.services, ProblemFormWorkflow::fromCall(Call{}, nullptr, d.w.agent));
        d.fillAndSave(view, QStringLiteral("service"));
        REQUIRE(asks(&view));
        serviceForm = view.form(); // closed without an answer
    }
    ui::ProblemFormView reopened(*d.services, serviceForm);
    CHECK(asks(&reopened));

    ui::ProblemFormView technical(*d.services, ProblemFormWorkflow::fromCall(Call{}, nullptr, d.w.agent));
    d.fillAndSave(technical, QStringLiteral("technical"));
    CHECK_FALSE(asks(&technical));
    CHECK_FALSE(child<QWidget>(&technical, "serviceComplaintBar")->isVisibleTo(&technical));
    CHECK(d.rows(QStringLiteral("SELECT count(*) FROM complaints")) == 0);

    // Nobody who may not write forms is asked.
    d.as = Actor{};
    ui::ProblemFormView nobody(*d.services, serviceForm);
    CHECK_FALSE(asks(&nobody));
}
