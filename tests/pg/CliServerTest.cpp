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

QProcessEnvironment as(const QString& job)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("THREERINGS_PASSWORD"), QStringLiteral("demo8000"));
    env.remove(QStringLiteral("THREERINGS_SERVER_PASSWORD"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain: the URL's password is used
    Q_UNUSED(job);
    return env;
}

} // namespace

TEST_CASE("server init, server connect and sync --once from the command line")
{
    ServerDb server;
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.sqlite"));
    const QString b = dir.filePath(QStringLiteral("b.sqlite"));
    makeDemoDatabase(a, 20);
    makeDemoDatabase(b, 20);
    const QString url = urlOf(server);

    // Only an admin sets up the server.
    const CliRun refused =
        runCli({QStringLiteral("--db"), a, QStringLiteral("--user"), QStringLiteral("1001"),
                QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--url"), url},
               {}, as(QStringLiteral("1001")));
    CHECK(refused.code == 3);
    const CliRun bad = runCli({QStringLiteral("--db"), a, QStringLiteral("--user"), QStringLiteral("9001"),
                               QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--url"),
                               QStringLiteral("http://nowhere")},
                              {}, as(QStringLiteral("9001")));
    CHECK(bad.code == 2);

    const CliRun init =
        runCli({QStringLiteral("--db"), a, QStringLiteral("--user"), QStringLiteral("9001"),
                QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--url"), url},
               {}, as(QStringLiteral("9001")));
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);
    CHECK(init.out.contains(QStringLiteral("schema version %1").arg(ServerSchema::latestVersion())));
    // The password is not kept in the database.
    {
        auto db = Database::open(a, Database::Open::MustExist);
        REQUIRE(db.ok());
        CHECK(count(**db, QStringLiteral("SELECT count(*) FROM sync_state WHERE value LIKE '%") +
                              server.admin().password + QStringLiteral("%'")) == 0);
    }

    const CliRun connect =
        runCli({QStringLiteral("--db"), b, QStringLiteral("--user"), QStringLiteral("9001"),
                QStringLiteral("server"), QStringLiteral("connect"), QStringLiteral("--url"), url},
               {}, as(QStringLiteral("9001")));
    INFO(connect.err.toStdString());
    REQUIRE(connect.code == 0);
    CHECK(connect.out.contains(QStringLiteral("0 changes to push")));

    // sync needs the password again: from the environment (no keychain here).
    QProcessEnvironment env = as(QStringLiteral("1001"));
    env.insert(QStringLiteral("THREERINGS_SERVER_PASSWORD"), server.admin().password);
    const CliRun pushA = runCli({QStringLiteral("--db"), a, QStringLiteral("--user"), QStringLiteral("1001"),
                                 QStringLiteral("sync"), QStringLiteral("--once")},
                                {}, env);
    INFO(pushA.err.toStdString());
    REQUIRE(pushA.code == 0);
    CHECK(pushA.out.contains(QStringLiteral("connected; 0 queued")));
    CHECK(server.count(QStringLiteral("SELECT count(*) FROM tr_changes")) > 20);

    const CliRun pullB = runCli({QStringLiteral("--db"), b, QStringLiteral("--user"), QStringLiteral("1001"),
                                 QStringLiteral("sync"), QStringLiteral("--once")},
                                {}, env);
    INFO(pullB.err.toStdString());
    REQUIRE(pullB.code == 0);
    CHECK(pullB.out.contains(QStringLiteral("connected; 0 queued")));

    // Without a password anywhere the command says where one can come from.
    const CliRun nopw = runCli({QStringLiteral("--db"), b, QStringLiteral("--user"), QStringLiteral("1001"),
                                QStringLiteral("sync"), QStringLiteral("--once")},
                               {}, as(QStringLiteral("1001")));
    CHECK(nopw.code != 0);
    CHECK(nopw.err.contains(QStringLiteral("THREERINGS_SERVER_PASSWORD")));
}

#endif
