// The hotline's customers, products and devices: found by any fragment, corrected, merged (history kept and
// both numbers found by the screen pop), warranties from the product's rule, and the customer and device
// tables read from files all or nothing.
#include "TestSupport.h"
#include "core/auth/AccountService.h"
#include "core/auth/AuthService.h"
#include "core/calls/CallRepository.h"
#include "core/calls/ScreenPopQueries.h"
#include "core/customers/CustomerService.h"
#include "core/customers/DeviceService.h"
#include "core/customers/OutletService.h"
#include "core/customers/SetupTables.h"
#include "core/forms/FormReader.h"
#include "core/site/Defaults.h"
#include "core/util/TableFile.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace threerings;

namespace {

const PasswordHasher cheap{PasswordHasher::cheapest()};

struct Hotline
{
    Hotline()
        : accounts(*t.db, t.clock, cheap), auth(*t.db, t.clock, cheap), customers(*t.db, t.clock),
          devices(*t.db, t.clock)
    {
        REQUIRE(Defaults::ensure(*t.db, t.clock));
        admin = person(QStringLiteral("9001"), QStringLiteral("赵磊"), Role::Admin, {});
        agent = person(QStringLiteral("1001"), QStringLiteral("王芳"), Role::Agent, admin);
        supervisor = person(QStringLiteral("8001"), QStringLiteral("陈静"), Role::Supervisor, admin);
        trainee = person(QStringLiteral("7001"), QStringLiteral("刘洋"), Role::Trainee, admin);
    }
    Actor person(const QString& job, const QString& name, Role role, const Actor& by)
    {
        User u;
        u.jobNumber = job;
        u.name = name;
        u.roles = {role};
        REQUIRE(accounts.addPerson(by, u, QStringLiteral("pass-word-1")));
        return auth.signIn(job, QStringLiteral("pass-word-1")).value();
    }
    Customer add(const QString& name, const QString& mobile, const QString& unit = {})
    {
        Customer c;
        c.name = name;
        c.phoneMobile = mobile;
        c.unit = unit;
        auto saved = customers.save(agent, c);
        REQUIRE(saved);
        return saved.value();
    }
    QStringList names(const QString& text)
    {
        QStringList out;
        const QList<Customer> found = customers.search(agent, text).value();
        for (const Customer& c : found)
            out << c.name;
        out.sort();
        return out;
    }

    test::TempDb t;
    AccountService accounts;
    AuthService auth;
    CustomerService customers;
    DeviceService devices;
    Actor admin, agent, supervisor, trainee;
};

TableFile table(const QStringList& header, const QList<QStringList>& rows)
{
    TableFile f;
    f.header = header;
    f.rows = rows;
    for (int i = 0; i < rows.size(); ++i)
        f.rowNumbers << i + 2;
    return f;
}

} // namespace

TEST_CASE("customers are found by any fragment of a name, unit or phone")
{
    Hotline h;
    h.add(QStringLiteral("王秀英"), QStringLiteral("138 0013 8000"), QStringLiteral("深圳农村商业银行"));
    h.add(QStringLiteral("王伟"), QStringLiteral("13900139000"));
    h.add(QStringLiteral("李秀英"), QStringLiteral("+86 186 0606 5326"));
    Customer office;
    office.name = QStringLiteral("张强");
    office.phoneOffice = QStringLiteral("0755-8888 1234");
    REQUIRE(h.customers.save(h.agent, office));

    CHECK(h.names(QStringLiteral("王")) == QStringList{QStringLiteral("王伟"), QStringLiteral("王秀英")});
    CHECK(h.names(QStringLiteral("王伟")) == QStringList{QStringLiteral("王伟")});
    CHECK(h.names(QStringLiteral("农村商业")) == QStringList{QStringLiteral("王秀英")}); // inside the unit
    CHECK(h.names(QStringLiteral("5326")) == QStringList{QStringLiteral("李秀英")});     // the last digits
    CHECK(h.names(QStringLiteral("0013 8")) == QStringList{QStringLiteral("王秀英")});  // as written on paper
    CHECK(h.names(QStringLiteral("0755 8888")) == QStringList{QStringLiteral("张强")}); // with its trunk 0
    CHECK(h.names(QStringLiteral("%")).isEmpty());
    CHECK(h.names(QStringLiteral("没有这个人")).isEmpty());
    // A trainee sees practice data only.
    CHECK_FALSE(h.customers.search(h.trainee, QStringLiteral("王")));
}

TEST_CASE("any person on the phone corrects a customer; a trainee cannot")
{
    Hotline h;
    Customer c = h.add(QStringLiteral("王伟"), QStringLiteral("13900139000"));
    c.address = QStringLiteral("深圳市福田区深南大道 1 号");
    c.phoneOther = QStringLiteral("020 8888 9999");
    auto saved = h.customers.save(h.agent, c);
    REQUIRE(saved);
    CHECK(saved->phoneOther == QStringLiteral("+862088889999"));
    CHECK(saved->meta.revision == 2);
    CHECK(h.names(QStringLiteral("8888 9999")) == QStringList{QStringLiteral("王伟")});
    // A stale copy does not overwrite the correction.
    c.notes = QStringLiteral("stale");
    CHECK_FALSE(h.customers.save(h.agent, c));
    Customer bad = saved.value();
    bad.phoneOther = QStringLiteral("12");
    auto refused = h.customers.save(h.agent, bad);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("phone_other"));
    CHECK_FALSE(h.customers.save(h.trainee, saved.value()));
}

TEST_CASE("two records of one person merge: history kept, both numbers find the person")
{
    Hotline h;
    const Customer keep = h.add(QStringLiteral("王伟"), QStringLiteral("13900139000"));
    Customer dup;
    dup.name = QStringLiteral("王伟");
    dup.phoneMobile = QStringLiteral("13800138000");
    dup.address = QStringLiteral("深圳市福田区");
    dup = h.customers.save(h.agent, dup).value();
    Call call;
    call.callerNumber = QStringLiteral("+8613800138000");
    call.customerId = dup.meta.id;
    call.ringAt = h.t.clock.now();
    REQUIRE(CallRepository(*h.t.db, h.t.clock).insert(call, QStringLiteral("test")));

    // Agents do not merge; a supervisor does.
    auto refused = h.customers.merge(h.agent, keep.meta.id, dup.meta.id);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::Refused);
    CHECK_FALSE(h.customers.merge(h.supervisor, keep.meta.id, keep.meta.id));
    auto merged = h.customers.merge(h.supervisor, keep.meta.id, dup.meta.id);
    REQUIRE(merged);
    CHECK(merged->phoneOffice == QStringLiteral("+8613800138000")); // took the number it lacked
    CHECK(merged->address == QStringLiteral("深圳市福田区"));

    // The search shows one record; the screen pop finds it by either number, with the merged one's call.
    CHECK(h.names(QStringLiteral("王伟")) == QStringList{QStringLiteral("王伟")});
    ScreenPopQueries pop(*h.t.db, h.t.clock);
    for (const QString& number : {QStringLiteral("13900139000"), QStringLiteral("13800138000")}) {
        auto card = pop.lookup(h.agent, number);
        REQUIRE(card);
        REQUIRE(card->known());
        CHECK(card->customer->meta.id == keep.meta.id);
        CHECK(card->otherCustomers == 0);
        CHECK(card->lastCalls.size() == 1);
    }
    CHECK(h.customers.mergedInto(h.agent, keep.meta.id)->size() == 1);
    // The merged-away record is kept, and not corrected any more; a second merge of it is refused.
    Customer gone = h.customers.get(h.agent, dup.meta.id).value();
    CHECK(gone.mergedInto == keep.meta.id);
    gone.notes = QStringLiteral("late correction");
    CHECK_FALSE(h.customers.save(h.agent, gone));
    CHECK_FALSE(h.customers.merge(h.supervisor, keep.meta.id, dup.meta.id));
}

TEST_CASE("a device's warranty comes from its product's rule; serial numbers are one per device")
{
    Hotline h;
    const Customer owner = h.add(QStringLiteral("王伟"), QStringLiteral("13900139000"));
    Product atm;
    atm.model = QStringLiteral("GRG-H22N");
    atm.product = QStringLiteral("ATM");
    atm.warrantyMonths = 24;
    CHECK_FALSE(h.devices.saveProduct(h.agent, atm)); // products are the admin's
    REQUIRE(h.devices.saveProduct(h.admin, atm));
    CHECK_FALSE(h.devices.saveProduct(h.admin, atm)); // the model is set up already

    Device d;
    d.customerId = owner.meta.id;
    d.model = QStringLiteral("GRG-H22N");
    d.serialNumber = QStringLiteral("SN-0001");
    d.installedOn = QDate(2026, 3, 1);
    d.invoiceDate = QDate(2026, 3, 5);
    auto saved = h.devices.save(h.agent, d);
    REQUIRE(saved);
    CHECK(saved->product == QStringLiteral("ATM"));
    CHECK(saved->warrantyEnd == QDate(2028, 3, 4));
    CHECK(saved->inWarranty(QDate(2028, 3, 4)));
    CHECK_FALSE(saved->inWarranty(QDate(2028, 3, 5)));
    // Without an invoice the warranty counts from installation; without a product, 12 months.
    Device other = d;
    other.serialNumber = QStringLiteral("SN-0002");
    other.model = QStringLiteral("unknown");
    other.product = QStringLiteral("安防");
    other.invoiceDate = {};
    CHECK(h.devices.save(h.agent, other)->warrantyEnd == QDate(2027, 2, 28));
    Device clash = d;
    auto refused = h.devices.save(h.agent, clash);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("serial_number"));
    CHECK(h.devices.search(h.agent, QStringLiteral("SN-"))->size() == 2);
    CHECK(h.devices.search(h.agent, QStringLiteral("GRG"))->size() == 1);
    CHECK(FormReader(*h.t.db, h.t.clock).repairs(h.agent, saved->meta.id)->isEmpty());
}

TEST_CASE("customers import by phone: bad rows named in the file's own headings, re-import changes nothing")
{
    Hotline h;
    Outlet o;
    o.code = QStringLiteral("SZ01");
    o.name = QStringLiteral("深圳特约点");
    REQUIRE(OutletService(*h.t.db, h.t.clock).save(h.admin, o));
    SetupTables tables(*h.t.db, h.t.clock);
    const QStringList zh{QStringLiteral("用户姓名"), QStringLiteral("手机"), QStringLiteral("办公电话"),
                         QStringLiteral("网点编码")};
    auto bad = tables.import(
        h.admin, QStringLiteral("customers"),
        table(zh, {{QStringLiteral("王伟"), QStringLiteral("12345"), {}, {}},
                   {QStringLiteral("李娜"), QStringLiteral("13900139000"), {}, QStringLiteral("XX")},
                   {QStringLiteral("张强"), {}, {}, {}},
                   {QStringLiteral("赵敏"), QStringLiteral("139 0013 9000"), {}, {}}}),
        false);
    REQUIRE(bad);
    CHECK_FALSE(bad->written);
    REQUIRE(bad->problems.size() == 4);
    CHECK(bad->problems.at(0).row == 2);
    CHECK(bad->problems.at(0).column == QStringLiteral("手机"));
    CHECK(bad->problems.at(1).column == QStringLiteral("网点编码"));
    CHECK(bad->problems.at(2).row == 4);
    CHECK(bad->problems.at(3).message.contains(QStringLiteral("row 3")));
    CHECK(h.names({}).isEmpty());

    const TableFile good = table(zh, {{QStringLiteral("王伟"), QStringLiteral("138 0013 8000"),
                                       QStringLiteral("0755 8888 1234"), QStringLiteral("SZ01")},
                                      {QStringLiteral("李娜"), QStringLiteral("13900139000"), {}, {}}});
    CHECK_FALSE(tables.import(h.agent, QStringLiteral("customers"), good, false)); // admins import
    auto first = tables.import(h.admin, QStringLiteral("customers"), good, false);
    REQUIRE(first);
    CHECK(first->added == 2);
    auto again = tables.import(h.admin, QStringLiteral("customers"), good, false);
    CHECK(again->unchanged == 2);
    CHECK(again->added + again->changed == 0);
    // An updated file changes only what differs; the customer is matched by their office phone too.
    auto updated = tables.import(
        h.admin, QStringLiteral("customers"),
        table({QStringLiteral("name"), QStringLiteral("phone_office"), QStringLiteral("address")},
              {{QStringLiteral("王伟"), QStringLiteral("0755-88881234"), QStringLiteral("福田区")}}),
        false);
    CHECK(updated->changed == 1);
    const Customer wang = h.customers.search(h.agent, QStringLiteral("王伟"))->value(0);
    CHECK(wang.address == QStringLiteral("福田区"));
    CHECK(wang.phoneMobile == QStringLiteral("+8613800138000")); // kept: the file has no such column
    CHECK_FALSE(wang.outletId.isEmpty());

    // Devices name their customer by phone; an unknown number is a problem, not a new customer.
    auto devices = tables.import(
        h.admin, QStringLiteral("devices"),
        table({QStringLiteral("出厂编号"), QStringLiteral("产品"), QStringLiteral("用户电话"),
               QStringLiteral("发票日期")},
              {{QStringLiteral("SN1"), QStringLiteral("ATM"), QStringLiteral("13800138000"),
                QStringLiteral("2026/3/5")},
               {QStringLiteral("SN2"), QStringLiteral("ATM"), QStringLiteral("13700137000"), {}},
               {QStringLiteral("SN3"), QStringLiteral("ATM"), QStringLiteral("13900139000"),
                QStringLiteral("46086")}}),
        true);
    REQUIRE(devices);
    REQUIRE(devices->problems.size() == 1);
    CHECK(devices->problems.at(0).row == 3);
    CHECK(devices->problems.at(0).column == QStringLiteral("用户电话"));
}

TEST_CASE("people import without passwords; nobody locks the hotline out through a file")
{
    Hotline h;
    SetupTables tables(*h.t.db, h.t.clock);
    const QStringList header{QStringLiteral("工号"), QStringLiteral("姓名"), QStringLiteral("角色"),
                             QStringLiteral("在用")};
    const TableFile people =
        table(header, {{QStringLiteral("1002"), QStringLiteral("周敏"), QStringLiteral("坐席"), {}}});
    auto refused = tables.import(h.agent, QStringLiteral("accounts"), people, false);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::Refused);
    auto added = tables.import(h.admin, QStringLiteral("accounts"), people, false);
    REQUIRE(added);
    CHECK(added->added == 1);
    CHECK(h.accounts.list(h.admin)->size() == 5);
    const QList<AccountInfo> accounts = h.accounts.list(h.admin).value();
    for (const AccountInfo& a : accounts)
        if (a.user.jobNumber == QStringLiteral("1002"))
            CHECK_FALSE(a.hasAccount); // no password until an admin gives one
    // The admin's own row cannot take their admin role away, nor switch them off.
    auto self = tables.import(h.admin, QStringLiteral("accounts"),
                              table(header, {{QStringLiteral("9001"), QStringLiteral("赵磊"),
                                              QStringLiteral("admin"), QStringLiteral("0")}}),
                              false);
    REQUIRE(self);
    CHECK_FALSE(self->written);
    REQUIRE(self->problems.size() == 1);
    CHECK(self->problems.at(0).row == 2);
    auto badRole = tables.import(
        h.admin, QStringLiteral("accounts"),
        table(header, {{QStringLiteral("1003"), QStringLiteral("吴杰"), QStringLiteral("经理"), {}}}), true);
    REQUIRE(badRole->problems.size() == 1);
    CHECK(badRole->problems.at(0).column == QStringLiteral("角色"));
}
