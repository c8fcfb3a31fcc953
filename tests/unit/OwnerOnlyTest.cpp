// The files that hold the hotline's records are the console account's alone: 0600 files, 0700 folders.

#include "core/util/OwnerOnly.h"

#include "TestSupport.h"
#include "core/db/Backup.h"
#include "core/db/Database.h"
#include "core/report/ReportWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <sys/stat.h>

using namespace threerings;

namespace {

// The permission bits of `path` (-1 when it is missing).
int modeOf(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

// The process's umask, read without changing it for long.
mode_t currentUmask()
{
    const mode_t mask = ::umask(022);
    ::umask(mask);
    return mask;
}

// Runs the test under the usual desktop umask, which would give 0644 files and 0755 folders.
struct UsualUmask
{
    UsualUmask() : saved(::umask(022)) {}
    ~UsualUmask() { ::umask(saved); }
    mode_t saved;
};

} // namespace

TEST_CASE("a new database and its -wal and -shm are created 0600")
{
    UsualUmask usual;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    auto db = Database::open(path, Database::Open::CreateIfMissing);
    REQUIRE(db.ok());
    REQUIRE((*db)->execScript(QStringLiteral("CREATE TABLE probe(x); INSERT INTO probe VALUES (1);")).ok());
    CHECK(modeOf(path) == 0600);
    REQUIRE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK(modeOf(path + QStringLiteral("-wal")) == 0600);
    CHECK(modeOf(path + QStringLiteral("-shm")) == 0600);
    // The process's mask is as it was: only the database's own creation was narrowed.
    CHECK(currentUmask() == 022);
    db->reset();

    // Opened again later, SQLite makes the -wal anew with the main file's mode.
    auto again = Database::open(path, Database::Open::MustExist);
    REQUIRE(again.ok());
    REQUIRE((*again)->execScript(QStringLiteral("INSERT INTO probe VALUES (2);")).ok());
    CHECK(modeOf(path + QStringLiteral("-wal")) == 0600);
}

TEST_CASE("daily backups are 0600 in a 0700 folder")
{
    UsualUmask usual;
    test::TempDb t;
    const QString folder = t.dir.filePath(QStringLiteral("backups/daily"));
    auto written = Backup::daily(t.path(), folder, QDate(2026, 11, 25));
    REQUIRE(written.ok());
    CHECK(modeOf(written.value()) == 0600);
    CHECK(modeOf(folder) == 0700);
    CHECK(modeOf(t.dir.filePath(QStringLiteral("backups"))) == 0700);
    // A copy over an old one is a new file, owner-only too.
    const QString copy = t.dir.filePath(QStringLiteral("copy.sqlite"));
    QFile old(copy);
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.close();
    REQUIRE(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    REQUIRE(Backup::copy(t.path(), copy).ok());
    CHECK(modeOf(copy) == 0600);
    CHECK(currentUmask() == 022);
}

TEST_CASE("an xlsx report is written 0600")
{
    UsualUmask usual;
    QTemporaryDir dir;
    Report r;
    r.title = QStringLiteral("Sheet");
    ReportSection s;
    s.key = QStringLiteral("main");
    s.columns = {{QStringLiteral("n"), QStringLiteral("n"), ReportColumn::Type::Integer}};
    s.rows = {{1}};
    r.sections = {s};
    const QString path = dir.filePath(QStringLiteral("sheet.xlsx"));
    REQUIRE(ReportWriter::writeXlsx(r, path).ok());
    CHECK(modeOf(path) == 0600);
}

TEST_CASE("owner-only folders are made 0700, folders that exist keep their mode, scopes nest")
{
    UsualUmask usual;
    QTemporaryDir dir;
    const QString shared = dir.filePath(QStringLiteral("shared"));
    REQUIRE(QDir().mkdir(shared));
    REQUIRE(QFile::setPermissions(shared, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                              QFile::ReadGroup | QFile::ExeGroup));
    REQUIRE(OwnerOnly::makePath(shared + QStringLiteral("/a/b")));
    CHECK(modeOf(shared) == 0750);
    CHECK(modeOf(shared + QStringLiteral("/a")) == 0700);
    CHECK(modeOf(shared + QStringLiteral("/a/b")) == 0700);
    {
        const OwnerOnly::Scope outer;
        {
            const OwnerOnly::Scope inner;
            CHECK(currentUmask() == 077);
        }
        CHECK(currentUmask() == 077);
        QFile f(dir.filePath(QStringLiteral("inside")));
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    CHECK(currentUmask() == 022);
    CHECK(modeOf(dir.filePath(QStringLiteral("inside"))) == 0600);
    QFile outside(dir.filePath(QStringLiteral("outside")));
    REQUIRE(outside.open(QIODevice::WriteOnly));
    CHECK(modeOf(outside.fileName()) == 0644);
    REQUIRE(OwnerOnly::tighten(outside.fileName()));
    CHECK(modeOf(outside.fileName()) == 0600);
}
