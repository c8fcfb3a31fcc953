#include "core/db/Database.h"

#include "core/util/OwnerOnly.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <optional>
#include <sqlite3.h>
#include <vector>

namespace threerings {

namespace {

struct Migration
{
    int version;
    QString name;
    QString sql;
};

// Migrations are the ordered files :/migrations/NNNN_name.sql compiled into the library.
const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> all = [] {
        std::vector<Migration> list;
        static const QRegularExpression re(QStringLiteral(R"(^(\d{4})_(.+)\.sql$)"));
        const QDir dir(QStringLiteral(":/migrations"));
        for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
            const auto m = re.match(file);
            if (!m.hasMatch())
                continue;
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            list.push_back({m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll())});
        }
        std::sort(list.begin(), list.end(),
                  [](const auto& a, const auto& b) { return a.version < b.version; });
        return list;
    }();
    return all;
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("threerings-db-%1").arg(counter.fetchAndAddRelaxed(1));
}

// SQLite's "file is not a database": the header is not SQLite's. The header is checked through SQLite
// itself and never with a QFile: closing any descriptor of the file would drop every POSIX lock this
// process holds on it, and another process would then delete the running console's WAL.
bool notADatabase(const QSqlError& e)
{
    return e.nativeErrorCode() == QLatin1String("26");
}

// Every database file this process has open, so that no file dialog or command-line path can open,
// overwrite or replace one of them (or its journal) outside SQLite.
QMutex& openFilesMutex()
{
    static QMutex m;
    return m;
}

QHash<QString, int>& openFiles()
{
    static QHash<QString, int> files;
    return files;
}

bool isBusy(const QSqlError& e)
{
    const QString code = e.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6") ||
           e.databaseText().contains(QLatin1String("locked"));
}

} // namespace

int Database::latestSchemaVersion()
{
    const auto& all = migrations();
    return all.empty() ? 0 : all.back().version;
}

QString Database::backupDirFor(const QString& dbPath)
{
    const QFileInfo info(dbPath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-backups"));
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
    const QMutexLocker lock(&openFilesMutex());
    ++openFiles()[QFileInfo(m_path).canonicalFilePath().isEmpty() ? m_path
                                                                  : QFileInfo(m_path).canonicalFilePath()];
}

Database::~Database()
{
    {
        const QMutexLocker lock(&openFilesMutex());
        for (auto it = openFiles().begin(); it != openFiles().end(); ++it) {
            if (it.key() == m_path || it.key() == QFileInfo(m_path).canonicalFilePath()) {
                if (--it.value() <= 0)
                    openFiles().erase(it);
                break;
            }
        }
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

sqlite3* Database::handle() const
{
    const QVariant v = connection().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(v.constData());
    return nullptr;
}

Status Database::execScript(const QString& sql)
{
    char* err = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_exec(handle(), utf8.constData(), nullptr, nullptr, &err) != SQLITE_OK) {
        const QString msg = QString::fromUtf8(err ? err : "unknown error");
        sqlite3_free(err);
        return Error::data(msg);
    }
    return {};
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Open mode, Checks checks)
{
    if (path.isEmpty())
        return Error::usage(tr("No database file was given. Name one with --db FILE."));

    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && info.isDir())
        return Error::data(tr("%1 is a folder, not a database file. Name a file with --db FILE.").arg(path));
    if (!exists && mode == Open::MustExist)
        return Error::notFound(
            tr("The database file %1 does not exist. Create it first with: threerings --db %1 init")
                .arg(path));
    if (!exists && !QFileInfo(info.absolutePath()).isDir())
        return Error::io(
            tr("The folder %1 does not exist. Create it or choose another place for the database.")
                .arg(info.absolutePath()));
    // The permission bits count even for root: a file someone marked read-only stays untouched.
    constexpr auto writeBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    if (exists && (!info.isWritable() || !(info.permissions() & writeBits)))
        return Error::data(tr("The database file %1 is read-only. Give this account write permission to it, "
                              "or copy it to a writable folder.")
                               .arg(path));
    if (!QFileInfo(info.absolutePath()).isWritable())
        return Error::data(tr("The folder %1 is read-only, and SQLite needs to write its journal beside the "
                              "database. Give this account write permission to the folder.")
                               .arg(info.absolutePath()));

    // A new file is created owner-only, through SQLite itself (nothing else opens it); its -wal and
    // -shm take the main file's mode whenever SQLite makes them.
    std::optional<OwnerOnly::Scope> ownerOnly;
    if (!exists)
        ownerOnly.emplace();
    std::unique_ptr<Database> self(new Database(info.absoluteFilePath(), nextConnectionName()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), self->m_connectionName);
        db.setDatabaseName(self->m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
        if (!db.open())
            return Error::io(tr("Cannot open the database file %1: %2").arg(path, db.lastError().text()));
    }
    QSqlDatabase db = self->connection();
    QSqlQuery q(db);

    // Read-only checks first: nothing below writes until the file has proven sound and not too new.
    if (checks == Checks::Full) {
        if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
            if (notADatabase(q.lastError()))
                return notThreeRings(path);
            if (isBusy(q.lastError()))
                return locked(path);
            return damaged(path, q.lastError().databaseText());
        }
        QStringList problems;
        while (q.next())
            problems << q.value(0).toString();
        if (problems != QStringList{QStringLiteral("ok")})
            return damaged(path, problems.mid(0, 3).join(QStringLiteral("; ")));
    }

    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        if (notADatabase(q.lastError()))
            return notThreeRings(path);
        if (isBusy(q.lastError()))
            return locked(path);
        return damaged(path, q.lastError().databaseText());
    }
    self->m_schemaVersion = q.value(0).toInt();
    q.finish();
    if (self->m_schemaVersion > latestSchemaVersion())
        return Error::data(
            tr("The database file %1 was written by a newer ThreeRings (schema %2; this build knows "
               "up to %3). It was left untouched; install the newer ThreeRings to open it.")
                .arg(path)
                .arg(self->m_schemaVersion)
                .arg(latestSchemaVersion()));
    if (self->m_schemaVersion == 0) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
            return Error::data(tr("Cannot read %1: %2").arg(path, q.lastError().text()));
        if (q.value(0).toInt() > 0)
            return Error::data(
                tr("%1 is an SQLite file of another program, not a ThreeRings database. It was left "
                   "untouched; name another file with --db FILE.")
                    .arg(path));
        q.finish();
        self->m_createdNow = true;
    }

    // WAL survives a crash of the console; synchronous=FULL makes a commit survive a power cut too.
    // Random UUID keys put each insert on a random page of every key index; a 64 MiB page cache
    // (SQLite's default is 2 MiB) keeps those pages in memory instead of spilling them to the WAL
    // and reading them back, which is what made bulk writes slow down as a table grew.
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                               "PRAGMA cache_size=-65536"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            if (isBusy(q.lastError()))
                return locked(path);
            return Error::io(tr("Cannot set up the database file %1: %2").arg(path, q.lastError().text()));
        }
    }
    q.finish();

    if (Status s = self->migrate(); !s)
        return s.error();
    return self;
}

Error Database::damaged(const QString& path, const QString& detail)
{
    return Error::data(tr("The database file %1 is damaged (%2). It was left untouched; restore the latest "
                          "backup from %3.")
                           .arg(path, detail, backupDirFor(path)));
}

Error Database::notThreeRings(const QString& path)
{
    return Error::data(tr("%1 is not a ThreeRings database, or its header is damaged. It was left untouched; "
                          "restore the latest backup from %2.")
                           .arg(path, backupDirFor(path)));
}

Error Database::locked(const QString& path)
{
    return Error::io(tr("The database file %1 is locked by another program. Close the other console or "
                        "command using it, then try again.")
                         .arg(path));
}

Status Database::quickCheck(const QString& path)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const QString why = QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close(db);
        return damaged(path, why);
    }
    sqlite3_busy_timeout(db, 5000);
    QStringList problems;
    sqlite3_stmt* st = nullptr;
    int rc = sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &st, nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(st)) == SQLITE_ROW)
            problems << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    }
    if (rc != SQLITE_DONE)
        problems << QString::fromUtf8(sqlite3_errmsg(db));
    const bool busy = rc == SQLITE_BUSY;
    sqlite3_finalize(st);
    sqlite3_close(db);
    if (busy)
        return locked(path);
    if (problems != QStringList{QStringLiteral("ok")})
        return damaged(path, problems.mid(0, 3).join(QStringLiteral("; ")));
    return {};
}

Status Database::migrate()
{
    if (m_schemaVersion >= latestSchemaVersion())
        return {};
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return Error::io(
            tr("The database file %1 is locked by another program, so it cannot be upgraded now. "
               "Close the other console or command using it, then try again.")
                .arg(m_path));
    }
    for (const Migration& m : migrations()) {
        if (m.version <= m_schemaVersion)
            continue;
        if (Status s = execScript(m.sql); !s) {
            q.exec(QStringLiteral("ROLLBACK"));
            return Error::data(tr("Upgrading %1 to schema %2 (%3) failed: %4. Nothing was changed.")
                                   .arg(m_path)
                                   .arg(m.version)
                                   .arg(m.name, s.error().message));
        }
    }
    const int target = latestSchemaVersion();
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(target)) ||
        !q.exec(QStringLiteral("COMMIT"))) {
        const QString why = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return Error::io(
            tr("Upgrading %1 failed while committing: %2. Nothing was changed.").arg(m_path, why));
    }
    m_schemaVersion = target;
    return {};
}

} // namespace threerings

namespace threerings {

bool Database::isOpenHere(const QString& path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char(':')))
        return false;
    QString file = QFileInfo(path).absoluteFilePath();
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        if (file.endsWith(QLatin1String(suffix))) {
            file.chop(int(qstrlen(suffix)));
            break;
        }
    }
    const QString canonical = QFileInfo(file).canonicalFilePath();
    const QMutexLocker lock(&openFilesMutex());
    return openFiles().contains(file) || (!canonical.isEmpty() && openFiles().contains(canonical));
}

Status Database::refuseOpenFile(const QString& path, const QString& field)
{
    if (!isOpenHere(path))
        return {};
    return Error{Error::Kind::Usage,
                 tr("%1 is the hotline's database (or its journal), which this console has open. Choose "
                    "another file.")
                     .arg(QDir::toNativeSeparators(path)),
                 field};
}

} // namespace threerings
