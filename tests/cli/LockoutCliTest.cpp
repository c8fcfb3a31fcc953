// Wrong passwords tried from several command lines at once count one by one: the lock comes after
// the allowed tries, not later.

#include "CliRun.h"
#include "TestSupport.h"
#include "core/db/Database.h"

#include <QTemporaryDir>
#include <algorithm>
#include <memory>
#include <vector>

using namespace threerings;

namespace {

// Runs `n` sign-ins of agent 1001 with a wrong password at the same moment; their stderr.
QStringList wrongAtOnce(const QString& db, int n)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("THREERINGS_PASSWORD"), QStringLiteral("not-the-password"));
    std::vector<std::unique_ptr<QProcess>> running;
    for (int i = 0; i < n; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(THREERINGS_BINARY),
                 {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("1001"),
                  QStringLiteral("export"), QStringLiteral("audit"), QStringLiteral("--format"),
                  QStringLiteral("json")});
        running.push_back(std::move(p));
    }
    QStringList errors;
    for (auto& p : running) {
        REQUIRE(p->waitForFinished(120000));
        CHECK(p->exitCode() == 3);
        CHECK(p->readAllStandardOutput().isEmpty());
        errors << QString::fromUtf8(p->readAllStandardError());
    }
    return errors;
}

int failedAttempts(const QString& path)
{
    auto db = Database::open(path, Database::Open::MustExist);
    REQUIRE(db.ok());
    return test::count(**db, QStringLiteral("SELECT a.failed_attempts FROM accounts a JOIN users u ON u.id = "
                                            "a.id WHERE u.job_number = '1001'"));
}

int containing(const QStringList& errors, const QString& text)
{
    return int(
        std::count_if(errors.cbegin(), errors.cend(), [&](const QString& e) { return e.contains(text); }));
}

} // namespace

TEST_CASE("parallel wrong passwords each count, and the lock holds after the allowed tries", "[cli][auth]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("lockout.sqlite"));
    test::makeDemoDatabase(db, 1);

    const QString wrong = QStringLiteral("Check both and try again");
    const QString lockedNow = QStringLiteral("After 5 wrong passwords the account is locked");
    const QString locked = QStringLiteral("This account is locked after 5 wrong passwords");

    // Three at once: all three are counted, none is lost to another's write.
    QStringList errors = wrongAtOnce(db, 3);
    INFO(errors.join(QLatin1Char('|')).toStdString());
    CHECK(containing(errors, wrong) == 3);
    CHECK(failedAttempts(db) == 3);

    // Six more at once: two tries were left, so one more is told "wrong", one locks the account, and
    // the other four are refused without their password being checked.
    errors = wrongAtOnce(db, 6);
    INFO(errors.join(QLatin1Char('|')).toStdString());
    CHECK(containing(errors, wrong) == 1);
    CHECK(containing(errors, lockedNow) == 1);
    CHECK(containing(errors, locked) == 4);

    // Now even the right password is refused as locked.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("THREERINGS_PASSWORD"), QStringLiteral("demo8000"));
    const test::CliRun right =
        test::runCli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("1001"),
                      QStringLiteral("export"), QStringLiteral("audit"), QStringLiteral("--format"),
                      QStringLiteral("json")},
                     {}, env);
    CHECK(right.code == 3);
    CHECK(right.err.contains(locked));
}
