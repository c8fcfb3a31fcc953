// Admin ▸ Accounts…: an admin adds a person, changes their roles and department, gives them a new password
// and switches the account off and on; every refusal names the field and the fix; anyone else sees nothing.
#include "ui/admin/AccountsDialog.h"

#include "TestSupport.h"
#include "core/auth/AuthService.h"
#include "core/auth/DepartmentRepository.h"
#include "core/auth/UserRepository.h"
#include "core/site/Defaults.h"

#include <QPushButton>
#include <QTableWidget>
#include <catch2/catch.hpp>

using namespace threerings;

namespace {

QString cell(QTableWidget* table, const QString& job, int column)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == job)
            return table->item(r, column)->text();
    return {};
}

} // namespace

TEST_CASE("the accounts dialog manages the hotline's people for an admin")
{
    test::TempDb t;
    REQUIRE(Defaults::ensure(*t.db, t.clock));
    const PasswordHasher cheap{PasswordHasher::cheapest()};
    AccountService accounts(*t.db, t.clock, cheap);
    User first;
    first.jobNumber = QStringLiteral("9001");
    first.name = QStringLiteral("赵磊");
    first.roles = {Role::Admin};
    REQUIRE(accounts.addPerson({}, first, QStringLiteral("admin-pass-1")));
    AuthService auth(*t.db, t.clock, cheap);
    const Actor admin = auth.signIn(QStringLiteral("9001"), QStringLiteral("admin-pass-1")).value();
    Department d;
    d.name = QStringLiteral("技术支持部");
    REQUIRE(DepartmentRepository(*t.db, t.clock).insert(d, admin.stamp()));

    ui::AccountsDialog dialog(accounts, admin);
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("accounts"));
    REQUIRE(table);
    CHECK(table->rowCount() == 1);
    CHECK_FALSE(
        dialog.findChild<QPushButton*>(QStringLiteral("changeRoles"))->isEnabled()); // nobody selected

    User agent;
    agent.jobNumber = QStringLiteral("1001");
    agent.name = QStringLiteral("王芳");
    agent.roles = {Role::Agent};
    dialog.addPerson(agent, QStringLiteral("short"));
    CHECK_FALSE(dialog.lastMessage().isEmpty()); // the password policy, named
    CHECK(table->rowCount() == 1);
    dialog.addPerson(agent, QStringLiteral("agent-pass-1"));
    CHECK(table->rowCount() == 2);
    CHECK(cell(table, QStringLiteral("1001"), 4) == QStringLiteral("active"));

    dialog.setRoles(QStringLiteral("1001"), {Role::Agent, Role::Supervisor});
    CHECK(cell(table, QStringLiteral("1001"), 2).contains(QStringLiteral("、")));
    dialog.setDepartment(QStringLiteral("1001"), QStringLiteral("技术支持部"));
    CHECK(cell(table, QStringLiteral("1001"), 3) == QStringLiteral("技术支持部"));
    dialog.setDepartment(QStringLiteral("1001"), QStringLiteral("没有这个部门"));
    CHECK(dialog.lastMessage().contains(QStringLiteral("没有这个部门")));

    dialog.setActive(QStringLiteral("1001"), false);
    CHECK(cell(table, QStringLiteral("1001"), 4) == QStringLiteral("switched off"));
    CHECK_FALSE(auth.signIn(QStringLiteral("1001"), QStringLiteral("agent-pass-1")));
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == QStringLiteral("1001"))
            table->selectRow(r);
    CHECK(dialog.selectedJobNumber() == QStringLiteral("1001"));
    CHECK(dialog.findChild<QPushButton*>(QStringLiteral("reactivate"))->isEnabled());
    CHECK_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("deactivate"))->isEnabled());
    dialog.setActive(QStringLiteral("1001"), true);
    dialog.setPassword(QStringLiteral("1001"), QStringLiteral("new-pass-1001"));
    CHECK(auth.signIn(QStringLiteral("1001"), QStringLiteral("new-pass-1001")));

    // The admin cannot lock themselves out.
    dialog.setActive(QStringLiteral("9001"), false);
    CHECK(dialog.lastMessage().contains(QStringLiteral("own account")));

    // An agent opening it sees nobody and can change nothing.
    User plain;
    plain.jobNumber = QStringLiteral("1002");
    plain.name = QStringLiteral("李强");
    plain.roles = {Role::Agent};
    dialog.addPerson(plain, QStringLiteral("agent-pass-2"));
    const Actor asAgent = auth.signIn(QStringLiteral("1002"), QStringLiteral("agent-pass-2")).value();
    ui::AccountsDialog refused(accounts, asAgent);
    CHECK(refused.findChild<QTableWidget*>(QStringLiteral("accounts"))->rowCount() == 0);
    CHECK_FALSE(refused.lastMessage().isEmpty());
    refused.setRoles(QStringLiteral("1001"), {Role::Admin});
    CHECK(UserRepository(*t.db, t.clock).findByJobNumber(QStringLiteral("1001"))->roles ==
          QList<Role>{Role::Agent, Role::Supervisor});
}
