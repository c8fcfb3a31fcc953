// Never lose typing: text typed into a new problem form is autosaved as a draft, and the draft is still
// there after the console is killed (SIGKILL: no close event, nothing flushed on the way out).
#include "CliRun.h"
#include "TestSupport.h"
#include "core/auth/UserRepository.h"
#include "core/db/Database.h"
#include "core/forms/DraftRepository.h"
#include "core/util/Clock.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

using namespace threerings;

namespace {

// The fields of the newest problem-form draft, read as another process would; empty if none yet.
QString draftFields(const QString& path)
{
    const QString name = QStringLiteral("killed-draft-poll");
    QString fields;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=1000"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT fields FROM drafts WHERE kind = 'problem_form' "
                                      "ORDER BY saved_at DESC LIMIT 1")) &&
                q.next())
                fields = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return fields;
}

} // namespace

TEST_CASE("a draft typed into a new problem form survives a killed console")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("draft.sqlite"));
    test::makeDemoDatabase(path, 10);

    const QString typed = QStringLiteral("ATM 吞卡, swallowed at 9:40");
    QProcessEnvironment env = test::offscreenConsoleEnvironment();
    env.insert(QStringLiteral("THREERINGS_NO_SOUND"), QStringLiteral("1"));
    env.insert(QStringLiteral("THREERINGS_OPEN"), QStringLiteral("problem-form"));
    env.insert(QStringLiteral("THREERINGS_TEST_TYPE"), QStringLiteral("description=") + typed);
    QProcess console;
    console.setProcessEnvironment(env);
    console.start(QStringLiteral(THREERINGS_BINARY), {QStringLiteral("--db"), path});
    REQUIRE(console.waitForStarted(10000));

    QString fields;
    QElapsedTimer waited;
    waited.start();
    while (!fields.contains(typed) && waited.elapsed() < 30000 && console.state() == QProcess::Running) {
        QThread::msleep(100);
        fields = draftFields(path);
    }
    INFO(console.readAllStandardError().toStdString());
    REQUIRE(fields.contains(typed));
    console.kill(); // SIGKILL
    REQUIRE(console.waitForFinished(10000));

    SystemClock clock;
    auto db = Database::open(path, Database::Open::MustExist);
    REQUIRE(db);
    auto user = UserRepository(**db, clock).findByJobNumber(QStringLiteral("1001"));
    REQUIRE(user);
    Actor agent;
    agent.userId = user->meta.id;
    agent.jobNumber = user->jobNumber;
    agent.roles = user->roles;
    auto pending = DraftRepository(**db, clock).pendingFor(agent);
    REQUIRE(pending);
    REQUIRE(pending->size() == 1);
    CHECK(pending->at(0).kind == RecordKind::ProblemForm);
    CHECK(pending->at(0).recordId.isEmpty());
    CHECK(pending->at(0).fields.value(QStringLiteral("description")).toString() == typed);
}
