#include "CliRun.h"
#include "TestSupport.h"
#include "core/calls/CallRecorder.h"
#include "core/calls/CallRepository.h"
#include "core/db/Database.h"
#include "core/util/Clock.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>
#include <sqlite3.h>

using namespace threerings;

namespace {

// The id of a call that was answered and has not ended, read as another process would; empty if none yet.
QString answeredOpenCall(const QString& path)
{
    sqlite3* db = nullptr;
    QString id;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db,
                               "SELECT id FROM calls WHERE answered_at IS NOT NULL AND ended_at IS NULL "
                               "AND ring_at > 1700000000000 ORDER BY ring_at DESC LIMIT 1",
                               -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            id = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return id;
}

} // namespace

TEST_CASE("a console killed mid-call keeps the call: answered, saved, closed at the next start")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("killed.sqlite"));
    test::makeDemoDatabase(path, 30);

    QProcessEnvironment env = test::offscreenConsoleEnvironment();
    env.insert(QStringLiteral("THREERINGS_AUTO_ANSWER"), QStringLiteral("1"));
    env.insert(QStringLiteral("THREERINGS_FIRST_CALL_MS"), QStringLiteral("200"));
    QProcess console;
    console.setProcessEnvironment(env);
    console.start(QStringLiteral(THREERINGS_BINARY),
                  {QStringLiteral("--db"), path, QStringLiteral("--simulate")});
    REQUIRE(console.waitForStarted(10000));

    QString callId;
    QElapsedTimer waited;
    waited.start();
    while (callId.isEmpty() && waited.elapsed() < 20000 && console.state() == QProcess::Running) {
        QThread::msleep(50);
        callId = answeredOpenCall(path);
    }
    REQUIRE_FALSE(callId.isEmpty());
    console.kill(); // SIGKILL: no close event, no hang-up, nothing flushed on the way out
    REQUIRE(console.waitForFinished(10000));

    SystemClock clock;
    auto db = Database::open(path, Database::Open::MustExist);
    REQUIRE(db);
    CallRepository calls(**db, clock);
    auto kept = calls.get(callId);
    REQUIRE(kept);
    CHECK(kept->answered());
    CHECK(kept->ringsAtAnswer == 1);
    CHECK_FALSE(kept->agentId.isEmpty());
    CHECK_FALSE(kept->endedAt.isValid());

    // The next start closes it: ended when it was last saved, by the line.
    auto closed = CallRecorder::recoverInterrupted(calls, kept->agentId);
    REQUIRE(closed);
    CHECK(*closed == 1);
    auto after = calls.get(callId);
    REQUIRE(after);
    CHECK(after->endedAt.isValid());
    CHECK(after->hungUpBy == HungUpBy::Line);
}
