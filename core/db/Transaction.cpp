#include "core/db/Transaction.h"

#include "core/db/Database.h"

#include <sqlite3.h>

namespace threerings {

Transaction::Transaction(Database& db) : m_db(db)
{
    m_level = m_db.transactionDepth();
    m_status = exec(m_level == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                 : QStringLiteral("SAVEPOINT sp%1").arg(m_level));
    if (m_status)
        ++m_db.transactionDepth();
    else
        m_done = true;
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    --m_db.transactionDepth();
    if (m_level == 0)
        (void)exec(QStringLiteral("ROLLBACK"));
    else
        (void)exec(QStringLiteral("ROLLBACK TO sp%1; RELEASE sp%1").arg(m_level));
}

Status Transaction::commit()
{
    if (m_done)
        return m_status.ok() ? Status(Error::usage(tr("The transaction was already finished."))) : m_status;
    Status s = exec(m_level == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(m_level));
    if (s) {
        m_done = true;
        --m_db.transactionDepth();
    }
    return s;
}

Status Transaction::exec(const QString& sql)
{
    // Straight to SQLite: these run twice per repository write, and a QSqlQuery would prepare a
    // fresh statement each time.
    char* err = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_exec(m_db.handle(), utf8.constData(), nullptr, nullptr, &err);
    if (rc == SQLITE_OK)
        return {};
    const QString text = QString::fromUtf8(err ? err : sqlite3_errstr(rc));
    sqlite3_free(err);
    if ((rc & 0xff) == SQLITE_BUSY)
        return Error::io(tr("The database is locked by another program; try again in a moment."));
    return Error::io(tr("The database refused the change: %1").arg(text));
}

} // namespace threerings
