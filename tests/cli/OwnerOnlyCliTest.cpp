// Files the command line writes with the hotline's records in them are the console account's alone.

#include "CliRun.h"

#include <QFile>
#include <QTemporaryDir>
#include <sys/stat.h>

using threerings::test::CliRun;
using threerings::test::runCli;

namespace {

int modeOf(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

// The children inherit the usual desktop umask, which would give 0644 files.
struct UsualUmask
{
    UsualUmask() : saved(::umask(022)) {}
    ~UsualUmask() { ::umask(saved); }
    mode_t saved;
};

} // namespace

TEST_CASE("the database, exports, reports and site files the command line creates are 0600", "[cli]")
{
    UsualUmask usual;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("owner.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).code == 0);
    CHECK(modeOf(db) == 0600);

    const QString site = dir.filePath(QStringLiteral("site.json"));
    REQUIRE(
        runCli({QStringLiteral("--db"), db, QStringLiteral("site"), QStringLiteral("export"), site}).code ==
        0);
    CHECK(modeOf(site) == 0600);

    const QString demo = dir.filePath(QStringLiteral("demo.sqlite"));
    threerings::test::makeDemoDatabase(demo, 5);
    CHECK(modeOf(demo) == 0600);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("THREERINGS_PASSWORD"), QStringLiteral("demo8000"));
    const QStringList asSupervisor{QStringLiteral("--db"), demo, QStringLiteral("--user"),
                                   QStringLiteral("3001")};

    const QString exported = dir.filePath(QStringLiteral("customers.csv"));
    CliRun r = runCli(asSupervisor + QStringList{QStringLiteral("export"), QStringLiteral("customers"),
                                                 QStringLiteral("--format"), QStringLiteral("csv"),
                                                 QStringLiteral("--out"), exported},
                      {}, env);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(modeOf(exported) == 0600);

    for (const QString& format : {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("pdf")}) {
        const QString out = dir.filePath(QStringLiteral("tally.") + format);
        r = runCli(asSupervisor + QStringList{QStringLiteral("report"), QStringLiteral("tally"),
                                              QStringLiteral("--date"), QStringLiteral("2026-11-25"),
                                              QStringLiteral("--format"), format, QStringLiteral("--out"),
                                              out},
                   {}, env);
        INFO(format.toStdString() << ": " << r.err.toStdString());
        REQUIRE(r.code == 0);
        CHECK(modeOf(out) == 0600);
    }

    // A file the person already had keeps the mode they gave it.
    const QString kept = dir.filePath(QStringLiteral("kept.csv"));
    QFile existing(kept);
    REQUIRE(existing.open(QIODevice::WriteOnly));
    existing.close();
    REQUIRE(QFile::setPermissions(kept, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    r = runCli(asSupervisor + QStringList{QStringLiteral("export"), QStringLiteral("customers"),
                                          QStringLiteral("--format"), QStringLiteral("csv"),
                                          QStringLiteral("--out"), kept},
               {}, env);
    REQUIRE(r.code == 0);
    CHECK(modeOf(kept) == 0640);
}
