#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <memory>

struct sqlite3;

namespace threerings {

// One SQLite file per installation: WAL, foreign keys, PRAGMA user_version schema versioning,
// migrations applied in one transaction. A file that is damaged or newer than this build is
// refused and left exactly as it was.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Open
    {
        MustExist,       // every command but init: a missing file is an error, not a new database
        CreateIfMissing, // init, demo-data and the first start of the console
    };

    enum class Checks
    {
        Full,     // PRAGMA quick_check before anything else: the command line, tests
        Deferred, // the console: the caller runs quickCheck() on a worker right after the window shows,
                  // since on a million-customer file the check takes seconds
    };

    static Result<std::unique_ptr<Database>> open(const QString& path, Open mode,
                                                  Checks checks = Checks::Full);

    // PRAGMA quick_check on a connection of its own (read-only), so it can run on any thread.
    // A damaged file gives a Data error that says where the backups are.
    static Status quickCheck(const QString& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    // The version this build migrates to; a file at a higher version is refused.
    static int latestSchemaVersion();
    // Whether open() found the file missing or empty and created the schema from scratch.
    bool createdNow() const { return m_createdNow; }

    // The raw handle for what QtSql does not offer (backup API, multi-statement scripts).
    sqlite3* handle() const;

    // Runs a script of several statements (migrations, fixtures).
    Status execScript(const QString& sql);

    // Expires when this Database is destroyed. Statements prepared on handle() check it before they
    // finalize, so an object outliving the Database does not touch the closed connection.
    std::weak_ptr<void> lifetime() const { return m_lifetime; }

    // Nesting depth of Transaction objects on this connection.
    int& transactionDepth() { return m_txDepth; }

    // Whether `path` is a database file this process has open, or one of its journals. Opening such a
    // file outside SQLite and closing it drops every POSIX lock the process holds on it, and another
    // process then believes it is the last user and deletes the WAL under the running console; writing
    // it would destroy it. Every reader and writer of a path a person chose checks this first.
    static bool isOpenHere(const QString& path);
    // A Usage error naming `field` when isOpenHere(path); success otherwise.
    static Status refuseOpenFile(const QString& path, const QString& field = {});

    // Where automatic backups of this file go: "<dir>/<name>-backups/".
    static QString backupDirFor(const QString& dbPath);

private:
    Database(QString path, QString connectionName);
    static Error damaged(const QString& path, const QString& detail);
    static Error locked(const QString& path);
    static Error notThreeRings(const QString& path);
    Status migrate();

    QString m_path;
    QString m_connectionName;
    int m_schemaVersion = 0;
    int m_txDepth = 0;
    bool m_createdNow = false;
    std::shared_ptr<int> m_lifetime = std::make_shared<int>(0);
};

} // namespace threerings
