#include "CliRun.h"
#include "TestSupport.h"

#include <QFile>
#include <QProcess>
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
    CHECK(csv.out.startsWith(QStringLiteral("seq,table,row_id,op,revision,changed_at,changed_by,"
                                            "changed_by_job_number,fields\r\n")));
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
