#include "PgSupport.h"
#include "core/sync/ServerSchema.h"
#include "core/sync/SyncWorker.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace threerings;
using namespace threerings::test;

// The worker on its own thread hears the server's announcement (LISTEN/NOTIFY) and pulls at once:
// its safety pull comes only every 30 s, so a change arriving within seconds came by the announcement.
TEST_CASE("a console's sync worker sees another console's change announced by the server")
{
    ServerDb server;
    Console a(server, QStringLiteral("a"), true);
    Console b(server, QStringLiteral("b"));
    a.connect(server.admin());

    // The worker syncs as a person's own login, as a hotline's console does.
    QSqlDatabase admin = server.adminConnection();
    REQUIRE(ServerSchema::addPerson(admin, QStringLiteral("p_notify"), QStringLiteral("pw-p_notify"),
                                    {QStringLiteral("agent")})
                .ok());
    SyncController controller;
    QSignalSpy status(&controller, &SyncController::statusChanged);
    QSignalSpy arrived(&controller, &SyncController::changesArrived);
    controller.start(b.db->path(), server.as(QStringLiteral("p_notify"), QStringLiteral("pw-p_notify")));
    for (int i = 0; i < 50; ++i) {
        if (!status.isEmpty() && status.constLast().at(0).value<SyncStatus>().connected)
            break;
        status.wait(200);
    }
    REQUIRE(!status.isEmpty());
    REQUIRE(status.constLast().at(0).value<SyncStatus>().connected);
    arrived.clear();

    const QString id = a.insertCustomer(QStringLiteral("郑女士"));
    QElapsedTimer timer;
    timer.start();
    a.sync();
    REQUIRE(arrived.wait(5000));
    WARN("change visible on the other console after " << timer.elapsed() << " ms");
    CHECK(arrived.constFirst().at(0).toStringList().contains(QStringLiteral("customers")));
    CHECK(b.value(QStringLiteral("customers"), id, QStringLiteral("name")).toString() ==
          QStringLiteral("郑女士"));

    // And the other way: the worker pushes what is written on its console without being asked.
    const QString other = b.insertCustomer(QStringLiteral("冯先生"));
    for (int i = 0; i < 50 && server.count(QStringLiteral("SELECT count(*) FROM tr_changes")) < 2; ++i)
        QTest::qWait(100);
    a.sync();
    CHECK(a.value(QStringLiteral("customers"), other, QStringLiteral("name")).toString() ==
          QStringLiteral("冯先生"));
    controller.stop();
}
