#include "core/db/Database.h"
#include "core/sync/ServerSchema.h"
#include "core/sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    if (auto db = config.open(m_serverName); !db)
        return db.error(); // the connection is held by name only, so that a refusal below can close it
    m_transport = config.transportWarning();
    QSqlQuery q(server());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM tr_schema_version")) || !q.next()) {
        const QString why = q.lastError().text();
        q = QSqlQuery();
        disconnect();
        return Error::data(
            tr("The server has no ThreeRings schema (%1); an admin runs 'threerings server init "
               "--url …' first.")
                .arg(why));
    }
    // The server checks every change since schema 2 (refusals, consoles tied to their login); a console
    // never sends to a server that would not check it.
    if (const int version = q.value(0).toInt(); version < ServerSchema::latestVersion()) {
        q = QSqlQuery();
        disconnect();
        return Error::data(
            tr("The server's schema (version %1) is older than this console's (version %2); an "
               "admin upgrades it with 'threerings server init --url …'. Nothing was sent.")
                .arg(version)
                .arg(ServerSchema::latestVersion()));
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
    // Who the login is: a person's own login pushes that person's changes (and the system's); the
    // installer's login owns the schema and is never a console's.
    if (!q.exec(
            QStringLiteral("SELECT tr_whoami(), pg_has_role(current_user, 'tr_owner', 'MEMBER'), "
                           "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user), current_user")) ||
        !q.next()) {
        const QString why = q.lastError().text();
        q = QSqlQuery();
        disconnect();
        return Error::data(tr("Could not read who the server login is: %1").arg(why));
    }
    // Never a null string: the outbox queries compare it with '' (a null would bind as NULL).
    m_personId = q.value(0).isNull() ? QString(QLatin1String("")) : q.value(0).toString();
    const bool owner = q.value(1).toBool() || q.value(2).toBool();
    m_login = q.value(3).toString();
    q = QSqlQuery();
    if (owner && !m_ownerAllowed) {
        disconnect();
        return Error::refused(
            tr("The server login %1 owns the team's schema (or is a superuser): a console never syncs as "
               "it. Sign in at the console as a person of the hotline; their own login is used.")
                .arg(m_login));
    }
    m_stream = consoleId() + QLatin1Char('/') + m_login;
    m_connected = true;
    auto behind = behindOwnHistory();
    if (!behind)
        return behind.error();
    if (*behind)
        return takeNewIdentity(tr("This database is behind what its console sent to the server (a restored "
                                  "backup, or a copy of an older file): it now syncs as a new console and "
                                  "takes back from the server what it had sent since. Nothing is lost."));
    return {};
}

Result<bool> SyncEngine::behindOwnHistory()
{
    qint64 outboxEnd = 0;
    {
        // The outbox's last number, even when its pushed rows have been pruned.
        QSqlQuery& local = this->local(
            QStringLiteral("SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'outbox'), 0), "
                           "coalesce((SELECT max(seq) FROM outbox), 0))"));
        if (!local.exec() || !local.next())
            return Error::io(tr("Could not read the outbox: %1").arg(local.lastError().text()));
        outboxEnd = local.value(0).toLongLong();
        local.finish();
    }
    QSqlQuery q(server());
    q.prepare(QStringLiteral("SELECT coalesce(max(origin_seq), 0) FROM tr_changes WHERE console_id = ?"));
    q.addBindValue(m_stream);
    if (!q.exec() || !q.next()) {
        const QString why = q.lastError().text();
        q = QSqlQuery();
        return serverFailed(tr("Reading this console's history on the server"), why);
    }
    return q.value(0).toLongLong() > outboxEnd;
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

Status SyncEngine::readRefusals()
{
    // What the server refused of this console's changes (a person's login reads its own, an admin's all),
    // the newest first: the count and the newest reason for the status bar, the last 100 for the list.
    QSqlQuery q(server());
    q.prepare(QStringLiteral(
        "SELECT count(*) OVER (), table_name, row_id, op, refusal, changed_at, coalesce(changed_by, '') FROM "
        "tr_changes WHERE console_base = ? AND refusal IS NOT NULL ORDER BY seq DESC LIMIT 100"));
    q.addBindValue(consoleId());
    if (!q.exec()) {
        const QString why = q.lastError().text();
        q = QSqlQuery();
        return serverFailed(tr("Reading the changes the server refused"), why);
    }
    qint64 refused = 0;
    QString reason = QStringLiteral(""); // not null: sync_state keeps text
    QJsonArray list;
    while (q.next()) {
        if (list.isEmpty()) {
            refused = q.value(0).toLongLong();
            reason = q.value(4).toString();
        }
        list.append(QJsonObject{{QStringLiteral("table"), q.value(1).toString()},
                                {QStringLiteral("row"), q.value(2).toString()},
                                {QStringLiteral("op"), q.value(3).toString()},
                                {QStringLiteral("why"), q.value(4).toString()},
                                {QStringLiteral("at"), q.value(5).toDouble()},
                                {QStringLiteral("by"), q.value(6).toString()}});
    }
    q = QSqlQuery();
    if (Status s = setState(QStringLiteral("refused"), QString::number(refused)); !s)
        return s;
    if (Status s = setState(QStringLiteral("refused_list"),
                            QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
        !s)
        return s;
    return setState(QStringLiteral("last_refusal"), reason);
}

} // namespace threerings
