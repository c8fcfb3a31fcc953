#ifdef THREERINGS_BINARY

#include "../cli/CliRun.h"
#include "PgSupport.h"
#include "TestSupport.h"
#include "core/sync/ServerSchema.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace threerings;
using namespace threerings::test;

namespace {

QString urlOf(const ServerDb& server)
{
    const ServerConfig c = server.admin();
    return QStringLiteral("postgresql://%1:%2@%3:%4/%5?sslmode=prefer")
        .arg(c.user, c.password, c.host)
        .arg(c.port)
        .arg(c.database);
}

// The same server without a login: each person signs in to it as their own.
QString teamUrlOf(const ServerDb& server)
{
    const ServerConfig c = server.admin();
    return QStringLiteral("postgresql://%1:%2/%3?sslmode=prefer").arg(c.host).arg(c.port).arg(c.database);
}

QProcessEnvironment as(const QString& password = QStringLiteral("demo8000"))
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("THREERINGS_PASSWORD"), password);
    env.remove(QStringLiteral("THREERINGS_SERVER_PASSWORD"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain: the URL's password is used
    return env;
}

CliRun cli(const QString& db, const QString& user, QStringList args, const QProcessEnvironment& env,
           const QByteArray& input = {})
{
    QStringList all{QStringLiteral("--db"), db};
    if (!user.isEmpty())
        all << QStringLiteral("--user") << user;
    return runCli(all + args, input, env);
}

} // namespace

TEST_CASE("a team from the command line: set up by the installer, each person syncs as their own login")
{
    ServerDb server;
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.sqlite"));
    const QString c = dir.filePath(QStringLiteral("c.sqlite"));
    makeDemoDatabase(a, 20);
    const QString url = urlOf(server);
    const QStringList once{QStringLiteral("sync"), QStringLiteral("--once")};

    // Only an admin sets up the server.
    CHECK(cli(a, QStringLiteral("1001"),
              {QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--url"), url}, as())
              .code == 3);
    CHECK(cli(a, QStringLiteral("9001"),
              {QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--url"),
               QStringLiteral("http://nowhere")},
              as())
              .code == 2);

    // The installer's login sets the schema up; the admin gets their own login, the installer's password is
    // kept nowhere.
    const CliRun init =
        cli(a, QStringLiteral("9001"),
            {QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--url"), url}, as());
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);
    CHECK(init.out.contains(QStringLiteral("schema version %1").arg(ServerSchema::latestVersion())));
    CHECK(init.out.contains(QStringLiteral("p9001")));
    CHECK(server.count(QStringLiteral("SELECT count(*) FROM tr_people WHERE login = 'p9001'")) == 1);
    {
        auto db = Database::open(a, Database::Open::MustExist);
        REQUIRE(db.ok());
        CHECK(count(**db, QStringLiteral("SELECT count(*) FROM sync_state WHERE value LIKE '%") +
                              server.admin().password + QStringLiteral("%'")) == 0);
        CHECK(count(**db,
                    QStringLiteral("SELECT count(*) FROM sync_state WHERE key = 'server_url' AND value LIKE "
                                   "'postgresql://%@%'")) == 0);
    }

    // The admin syncs as p9001: their changes and the system's go; other people's wait for their own logins.
    const CliRun pushA = cli(a, QStringLiteral("9001"), once, as());
    INFO(pushA.err.toStdString());
    REQUIRE(pushA.code == 0);
    CHECK(pushA.out.contains(QStringLiteral("connected")));
    CHECK(server.count(QStringLiteral("SELECT count(*) FROM tr_changes")) > 20);
    CHECK(server.count(QStringLiteral("SELECT count(*) FROM tr_changes WHERE refusal IS NOT NULL")) == 0);
    CHECK(server.count(QStringLiteral("SELECT count(*) FROM tr_changes WHERE pushed_by <> 'p9001'")) == 0);

    // The admin gives agent 1001 a password: it reaches the server (as a verifier) with the admin's next
    // sync.
    const CliRun passwd = cli(a, QStringLiteral("9001"),
                              {QStringLiteral("user"), QStringLiteral("passwd"),
                               QStringLiteral("--job-number"), QStringLiteral("1001")},
                              as(), "team-pass-1001\n");
    INFO(passwd.err.toStdString());
    REQUIRE(passwd.code == 0);
    REQUIRE(cli(a, QStringLiteral("9001"), once, as()).code == 0);
    CHECK(server.count(QStringLiteral("SELECT count(*) FROM tr_people WHERE login = 'p1001'")) == 1);
    {
        auto db = Database::open(a, Database::Open::MustExist);
        REQUIRE(db.ok());
        CHECK(count(**db, QStringLiteral("SELECT count(*) FROM login_changes")) == 0);
    }

    // A new workstation: joined with nobody on it, then 1001 signs in with the password the server knows,
    // gets their record and account, and syncs as p1001.
    REQUIRE(runCli({QStringLiteral("--db"), c, QStringLiteral("init")}).code == 0);
    const CliRun join =
        cli(c, {},
            {QStringLiteral("server"), QStringLiteral("connect"), QStringLiteral("--url"), teamUrlOf(server)},
            as());
    INFO(join.err.toStdString());
    REQUIRE(join.code == 0);
    CHECK(cli(c, QStringLiteral("1001"), once, as(QStringLiteral("wrong-pass-1001"))).code == 3);
    const CliRun first = cli(c, QStringLiteral("1001"), once, as(QStringLiteral("team-pass-1001")));
    INFO(first.err.toStdString());
    REQUIRE(first.code == 0);
    {
        auto db = Database::open(c, Database::Open::MustExist);
        REQUIRE(db.ok());
        CHECK(count(**db, QStringLiteral("SELECT count(*) FROM users WHERE job_number = '1001'")) == 1);
        CHECK(count(**db, QStringLiteral("SELECT count(*) FROM customers")) > 0);
    }
    // The password changed behind this console's back (at the server): the console still opens with the
    // one it knows, says the server did not take it, and sends nothing.
    {
        QSqlQuery q(server.adminConnection());
        REQUIRE(q.exec(QStringLiteral("ALTER ROLE p1001 PASSWORD 'elsewhere-1001'")));
    }
    const CliRun stale = cli(c, QStringLiteral("1001"), once, as(QStringLiteral("team-pass-1001")));
    CHECK(stale.code != 0);
    CHECK(stale.err.contains(QStringLiteral("did not take your password")));

    // The admin switches 1001's account off: after the admin's sync the server refuses their login at once,
    // and the new workstation refuses them too, whatever password they try.
    REQUIRE(cli(a, QStringLiteral("9001"),
                {QStringLiteral("user"), QStringLiteral("deactivate"), QStringLiteral("--job-number"),
                 QStringLiteral("1001")},
                as())
                .code == 0);
    REQUIRE(cli(a, QStringLiteral("9001"), once, as()).code == 0);
    CHECK(server.count(
              QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'p1001' AND rolcanlogin")) == 0);
    const CliRun off = cli(c, QStringLiteral("1001"), once, as(QStringLiteral("elsewhere-1001")));
    CHECK(off.code == 3);
    CHECK(off.err.contains(QStringLiteral("switched off")));

    // A console told to sync as the installer's login refuses.
    const CliRun owner =
        cli(c, QStringLiteral("9001"),
            {QStringLiteral("server"), QStringLiteral("connect"), QStringLiteral("--url"), url}, as());
    REQUIRE(owner.code == 0);
    QProcessEnvironment withServer = as();
    withServer.insert(QStringLiteral("THREERINGS_SERVER_PASSWORD"), server.admin().password);
    const CliRun asOwner = cli(c, QStringLiteral("9001"), once, withServer);
    CHECK(asOwner.code != 0);
    CHECK(asOwner.err.contains(QStringLiteral("owns the team's schema")));
}

#endif
