#include "store/Database.h"

#include "TestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace threerings;

TEST_CASE("a new database is created at the latest schema with WAL and foreign keys")
{
    test::TempDb t;
    CHECK(t.db->createdNow());
    CHECK(t.db->schemaVersion() == Database::latestSchemaVersion());
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}
