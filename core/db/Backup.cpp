#include "core/db/Backup.h"

#include "core/util/OwnerOnly.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace threerings {

namespace {

QString sqliteMessage(sqlite3* db)
{
    return QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
}

} // namespace

Status Backup::copy(const QString& dbPath, const QString& target)
{
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    // The copy and its journal are created owner-only, like the database they copy.
    const OwnerOnly::Scope ownerOnly;
    sqlite3* src = nullptr;
    sqlite3* dst = nullptr;
    auto closeBoth = [&] {
        sqlite3_close(dst);
        sqlite3_close(src);
    };
    if (sqlite3_open_v2(dbPath.toUtf8().constData(), &src, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const QString why = sqliteMessage(src);
        closeBoth();
        return Error::io(tr("Cannot read %1 for the backup: %2").arg(dbPath, why));
    }
    sqlite3_busy_timeout(src, 5000);
    if (sqlite3_open_v2(partial.toUtf8().constData(), &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) != SQLITE_OK) {
        const QString why = sqliteMessage(dst);
        closeBoth();
        return Error::io(tr("Cannot write the backup %1: %2").arg(target, why));
    }
    sqlite3_backup* b = sqlite3_backup_init(dst, "main", src, "main");
    if (!b) {
        const QString why = sqliteMessage(dst);
        closeBoth();
        return Error::io(tr("Cannot start the backup of %1: %2").arg(dbPath, why));
    }
    int rc = SQLITE_OK;
    // Copy in slices so writers on other connections are never blocked for long.
    do {
        rc = sqlite3_backup_step(b, 1024);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(b);
    const QString why = sqliteMessage(dst);
    closeBoth();
    if (rc != SQLITE_DONE) {
        QFile::remove(partial);
        return Error::io(tr("The backup of %1 failed: %2").arg(dbPath, why));
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target))
        return Error::io(
            tr("Cannot put the backup in place at %1; check the folder's permissions.").arg(target));
    return {};
}

Result<QString> Backup::daily(const QString& dbPath, const QString& dir, const QDate& today, int keep)
{
    if (!OwnerOnly::makePath(dir))
        return Error::io(tr("Cannot create the backup folder %1; check its permissions.").arg(dir));
    const QString base = QFileInfo(dbPath).completeBaseName();
    const QString target =
        QDir(dir).filePath(QStringLiteral("%1-%2.sqlite").arg(base, today.toString(Qt::ISODate)));
    QString written;
    if (!QFileInfo::exists(target)) {
        if (Status s = copy(dbPath, target); !s)
            return s.error();
        written = target;
    }
    // Names sort by date, so the newest are last.
    QStringList all =
        QDir(dir).entryList({base + QStringLiteral("-[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].sqlite")},
                            QDir::Files, QDir::Name);
    while (all.size() > keep)
        QFile::remove(QDir(dir).filePath(all.takeFirst()));
    return written;
}

} // namespace threerings
