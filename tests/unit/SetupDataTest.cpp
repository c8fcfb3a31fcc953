// The hotline sets itself up: departments and outlets added, corrected and retired through Actor-checked
// services, routed by category, and read from tables (the rows a CSV or XLSX import gives) all or nothing.
#include "TestSupport.h"
#include "core/auth/AccountService.h"
#include "core/auth/AuthService.h"
#include "core/auth/DepartmentService.h"
#include "core/customers/OutletService.h"
#include "core/customers/SetupTables.h"
#include "core/site/Defaults.h"
#include "core/util/TableFile.h"
#include "core/words/KnowledgeService.h"

#include <QBuffer>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace threerings;

namespace {

const PasswordHasher cheap{PasswordHasher::cheapest()};

struct Hotline
{
    Hotline() : accounts(*t.db, t.clock, cheap), auth(*t.db, t.clock, cheap)
    {
        REQUIRE(Defaults::ensure(*t.db, t.clock));
        User a;
        a.jobNumber = QStringLiteral("9001");
        a.name = QStringLiteral("赵磊");
        a.roles = {Role::Admin};
        REQUIRE(accounts.addPerson({}, a, QStringLiteral("admin-pass-1")));
        admin = auth.signIn(QStringLiteral("9001"), QStringLiteral("admin-pass-1")).value();
        User g;
        g.jobNumber = QStringLiteral("1001");
        g.name = QStringLiteral("王芳");
        g.roles = {Role::Agent};
        REQUIRE(accounts.addPerson(admin, g, QStringLiteral("agent-pass-1")));
        agent = auth.signIn(QStringLiteral("1001"), QStringLiteral("agent-pass-1")).value();
    }
    qint64 count(const QString& sql)
    {
        QSqlQuery q(t.db->connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }

    test::TempDb t;
    AccountService accounts;
    AuthService auth;
    Actor admin;
    Actor agent;
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

TEST_CASE("an admin adds, corrects and retires departments; an agent only reads them")
{
    Hotline h;
    DepartmentService departments(*h.t.db, h.t.clock);
    Department d;
    d.name = QStringLiteral("技术支持部");
    d.kind = QStringLiteral("technical");
    d.phone = QStringLiteral("0532-8888 6666");
    REQUIRE_FALSE(departments.save(h.agent, d));
    CHECK(departments.save(h.agent, d).error().kind == Error::Kind::Refused);
    auto saved = departments.save(h.admin, d);
    REQUIRE(saved);
    CHECK(saved->phone == QStringLiteral("+8653288886666"));
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'departments'")) > 0);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = 'departments'")) > 0);

    // A second one of the same name is refused by name.
    Department twin = d;
    auto clash = departments.save(h.admin, twin);
    REQUIRE_FALSE(clash);
    CHECK(clash.error().field == QStringLiteral("name"));

    // The head must be an active person.
    Department edited = *saved;
    edited.headUserId = QStringLiteral("nobody");
    REQUIRE_FALSE(departments.save(h.admin, edited));
    edited.headUserId = h.agent.userId;
    auto withHead = departments.save(h.admin, edited);
    REQUIRE(withHead);

    // A stale copy is a conflict, not a silent overwrite.
    Department stale = *saved;
    stale.phone = QStringLiteral("010-12345678");
    auto conflict = departments.save(h.admin, stale);
    REQUIRE_FALSE(conflict);
    CHECK(conflict.error().kind == Error::Kind::Conflict);

    REQUIRE_FALSE(departments.setActive(h.agent, withHead->meta.id, false));
    REQUIRE(departments.setActive(h.admin, withHead->meta.id, false));
    CHECK(departments.list(h.agent)->isEmpty());
    CHECK(departments.list(h.agent, true)->size() == 1);
}

TEST_CASE("a problem form's transfer goes to the department its category routes to")
{
    Hotline h;
    DepartmentService departments(*h.t.db, h.t.clock);
    const auto add = [&](const QString& name, const QString& kind, QList<Category> routes = {}) {
        Department d;
        d.name = name;
        d.kind = kind;
        d.routes = std::move(routes);
        return departments.save(h.admin, d).value();
    };
    CHECK_FALSE(departments.routeFor(h.agent, Category::Technical).value().has_value());
    add(QStringLiteral("技术支持部"), QStringLiteral("technical"));
    add(QStringLiteral("产品事业部"), QStringLiteral("product"));
    const Department service = add(QStringLiteral("用户服务部"), QStringLiteral("service"));
    CHECK(departments.routeFor(h.agent, Category::Technical)->value().name == QStringLiteral("技术支持部"));
    CHECK(departments.routeFor(h.agent, Category::Other)->value().name == QStringLiteral("技术支持部"));
    CHECK(departments.routeFor(h.agent, Category::Sales)->value().name == QStringLiteral("产品事业部"));
    CHECK(departments.routeFor(h.agent, Category::Service)->value().name == QStringLiteral("用户服务部"));
    // A department that names a category takes it over from the one whose kind would.
    add(QStringLiteral("客户关怀部"), QStringLiteral("other"), {Category::Other});
    CHECK(departments.routeFor(h.agent, Category::Other)->value().name == QStringLiteral("客户关怀部"));
    // A retired department is offered no more.
    REQUIRE(departments.setActive(h.admin, service.meta.id, false));
    CHECK_FALSE(departments.routeFor(h.agent, Category::Service).value().has_value());
}

TEST_CASE("outlets: codes are unique, kinds read in either language, search by any part")
{
    Hotline h;
    OutletService outlets(*h.t.db, h.t.clock);
    Outlet o;
    o.code = QStringLiteral("QD01");
    o.name = QStringLiteral("青岛维修中心");
    o.kind = QStringLiteral("特约点");
    o.province = QStringLiteral("山东");
    o.city = QStringLiteral("青岛");
    REQUIRE_FALSE(outlets.save(h.agent, o));
    auto saved = outlets.save(h.admin, o);
    REQUIRE(saved);
    CHECK(saved->kind == QStringLiteral("appointed"));
    Outlet same;
    same.code = QStringLiteral("QD01");
    same.name = QStringLiteral("另一个");
    auto clash = outlets.save(h.admin, same);
    REQUIRE_FALSE(clash);
    CHECK(clash.error().field == QStringLiteral("code"));
    CHECK(outlets.search(h.agent, QStringLiteral("青岛"))->size() == 1);
    CHECK(outlets.search(h.agent, QStringLiteral("山东"))->size() == 1);
    CHECK(outlets.search(h.agent, QStringLiteral("济南"))->isEmpty());
    REQUIRE(outlets.setActive(h.admin, saved->meta.id, false));
    CHECK(outlets.search(h.agent)->isEmpty());
    CHECK(outlets.search(h.agent, {}, true)->size() == 1);
}

TEST_CASE("an import checks every row first, writes all or nothing, and a second run changes nothing")
{
    Hotline h;
    SetupTables tables(*h.t.db, h.t.clock);
    const QStringList header{QStringLiteral("网点编码"), QStringLiteral("网点名称"), QStringLiteral("类型"),
                             QStringLiteral("城市"), QStringLiteral("电话")};
    const TableFile good =
        table(header, {{QStringLiteral("QD01"), QStringLiteral("青岛维修中心"), QStringLiteral("特约点"),
                        QStringLiteral("青岛"), QStringLiteral("0532-88886666")},
                       {QStringLiteral("JN01"), QStringLiteral("济南服务站"), QStringLiteral("自办点"),
                        QStringLiteral("济南"), QString()}});
    REQUIRE_FALSE(tables.import(h.agent, QStringLiteral("outlets"), good, true));

    auto dry = tables.import(h.admin, QStringLiteral("outlets"), good, true);
    REQUIRE(dry);
    CHECK(dry->problems.isEmpty());
    CHECK(dry->added == 2);
    CHECK_FALSE(dry->written);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM outlets")) == 0);

    auto done = tables.import(h.admin, QStringLiteral("outlets"), good, false);
    REQUIRE(done);
    CHECK(done->written);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM outlets WHERE kind = 'own' AND city = '济南'")) == 1);

    auto again = tables.import(h.admin, QStringLiteral("outlets"), good, false);
    REQUIRE(again);
    CHECK(again->added == 0);
    CHECK(again->changed == 0);
    CHECK(again->unchanged == 2);
    const qint64 revisions = h.count(QStringLiteral("SELECT sum(revision) FROM outlets"));

    // An updated file changes only what differs.
    TableFile updated = good;
    updated.rows[1][4] = QStringLiteral("0531-66668888");
    auto changed = tables.import(h.admin, QStringLiteral("outlets"), updated, false);
    REQUIRE(changed);
    CHECK(changed->changed == 1);
    CHECK(changed->unchanged == 1);
    CHECK(h.count(QStringLiteral("SELECT sum(revision) FROM outlets")) == revisions + 1);

    // Bad rows: each named by row and column; nothing written, not even the good rows.
    const TableFile bad = table(
        {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("kind")},
        {{QStringLiteral("WH01"), QStringLiteral("武汉"), QStringLiteral("12"), QString()},
         {QStringLiteral("WH02"), QStringLiteral("武汉二"), QString(), QStringLiteral("dealer-ish")},
         {QStringLiteral("WH02"), QStringLiteral("重复"), QString(), QString()},
         {QStringLiteral("XA01"), QStringLiteral("西安"), QString(), QString()}});
    auto refused = tables.import(h.admin, QStringLiteral("outlets"), bad, false);
    REQUIRE(refused);
    CHECK_FALSE(refused->written);
    REQUIRE(refused->problems.size() == 3);
    CHECK(refused->problems.at(0).row == 2);
    CHECK(refused->problems.at(0).column == QStringLiteral("phone"));
    CHECK(refused->problems.at(1).row == 3);
    CHECK(refused->problems.at(1).column == QStringLiteral("kind"));
    CHECK(refused->problems.at(1).message.contains(QStringLiteral("appointed outlet (appointed)")));
    CHECK(refused->problems.at(2).row == 4);
    CHECK(refused->problems.at(2).column == QStringLiteral("code"));
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM outlets WHERE code = 'XA01'")) == 0);
    const QStringList lines = SetupTables::describe(QStringLiteral("outlets.csv"), *refused);
    CHECK(lines.at(0).startsWith(QStringLiteral("outlets.csv, row 2, column phone: ")));

    // A missing required column, an unknown one.
    auto headers = tables.import(h.admin, QStringLiteral("outlets"),
                                 table({QStringLiteral("name"), QStringLiteral("fax")}, {}), false);
    REQUIRE(headers);
    REQUIRE(headers->problems.size() == 2);
    CHECK(headers->problems.at(0).column == QStringLiteral("fax"));
    CHECK(headers->problems.at(1).column == QStringLiteral("code"));
}

TEST_CASE("departments round-trip: the written table reads back into an empty file as the same rows")
{
    Hotline h;
    SetupTables tables(*h.t.db, h.t.clock);
    const TableFile file =
        table({QStringLiteral("部门名称"), QStringLiteral("类型"), QStringLiteral("主管工号"),
               QStringLiteral("转交类别"), QStringLiteral("电话")},
              {{QStringLiteral("技术支持部"), QStringLiteral("技术"), QStringLiteral("1001"),
                QStringLiteral("技术质量、其它"), QStringLiteral("0532-88886666")},
               {QStringLiteral("产品事业部"), QStringLiteral("product"), QString(), QStringLiteral("sales"),
                QString()}});
    auto done = tables.import(h.admin, QStringLiteral("departments"), file, false);
    REQUIRE(done);
    REQUIRE(done->problems.isEmpty());
    auto rows = tables.rows(h.admin, QStringLiteral("departments"));
    REQUIRE(rows);
    REQUIRE(rows->size() == 3);

    Hotline other;
    SetupTables copy(*other.t.db, other.t.clock);
    TableFile back;
    back.header = rows->at(0);
    back.rows = rows->mid(1);
    back.rowNumbers = {2, 3};
    auto imported = copy.import(other.admin, QStringLiteral("departments"), back, false);
    REQUIRE(imported);
    INFO(SetupTables::describe(QStringLiteral("back"), *imported).join(QLatin1Char('\n')).toStdString());
    REQUIRE(imported->problems.isEmpty());
    CHECK(imported->added == 2);
    CHECK(copy.rows(other.admin, QStringLiteral("departments")).value() == rows.value());

    // CSV and JSON of the same rows.
    QBuffer csv;
    REQUIRE(csv.open(QIODevice::WriteOnly));
    REQUIRE(tables.write(h.admin, QStringLiteral("departments"), SetupTables::Format::Csv, csv).value() == 2);
    CHECK(csv.data().startsWith("name,kind,head,phone,routes,active\r\n"));
    CHECK(csv.data().contains("\"technical,other\""));
    QBuffer json;
    REQUIRE(json.open(QIODevice::WriteOnly));
    REQUIRE(tables.write(h.admin, QStringLiteral("departments"), SetupTables::Format::Json, json));
    CHECK(json.data().count('\n') == 2);
}

TEST_CASE("the knowledge base is kept by admins: categories, retired entries, the shipped 三包 rules")
{
    Hotline h;
    KnowledgeService knowledge(*h.t.db, h.t.clock);
    // The handbook's rules ship with the schema, beside the starter set the defaults load.
    auto sanbao = knowledge.search(h.agent, QStringLiteral("三包 退货"));
    REQUIRE(sanbao);
    REQUIRE_FALSE(sanbao->isEmpty());
    CHECK(sanbao->first().category == QStringLiteral("三包"));
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM kb_entries WHERE id NOT LIKE 'shipped-%'")) > 0);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM kb_entries WHERE category = '消费者权益保护法'")) ==
          3);

    KbEntry e;
    e.kind = QStringLiteral("directory");
    e.category = QStringLiteral("网点");
    e.title = QStringLiteral("青岛维修中心 值班电话");
    e.body = QStringLiteral("0532-88886666");
    REQUIRE_FALSE(knowledge.save(h.agent, e));
    auto saved = knowledge.save(h.admin, e);
    REQUIRE(saved);
    CHECK(saved->meta.updatedBy == h.admin.userId);
    CHECK(knowledge.search(h.agent, QStringLiteral("值班电话"))->size() == 1);

    REQUIRE_FALSE(knowledge.setActive(h.agent, saved->meta.id, false));
    REQUIRE(knowledge.setActive(h.admin, saved->meta.id, false));
    CHECK(knowledge.search(h.agent, QStringLiteral("值班电话"))->isEmpty());
    CHECK_FALSE(knowledge.search(h.agent, QStringLiteral("值班电话"), true)); // only admins see retired ones
    CHECK(knowledge.search(h.admin, QStringLiteral("值班电话"), true)->size() == 1);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'kb_entries' AND field = "
                                 "'active'")) == 1);

    // The knowledge base as a table, and back into an empty file.
    SetupTables tables(*h.t.db, h.t.clock);
    auto rows = tables.rows(h.admin, QStringLiteral("knowledge"));
    REQUIRE(rows);
    Hotline other;
    TableFile back;
    back.header = rows->at(0);
    back.rows = rows->mid(1);
    for (int i = 0; i < back.rows.size(); ++i)
        back.rowNumbers << i + 2;
    auto imported =
        SetupTables(*other.t.db, other.t.clock).import(other.admin, QStringLiteral("knowledge"), back, false);
    REQUIRE(imported);
    INFO(SetupTables::describe(QStringLiteral("back"), *imported).join(QLatin1Char('\n')).toStdString());
    REQUIRE(imported->problems.isEmpty());
    CHECK(imported->added == 1); // the retired directory line; the rest the new file holds already
    CHECK(SetupTables(*other.t.db, other.t.clock).rows(other.admin, QStringLiteral("knowledge")).value() ==
          rows.value());
}
