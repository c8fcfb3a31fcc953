// The server decides: each attack a person could make with their own server login, and what it now does
// (nothing to the team's records). Against the PostgreSQL cluster of scripts/pg-cluster.sh.
#include "PgSupport.h"
#include "core/auth/Actor.h"
#include "core/sync/ServerSchema.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace threerings;
using namespace threerings::test;

namespace {

// A login by hand, tied to the person (users.id) whose changes it may push when one is given.
void addLogin(const ServerDb& server, const QString& login, const QString& role, const QString& person = {})
{
    QSqlDatabase admin = server.adminConnection();
    REQUIRE(ServerSchema::addPerson(admin, login, QStringLiteral("pw-") + login, {role}, person).ok());
}

QString consoleIdOf(Console& c)
{
    QSqlQuery q(c.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT value FROM sync_state WHERE key = 'console_id'")));
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

TEST_CASE("an agent's login cannot make anybody admin: the forged change is refused, reaches no console and "
          "blocks nothing")
{
    ServerDb server;
    addLogin(server, QStringLiteral("p_agent"), QStringLiteral("agent"));
    addLogin(server, QStringLiteral("p_super"), QStringLiteral("supervisor"));

    // The admin's console sets the team up (the superuser here, as 'server init' does).
    Console setup(server, QStringLiteral("setup"), true);
    setup.connect(server.admin());
    const QString agentId = addUser(setup, QStringLiteral("1001"), QStringLiteral("agent"));
    addLogin(server, QStringLiteral("p_agent"), QStringLiteral("agent"), agentId);
    setup.sync();

    Console attacker(server, QStringLiteral("attacker"));
    attacker.connect(server.as(QStringLiteral("p_agent"), QStringLiteral("pw-p_agent")));
    attacker.sync();
    REQUIRE(attacker.value(QStringLiteral("users"), agentId, QStringLiteral("roles")).toString() ==
            QStringLiteral("agent"));

    // The agent edits their own file as they like, past the console's own checks, and syncs.
    attacker.update(QStringLiteral("users"), agentId,
                    {{QStringLiteral("roles"), QStringLiteral("admin,supervisor")}}, agentId);
    const QString customer = attacker.insertCustomer(QStringLiteral("钱先生"));
    attacker.sync(); // not blocked: the refused change is set aside on the server

    const SyncStatus st = attacker.engine->status();
    CHECK(st.refused == 1);
    CHECK(st.lastRefusal.contains(QStringLiteral("users")));
    // The author sees what was refused and why; another agent at that console does not.
    Actor author;
    author.userId = agentId;
    author.roles = {Role::Agent};
    auto refusals = SyncEngine::refusals(author, *attacker.db);
    REQUIRE(refusals.ok());
    REQUIRE(refusals->size() == 1);
    CHECK(refusals->first().table == QStringLiteral("users"));
    CHECK(refusals->first().newValue.contains(QStringLiteral("may not change users")));
    Actor bystander;
    bystander.userId = QStringLiteral("someone-else");
    bystander.roles = {Role::Agent};
    CHECK(SyncEngine::refusals(bystander, *attacker.db)->isEmpty());
    CHECK(server.count(QStringLiteral("SELECT count(*) FROM tr_changes WHERE refusal IS NOT NULL")) == 1);

    // Another console takes the customer and not the roles.
    Console other(server, QStringLiteral("other"));
    other.connect(server.as(QStringLiteral("p_super"), QStringLiteral("pw-p_super")));
    other.sync();
    CHECK(other.value(QStringLiteral("customers"), customer, QStringLiteral("name")).toString() ==
          QStringLiteral("钱先生"));
    CHECK(other.value(QStringLiteral("users"), agentId, QStringLiteral("roles")).toString() ==
          QStringLiteral("agent"));
    setup.sync();
    CHECK(setup.value(QStringLiteral("users"), agentId, QStringLiteral("roles")).toString() ==
          QStringLiteral("agent"));
    // Nor does any other login read the refused change.
    qint64 seen = -1;
    {
        auto db =
            server.as(QStringLiteral("p_super"), QStringLiteral("pw-p_super")).open(QStringLiteral("peek"));
        REQUIRE(db.ok());
        QSqlQuery q(db.value());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM tr_changes WHERE table_name = 'users'")));
        REQUIRE(q.next());
        seen = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    CHECK(seen == 1); // the admin's insert only
}

TEST_CASE(
    "a field only supervisors fill is refused from an agent, and the rest of the row's changes go through")
{
    ServerDb server;
    addLogin(server, QStringLiteral("p_agent"), QStringLiteral("agent"));
    Console setup(server, QStringLiteral("setup"), true);
    setup.connect(server.admin());
    const QString agentId = addUser(setup, QStringLiteral("1001"), QStringLiteral("agent"));
    addLogin(server, QStringLiteral("p_agent"), QStringLiteral("agent"), agentId);
    setup.sync();

    Console agent(server, QStringLiteral("agent"));
    agent.connect(server.as(QStringLiteral("p_agent"), QStringLiteral("pw-p_agent")));
    agent.sync();
    auto form = agent.writer->insert(QStringLiteral("problem_forms"),
                                     {{QStringLiteral("number"), QStringLiteral("20261125-1001-001")},
                                      {QStringLiteral("agent_id"), agentId},
                                      {QStringLiteral("category"), QStringLiteral("technical")},
                                      {QStringLiteral("description"), QStringLiteral("ATM 吞卡")},
                                      {QStringLiteral("accepted_at"), qlonglong(1'764'000'000'000)}},
                                     agentId);
    REQUIRE(form.ok());
    agent.sync();
    CHECK(agent.engine->status().refused == 0); // a new form, the review empty: the agent's to write

    // The agent writes the review (审核) of their own form: refused; a later note on the form is not.
    agent.update(QStringLiteral("problem_forms"), form.value(),
                 {{QStringLiteral("review"), QStringLiteral("合格")}}, agentId);
    agent.sync();
    CHECK(agent.engine->status().refused == 1);
    CHECK(agent.engine->status().lastRefusal.contains(QStringLiteral("problem_forms.review")));
    agent.update(QStringLiteral("problem_forms"), form.value(),
                 {{QStringLiteral("description"), QStringLiteral("ATM 吞卡，卡号尾号 1234")}}, agentId);
    agent.sync();

    Console other(server, QStringLiteral("other"));
    other.connect(server.admin());
    other.sync();
    CHECK(other.value(QStringLiteral("problem_forms"), form.value(), QStringLiteral("description"))
              .toString() == QStringLiteral("ATM 吞卡，卡号尾号 1234"));
    CHECK(other.value(QStringLiteral("problem_forms"), form.value(), QStringLiteral("review"))
              .toString()
              .isEmpty());
}

TEST_CASE("a login cannot push under another console's id, so that console's changes never vanish")
{
    ServerDb server;
    addLogin(server, QStringLiteral("p_victim"), QStringLiteral("agent"));
    addLogin(server, QStringLiteral("p_thief"), QStringLiteral("agent"));
    Console victim(server, QStringLiteral("victim"));
    victim.connect(server.as(QStringLiteral("p_victim"), QStringLiteral("pw-p_victim")));
    victim.insertCustomer(QStringLiteral("first"));
    victim.sync();
    const QString id = consoleIdOf(victim);
    REQUIRE_FALSE(id.isEmpty());

    // The thief takes the victim's next sequence numbers.
    const QString hijack =
        QStringLiteral(
            "INSERT INTO tr_changes (console_id, origin_seq, table_name, row_id, op, revision, hlc, "
            "changed_at, fields) SELECT '%1', s, 'customers', 'x' || s, 'insert', 1, 1, 1, '{}' FROM "
            "generate_series(1, 50) s")
            .arg(id + QStringLiteral(
                          "/p_victim")); // the id the victim's console pushes this person's changes under
    CHECK(runAs(server, QStringLiteral("p_thief"), hijack).contains(QStringLiteral("may not push")));
    CHECK(server.count(QStringLiteral("SELECT count(*) FROM tr_changes WHERE pushed_by = 'p_thief'")) == 0);

    const QString second = victim.insertCustomer(QStringLiteral("second"));
    victim.sync();
    Console other(server, QStringLiteral("other"));
    other.connect(server.admin());
    other.sync();
    CHECK(other.value(QStringLiteral("customers"), second, QStringLiteral("name")).toString() ==
          QStringLiteral("second"));
}

TEST_CASE("a console connected again with another person's login pushes its queue under a new console id")
{
    ServerDb server;
    addLogin(server, QStringLiteral("p_one"), QStringLiteral("agent"));
    addLogin(server, QStringLiteral("p_two"), QStringLiteral("agent"));
    Console c(server, QStringLiteral("c"));
    const ServerConfig one = server.as(QStringLiteral("p_one"), QStringLiteral("pw-p_one"));
    const ServerConfig two = server.as(QStringLiteral("p_two"), QStringLiteral("pw-p_two"));
    REQUIRE(SyncEngine::configure(*c.db, one, false).ok());
    c.engine = std::make_unique<SyncEngine>(*c.db, c.clock);
    c.connect(one);
    c.insertCustomer(QStringLiteral("by one"));
    c.sync();
    const QString firstId = consoleIdOf(c);

    const QString queued = c.insertCustomer(QStringLiteral("queued before the switch"));
    REQUIRE(SyncEngine::configure(*c.db, two, false).ok());
    c.engine = std::make_unique<SyncEngine>(*c.db, c.clock);
    c.connect(two);
    c.sync();
    CHECK(consoleIdOf(c) != firstId);
    CHECK(c.engine->status().refused == 0);

    Console other(server, QStringLiteral("other"));
    other.connect(server.admin());
    other.sync();
    CHECK(other.value(QStringLiteral("customers"), queued, QStringLiteral("name")).toString() ==
          QStringLiteral("queued before the switch"));
}

TEST_CASE("the schema's owner is held to row-level security like every login")
{
    ServerDb server;
    QSqlQuery q(server.adminConnection());
    REQUIRE(q.exec(QStringLiteral("SELECT relforcerowsecurity FROM pg_class WHERE relname = 'tr_changes'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toBool());
}

namespace {

// Closes the console's file, puts `file` in its place and opens it again, as an admin restoring a backup.
void replaceFile(Console& c, const QString& file)
{
    const QString path = c.db->path();
    c.engine.reset();
    c.writer.reset();
    c.db.reset();
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    REQUIRE(QFile::copy(file, path));
    auto opened = Database::open(path, Database::Open::MustExist);
    REQUIRE(opened.ok());
    c.db = std::move(opened).value();
    c.writer = std::make_unique<RecordWriter>(*c.db, c.clock);
    c.engine = std::make_unique<SyncEngine>(*c.db, c.clock);
}

QString backupOf(Console& c, const QString& name)
{
    const QString file = c.dir.filePath(name);
    QSqlQuery q(c.db->connection());
    REQUIRE(q.exec(QStringLiteral("VACUUM INTO '%1'").arg(file)));
    return file;
}

} // namespace

TEST_CASE("a console restored from yesterday's backup gets back what it sent since and loses no new edit")
{
    ServerDb server;
    Console a(server, QStringLiteral("a"));
    a.connect(server.admin());
    const QString before = a.insertCustomer(QStringLiteral("before the backup"));
    a.sync();
    const QString backup = backupOf(a, QStringLiteral("yesterday.sqlite"));
    const QString after = a.insertCustomer(QStringLiteral("after the backup"));
    a.sync();

    replaceFile(a, backup);
    CHECK(a.value(QStringLiteral("customers"), after, QStringLiteral("name")).isNull());
    a.connect(server.admin());
    const QString restored = a.insertCustomer(QStringLiteral("after the restore"));
    a.sync();
    CHECK(a.engine->status().notice.contains(QStringLiteral("new console")));
    CHECK(a.value(QStringLiteral("customers"), after, QStringLiteral("name")).toString() ==
          QStringLiteral("after the backup"));

    Console other(server, QStringLiteral("other"));
    other.connect(server.admin());
    other.sync();
    for (const auto& [id, name] : {std::pair{before, QStringLiteral("before the backup")},
                                   std::pair{after, QStringLiteral("after the backup")},
                                   std::pair{restored, QStringLiteral("after the restore")}}) {
        INFO(name.toStdString());
        CHECK(other.value(QStringLiteral("customers"), id, QStringLiteral("name")).toString() == name);
    }
}

TEST_CASE("two consoles on copies of one file both keep their changes")
{
    ServerDb server;
    Console a(server, QStringLiteral("a"));
    a.connect(server.admin());
    a.insertCustomer(QStringLiteral("shared"));
    a.sync();
    Console b(server, QStringLiteral("b"));
    replaceFile(b, backupOf(a, QStringLiteral("copy.sqlite")));
    b.connect(server.admin());

    const QString fromA = a.insertCustomer(QStringLiteral("from a"));
    a.sync();
    const QString fromB = b.insertCustomer(QStringLiteral("from b"));
    b.sync();
    CHECK(b.engine->status().notice.contains(QStringLiteral("new console")));
    a.sync();
    b.sync();
    CHECK(a.value(QStringLiteral("customers"), fromB, QStringLiteral("name")).toString() ==
          QStringLiteral("from b"));
    CHECK(b.value(QStringLiteral("customers"), fromA, QStringLiteral("name")).toString() ==
          QStringLiteral("from a"));
}

TEST_CASE("a copy of one person's console file used with another login syncs as a new console")
{
    ServerDb server;
    addLogin(server, QStringLiteral("p_two"), QStringLiteral("agent"));
    Console a(server, QStringLiteral("a"));
    a.connect(server.admin());
    a.insertCustomer(QStringLiteral("shared"));
    a.sync();
    Console copy(server, QStringLiteral("copy"));
    replaceFile(copy, backupOf(a, QStringLiteral("copy.sqlite")));
    copy.connect(server.as(QStringLiteral("p_two"), QStringLiteral("pw-p_two")));
    const QString mine = copy.insertCustomer(QStringLiteral("from the copy"));
    copy.sync();
    a.sync();
    CHECK(a.value(QStringLiteral("customers"), mine, QStringLiteral("name")).toString() ==
          QStringLiteral("from the copy"));
    // The original now writes under the same outbox number the copy used: it finds the copy's change there
    // and goes on as a new console; both changes reach both files.
    const QString theirs = a.insertCustomer(QStringLiteral("from the original"));
    a.sync();
    CHECK(a.engine->status().notice.contains(QStringLiteral("new console")));
    copy.sync();
    CHECK(copy.value(QStringLiteral("customers"), theirs, QStringLiteral("name")).toString() ==
          QStringLiteral("from the original"));
    CHECK(server.count(QStringLiteral("SELECT count(*) FROM tr_changes WHERE refusal IS NULL")) == 3);
}
