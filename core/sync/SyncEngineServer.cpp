#include "core/db/Database.h"
#include "core/sync/SyncEngine.h"

#include <QSqlError>

// The engine's own server connection: opening it, checking the schema and the login's roles.

namespace threerings {

QSqlDatabase SyncEngine::server() const
{
    return QSqlDatabase::database(m_serverName, false);
}

Status SyncEngine::connect(const ServerConfig& config)
{
    disconnect();
    if (consoleId().isEmpty())
        return Error::notFound(tr("This console has no server; run 'threerings server connect --url …'."));
    auto db = config.open(m_serverName);
    if (!db)
        return db.error();
    m_transport = config.transportWarning();
    QSqlQuery q(db.value());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM tr_schema_version")) || !q.next()) {
        const QString why = q.lastError().text();
        q = QSqlQuery();
        disconnect();
        return Error::data(
            tr("The server has no ThreeRings schema (%1); an admin runs 'threerings server init "
               "--url …' first.")
                .arg(why));
    }
    // What the login may send (row-level security refuses the rest): a trainee only practice, only
    // supervisors and admins penalty opinions.
    if (!q.exec(
            QStringLiteral("SELECT tr_is('tr_trainee') AND NOT (tr_is('tr_agent') OR tr_is('tr_handler') OR "
                           "tr_is('tr_supervisor') OR tr_is('tr_admin')), tr_is('tr_supervisor') OR "
                           "tr_is('tr_admin')")) ||
        !q.next()) {
        const QString why = q.lastError().text();
        q = QSqlQuery();
        disconnect();
        return Error::data(tr("Could not read the server login's roles: %1").arg(why));
    }
    m_practiceOnly = q.value(0).toBool();
    m_mayPenalty = q.value(1).toBool();
    m_connected = true;
    return {};
}

void SyncEngine::disconnect()
{
    m_connected = false;
    if (QSqlDatabase::contains(m_serverName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_serverName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_serverName);
    }
}

Error SyncEngine::serverFailed(const QString& what, const QString& detail)
{
    // The connection may be dead (server restarted, network cut): start afresh next time.
    disconnect();
    return Error::io(tr("%1 failed: %2").arg(what, detail.trimmed()));
}

} // namespace threerings
