#include "core/db/DailyBackupJob.h"

#include "TestSupport.h"
#include "core/db/IntegrityCheckJob.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace threerings;

TEST_CASE("the daily backup runs on a worker thread, once a day")
{
    test::TempDb t;
    DailyBackupJob job(t.path(), t.clock);
    QSignalSpy done(&job, &DailyBackupJob::finished);
    job.start();
    REQUIRE(done.wait(10000));
    CHECK(done.at(0).at(0).toString().endsWith(QStringLiteral("test-2026-11-25.sqlite")));
    CHECK(done.at(0).at(1).toString().isEmpty());
    CHECK(QDir(Database::backupDirFor(t.path())).entryList(QDir::Files).size() == 1);
}

TEST_CASE("the console's deferred integrity check reports a damaged file from a worker thread")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.sqlite"));
    {
        auto db = Database::open(path, Database::Open::CreateIfMissing);
        REQUIRE(db.ok());
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA page_size")));
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE filler(x)")));
        REQUIRE(q.exec(
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i<3000) "
                           "INSERT INTO filler SELECT randomblob(300) FROM n")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    {
        IntegrityCheckJob sound(path);
        QSignalSpy done(&sound, &IntegrityCheckJob::finished);
        sound.start();
        REQUIRE(done.wait(10000));
        INFO(done.at(0).at(0).toString().toStdString());
        CHECK(done.at(0).at(0).toString().isEmpty());
    }
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    f.seek(f.size() / 2);
    f.write(QByteArray(8192, '\x5a'));
    f.close();

    // The console opens it (deferred) and hears about the damage moments later.
    auto db = Database::open(path, Database::Open::MustExist, Database::Checks::Deferred);
    REQUIRE(db.ok());
    IntegrityCheckJob job(path);
    QSignalSpy done(&job, &IntegrityCheckJob::finished);
    job.start();
    REQUIRE(done.wait(10000));
    CHECK(done.at(0).at(0).toString().contains(QStringLiteral("damaged")));
    CHECK(done.at(0).at(0).toString().contains(QStringLiteral("backup")));
}
