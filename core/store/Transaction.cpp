#include "store/Transaction.h"

#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>

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
    if (sql.contains(QLatin1Char(';')))
        return m_db.execScript(sql);
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql)) {
        if (q.lastError().nativeErrorCode() == QLatin1String("5"))
            return Error::io(tr("The database is locked by another program; try again in a moment."));
        return Error::io(tr("The database refused the change: %1").arg(q.lastError().text()));
    }
    return {};
}

} // namespace threerings
