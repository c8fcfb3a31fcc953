// Admin ▸ Departments and outlets…: an admin sets up a new hotline's departments and outlets through the
// window, sees what an empty list asks for, retires and restores, imports a checked file and exports it; an
// agent sees the lists without being able to change them.
#include "ui/admin/SetupDialog.h"

#include "TestSupport.h"
#include "core/auth/AccountService.h"
#include "core/auth/AuthService.h"
#include "core/site/Defaults.h"
#include "core/words/KnowledgeService.h"
#include "ui/admin/DepartmentsPage.h"
#include "ui/admin/KnowledgePage.h"
#include "ui/admin/OutletsPage.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace threerings;

namespace {

struct NewHotline
{
    NewHotline() : accounts(*t.db, t.clock, cheap), auth(*t.db, t.clock, cheap)
    {
        REQUIRE(Defaults::ensure(*t.db, t.clock));
        User a;
        a.jobNumber = QStringLiteral("9001");
        a.name = QStringLiteral("赵磊");
        a.roles = {Role::Admin};
        REQUIRE(accounts.addPerson({}, a, QStringLiteral("admin-pass-1")));
        admin = auth.signIn(QStringLiteral("9001"), QStringLiteral("admin-pass-1")).value();
        User g;
        g.jobNumber = QStringLiteral("3001");
        g.name = QStringLiteral("刘洋");
        g.roles = {Role::Supervisor};
        REQUIRE(accounts.addPerson(admin, g, QStringLiteral("super-pass-1")));
        supervisor = auth.signIn(QStringLiteral("3001"), QStringLiteral("super-pass-1")).value();
    }
    qint64 count(const QString& sql)
    {
        QSqlQuery q(t.db->connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }

    const PasswordHasher cheap{PasswordHasher::cheapest()};
    test::TempDb t;
    AccountService accounts;
    AuthService auth;
    Actor admin;
    Actor supervisor;
};

} // namespace

TEST_CASE("an admin sets up departments and outlets in the window")
{
    NewHotline h;
    ui::SetupDialog dialog(*h.t.db, h.t.clock, h.admin);
    dialog.show();
    ui::DepartmentsPage* departments = dialog.departments();
    auto* empty = departments->findChild<QLabel*>(QStringLiteral("emptyText"));
    REQUIRE(empty);
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("New")));

    departments->startNew();
    departments->fill(QStringLiteral("技术支持部"), QStringLiteral("technical"), QStringLiteral("3001"),
                      QStringLiteral("0532-88886666"), {});
    departments->save();
    CHECK(departments->lastMessage().contains(QStringLiteral("技术支持部")));
    CHECK(departments->rowCount() == 1);
    CHECK_FALSE(empty->isVisible());
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM departments d JOIN users u ON u.id = d.head_user_id "
                                 "WHERE u.job_number = '3001' AND d.phone = '+8653288886666'")) == 1);

    // A bad phone is refused with its field named; nothing is saved.
    departments->startNew();
    departments->fill(QStringLiteral("用户服务部"), QStringLiteral("service"), QString(),
                      QStringLiteral("12"), {});
    departments->save();
    CHECK(departments->lastMessage().contains(QStringLiteral("phone")));
    CHECK(departments->rowCount() == 1);

    // Retire, then restore.
    REQUIRE(departments->select(QStringLiteral("技术支持部")));
    departments->setActive(false);
    CHECK(h.count(QStringLiteral("SELECT active FROM departments")) == 0);
    CHECK(departments->rowCount() == 1); // kept in sight, shown as retired
    departments->setActive(true);
    CHECK(h.count(QStringLiteral("SELECT active FROM departments")) == 1);

    dialog.showKind(QStringLiteral("outlets"));
    CHECK(dialog.currentKind() == QStringLiteral("outlets"));
    ui::OutletsPage* outlets = dialog.outlets();
    outlets->startNew();
    Outlet o;
    o.code = QStringLiteral("QD01");
    o.name = QStringLiteral("青岛维修中心");
    o.kind = QStringLiteral("own");
    o.province = QStringLiteral("山东");
    o.city = QStringLiteral("青岛");
    outlets->fill(o);
    outlets->save();
    CHECK(outlets->rowCount() == 1);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM outlets WHERE kind = 'own' AND city = '青岛'")) == 1);

    // Export the outlets as a spreadsheet and as CSV, and import a file with a bad row: nothing is written
    // until it is right.
    QTemporaryDir dir;
    dialog.exportTo(dir.filePath(QStringLiteral("outlets.xlsx")));
    CHECK(QFile::exists(dir.filePath(QStringLiteral("outlets.xlsx"))));
    dialog.exportTo(dir.filePath(QStringLiteral("outlets.csv")));
    CHECK(dialog.lastMessage().contains(QStringLiteral("outlets.csv")));
    QFile bad(dir.filePath(QStringLiteral("more.csv")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write(
        "网点编码,网点名称,类型,电话\r\nJN01,济南服务站,自办点,0531-66668888\r\nXA01,西安,特约点,12\r\n");
    bad.close();
    ui::ImportDialog import(*h.t.db, h.t.clock, h.admin, QStringLiteral("outlets"));
    CHECK_FALSE(import.check(bad.fileName()));
    CHECK(import.problemCount() == 1);
    CHECK_FALSE(import.findChild<QPushButton*>(QStringLiteral("importNow"))->isEnabled());
    REQUIRE(bad.open(QIODevice::WriteOnly | QIODevice::Truncate));
    bad.write("网点编码,网点名称,类型,电话\r\nJN01,济南服务站,自办点,0531-66668888\r\nQD01,青岛维修中心,"
              "自办点,\r\n");
    bad.close();
    CHECK(import.check(bad.fileName()));
    CHECK(import.summary().contains(QStringLiteral("1 new")));
    CHECK(import.importChecked());
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM outlets")) == 2);
}

TEST_CASE("a supervisor sees the departments and outlets but cannot change them")
{
    NewHotline h;
    ui::SetupDialog dialog(*h.t.db, h.t.clock, h.supervisor);
    CHECK_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
    auto* page = dialog.departments();
    CHECK_FALSE(page->findChild<QPushButton*>(QStringLiteral("new"))->isEnabled());
    page->fill(QStringLiteral("偷偷加的部门"), QStringLiteral("service"), QString(), QString(), {});
    page->save();
    CHECK_FALSE(page->lastMessage().isEmpty());
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM departments")) == 0);
}

TEST_CASE("an admin keeps the knowledge base in the set-up window; agents no longer find a retired entry")
{
    NewHotline h;
    ui::SetupDialog dialog(*h.t.db, h.t.clock, h.admin);
    dialog.showKind(QStringLiteral("knowledge"));
    CHECK(dialog.currentKind() == QStringLiteral("knowledge"));
    ui::KnowledgePage* page = dialog.knowledge();
    CHECK(page->rowCount() >= 9); // the shipped 三包 and consumer-law entries at least
    page->startNew();
    KbEntry e;
    e.kind = QStringLiteral("directory");
    e.category = QStringLiteral("网点");
    e.title = QStringLiteral("青岛维修中心 值班电话");
    e.body = QStringLiteral("0532-88886666");
    page->fill(e);
    page->save();
    CHECK(page->lastMessage().contains(QStringLiteral("青岛维修中心")));
    REQUIRE(page->select(QStringLiteral("青岛维修中心 值班电话")));
    CHECK(page->findChild<QLabel*>(QStringLiteral("changedBy"))->text().contains(QStringLiteral("9001")));
    page->setActive(false);
    KnowledgeService knowledge(*h.t.db, h.t.clock);
    CHECK(knowledge.search(h.supervisor, QStringLiteral("值班电话"))->isEmpty());
    page->setActive(true);
    CHECK(knowledge.search(h.supervisor, QStringLiteral("值班电话"))->size() == 1);
}
