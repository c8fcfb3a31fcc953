#include "PgSupport.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace threerings;
using namespace threerings::test;

namespace {

qint64 backendPid(SyncEngine& engine)
{
    QSqlQuery q(engine.server());
    REQUIRE(q.exec(QStringLiteral("SELECT pg_backend_pid()")));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("a server connection killed mid-batch loses nothing and duplicates nothing")
{
    ServerDb server;
    Console a(server, QStringLiteral("a"), true);
    a.connect(server.admin());
    for (int i = 0; i < 40; ++i)
        a.insertCustomer(QStringLiteral("客户 %1").arg(i));
    const qint64 pid = backendPid(*a.engine);
    // The server end of the push goes away after the rows are sent, before the commit.
    a.engine->setFaultHook([&](SyncEngine::Stage stage) {
        if (stage == SyncEngine::Stage::BeforeServerCommit) {
            QSqlQuery kill(server.adminConnection());
            kill.prepare(QStringLiteral("SELECT pg_terminate_backend(?)"));
            kill.addBindValue(pid);
            REQUIRE(kill.exec());
        }
        return true;
    });
    auto failed = a.engine->push();
    CHECK_FALSE(failed.ok());
    CHECK_FALSE(a.engine->connected());
    CHECK(server.count(QStringLiteral("SELECT count(*) FROM tr_changes")) == 0);
    CHECK(a.engine->queued() == 40);
    CHECK_FALSE(a.engine->status().connected);

    a.engine->setFaultHook({});
    a.connect(server.admin());
    a.sync();
    CHECK(server.count(QStringLiteral("SELECT count(*) FROM tr_changes")) == 40);
    CHECK(server.count(QStringLiteral("SELECT count(DISTINCT origin_seq) FROM tr_changes")) == 40);
    CHECK(a.engine->queued() == 0);
}

TEST_CASE("a console killed after the server's commit pushes again without duplicates")
{
    ServerDb server;
    Console a(server, QStringLiteral("a"), true);
    a.connect(server.admin());
    for (int i = 0; i < 30; ++i)
        a.insertCustomer(QStringLiteral("客户 %1").arg(i));
    a.engine->setFaultHook(
        [](SyncEngine::Stage stage) { return stage != SyncEngine::Stage::AfterServerCommit; });
    CHECK_FALSE(a.engine->push().ok());
    CHECK(server.count(QStringLiteral("SELECT count(*) FROM tr_changes")) == 30);
    // The console never recorded that the server has them.
    CHECK(a.engine->queued() == 30);

    // Restarted: a new engine on the same file.
    a.engine = std::make_unique<SyncEngine>(*a.db, a.clock);
    a.connect(server.admin());
    a.sync();
    CHECK(server.count(QStringLiteral("SELECT count(*) FROM tr_changes")) == 30);
    CHECK(a.engine->queued() == 0);
    // The replay carried the same clock values: nothing differs between the two pushes.
    CHECK(server.count(QStringLiteral("SELECT count(DISTINCT hlc) FROM tr_changes")) == 30);
}

TEST_CASE("with the server down the queue waits, the status says so, and it drains when it is back")
{
    ServerDb server;
    Console a(server, QStringLiteral("a"), true);
    Console b(server, QStringLiteral("b"));
    ServerConfig down = server.admin();
    down.port = 1; // nothing listens there
    Status refused = a.engine->connect(down);
    CHECK_FALSE(refused.ok());
    const QString id = a.insertCustomer(QStringLiteral("周先生"));
    a.update(QStringLiteral("customers"), id, {{QStringLiteral("notes"), QStringLiteral("written offline")}});
    CHECK_FALSE(a.engine->push().ok());
    const SyncStatus offline = a.engine->status();
    CHECK(offline.configured);
    CHECK_FALSE(offline.connected);
    CHECK(offline.queued == 2);

    a.connect(server.admin());
    a.sync();
    CHECK(a.engine->status().queued == 0);
    CHECK(a.engine->status().lastSyncAt > 0);
    b.connect(server.admin());
    b.sync();
    CHECK(b.value(QStringLiteral("customers"), id, QStringLiteral("notes")).toString() ==
          QStringLiteral("written offline"));
}

TEST_CASE("a server restarted with a crash between two batches: the console reconnects and drains")
{
    const QString dir = qEnvironmentVariable("THREERINGS_TEST_PG_DIR");
    if (dir.isEmpty()) {
        WARN("THREERINGS_TEST_PG_DIR is not set (a cluster not started by scripts/pg-cluster.sh): not "
             "restarting it");
        return;
    }
    ServerDb server;
    Console a(server, QStringLiteral("a"), true);
    a.connect(server.admin());
    for (int i = 0; i < 10; ++i)
        a.insertCustomer(QStringLiteral("客户 %1").arg(i));
    a.sync();
    for (int i = 10; i < 20; ++i)
        a.insertCustomer(QStringLiteral("客户 %1").arg(i));
    const int restarted = QProcess::execute(QStringLiteral(THREERINGS_SOURCE_DIR "/scripts/pg-cluster.sh"),
                                            {QStringLiteral("restart"), dir});
    REQUIRE(restarted == 0);
    // The old connection is dead: the push fails and says so, nothing is lost.
    CHECK_FALSE(a.engine->push().ok());
    CHECK(a.engine->queued() == 10);
    {
        QSqlDatabase admin = server.adminConnection();
        admin.close();
        REQUIRE(admin.open());
    }
    a.connect(server.admin());
    a.sync();
    CHECK(a.engine->queued() == 0);
    CHECK(server.count(QStringLiteral("SELECT count(*) FROM tr_changes")) == 20);
}
