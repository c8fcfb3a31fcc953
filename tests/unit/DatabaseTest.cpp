#include "core/db/Database.h"

#include "TestSupport.h"
#include "core/db/Backup.h"
#include "core/db/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace threerings;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Builds a database file with the raw C API, the way an older build or another program left it.
void rawScript(const QString& path, const QString& sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    char* err = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &err);
    INFO((err ? err : ""));
    sqlite3_free(err);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

QString fixture(const QString& name)
{
    QFile f(QStringLiteral(THREERINGS_FIXTURES "/") + name);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

QVariant scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

} // namespace

TEST_CASE("a new database is created at the latest schema with WAL and foreign keys")
{
    test::TempDb t;
    CHECK(t.db->createdNow());
    CHECK(t.db->schemaVersion() == Database::latestSchemaVersion());
    CHECK(scalar(*t.db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(*t.db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(*t.db, QStringLiteral("PRAGMA user_version")).toInt() == Database::latestSchemaVersion());
}

TEST_CASE("a schema-1 database is migrated with its rows kept (golden)")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    rawScript(path, fixture(QStringLiteral("schema-v1.sql")));

    auto db = Database::open(path, Database::Open::MustExist);
    REQUIRE(db.ok());
    CHECK_FALSE((*db)->createdNow());
    CHECK((*db)->schemaVersion() == Database::latestSchemaVersion());

    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(
        QStringLiteral("SELECT c.name, c.phone_mobile, o.name, c.revision, c.updated_by FROM customers c "
                       "JOIN outlets o ON o.id = c.outlet_id")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("李明"));
    CHECK(q.value(1).toString() == QStringLiteral("+8613812345678"));
    CHECK(q.value(2).toString() == QStringLiteral("青岛维修中心"));
    CHECK(q.value(3).toInt() == 2);
    CHECK(q.value(4).toString() == QStringLiteral("u0000000-0000-4000-8000-000000000001"));
    CHECK_FALSE(q.next());
    REQUIRE(q.exec(QStringLiteral("SELECT rings_at_answer, hung_up_by, category, summary FROM calls")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);
    CHECK(q.value(1).toString() == QStringLiteral("caller"));
    CHECK(q.value(2).toString() == QStringLiteral("technical"));
    CHECK(q.value(3).toString() == QStringLiteral("ATM 吞卡"));
    CHECK(scalar(**db, QStringLiteral("SELECT count(*) FROM outbox")).toInt() == 1);
    CHECK(scalar(**db, QStringLiteral("SELECT count(*) FROM devices WHERE serial_number = 'ATM-2024-0001'"))
              .toInt() == 1);
    // The later schemas' tables are there and empty, and the foreign keys still hold.
    CHECK(scalar(**db, QStringLiteral("SELECT count(*) FROM problem_forms")).toInt() == 0);
    CHECK(scalar(**db, QStringLiteral("SELECT count(*) FROM calendar_days")).toInt() == 0);
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    CHECK_FALSE(q.next());
}

TEST_CASE("a database newer than the build is refused and left untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    rawScript(path, fixture(QStringLiteral("schema-v1.sql")) + QStringLiteral("PRAGMA user_version = 999;"));
    const QByteArray before = fileHash(path);
    auto db = Database::open(path, Database::Open::MustExist);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == Error::Kind::Data);
    CHECK(db.error().message.contains(QStringLiteral("newer ThreeRings")));
    CHECK(db.error().message.contains(QStringLiteral("999")));
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("a corrupt database is reported, never overwritten")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.sqlite"));

    SECTION("damaged pages")
    {
        rawScript(path, fixture(QStringLiteral("schema-v1.sql")) +
                            QStringLiteral(
                                "PRAGMA page_size=1024; VACUUM;"
                                "CREATE TABLE filler(x); INSERT INTO filler "
                                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i<2000)"
                                " SELECT randomblob(200) FROM n;"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(3 * 1024 + 100);
        f.write(QByteArray(4096, '\x5a'));
        f.close();
    }
    SECTION("not a database at all")
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("call log exported from a spreadsheet\n1,2,3\n");
    }
    const QByteArray before = fileHash(path);
    auto db = Database::open(path, Database::Open::MustExist);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == Error::Kind::Data);
    CHECK((db.error().message.contains(QStringLiteral("damaged")) ||
           db.error().message.contains(QStringLiteral("not a ThreeRings database"))));
    CHECK(db.error().message.contains(QStringLiteral("backup")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("a missing, read-only or foreign file gets a message that says what to do")
{
    QTemporaryDir dir;
    SECTION("missing")
    {
        auto db = Database::open(dir.filePath(QStringLiteral("none.sqlite")), Database::Open::MustExist);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().kind == Error::Kind::NotFound);
        CHECK(db.error().message.contains(QStringLiteral("init")));
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.sqlite"))));
    }
    SECTION("read-only")
    {
        const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
        rawScript(path, fixture(QStringLiteral("schema-v1.sql")));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        const QByteArray before = fileHash(path);
        auto db = Database::open(path, Database::Open::MustExist);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(QStringLiteral("read-only")));
        CHECK(fileHash(path) == before);
    }
    SECTION("another program's SQLite file")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        rawScript(path, QStringLiteral("CREATE TABLE songs(title); INSERT INTO songs VALUES ('x');"));
        auto db = Database::open(path, Database::Open::MustExist);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(QStringLiteral("another program")));
    }
}

TEST_CASE("a database locked by another program is reported as locked")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
    rawScript(path, fixture(QStringLiteral("schema-v1.sql")));
    sqlite3* other = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN EXCLUSIVE; INSERT INTO settings VALUES ('s','k','v',0,NULL,0,NULL,1);",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    {
        auto db = Database::open(path, Database::Open::MustExist);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(QStringLiteral("locked")));
    }
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    auto db = Database::open(path, Database::Open::MustExist);
    REQUIRE(db.ok());
    CHECK(scalar(**db, QStringLiteral("SELECT count(*) FROM settings")).toInt() == 0);
}

TEST_CASE("a failed change inside a transaction leaves nothing behind")
{
    test::TempDb t;
    {
        Transaction tx(*t.db);
        REQUIRE(tx.ok());
        QSqlQuery q(t.db->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO settings VALUES ('a','k','v',0,NULL,0,NULL,1)")));
        {
            Transaction inner(*t.db);
            REQUIRE(inner.ok());
            REQUIRE(q.exec(QStringLiteral("INSERT INTO settings VALUES ('b','k2','v',0,NULL,0,NULL,1)")));
            // inner goes out of scope without commit: only its own change is undone
        }
        REQUIRE(tx.commit().ok());
    }
    CHECK(scalar(*t.db, QStringLiteral("SELECT group_concat(id) FROM settings WHERE id IN ('a','b')"))
              .toString() == QStringLiteral("a"));
}

TEST_CASE("daily backups through the backup API keep the last seven")
{
    test::TempDb t;
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO settings VALUES ('x','backup.test','kept',0,NULL,0,NULL,1)")));
    const QString dir = Database::backupDirFor(t.path());
    for (int day = 1; day <= 9; ++day) {
        auto written = Backup::daily(t.path(), dir, QDate(2026, 11, day));
        REQUIRE(written.ok());
        CHECK(written.value().endsWith(QStringLiteral("2026-11-0%1.sqlite").arg(day)));
    }
    auto again = Backup::daily(t.path(), dir, QDate(2026, 11, 9));
    REQUIRE(again.ok());
    CHECK(again.value().isEmpty());
    const QStringList kept = QDir(dir).entryList(QDir::Files, QDir::Name);
    REQUIRE(kept.size() == 7);
    CHECK(kept.first() == QStringLiteral("test-2026-11-03.sqlite"));

    auto copy = Database::open(QDir(dir).filePath(kept.last()), Database::Open::MustExist);
    REQUIRE(copy.ok());
    CHECK(scalar(**copy, QStringLiteral("SELECT value FROM settings WHERE key = 'backup.test'")).toString() ==
          QStringLiteral("kept"));
}
