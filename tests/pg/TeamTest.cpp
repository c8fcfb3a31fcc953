// People, not workstations, are the server's identity: each person syncs as their own login, the server
// accepts a change only from its author's login, an admin's account changes reach the logins, and a person
// signs in at any console of the team. Against the PostgreSQL cluster of scripts/pg-cluster.sh.
#include "PgSupport.h"
#include "TestSupport.h"
#include "core/auth/AccountService.h"
#include "core/auth/AuthService.h"
#include "core/auth/ServerCredentials.h"
#include "core/auth/UserRepository.h"
#include "core/site/Defaults.h"
#include "core/sync/ServerLogin.h"
#include "core/sync/TeamSignIn.h"

#include <QSqlError>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace threerings;
using namespace threerings::test;

namespace {

const PasswordHasher cheap{PasswordHasher::cheapest()};

// The server as a team's consoles keep it: no login of their own.
ServerConfig teamOf(const ServerDb& server)
{
    ServerConfig c = server.admin();
    c.user.clear();
    c.password.clear();
    return c;
}

// A console of the team set up by its admin 9001 (password admin-pass-1), who has their own server login.
struct AdminConsole
{
    explicit AdminConsole(const ServerDb& server) : c(server, QStringLiteral("admin"), true)
    {
        REQUIRE(Defaults::ensure(*c.db, c.clock));
        AccountService accounts(*c.db, c.clock, cheap);
        User u;
        u.jobNumber = QStringLiteral("9001");
        u.name = QStringLiteral("赵磊");
        u.roles = {Role::Admin};
        auto added = accounts.addPerson({}, u, QStringLiteral("admin-pass-1"));
        REQUIRE(added.ok());
        admin = AuthService(*c.db, c.clock, cheap)
                    .signIn(QStringLiteral("9001"), QStringLiteral("admin-pass-1"))
                    .value();
        QSqlDatabase installer = server.adminConnection();
        REQUIRE(ServerLogin::set(installer, QStringLiteral("9001"), admin.userId,
                                 ServerCredentials::scramVerifier(QStringLiteral("admin-pass-1")),
                                 {QStringLiteral("admin")}, true));
        REQUIRE(SyncEngine::configure(*c.db, teamOf(server), true));
        c.engine = std::make_unique<SyncEngine>(*c.db, c.clock);
        auto me = TeamSignIn::forPerson(*c.db, QStringLiteral("9001"), QStringLiteral("admin-pass-1"));
        REQUIRE(me.ok());
        c.connect(*me);
    }
    // Adds an agent through the admin's accounts (their login follows with the next sync); their users.id.
    QString addAgent(const QString& job, const QString& name, const QString& password)
    {
        User agent;
        agent.jobNumber = job;
        agent.name = name;
        auto added = AccountService(*c.db, c.clock, cheap).addPerson(admin, agent, password);
        REQUIRE(added.ok());
        return added->meta.id;
    }

    Console c;
    Actor admin;
};

} // namespace

TEST_CASE("a change signed by another person is refused, whoever's login pushes it")
{
    ServerDb server;
    AdminConsole a(server);
    a.addAgent(QStringLiteral("1001"), QStringLiteral("王芳"), QStringLiteral("agent-pass-1"));
    a.c.sync(); // the person, then their login (as a verifier)
    CHECK(server.count(QStringLiteral("SELECT count(*) FROM tr_people WHERE login = 'p1001'")) == 1);
    CHECK(server.count(QStringLiteral("SELECT count(*) FROM tr_changes WHERE fields::text LIKE '%SCRAM%' OR "
                                      "fields::text LIKE '%argon2%'")) == 0);

    // Agent 1001's own login writes a customer in the admin's name (raw SQL, past any console).
    const QString forged =
        QStringLiteral(
            "INSERT INTO tr_changes (console_id, origin_seq, table_name, row_id, op, revision, hlc, "
            "changed_at, changed_by, fields) VALUES ('x/p1001', 1, 'customers', 'c1', 'insert', 1, 1, 1, "
            "'%1', '{\"name\":\"假客户\"}')")
            .arg(a.admin.userId);
    auto as1001 = TeamSignIn::forPerson(*a.c.db, QStringLiteral("1001"), QStringLiteral("agent-pass-1"));
    REQUIRE(as1001.ok());
    {
        auto db = as1001->open(QStringLiteral("agent-1001"));
        REQUIRE(db.ok());
        QSqlQuery q(db.value());
        REQUIRE(q.exec(forged));
        // Its own rows it reads back, refused; the team never does.
        REQUIRE(q.exec(QStringLiteral("SELECT refusal FROM tr_changes WHERE console_id = 'x/p1001'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString().contains(QStringLiteral("signed by")));
        // The books are not a console's to read, nor a login's to set.
        CHECK_FALSE(q.exec(QStringLiteral("SELECT * FROM tr_people")));
        CHECK_FALSE(q.exec(QStringLiteral("SELECT tr_set_login('1001', 'x', NULL, ARRAY['admin'], true)")));
        CHECK_FALSE(q.exec(QStringLiteral("SELECT tr_set_my_password('plain-text-password')")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("agent-1001"));
    a.c.sync();
    CHECK(a.c.count(QStringLiteral("SELECT count(*) FROM customers WHERE id = 'c1'")) == 0);
}

TEST_CASE("an admin's account changes reach the person's server login at the next sync")
{
    ServerDb server;
    AdminConsole a(server);
    AccountService accounts(*a.c.db, a.c.clock, cheap);
    a.addAgent(QStringLiteral("1002"), QStringLiteral("李强"), QStringLiteral("agent-pass-2"));
    a.c.sync();
    const auto member = [&](const QString& group) {
        return server.count(QStringLiteral(
                                "SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                                "JOIN pg_roles l ON l.oid = m.member WHERE l.rolname = 'p1002' AND "
                                "g.rolname = '%1'")
                                .arg(group)) == 1;
    };
    CHECK(member(QStringLiteral("tr_agent")));
    CHECK_FALSE(member(QStringLiteral("tr_supervisor")));

    REQUIRE(accounts.setRoles(a.admin, QStringLiteral("1002"), {Role::Supervisor}));
    a.c.sync();
    CHECK(member(QStringLiteral("tr_supervisor")));
    CHECK_FALSE(member(QStringLiteral("tr_agent")));

    REQUIRE(accounts.deactivate(a.admin, QStringLiteral("1002")));
    a.c.sync();
    CHECK(server.count(
              QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'p1002' AND rolcanlogin")) == 0);
    REQUIRE(accounts.reactivate(a.admin, QStringLiteral("1002")));
    a.c.sync();
    CHECK(server.count(
              QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'p1002' AND rolcanlogin")) == 1);
}

TEST_CASE(
    "a person signs in at a console new to them with the password the team knows, and syncs as themselves")
{
    ServerDb server;
    AdminConsole a(server);
    a.addAgent(QStringLiteral("1003"), QStringLiteral("孙丽"), QStringLiteral("agent-pass-3"));
    const QString customer = a.c.insertCustomer(QStringLiteral("周先生"));
    a.c.sync();

    // A new workstation: nobody on it, joined to the team.
    Console fresh(server, QStringLiteral("fresh"));
    REQUIRE(SyncEngine::configure(*fresh.db, teamOf(server), false));
    REQUIRE(TeamSignIn::available(*fresh.db));
    AuthService auth(*fresh.db, fresh.clock, cheap);
    TeamSignIn team(*fresh.db, fresh.clock);
    CHECK_FALSE(team.signIn(auth, QStringLiteral("1003"), QStringLiteral("wrong-pass-3")));
    auto actor = team.signIn(auth, QStringLiteral("1003"), QStringLiteral("agent-pass-3"));
    INFO((actor ? QString() : actor.error().message).toStdString());
    REQUIRE(actor.ok());
    CHECK(actor->jobNumber == QStringLiteral("1003"));
    // Offline next time: the account made here from the typed password opens it.
    CHECK(AuthService(*fresh.db, fresh.clock, cheap)
              .signIn(QStringLiteral("1003"), QStringLiteral("agent-pass-3")));
    // The lock after five wrong passwords holds in a team too: the right one is not taken from the server
    // then.
    {
        AuthService guarded(*fresh.db, fresh.clock, cheap);
        TeamSignIn again(*fresh.db, fresh.clock);
        for (int i = 0; i < AuthService::MaxFailedAttempts; ++i)
            CHECK_FALSE(again.signIn(guarded, QStringLiteral("1003"), QStringLiteral("guess-%1").arg(i)));
        auto locked = again.signIn(guarded, QStringLiteral("1003"), QStringLiteral("agent-pass-3"));
        REQUIRE_FALSE(locked);
        CHECK(locked.error().message.contains(QStringLiteral("locked")));
        fresh.clock.advanceMs(AuthService::DefaultLockoutMinutes * 60'000 + 1);
        CHECK(again.signIn(guarded, QStringLiteral("1003"), QStringLiteral("agent-pass-3")));
    }

    auto mine = TeamSignIn::forPerson(*fresh.db, QStringLiteral("1003"), QStringLiteral("agent-pass-3"));
    REQUIRE(mine.ok());
    fresh.connect(*mine);
    fresh.sync();
    CHECK(fresh.value(QStringLiteral("customers"), customer, QStringLiteral("name")).toString() ==
          QStringLiteral("周先生"));
    // What they write there goes as theirs; the admin's console takes it.
    const QString noted = fresh.writer
                              ->insert(QStringLiteral("customers"),
                                       {{QStringLiteral("name"), QStringLiteral("吴女士")},
                                        {QStringLiteral("notes"), QStringLiteral("")}},
                                       actor->userId)
                              .value();
    fresh.sync();
    CHECK(server.count(QStringLiteral(
              "SELECT count(*) FROM tr_changes WHERE pushed_by = 'p1003' AND refusal IS NULL")) == 1);
    a.c.sync();
    CHECK(a.c.value(QStringLiteral("customers"), noted, QStringLiteral("name")).toString() ==
          QStringLiteral("吴女士"));
}

TEST_CASE(
    "a person's changes made offline wait for their own login; the next person's login never sends them")
{
    ServerDb server;
    AdminConsole a(server);
    const QString author =
        a.addAgent(QStringLiteral("1004"), QStringLiteral("钱敏"), QStringLiteral("agent-pass-4"));
    a.c.sync();

    // 1004 writes at the admin's workstation while it is offline, then signs out; the admin syncs.
    REQUIRE(a.c.writer
                ->insert(QStringLiteral("customers"),
                         {{QStringLiteral("name"), QStringLiteral("冯先生")},
                          {QStringLiteral("notes"), QStringLiteral("")}},
                         author)
                .ok());
    a.c.sync();
    CHECK(a.c.engine->status().waiting == 1);
    CHECK(server.count(
              QStringLiteral("SELECT count(*) FROM tr_changes WHERE changed_by = '%1'").arg(author)) == 0);
    // 1004 signs in there again: their login sends it.
    auto theirs = TeamSignIn::forPerson(*a.c.db, QStringLiteral("1004"), QStringLiteral("agent-pass-4"));
    REQUIRE(theirs.ok());
    a.c.connect(*theirs);
    a.c.sync();
    CHECK(a.c.engine->status().waiting == 0);
    CHECK(a.c.engine->queued() == 0);
    CHECK(server.count(
              QStringLiteral(
                  "SELECT count(*) FROM tr_changes WHERE changed_by = '%1' AND pushed_by = 'p1004' AND "
                  "refusal IS NULL")
                  .arg(author)) == 1);
}

TEST_CASE("a change that reaches a console before its record waits there and applies when the record arrives")
{
    ServerDb server;
    AdminConsole a(server);
    const QString agent =
        a.addAgent(QStringLiteral("1005"), QStringLiteral("周敏"), QStringLiteral("agent-pass-5"));
    a.c.sync();
    Console b(server, QStringLiteral("b"));
    b.connect(server.admin());
    b.sync();

    // At the admin's workstation: the agent registers a customer (their change waits for their login), then
    // the admin, signed in after them, registers the customer's device: it reaches the server first.
    auto customer = a.c.writer->insert(
        QStringLiteral("customers"),
        {{QStringLiteral("name"), QStringLiteral("郑先生")}, {QStringLiteral("notes"), QStringLiteral("")}},
        agent);
    REQUIRE(customer.ok());
    auto device = a.c.writer->insert(QStringLiteral("devices"),
                                     {{QStringLiteral("customer_id"), customer.value()},
                                      {QStringLiteral("product"), QStringLiteral("ATM")}},
                                     a.admin.userId);
    REQUIRE(device.ok());
    a.c.sync();
    b.sync();
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM devices")) == 0);
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM sync_parked")) == 1);
    CHECK(b.engine->status().parked == 1);

    // The agent signs in there again: the customer goes, and the device that waited for it applies.
    auto theirs = TeamSignIn::forPerson(*a.c.db, QStringLiteral("1005"), QStringLiteral("agent-pass-5"));
    REQUIRE(theirs.ok());
    a.c.connect(*theirs);
    a.c.sync();
    b.sync();
    CHECK(b.value(QStringLiteral("devices"), device.value(), QStringLiteral("customer_id")).toString() ==
          customer.value());
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM sync_parked")) == 0);
    CHECK(b.engine->status().parked == 0);
}

TEST_CASE("a person imported without a password enrols with the admin's code at another console of the team")
{
    ServerDb server;
    AdminConsole a(server);
    // As the accounts import adds people: a record and no password.
    User imported;
    imported.jobNumber = QStringLiteral("1006");
    imported.name = QStringLiteral("钱明");
    imported.roles = {Role::Agent};
    REQUIRE(UserRepository(*a.c.db, a.c.clock).insert(imported, a.admin.stamp()).ok());
    auto issued =
        AccountService(*a.c.db, a.c.clock, cheap).issueFirstSignInCode(a.admin, QStringLiteral("1006"));
    REQUIRE(issued.ok());
    a.c.sync(); // the record, and the code as the person's server login until they choose a password

    Console fresh(server, QStringLiteral("fresh"));
    REQUIRE(SyncEngine::configure(*fresh.db, teamOf(server), false));
    AuthService auth(*fresh.db, fresh.clock, cheap);
    TeamSignIn team(*fresh.db, fresh.clock);
    QString typed = issued->code.toLower();
    typed.remove(QLatin1Char('-'));
    auto first = team.signIn(auth, QStringLiteral("1006"), typed);
    REQUIRE_FALSE(first);
    INFO(first.error().message.toStdString());
    CHECK(first.error().field == AuthService::ChoosePasswordField);

    auto enrolled = team.enrol(auth, QStringLiteral("1006"), typed, QStringLiteral("qian-ming-2026"));
    INFO((enrolled ? team.warning() : enrolled.error().message).toStdString());
    REQUIRE(enrolled.ok());
    CHECK(team.warning().isEmpty());
    // The server takes the chosen password and no longer the code: the person syncs as themselves.
    TeamSignIn check(*fresh.db, fresh.clock);
    CHECK(check.ask(QStringLiteral("1006"), QStringLiteral("qian-ming-2026")) ==
          TeamSignIn::Verdict::Accepted);
    CHECK(check.ask(QStringLiteral("1006"), issued->code) == TeamSignIn::Verdict::Refused);
    // The admin's console takes the new password from the server at the person's next sign-in there.
    AuthService atAdmin(*a.c.db, a.c.clock, cheap);
    TeamSignIn there(*a.c.db, a.c.clock);
    auto back = there.signIn(atAdmin, QStringLiteral("1006"), QStringLiteral("qian-ming-2026"));
    INFO((back ? QString() : back.error().message).toStdString());
    CHECK(back.ok());
}

TEST_CASE("a first sign-in code the server has not seen yet enrols at its own console with a warning")
{
    ServerDb server;
    AdminConsole a(server);
    a.addAgent(QStringLiteral("1007"), QStringLiteral("郑红"), QStringLiteral("agent-pass-7"));
    a.c.sync();
    auto issued =
        AccountService(*a.c.db, a.c.clock, cheap).issueFirstSignInCode(a.admin, QStringLiteral("1007"));
    REQUIRE(issued.ok());
    // Not synced: the server still has the old password.
    AuthService auth(*a.c.db, a.c.clock, cheap);
    TeamSignIn team(*a.c.db, a.c.clock);
    auto enrolled = team.enrol(auth, QStringLiteral("1007"), issued->code, QStringLiteral("zheng-hong-26"));
    REQUIRE(enrolled.ok());
    CHECK(team.warning().contains(QStringLiteral("does not know")));
    CHECK(auth.signIn(QStringLiteral("1007"), QStringLiteral("zheng-hong-26")).ok());
    // The admin's next sync here sends the chosen password, not the spent code.
    a.c.sync();
    TeamSignIn check(*a.c.db, a.c.clock);
    CHECK(check.ask(QStringLiteral("1007"), QStringLiteral("zheng-hong-26")) ==
          TeamSignIn::Verdict::Accepted);
    CHECK(check.ask(QStringLiteral("1007"), issued->code) == TeamSignIn::Verdict::Refused);
}
