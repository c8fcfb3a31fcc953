// The business calendar from the command line: import calendar from the State Council's schedule as .ics or
// from a table (CSV, XLSX; English or Chinese headers and kinds), with a dry run, all or nothing; export
// calendar gives the same rows back after an import into another file; an agent changes nothing.
#include "CliRun.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace threerings;
using test::CliRun;
using test::runCli;

namespace {

const QString kIcs = QStringLiteral(THREERINGS_FIXTURES "/cn-2026-holidays.ics");

struct Hotline
{
    Hotline()
    {
        path = t.path();
        t.db.reset();
        env.insert(QStringLiteral("THREERINGS_PASSWORD"), QStringLiteral("admin-pass-1"));
        REQUIRE(runCli({QStringLiteral("--db"), path, QStringLiteral("init")}).code == 0);
        REQUIRE(runCli({QStringLiteral("--db"), path, QStringLiteral("user"), QStringLiteral("add"),
                        QStringLiteral("--job-number"), QStringLiteral("9001"), QStringLiteral("--name"),
                        QStringLiteral("赵磊"), QStringLiteral("--role"), QStringLiteral("admin")},
                       "admin-pass-1\n")
                    .code == 0);
    }
    CliRun as(const QStringList& rest, const QString& user = QStringLiteral("9001")) const
    {
        return runCli(QStringList{QStringLiteral("--db"), path, QStringLiteral("--user"), user} + rest, {},
                      env);
    }
    QString file(const QString& name, const QByteArray& bytes) const
    {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    }
    QString exportCsv() const
    {
        const CliRun r = as({QStringLiteral("export"), QStringLiteral("calendar"), QStringLiteral("--format"),
                             QStringLiteral("csv")});
        REQUIRE(r.code == 0);
        return r.out;
    }
    CliRun import(const QString& file, bool dryRun = false) const
    {
        QStringList args{QStringLiteral("import"), QStringLiteral("calendar"), QStringLiteral("--file"),
                         file};
        if (dryRun)
            args << QStringLiteral("--dry-run");
        return as(args);
    }

    test::TempDb t;
    QTemporaryDir dir;
    QString path;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
};

} // namespace

TEST_CASE("import calendar reads the State Council schedule as .ics, and a second run changes nothing")
{
    Hotline h;
    const QString before = h.exportCsv();
    CHECK(before.startsWith(QStringLiteral("day,kind,name\r\n")));
    CHECK(before.contains(QStringLiteral("2026-01-04,workday,元旦调休上班")));

    CliRun dry = h.import(kIcs, true);
    INFO(dry.err.toStdString());
    REQUIRE(dry.code == 0);
    CHECK(dry.out.contains(QStringLiteral("0 new, 8 changed, 31 unchanged; nothing was written")));
    CHECK(h.exportCsv() == before);

    CliRun done = h.import(kIcs);
    REQUIRE(done.code == 0);
    CHECK(done.out.contains(QStringLiteral("Imported: 0 new, 8 changed, 31 unchanged.")));
    const QString after = h.exportCsv();
    CHECK(after.contains(QStringLiteral("2026-01-04,workday,元旦 补班")));
    CHECK(after.contains(QStringLiteral("2026-10-10,workday,National Day working day")));
    CHECK(h.import(kIcs).out.contains(QStringLiteral("0 new, 0 changed, 39 unchanged")));
    CHECK(h.exportCsv() == after);

    // Files that are no calendar: named, with the fix, exit code 4, nothing written.
    const QString garbage = h.file(QStringLiteral("notes.ics"), "just some notes\r\n");
    CliRun bad = h.import(garbage);
    CHECK(bad.code == 4);
    CHECK(bad.err.contains(QStringLiteral("notes.ics is not an iCalendar file")));
    const QString none =
        h.file(QStringLiteral("none.ics"), "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n");
    CliRun noEvents = h.import(none);
    CHECK(noEvents.code == 4);
    CHECK(noEvents.err.contains(QStringLiteral("none.ics holds no events")));
    CHECK(h.exportCsv() == after);
}

TEST_CASE("import calendar from a table is all or nothing, and export gives the rows back in CSV and XLSX")
{
    Hotline h;
    // Chinese headers and kinds, as an admin would type them; one bad row stops the whole file.
    const QString wrong = h.file(QStringLiteral("2027-wrong.csv"), "日期,类型,名称\r\n"
                                                                   "2027-01-01,休,元旦\r\n"
                                                                   "2027-02-31,休,春节\r\n"
                                                                   "2027-02-20,午休,春节\r\n"
                                                                   "2027-01-01,班,元旦\r\n");
    CliRun refused = h.import(wrong);
    CHECK(refused.code == 4);
    CHECK(refused.err.contains(
        QStringLiteral("2027-wrong.csv, row 3, column day: '2027-02-31' is not a date")));
    CHECK(refused.err.contains(QStringLiteral("row 4, column kind: '午休'")));
    CHECK(refused.err.contains(QStringLiteral("row 5, column day: 2027-01-01 is on row 2 already")));
    CHECK(refused.err.contains(QStringLiteral("nothing was imported")));
    CHECK_FALSE(h.exportCsv().contains(QStringLiteral("2027-")));

    const QString good = h.file(QStringLiteral("2027.csv"), "日期,类型,名称\r\n"
                                                            "2027-01-01,休,元旦\r\n"
                                                            "2027/2/6,上班,春节调休上班\r\n"
                                                            "2027-02-07,,春节补班\r\n"
                                                            "2027-10-01,holiday,\"国庆节, 第一天\"\r\n");
    CliRun in = h.import(good);
    INFO(in.err.toStdString());
    REQUIRE(in.code == 0);
    CHECK(in.out.contains(QStringLiteral("Imported: 4 new, 0 changed, 0 unchanged.")));
    const QString rows = h.exportCsv();
    CHECK(rows.contains(QStringLiteral("2027-02-06,workday,春节调休上班")));
    CHECK(rows.contains(QStringLiteral("2027-02-07,workday,春节补班"))); // no kind: the name says 班
    CHECK(rows.contains(QStringLiteral("2027-10-01,holiday,\"国庆节, 第一天\"")));
    // 2027 is known now: its deadlines no longer fall back to plain weekends.
    CliRun due =
        h.as({QStringLiteral("calendar"), QStringLiteral("add"), QStringLiteral("--from"),
              QStringLiteral("2027-02-05 09:00"), QStringLiteral("--working-days"), QStringLiteral("1")});
    INFO(due.out.toStdString() + due.err.toStdString());
    CHECK(due.code == 0);
    CHECK(due.out.contains(QStringLiteral("2027-02-06")));

    REQUIRE(h.import(kIcs).code == 0);
    const QString first = h.exportCsv();
    for (const QString& format : {QStringLiteral("csv"), QStringLiteral("xlsx")}) {
        const QString out = h.dir.filePath(QStringLiteral("calendar.") + format);
        REQUIRE(h.as({QStringLiteral("export"), QStringLiteral("calendar"), QStringLiteral("--format"),
                      format, QStringLiteral("--out"), out})
                    .code == 0);
        Hotline other; // a new file: only the shipped 2026 calendar
        CliRun copied = other.import(out);
        INFO(copied.err.toStdString());
        REQUIRE(copied.code == 0);
        CHECK(copied.out.contains(QStringLiteral("4 new, 8 changed, 31 unchanged")));
        CHECK(other.exportCsv() == first);
        CHECK(other.import(out).out.contains(QStringLiteral("0 new, 0 changed, 43 unchanged")));
    }
}

TEST_CASE("an agent cannot import into the calendar (exit 3), and nothing changes")
{
    Hotline h;
    QProcessEnvironment agentEnv = h.env;
    agentEnv.insert(QStringLiteral("THREERINGS_PASSWORD"), QStringLiteral("agent-pass-1"));
    REQUIRE(runCli({QStringLiteral("--db"), h.path, QStringLiteral("--user"), QStringLiteral("9001"),
                    QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--job-number"),
                    QStringLiteral("1001"), QStringLiteral("--name"), QStringLiteral("王芳"),
                    QStringLiteral("--role"), QStringLiteral("agent")},
                   "agent-pass-1\n", h.env)
                .code == 0);
    const QString before = h.exportCsv();
    for (const bool dryRun : {true, false}) {
        QStringList args{QStringLiteral("--db"),   h.path,
                         QStringLiteral("--user"), QStringLiteral("1001"),
                         QStringLiteral("import"), QStringLiteral("calendar"),
                         QStringLiteral("--file"), kIcs};
        if (dryRun)
            args << QStringLiteral("--dry-run");
        CliRun agent = runCli(args, {}, agentEnv);
        CHECK(agent.code == 3);
        CHECK_FALSE(agent.err.isEmpty());
    }
    CHECK(h.exportCsv() == before);
}
