// Accounts are the team's: admins change roles, departments and whether a person may sign in; a console of a
// team queues each new password for the server as a SCRAM verifier, never the password itself.
#include "TestSupport.h"
#include "core/auth/AccountService.h"
#include "core/auth/AuthService.h"
#include "core/auth/DepartmentRepository.h"
#include "core/auth/ServerCredentials.h"
#include "core/auth/Session.h"
#include "core/auth/UserRepository.h"
#include "core/site/Defaults.h"
#include "core/sync/ServerConfig.h"
#include "core/sync/SyncEngine.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace threerings;

namespace {

const PasswordHasher cheap{PasswordHasher::cheapest()};

User person(const QString& job, const QString& name, QList<Role> roles)
{
    User u;
    u.jobNumber = job;
    u.name = name;
    u.roles = std::move(roles);
    return u;
}

struct Team
{
    Team() : accounts(*t.db, t.clock, cheap), auth(*t.db, t.clock, cheap)
    {
        REQUIRE(Defaults::ensure(*t.db, t.clock));
        REQUIRE(accounts.addPerson({}, person(QStringLiteral("9001"), QStringLiteral("赵磊"), {Role::Admin}),
                                   QStringLiteral("admin-pass-1")));
        admin = auth.signIn(QStringLiteral("9001"), QStringLiteral("admin-pass-1")).value();
        REQUIRE(accounts.addPerson(admin,
                                   person(QStringLiteral("1001"), QStringLiteral("王芳"), {Role::Agent}),
                                   QStringLiteral("agent-pass-1")));
        Department d;
        d.name = QStringLiteral("技术支持部");
        REQUIRE(DepartmentRepository(*t.db, t.clock).insert(d, admin.stamp()));
    }
    User find(const QString& job) { return UserRepository(*t.db, t.clock).findByJobNumber(job).value(); }

    test::TempDb t;
    AccountService accounts;
    AuthService auth;
    Actor admin;
};

} // namespace

TEST_CASE("an admin changes a person's roles, department and account; nobody else may")
{
    Team team;
    const Actor agent = team.auth.signIn(QStringLiteral("1001"), QStringLiteral("agent-pass-1")).value();
    CHECK(team.accounts.setRoles(agent, QStringLiteral("1001"), {Role::Admin}).error().kind ==
          Error::Kind::Refused);
    CHECK(team.accounts.reactivate(agent, QStringLiteral("1001")).error().kind == Error::Kind::Refused);
    CHECK(team.accounts.setDepartment(agent, QStringLiteral("1001"), QStringLiteral("技术支持部"))
              .error()
              .kind == Error::Kind::Refused);

    REQUIRE(team.accounts.setRoles(team.admin, QStringLiteral("1001"), {Role::Agent, Role::Handler}));
    CHECK(team.find(QStringLiteral("1001")).roles == QList<Role>{Role::Agent, Role::Handler});
    REQUIRE(team.accounts.setDepartment(team.admin, QStringLiteral("1001"), QStringLiteral("技术支持部")));
    CHECK_FALSE(team.find(QStringLiteral("1001")).departmentId.isEmpty());
    auto unknown =
        team.accounts.setDepartment(team.admin, QStringLiteral("1001"), QStringLiteral("没有这个部门"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().field == QStringLiteral("department"));
    REQUIRE(team.accounts.setDepartment(team.admin, QStringLiteral("1001"), QString()));
    CHECK(team.find(QStringLiteral("1001")).departmentId.isEmpty());

    // Deactivated: the name stays on every record, the sign-in is refused; reactivated: it works again.
    REQUIRE(team.accounts.deactivate(team.admin, QStringLiteral("1001")));
    CHECK_FALSE(team.auth.signIn(QStringLiteral("1001"), QStringLiteral("agent-pass-1")));
    REQUIRE(team.accounts.reactivate(team.admin, QStringLiteral("1001")));
    CHECK(team.auth.signIn(QStringLiteral("1001"), QStringLiteral("agent-pass-1")));

    auto nobody = team.accounts.setRoles(team.admin, QStringLiteral("7777"), {Role::Agent});
    REQUIRE_FALSE(nobody);
    CHECK(nobody.error().field == QStringLiteral("job_number"));
    // Every change is in the trail, with who made it.
    CHECK(test::count(*team.t.db,
                      QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'users' AND "
                                     "field = 'roles' AND changed_by = '%1'")
                          .arg(team.admin.userId)) == 1);
}

TEST_CASE("the hotline keeps an admin: nobody takes their own admin role, and the last admin stays one")
{
    Team team;
    auto own = team.accounts.setRoles(team.admin, QStringLiteral("9001"), {Role::Supervisor});
    REQUIRE_FALSE(own);
    CHECK(own.error().message.contains(QStringLiteral("own admin role")));
    CHECK_FALSE(team.accounts.deactivate(team.admin, QStringLiteral("9001")));

    // With a second admin, one may make the other a supervisor; the one left is then the last admin.
    REQUIRE(team.accounts.setRoles(team.admin, QStringLiteral("1001"), {Role::Admin}));
    const Actor second = team.auth.signIn(QStringLiteral("1001"), QStringLiteral("agent-pass-1")).value();
    REQUIRE(team.accounts.setRoles(second, QStringLiteral("9001"), {Role::Supervisor}));
    CHECK_FALSE(team.accounts.deactivate(second, QStringLiteral("1001"))); // not themselves
    CHECK(team.accounts.setRoles(second, QStringLiteral("1001"), {Role::Agent})
              .error()
              .message.contains(QStringLiteral("own admin role")));
}

TEST_CASE("in a team a new password is queued for the server as a SCRAM verifier, never in clear")
{
    Team team;
    CHECK(test::count(*team.t.db, QStringLiteral("SELECT count(*) FROM login_changes")) ==
          0); // no server yet
    auto server = ServerConfig::parse(QStringLiteral("postgresql://127.0.0.1:5432/hotline"));
    REQUIRE(server.ok());
    REQUIRE(SyncEngine::configure(*team.t.db, *server, false));

    REQUIRE(team.accounts.setPassword(team.admin, QStringLiteral("1001"), QStringLiteral("reset-by-admin")));
    const Actor agent = team.auth.signIn(QStringLiteral("1001"), QStringLiteral("reset-by-admin")).value();
    REQUIRE(team.accounts.setPassword(agent, QStringLiteral("1001"), QStringLiteral("chosen-by-me")));
    REQUIRE(team.accounts.addPerson(team.admin,
                                    person(QStringLiteral("1002"), QStringLiteral("李强"), {Role::Agent}),
                                    QStringLiteral("first-pass-2")));

    QSqlQuery q(team.t.db->connection());
    REQUIRE(q.exec(
        QStringLiteral("SELECT job_number, verifier, own, queued_by FROM login_changes ORDER BY seq")));
    QStringList rows;
    while (q.next()) {
        const QString verifier = q.value(1).toString();
        CHECK(verifier.startsWith(QStringLiteral("SCRAM-SHA-256$4096:")));
        CHECK_FALSE(verifier.contains(QStringLiteral("reset-by-admin")));
        rows << q.value(0).toString() + QLatin1Char('/') + q.value(2).toString() + QLatin1Char('/') +
                    (q.value(3).toString() == team.admin.userId ? QStringLiteral("admin")
                                                                : QStringLiteral("self"));
    }
    CHECK(rows == QStringList{QStringLiteral("1001/0/admin"), QStringLiteral("1001/1/self"),
                              QStringLiteral("1002/0/admin")});
    CHECK(test::count(*team.t.db,
                      QStringLiteral("SELECT count(*) FROM outbox WHERE fields LIKE '%SCRAM%'")) == 0);
    CHECK(test::count(*team.t.db,
                      QStringLiteral("SELECT count(*) FROM audit_log WHERE new_value LIKE '%SCRAM%' OR "
                                     "new_value LIKE '%argon2%'")) == 0);
}

TEST_CASE("a SCRAM verifier is the one PostgreSQL computes, and logins follow job numbers")
{
    // RFC 7677's password and salt; the keys as Python's hashlib/hmac compute them (PBKDF2-HMAC-SHA-256).
    const QString verifier = ServerCredentials::scramVerifier(
        QStringLiteral("pencil"), QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ=="), 4096);
    CHECK(verifier ==
          QStringLiteral(
              "SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:"
              "wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU="));
    CHECK(ServerCredentials::loginOf(QStringLiteral("1001")) == QStringLiteral("p1001"));
    CHECK(ServerCredentials::loginOf(QStringLiteral(" Ab-7 ")) == QStringLiteral("pab_7"));
    CHECK(ServerCredentials::loginOf(QStringLiteral("王1")) == QStringLiteral("p_1"));
}

TEST_CASE("a signed-in person takes an admin's change of their account at the next refresh")
{
    Team team;
    Session session(team.auth);
    REQUIRE(session.signIn(QStringLiteral("1001"), QStringLiteral("agent-pass-1")));
    int changes = 0;
    QObject::connect(&session, &Session::changed, [&] { ++changes; });
    session.refresh(); // nothing changed: nothing happens
    CHECK(changes == 0);

    REQUIRE(team.accounts.setRoles(team.admin, QStringLiteral("1001"), {Role::Agent, Role::Handler}));
    session.refresh();
    CHECK(session.actor().roles == QList<Role>{Role::Agent, Role::Handler});
    CHECK(session.state() == Session::State::Active);

    REQUIRE(team.accounts.deactivate(team.admin, QStringLiteral("1001")));
    session.refresh();
    CHECK(session.state() == Session::State::SignedOut);
    CHECK(session.notice().contains(QStringLiteral("switched off")));
    CHECK(session.password().isEmpty());
}
