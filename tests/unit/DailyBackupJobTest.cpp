#include "store/DailyBackupJob.h"

#include "TestSupport.h"

#include <QDir>
#include <QSignalSpy>
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
