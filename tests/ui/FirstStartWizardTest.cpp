// The first start of a new hotline: the first admin is created, the console offers the set-up walk-through,
// the admin gives the unit's name and hotline number, keeps the proposed departments and adds an outlet, and
// finishes; what they gave is stored, and the next start offers nothing. An agent never sees it.
#include "ui/admin/FirstStartWizard.h"

#include "ConsoleCore.h"
#include "TestSupport.h"
#include "core/auth/AccountService.h"
#include "core/auth/AuthService.h"
#include "core/auth/DepartmentService.h"
#include "core/auth/Session.h"
#include "core/calls/SimulatedLine.h"
#include "core/customers/OutletService.h"
#include "core/settings/SettingsReader.h"
#include "core/site/Defaults.h"
#include "core/site/HotlineSetup.h"
#include "ui/shell/FirstAdminDialog.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace threerings;

namespace {

const QString password = QStringLiteral("first-pass-1");

// A brand-new database, as `threerings --db hotline.sqlite` opens it: defaults in, nobody yet.
struct NewFile
{
    NewFile() : line(t.clock)
    {
        t.clock.set(test::beijing(2026, 11, 25, 10, 0));
        REQUIRE(Defaults::ensure(*t.db, t.clock));
    }
    ~NewFile()
    {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w->isVisible())
                w->close();
    }
    // The console as app/Gui.cpp opens it for whoever signed in to `session`.
    std::unique_ptr<ui::MainWindow> console(Session& session)
    {
        if (!core)
            core = std::make_unique<test::ConsoleCore>(*t.db, t.clock);
        auto window = std::make_unique<ui::MainWindow>(*t.db, t.clock, line, core->services(), session);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        return window;
    }
    void createFirstAdmin()
    {
        ui::FirstAdminDialog first(accounts);
        first.findChild<QLineEdit*>(QStringLiteral("jobNumber"))->setText(QStringLiteral("9001"));
        first.findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("赵磊"));
        first.findChild<QLineEdit*>(QStringLiteral("password"))->setText(password);
        first.findChild<QLineEdit*>(QStringLiteral("repeatPassword"))->setText(password);
        first.accept();
        REQUIRE(first.result() == QDialog::Accepted);
    }

    test::TempDb t;
    AccountService accounts{*t.db, t.clock, PasswordHasher(PasswordHasher::cheapest())};
    AuthService auth{*t.db, t.clock, PasswordHasher(PasswordHasher::cheapest())};
    SimulatedLine line;
    std::unique_ptr<test::ConsoleCore> core; // after the defaults, as app/Gui.cpp builds it
};

void setCell(QTableWidget* table, int row, int column, const QString& text)
{
    REQUIRE(table->item(row, column));
    table->item(row, column)->setText(text);
}

} // namespace

TEST_CASE("the first admin of a new hotline is walked through the set-up once")
{
    NewFile f;
    CHECK_FALSE(HotlineSetup(*f.t.db, f.t.clock).isDone());
    f.createFirstAdmin();
    Session session(f.auth);
    REQUIRE(session.signIn(QStringLiteral("9001"), password));
    auto window = f.console(session);
    CHECK(window->firstStartAction()->isVisible());
    ui::FirstStartWizard* wizard = window->offerFirstStart();
    REQUIRE(wizard);
    CHECK(wizard->isVisible());
    CHECK(wizard->currentId() == ui::FirstStartWizard::IdentityPage);

    // The unit and the hotline number: an empty name is refused on its page, nothing written.
    CHECK(wizard->unitNameField()->text() == Setting::UnitName.defaultValue());
    wizard->unitNameField()->setText(QString());
    wizard->next();
    CHECK(wizard->currentId() == ui::FirstStartWizard::IdentityPage);
    CHECK(wizard->lastError().contains(Settings::name(Setting::UnitName.entry)));
    wizard->unitNameField()->setText(QStringLiteral("青岛海云电子有限公司"));
    wizard->hotlineNumberField()->setText(QStringLiteral("800-860-1234"));
    wizard->next();
    REQUIRE(wizard->currentId() == ui::FirstStartWizard::DepartmentsPage);
    CHECK(wizard->lastError().isEmpty());

    // The three departments the handbooks route to are offered; the admin gives the first one a phone.
    QTableWidget* departments = wizard->departmentTable();
    REQUIRE(departments->rowCount() == 3);
    setCell(departments, 0, 2, QStringLiteral("0532-88886666"));
    wizard->next();
    REQUIRE(wizard->currentId() == ui::FirstStartWizard::OutletsPage);
    CHECK(wizard->lastError().isEmpty());

    // One outlet; a blank row is skipped.
    QTableWidget* outlets = wizard->outletTable();
    REQUIRE(outlets->rowCount() == 1);
    outlets->removeRow(0);
    wizard->addOutletRow(QStringLiteral("QD01"), QStringLiteral("青岛维修中心"), QStringLiteral("own"),
                         QStringLiteral("青岛"));
    wizard->addOutletRow();
    wizard->next();
    REQUIRE(wizard->currentId() == ui::FirstStartWizard::ImportsPage);
    CHECK(wizard->lastError().isEmpty());
    for (const char* kind : {"customers", "products", "devices", "outlets", "knowledge", "calendar"})
        CHECK(wizard->findChild<QPushButton*>(QStringLiteral("import-") + QLatin1String(kind)));
    CHECK(wizard->findChild<QPushButton*>(QStringLiteral("importSiteFile")));
    wizard->next();
    REQUIRE(wizard->currentId() == ui::FirstStartWizard::SummaryPage);
    CHECK(wizard->summaryText().contains(QStringLiteral("青岛海云电子有限公司")));
    CHECK(wizard->summaryText().contains(QStringLiteral("Admin ▸ Accounts")));
    CHECK(wizard->findChild<QPushButton*>(QStringLiteral("openSetup")));
    wizard->button(QWizard::FinishButton)->click();
    CHECK_FALSE(wizard->isVisible());

    // Stored through the core services.
    auto settings = SettingsReader::open(*f.t.db, f.t.clock);
    CHECK(settings->get(Setting::UnitName) == QStringLiteral("青岛海云电子有限公司"));
    CHECK(settings->get(Setting::HotlineNumber) == QStringLiteral("800-860-1234"));
    CHECK(settings->get(Setting::SetupWalkthroughDone));
    auto stored = DepartmentService(*f.t.db, f.t.clock).list(session.actor());
    REQUIRE(stored);
    REQUIRE(stored->size() == 3);
    CHECK(test::count(*f.t.db, QStringLiteral("SELECT count(*) FROM departments WHERE kind = 'technical' AND "
                                              "phone = '+8653288886666'")) == 1);
    CHECK(test::count(*f.t.db, QStringLiteral("SELECT count(*) FROM departments WHERE kind IN ('product', "
                                              "'service')")) == 2);
    auto outletRows = OutletService(*f.t.db, f.t.clock).search(session.actor());
    REQUIRE(outletRows);
    REQUIRE(outletRows->size() == 1);
    CHECK(outletRows->constFirst().code == QStringLiteral("QD01"));
    CHECK(outletRows->constFirst().kind == QStringLiteral("own"));
    CHECK(outletRows->constFirst().city == QStringLiteral("青岛"));
    CHECK_FALSE(window->firstStartAction()->isVisible());

    // The next start: the hotline is set up, nothing is offered.
    window.reset();
    Session again(f.auth);
    REQUIRE(again.signIn(QStringLiteral("9001"), password));
    auto next = f.console(again);
    CHECK(next->offerFirstStart() == nullptr);
    CHECK_FALSE(next->firstStartAction()->isVisible());
}

TEST_CASE("the walk-through resumes with what was saved when the admin chose Later")
{
    NewFile f;
    f.createFirstAdmin();
    Session session(f.auth);
    REQUIRE(session.signIn(QStringLiteral("9001"), password));
    auto window = f.console(session);
    ui::FirstStartWizard* wizard = window->offerFirstStart();
    REQUIRE(wizard);
    wizard->unitNameField()->setText(QStringLiteral("海云电子"));
    wizard->next();
    REQUIRE(wizard->currentId() == ui::FirstStartWizard::DepartmentsPage);
    // Only the technical support department is kept.
    wizard->departmentTable()->item(1, 0)->setCheckState(Qt::Unchecked);
    wizard->departmentTable()->item(2, 0)->setCheckState(Qt::Unchecked);
    wizard->next();
    REQUIRE(wizard->currentId() == ui::FirstStartWizard::OutletsPage);
    wizard->button(QWizard::CancelButton)->click();
    CHECK(test::count(*f.t.db, QStringLiteral("SELECT count(*) FROM departments")) == 1);
    CHECK_FALSE(HotlineSetup(*f.t.db, f.t.clock).isDone());

    // Admin ▸ Set-up walk-through… is still there, and shows what is stored: the kept department to rename.
    REQUIRE(window->firstStartAction()->isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the closed one is gone
    CHECK(window->findChildren<ui::FirstStartWizard*>().isEmpty());
    window->firstStartAction()->trigger();
    wizard = window->findChild<ui::FirstStartWizard*>();
    REQUIRE(wizard);
    CHECK(wizard->isVisible());
    CHECK(wizard->unitNameField()->text() == QStringLiteral("海云电子"));
    wizard->next();
    REQUIRE(wizard->currentId() == ui::FirstStartWizard::DepartmentsPage);
    QTableWidget* departments = wizard->departmentTable();
    REQUIRE(departments->rowCount() == 1);
    setCell(departments, 0, 0, QStringLiteral("技术服务部"));
    wizard->next();
    REQUIRE(wizard->currentId() == ui::FirstStartWizard::OutletsPage);
    CHECK(test::count(*f.t.db,
                      QStringLiteral("SELECT count(*) FROM departments WHERE name = '技术服务部'")) == 1);
    CHECK(test::count(*f.t.db, QStringLiteral("SELECT count(*) FROM departments")) == 1);

    // A bad outlet stops on its page, naming the outlet; nothing of the page is written.
    wizard->outletTable()->setRowCount(0);
    wizard->addOutletRow(QStringLiteral("QD01"), QStringLiteral("青岛维修中心"));
    wizard->addOutletRow(QStringLiteral("QD02"), QString());
    wizard->next();
    CHECK(wizard->currentId() == ui::FirstStartWizard::OutletsPage);
    CHECK(wizard->lastError().contains(QStringLiteral("QD02")));
    CHECK(test::count(*f.t.db, QStringLiteral("SELECT count(*) FROM outlets")) == 0);
}

TEST_CASE("an agent of a new hotline never sees the set-up walk-through")
{
    NewFile f;
    f.createFirstAdmin();
    auto admin = f.auth.signIn(QStringLiteral("9001"), password);
    REQUIRE(admin);
    User agent;
    agent.jobNumber = QStringLiteral("1001");
    agent.name = QStringLiteral("王芳");
    agent.roles = {Role::Agent};
    REQUIRE(f.accounts.addPerson(*admin, agent, password));
    Session session(f.auth);
    REQUIRE(session.signIn(QStringLiteral("1001"), password));
    auto window = f.console(session);
    CHECK_FALSE(HotlineSetup(*f.t.db, f.t.clock).isDone());
    CHECK(window->offerFirstStart() == nullptr);
    CHECK(window->openFirstStart() == nullptr);
    CHECK_FALSE(window->firstStartAction()->isVisible());
    CHECK(window->findChildren<ui::FirstStartWizard*>().isEmpty());
}
