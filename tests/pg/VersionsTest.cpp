// A change written by a newer ThreeRings waits on the server until this console is updated: never skipped.
#include "PgSupport.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace threerings;
using namespace threerings::test;

TEST_CASE("a change a newer console wrote waits, with what follows it, until this console is updated")
{
    ServerDb server;
    Console older(server, QStringLiteral("older"));
    older.connect(server.admin());
    const QString before = older.insertCustomer(QStringLiteral("before"));
    older.sync();

    // A newer console adds a customer with a field this version has no column for, then another one.
    QSqlQuery q(server.adminConnection());
    REQUIRE(q.exec(QStringLiteral(
        "INSERT INTO tr_changes (console_id, origin_seq, table_name, row_id, op, revision, hlc, changed_at, "
        "fields) VALUES ('newer', 1, 'customers', 'new-1', 'insert', 1, 1764000000000, 1764000000000, "
        "'{\"name\": \"金女士\", \"notes\": \"\", \"loyalty_tier\": \"gold\"}'), ('newer', 2, 'customers', "
        "'new-2', 'insert', 1, 1764000000001, 1764000000001, '{\"name\": \"林先生\", \"notes\": \"\"}')")));
    q.finish();

    Status s = older.engine->syncOnce();
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(QStringLiteral("customers.loyalty_tier")));
    CHECK(s.error().message.contains(QStringLiteral("update ThreeRings")));
    CHECK(older.value(QStringLiteral("customers"), QStringLiteral("new-1"), QStringLiteral("name")).isNull());
    CHECK(older.value(QStringLiteral("customers"), QStringLiteral("new-2"), QStringLiteral("name")).isNull());
    // Its own changes still go out meanwhile.
    const QString during = older.insertCustomer(QStringLiteral("during"));
    (void)older.engine->syncOnce();
    CHECK(server.count(QStringLiteral("SELECT count(*) FROM tr_changes WHERE row_id = '%1'").arg(during)) ==
          1);

    // The update: the new column arrives with the new version's migration.
    {
        QSqlQuery local(older.db->connection());
        REQUIRE(local.exec(QStringLiteral("ALTER TABLE customers ADD COLUMN loyalty_tier TEXT")));
    }
    older.engine = std::make_unique<SyncEngine>(*older.db, older.clock);
    older.connect(server.admin());
    older.sync();
    CHECK(older.value(QStringLiteral("customers"), QStringLiteral("new-1"), QStringLiteral("loyalty_tier"))
              .toString() == QStringLiteral("gold"));
    CHECK(older.value(QStringLiteral("customers"), QStringLiteral("new-2"), QStringLiteral("name"))
              .toString() == QStringLiteral("林先生"));
    CHECK(older.value(QStringLiteral("customers"), before, QStringLiteral("name")).toString() ==
          QStringLiteral("before"));
}
