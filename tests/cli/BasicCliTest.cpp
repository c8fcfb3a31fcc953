#include "CliRun.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using threerings::test::runCli;

namespace {

QStringList onDb(const QString& db, const QStringList& rest)
{
    return QStringList{QStringLiteral("--db"), db} + rest;
}

int countLines(const QString& text)
{
    return int(text.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts).size());
}

} // namespace

TEST_CASE("version, help and a wrong subcommand")
{
    auto r = runCli({QStringLiteral("--version")});
    CHECK(r.code == 0);
    CHECK(r.out.startsWith(QStringLiteral("threerings ")));
    r = runCli({QStringLiteral("--help")});
    CHECK(r.code == 0);
    for (const char* sub : {"init", "demo-data", "export", "calendar"})
        CHECK(r.out.contains(QString::fromLatin1(sub)));
    r = runCli({QStringLiteral("frobnicate")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("frobnicate")));
    CHECK(countLines(r.err) == 1);
}

TEST_CASE("init creates, reports the version, and refuses bad files with exit 4")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("h.sqlite"));
    auto r = runCli(onDb(db, {QStringLiteral("init")}));
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("schema version")));

    SECTION("a newer database")
    {
        sqlite3* raw = nullptr;
        sqlite3_open(db.toUtf8().constData(), &raw);
        sqlite3_exec(raw, "PRAGMA user_version = 999", nullptr, nullptr, nullptr);
        sqlite3_close(raw);
        r = runCli(onDb(db, {QStringLiteral("init")}));
        CHECK(r.code == 4);
        CHECK(r.err.contains(QStringLiteral("newer")));
        CHECK(countLines(r.err) == 1);
    }
    SECTION("not a database")
    {
        const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
        QFile f(junk);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("this is a spreadsheet, not a database");
        f.close();
        r = runCli(onDb(junk, {QStringLiteral("init")}));
        CHECK(r.code == 4);
        CHECK(r.err.contains(QStringLiteral("not a ThreeRings database")));
        QFile g(junk);
        REQUIRE(g.open(QIODevice::ReadOnly));
        CHECK(g.readAll() == QByteArray("this is a spreadsheet, not a database"));
    }
    SECTION("no --db")
    {
        r = runCli({QStringLiteral("init")});
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("--db")));
    }
}

TEST_CASE("demo-data is deterministic for a seed and refuses a filled database")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.sqlite"));
    const QString b = dir.filePath(QStringLiteral("b.sqlite"));
    const QStringList demo{
        QStringLiteral("demo-data"), QStringLiteral("--customers"), QStringLiteral("60"),
        QStringLiteral("--calls"),   QStringLiteral("400"),         QStringLiteral("--seed"),
        QStringLiteral("42"),        QStringLiteral("--password"),  QStringLiteral("demo-pass-42")};
    auto r = runCli(onDb(a, demo));
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("60 customers")));
    for (const char* role : {"agent", "handler", "supervisor", "trainer", "admin", "trainee"})
        CHECK(r.out.contains(QString::fromLatin1(role)));
    REQUIRE(runCli(onDb(b, demo)).code == 0);

    for (const char* kind : {"customers", "problem-forms", "callbacks", "complaints"}) {
        const QStringList exp{QStringLiteral("export"), QString::fromLatin1(kind), QStringLiteral("--format"),
                              QStringLiteral("csv")};
        // Exports act as a person: the demo supervisor.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("THREERINGS_PASSWORD"), QStringLiteral("demo-pass-42"));
        const QStringList signedIn = QStringList{QStringLiteral("--user"), QStringLiteral("3001")} + exp;
        const auto ea = runCli(onDb(a, signedIn), {}, env);
        const auto eb = runCli(onDb(b, signedIn), {}, env);
        REQUIRE(ea.code == 0);
        INFO(kind);
        CHECK(countLines(ea.out) > 1);
        CHECK(ea.out == eb.out);
    }

    r = runCli(onDb(a, demo));
    CHECK(r.code == 4);
    CHECK(r.err.contains(QStringLiteral("empty database")));
}

TEST_CASE("demo-data rejects a negative or malformed count, naming the option")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("n.sqlite"));
    auto r =
        runCli(onDb(db, {QStringLiteral("demo-data"), QStringLiteral("--customers"), QStringLiteral("-5")}));
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--customers")));
    r = runCli(onDb(db, {QStringLiteral("demo-data"), QStringLiteral("--calls"), QStringLiteral("many")}));
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--calls")));
    CHECK_FALSE(QFile::exists(db));
}
