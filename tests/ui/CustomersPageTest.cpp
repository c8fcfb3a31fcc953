// Customers, products and devices in the set-up window: an admin sets up a model with its warranty and adds a
// device whose warranty end comes from it; a supervisor corrects a customer and merges a duplicate, whose
// number then finds the kept record; an agent corrects but does not merge; a customer file imports with
// progress and comes back out the same.
#include "ui/admin/CustomersPage.h"

#include "TestSupport.h"
#include "core/auth/AccountService.h"
#include "core/auth/AuthService.h"
#include "core/calls/ScreenPopQueries.h"
#include "core/customers/CustomerService.h"
#include "core/site/Defaults.h"
#include "ui/admin/DevicesPage.h"
#include "ui/admin/ProductsPage.h"
#include "ui/admin/SetupDialog.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace threerings;

namespace {

struct Hotline
{
    Hotline() : accounts(*t.db, t.clock, cheap), auth(*t.db, t.clock, cheap)
    {
        REQUIRE(Defaults::ensure(*t.db, t.clock));
        admin = person(QStringLiteral("9001"), Role::Admin, {});
        supervisor = person(QStringLiteral("3001"), Role::Supervisor, admin);
        agent = person(QStringLiteral("1001"), Role::Agent, admin);
    }
    Actor person(const QString& job, Role role, const Actor& by)
    {
        User u;
        u.jobNumber = job;
        u.name = QStringLiteral("坐席") + job;
        u.roles = {role};
        REQUIRE(accounts.addPerson(by, u, QStringLiteral("pass-word-1")));
        return auth.signIn(job, QStringLiteral("pass-word-1")).value();
    }
    QString value(const QString& sql)
    {
        QSqlQuery q(t.db->connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toString();
    }

    const PasswordHasher cheap{PasswordHasher::cheapest()};
    test::TempDb t;
    AccountService accounts;
    AuthService auth;
    Actor admin, supervisor, agent;
};

} // namespace

TEST_CASE("an admin sets up a model and a device; the warranty end comes from the model")
{
    Hotline h;
    ui::SetupDialog dialog(*h.t.db, h.t.clock, h.admin);
    dialog.show();
    dialog.showKind(QStringLiteral("products"));
    ui::ProductsPage* products = dialog.products();
    CHECK(products->findChild<QLabel*>(QStringLiteral("emptyText"))->isVisible());
    products->startNew();
    Product p;
    p.model = QStringLiteral("GRG-H22N");
    p.product = QStringLiteral("ATM");
    p.warrantyMonths = 36;
    products->fill(p);
    products->save();
    CHECK(products->rowCount() == 1);

    dialog.showKind(QStringLiteral("customers"));
    ui::CustomersPage* customers = dialog.customers();
    CHECK(customers->findChild<QLabel*>(QStringLiteral("emptyText"))
              ->text()
              .contains(QStringLiteral("Import")));
    customers->startNew();
    Customer c;
    c.name = QStringLiteral("王伟");
    c.phoneMobile = QStringLiteral("138 0013 8000");
    customers->fill(c);
    customers->save();
    CHECK(customers->rowCount() == 1);

    dialog.showKind(QStringLiteral("devices"));
    CHECK(dialog.currentKind() == QStringLiteral("devices"));
    ui::DevicesPage* devices = dialog.devices();
    devices->startNew();
    devices->fill({QStringLiteral("SN-9"),
                   QStringLiteral("GRG-H22N"),
                   {},
                   QStringLiteral("13900000000"),
                   {},
                   QStringLiteral("2026-03-01"),
                   QStringLiteral("2026/3/5"),
                   {}});
    devices->save(); // nobody has that number
    CHECK(devices->lastMessage().contains(QStringLiteral("Customer's phone")));
    CHECK(devices->rowCount() == 0);
    devices->fill({QStringLiteral("SN-9"),
                   QStringLiteral("GRG-H22N"),
                   {},
                   QStringLiteral("13800138000"),
                   {},
                   QStringLiteral("2026-03-01"),
                   QStringLiteral("2026-13-05"),
                   {}});
    devices->save();
    CHECK(devices->lastMessage().contains(QStringLiteral("Invoice date")));
    devices->fill({QStringLiteral("SN-9"),
                   QStringLiteral("GRG-H22N"),
                   {},
                   QStringLiteral("13800138000"),
                   {},
                   QStringLiteral("2026-03-01"),
                   QStringLiteral("2026/3/5"),
                   {}});
    devices->save();
    REQUIRE(devices->rowCount() == 1);
    REQUIRE(devices->select(QStringLiteral("SN-9")));
    CHECK(h.value(QStringLiteral("SELECT warranty_end || ' ' || product FROM devices")) ==
          QStringLiteral("2029-03-04 ATM"));
    CHECK(devices->warrantyText().contains(QStringLiteral("2029-03-04")));
    CHECK(devices->historyText().contains(QStringLiteral("No repairs")));
}

TEST_CASE("a supervisor corrects a customer and merges a duplicate; an agent cannot merge")
{
    Hotline h;
    CustomerService service(*h.t.db, h.t.clock);
    Customer keep;
    keep.name = QStringLiteral("李娜");
    keep.phoneMobile = QStringLiteral("13900139000");
    keep = service.save(h.agent, keep).value();
    Customer dup;
    dup.name = QStringLiteral("李娜");
    dup.phoneMobile = QStringLiteral("13700137000");
    dup = service.save(h.agent, dup).value();

    {
        ui::SetupDialog dialog(*h.t.db, h.t.clock, h.agent);
        dialog.showKind(QStringLiteral("customers"));
        ui::CustomersPage* page = dialog.customers();
        REQUIRE(page->select(QStringLiteral("139 0013 9000")));
        CHECK_FALSE(page->findChild<QPushButton*>(QStringLiteral("merge"))->isVisible());
        CHECK_FALSE(page->mergeIntoSelected(dup.meta.id));
        // Agents correct customers.
        Customer corrected = keep;
        corrected.address = QStringLiteral("青岛市市南区");
        corrected.phoneMobile = QStringLiteral("139 0013 9000");
        page->fill(corrected);
        page->save();
        CHECK(h.value(QStringLiteral("SELECT address FROM customers WHERE name = '李娜' AND phone_mobile = "
                                     "'+8613900139000'")) == QStringLiteral("青岛市市南区"));
    }
    ui::SetupDialog dialog(*h.t.db, h.t.clock, h.supervisor);
    dialog.showKind(QStringLiteral("customers"));
    ui::CustomersPage* page = dialog.customers();
    CHECK(page->rowCount() == 2);
    REQUIRE(page->select(QStringLiteral("139 0013 9000")));
    REQUIRE(page->mergeIntoSelected(dup.meta.id));
    CHECK(page->rowCount() == 1);
    CHECK(page->historyText().contains(QStringLiteral("137 0013 7000")));
    auto card = ScreenPopQueries(*h.t.db, h.t.clock).lookup(h.agent, QStringLiteral("13700137000"));
    REQUIRE(card->known());
    CHECK(card->customer->meta.id == keep.meta.id);
}

TEST_CASE("an admin imports a customer file through the window and exports the same rows")
{
    Hotline h;
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("客户.csv")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBF用户姓名,用户单位,手机,办公电话,其他电话,网点编码,通讯地址,备注\r\n");
    for (int i = 0; i < 1200; ++i)
        file.write(QStringLiteral("客户%1,单位%2,1380000%3,,,,地址%1,\r\n")
                       .arg(i)
                       .arg(i % 7)
                       .arg(i, 4, 10, QLatin1Char('0'))
                       .toUtf8());
    file.close();
    ui::ImportDialog import(*h.t.db, h.t.clock, h.admin, QStringLiteral("customers"));
    REQUIRE(import.check(file.fileName()));
    CHECK(import.summary().contains(QStringLiteral("1200 new")));
    REQUIRE(import.importChecked());
    CHECK(h.value(QStringLiteral("SELECT count(*) FROM customers")) == QStringLiteral("1200"));

    ui::SetupDialog dialog(*h.t.db, h.t.clock, h.admin);
    dialog.showKind(QStringLiteral("customers"));
    dialog.exportTo(dir.filePath(QStringLiteral("customers.csv")));
    QFile out(dir.filePath(QStringLiteral("customers.csv")));
    REQUIRE(out.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = out.readAll().split('\n');
    CHECK(lines.value(0).startsWith("name,unit,phone_mobile"));
    CHECK(lines.size() == 1200 + 2); // the header, the rows, the last line end
    // The export reads back as it was: nothing changes.
    ui::ImportDialog again(*h.t.db, h.t.clock, h.admin, QStringLiteral("customers"));
    REQUIRE(again.check(out.fileName()));
    CHECK(again.summary().contains(QStringLiteral("1200 unchanged")));
}
