#include "CliRun.h"
#include "TestSupport.h"
#include "core/auth/AccountService.h"
#include "core/db/Database.h"
#include "core/util/Clock.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace threerings;

namespace {

QProcessEnvironment signedInAs(const QString& password)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("THREERINGS_PASSWORD"), password);
    return env;
}

} // namespace

// A console with the supervisor's desk open holds the file through several connections: the window's,
// the desk's report worker, the sync worker, the integrity check. None of them may drop the POSIX locks
// the process holds, or the next command-line job on the same file believes it is the last user and
// deletes the WAL under the running console, whose later writes then go to a deleted file.
TEST_CASE("command-line jobs beside a console with the desk open never delete its WAL")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hotline.sqlite"));
    test::makeDemoDatabase(path, 20);

    SystemClock clock;
    auto console = Database::open(path, Database::Open::MustExist, Database::Checks::Deferred);
    REQUIRE(console);
    const QString wal = path + QStringLiteral("-wal");
    REQUIRE(QFileInfo::exists(wal));

    for (int round = 0; round < 3; ++round) {
        // The desk's report worker and the sync worker open and close their own connections; the
        // integrity check reads the file read-only.
        {
            auto worker = Database::open(path, Database::Open::MustExist, Database::Checks::Deferred);
            REQUIRE(worker);
        }
        REQUIRE(Database::quickCheck(path).ok());

        // A scheduled job on the same file, in another process.
        const test::CliRun due = test::runCli({QStringLiteral("--db"), path, QStringLiteral("--user"),
                                               QStringLiteral("1001"), QStringLiteral("due")},
                                              {}, signedInAs(QStringLiteral("demo8000")));
        REQUIRE(due.code == 0);
        CHECK(QFileInfo::exists(wal));

        // The console's next write lands in the file every other process reads.
        User person;
        person.jobNumber = QStringLiteral("77%1").arg(round);
        person.name = QStringLiteral("回访员%1").arg(round);
        person.roles = {Role::Agent};
        const Actor admin = test::actorWith(QStringLiteral("admin"));
        REQUIRE(AccountService(**console, clock).addPerson(admin, person, QStringLiteral("a-long-password")));
        const test::CliRun listed =
            test::runCli({QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("9001"),
                          QStringLiteral("user"), QStringLiteral("list")},
                         {}, signedInAs(QStringLiteral("demo8000")));
        REQUIRE(listed.code == 0);
        CHECK(listed.out.contains(person.name));
        CHECK(QFileInfo::exists(wal));
    }
}

TEST_CASE("no path a person chooses may open, overwrite or replace the open database")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hotline.sqlite"));
    test::makeDemoDatabase(path, 5);
    auto console = Database::open(path, Database::Open::MustExist, Database::Checks::Deferred);
    REQUIRE(console);
    CHECK(Database::isOpenHere(path));
    CHECK(Database::isOpenHere(path + QStringLiteral("-wal")));
    CHECK(Database::isOpenHere(path + QStringLiteral("-shm")));
    CHECK_FALSE(Database::isOpenHere(dir.filePath(QStringLiteral("sheet.csv"))));
    const Status refused = Database::refuseOpenFile(path, QStringLiteral("--out"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("--out"));

    // The command line refuses to write a report over the database it reads.
    const test::CliRun report =
        test::runCli({QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("3001"),
                      QStringLiteral("report"), QStringLiteral("daily-callbacks"), QStringLiteral("--format"),
                      QStringLiteral("csv"), QStringLiteral("--out"), path},
                     {}, signedInAs(QStringLiteral("demo8000")));
    CHECK(report.code == 2);
    CHECK(report.err.contains(QStringLiteral("database")));
    {
        auto reopened = Database::open(path, Database::Open::MustExist);
        CHECK(reopened);
    }
    console = Error::usage({});
    CHECK_FALSE(Database::isOpenHere(path));
}

TEST_CASE("a file that is not SQLite is refused through SQLite itself and left untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    for (auto checks : {Database::Checks::Full, Database::Checks::Deferred}) {
        auto db = Database::open(path, Database::Open::MustExist, checks);
        REQUIRE_FALSE(db);
        CHECK(db.error().message.contains(QStringLiteral("not a ThreeRings database")));
    }
    CHECK(QFileInfo(path).size() == 4096);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}
