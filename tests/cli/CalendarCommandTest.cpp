#include "CliRun.h"

#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(THREERINGS_BINARY), args);
    REQUIRE(p.waitForFinished(30000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(p.readAllStandardError()).trimmed()};
}

struct InitDb
{
    InitDb()
    {
        REQUIRE(dir.isValid());
        const Run r = cli({QStringLiteral("--db"), path(), QStringLiteral("init")});
        REQUIRE(r.exitCode == 0);
    }
    QString path() const { return dir.filePath(QStringLiteral("cli.sqlite")); }
    Run add(const QStringList& args) const
    {
        return cli(
            QStringList{QStringLiteral("--db"), path(), QStringLiteral("calendar"), QStringLiteral("add")} +
            args);
    }
    QTemporaryDir dir;
};

} // namespace

TEST_CASE("calendar add prints the deadline by the seeded calendar")
{
    InitDb db;
    Run r = db.add({QStringLiteral("--from"), QStringLiteral("2026-09-30 16:00"),
                    QStringLiteral("--working-hours"), QStringLiteral("2")});
    CHECK(r.exitCode == 0);
    CHECK(r.out == QStringLiteral("2026-10-08 09:00"));
    CHECK(r.err.isEmpty());

    r = db.add({QStringLiteral("--from"), QStringLiteral("2026-11-24 15:00"),
                QStringLiteral("--working-days"), QStringLiteral("2")});
    CHECK(r.exitCode == 0);
    CHECK(r.out == QStringLiteral("2026-11-26 15:00"));
}

TEST_CASE("calendar add notes a year that fell back to plain weekends")
{
    InitDb db;
    const Run r = db.add({QStringLiteral("--from"), QStringLiteral("2026-12-31 17:00"),
                          QStringLiteral("--working-hours"), QStringLiteral("1")});
    CHECK(r.exitCode == 0);
    CHECK(r.out == QStringLiteral("2027-01-01 09:00"));
    CHECK(r.err.contains(QStringLiteral("2027")));
    CHECK_FALSE(r.err.contains(QLatin1Char('\n')));
}

TEST_CASE("calendar add refuses bad usage with exit code 2")
{
    InitDb db;
    Run r = db.add({QStringLiteral("--from"), QStringLiteral("2026-09-31 16:00"),
                    QStringLiteral("--working-hours"), QStringLiteral("2")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--from")));
    CHECK(r.out.isEmpty());

    r = db.add({QStringLiteral("--from"), QStringLiteral("2026-09-30"), QStringLiteral("--working-hours"),
                QStringLiteral("2")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--from")));

    r = db.add({QStringLiteral("--from"), QStringLiteral("2026-09-30 16:00")});
    CHECK(r.exitCode == 2);
    r = db.add({QStringLiteral("--from"), QStringLiteral("2026-09-30 16:00"),
                QStringLiteral("--working-hours"), QStringLiteral("1"), QStringLiteral("--working-days"),
                QStringLiteral("1")});
    CHECK(r.exitCode == 2);
    r = db.add({QStringLiteral("--from"), QStringLiteral("2026-09-30 16:00"),
                QStringLiteral("--working-days"), QStringLiteral("-1")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--working-days")));
}

TEST_CASE("calendar add on a missing database exits 4 and says how to create it")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
    const Run r = cli({QStringLiteral("--db"), missing, QStringLiteral("calendar"), QStringLiteral("add"),
                       QStringLiteral("--from"), QStringLiteral("2026-09-30 16:00"),
                       QStringLiteral("--working-hours"), QStringLiteral("2")});
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(QStringLiteral("init")));
    CHECK_FALSE(QFile::exists(missing));
}
