#include "CliRun.h"
#include "core/db/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

using threerings::test::runCli;

namespace {

struct DemoDb
{
    DemoDb()
    {
        REQUIRE(dir.isValid());
        const auto r = runCli({QStringLiteral("--db"), path(), QStringLiteral("demo-data"),
                               QStringLiteral("--customers"), QStringLiteral("60"), QStringLiteral("--calls"),
                               QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("7"),
                               QStringLiteral("--password"), QStringLiteral("demo-pass-7")});
        REQUIRE(r.code == 0);
        env.insert(QStringLiteral("THREERINGS_PASSWORD"), QStringLiteral("demo-pass-7"));
        // Demo data leaves open only the callbacks of the last days, so on some days agent 1001 has none:
        // one of theirs is made due today, whatever the day the test runs.
        auto db = threerings::Database::open(path(), threerings::Database::Open::MustExist);
        REQUIRE(db.ok());
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral(
            "UPDATE callbacks SET state = 'due', outcome = '', attempts = 0, next_attempt_at = NULL, due_on "
            "= "
            "date('now', '+8 hours') WHERE id = (SELECT c.id FROM callbacks c JOIN problem_forms f ON f.id = "
            "c.form_id JOIN users u ON u.id = f.agent_id WHERE u.job_number = '1001' ORDER BY c.id LIMIT "
            "1)")));
        REQUIRE(q.numRowsAffected() == 1);
    }
    QString path() const { return dir.filePath(QStringLiteral("due.sqlite")); }
    threerings::test::CliRun due(const QString& user, const QStringList& args) const
    {
        return runCli(QStringList{QStringLiteral("--db"), path(), QStringLiteral("--user"), user,
                                  QStringLiteral("due")} +
                          args,
                      {}, env);
    }
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
};

QStringList lines(const QString& out)
{
    return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("due prints the agent's work as JSON lines sorted by deadline, and as text")
{
    DemoDb db;
    const auto json = db.due(QStringLiteral("1001"), {QStringLiteral("--format"), QStringLiteral("json")});
    INFO(json.err.toStdString());
    REQUIRE(json.code == 0);
    const QStringList rows = lines(json.out);
    REQUIRE_FALSE(rows.isEmpty());
    QString previous;
    QStringList kinds;
    for (const QString& row : rows) {
        const QJsonObject o = QJsonDocument::fromJson(row.toUtf8()).object();
        REQUIRE_FALSE(o.isEmpty());
        CHECK(o.contains(QStringLiteral("working_minutes_left")));
        CHECK(o.value(QStringLiteral("late")).toBool() ==
              (o.value(QStringLiteral("working_minutes_left")).toInteger() < 0));
        const QString due = o.value(QStringLiteral("due")).toString();
        CHECK(previous <= due);
        previous = due;
        kinds << o.value(QStringLiteral("kind")).toString();
    }
    CHECK(kinds.contains(QStringLiteral("callback")));

    const auto text = db.due(QStringLiteral("1001"), {});
    REQUIRE(text.code == 0);
    CHECK(lines(text.out).size() == rows.size());
    CHECK(text.out.contains(QLatin1Char('\t')));

    // A supervisor may list the agent's work; the same lines.
    const auto seen = db.due(QStringLiteral("3001"), {QStringLiteral("--agent"), QStringLiteral("1001"),
                                                      QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(seen.code == 0);
    CHECK(lines(seen.out).size() == rows.size());
}

TEST_CASE("due refuses another agent's list, bad dates and formats with the CLI exit codes")
{
    DemoDb db;
    auto r = db.due(QStringLiteral("1001"), {QStringLiteral("--agent"), QStringLiteral("3001")});
    CHECK(r.code == 3);
    CHECK(r.out.isEmpty());
    r = db.due(QStringLiteral("1001"), {QStringLiteral("--date"), QStringLiteral("2026-02-30")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--date")));
    r = db.due(QStringLiteral("1001"), {QStringLiteral("--format"), QStringLiteral("xml")});
    CHECK(r.code == 2);
    r = db.due(QStringLiteral("3001"), {QStringLiteral("--agent"), QStringLiteral("7777")});
    CHECK(r.code == 4);
    CHECK(r.err.contains(QStringLiteral("user list")));
    r = db.due(QStringLiteral("1001"), {QStringLiteral("--date"), QStringLiteral("2030-01-07")});
    CHECK(r.code == 0);
}
