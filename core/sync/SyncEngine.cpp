#include "core/sync/SyncEngine.h"

#include "core/auth/Actor.h"
#include "core/auth/AuditRepository.h"
#include "core/auth/Permissions.h"
#include "core/db/Database.h"
#include "core/db/Transaction.h"
#include "core/sync/SyncTables.h"
#include "core/util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QUuid>
#include <algorithm>
#include <optional>
#include <tuple>

// The engine's controller: local state, configuration and status. The exchanges with the
// server live in SyncEngineServer.cpp (connection and schema), SyncEnginePush.cpp and
// SyncEnginePull.cpp (pull and merge).

namespace threerings {

using namespace synctables;

SyncEngine::SyncEngine(Database& local, const Clock& clock)
    : m_db(local), m_clock(clock),
      m_serverName(QStringLiteral("threerings-sync-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
{}

SyncEngine::~SyncEngine()
{
    m_queries.clear();
    disconnect();
}

QSqlQuery& SyncEngine::local(const QString& sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        auto q = std::make_shared<QSqlQuery>(m_db.connection());
        q->prepare(sql);
        it = m_queries.insert(sql, q);
    }
    return **it;
}

Status SyncEngine::localExec(const QString& sql)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql))
        return Error::io(tr("The local database refused '%1': %2").arg(sql, q.lastError().text()));
    return {};
}

QString SyncEngine::state(const QString& key, const QString& fallback)
{
    QSqlQuery& q = local(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.bindValue(0, key);
    QString value = fallback;
    if (q.exec() && q.next())
        value = q.value(0).toString();
    q.finish();
    return value;
}

Status SyncEngine::setState(const QString& key, const QString& value)
{
    QSqlQuery& q = local(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.bindValue(0, key);
    q.bindValue(1, value);
    if (!q.exec())
        return Error::io(tr("Could not record the sync state (%1): %2").arg(key, q.lastError().text()));
    return {};
}

Status SyncEngine::configure(Database& local, const ServerConfig& config, bool pushExisting)
{
    QSqlQuery q(local.connection());
    const auto set = [&](const QString& key, const QString& value, bool keep) -> Status {
        q.prepare(keep ? QStringLiteral("INSERT OR IGNORE INTO sync_state (key, value) VALUES (?, ?)")
                       : QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"));
        q.addBindValue(key);
        q.addBindValue(value);
        if (!q.exec())
            return Error::io(
                tr("Could not record the server in this database: %1").arg(q.lastError().text()));
        return {};
    };
    Transaction tx(local);
    if (!tx.ok())
        return tx.status();
    // Another server: its sequence numbers and what it holds have nothing to do with the last one's,
    // so this console joins it afresh (a new console id, cursors from the start). The same server
    // (only the login or TLS changed) keeps the console id and the cursors.
    // Changes not sent yet stay queued whatever server comes next: another spelling of the same server
    // (localhost for 127.0.0.1, a short host name) must not drop the offline queue.
    std::optional<qint64> unsent;
    if (q.exec(QStringLiteral("SELECT value FROM sync_state WHERE key = 'push_cursor'")) && q.next())
        unsent = q.value(0).toLongLong();
    q.finish();
    if (auto current = configured(local); current && !current->sameServer(config)) {
        if (!q.exec(
                QStringLiteral("DELETE FROM sync_state WHERE key IN ('console_id', 'push_cursor', "
                               "'pull_cursor', 'last_sync_at', 'last_error', 'refused', 'last_refusal')")))
            return Error::io(
                tr("Could not record the server in this database: %1").arg(q.lastError().text()));
    } else if (current && current->user != config.user) {
        // The server ties a console id to the login that pushes with it: another login pushes the changes
        // still queued under a new id, from the same cursors.
        if (!q.exec(QStringLiteral("DELETE FROM sync_state WHERE key IN ('console_id', 'refused', "
                                   "'last_refusal')")))
            return Error::io(
                tr("Could not record the server in this database: %1").arg(q.lastError().text()));
    }
    qint64 outboxEnd = 0;
    if (!pushExisting) {
        if (q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM outbox")) && q.next())
            outboxEnd = q.value(0).toLongLong();
        q.finish();
        if (unsent)
            outboxEnd = std::min(outboxEnd, *unsent);
    }
    for (const Status& s :
         {set(QStringLiteral("server_url"), config.toUrl(), false),
          set(QStringLiteral("console_id"), QUuid::createUuid().toString(QUuid::WithoutBraces), true),
          set(QStringLiteral("push_cursor"), QString::number(outboxEnd), true),
          set(QStringLiteral("pull_cursor"), QStringLiteral("0"), true),
          set(QStringLiteral("last_hlc"), QStringLiteral("0"), true)})
        if (!s)
            return s;
    return tx.commit();
}

Status SyncEngine::configure(const Actor& actor, Database& local, const ServerConfig& config,
                             bool pushExisting)
{
    if (Status s = Permissions::require(actor, Action::ManageServer); !s)
        return s;
    return configure(local, config, pushExisting);
}

Result<ServerConfig> SyncEngine::configured(Database& local)
{
    QSqlQuery q(local.connection());
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = 'server_url'"));
    if (!q.exec() || !q.next())
        return Error::notFound(tr("This console has no server; an admin sets one in Admin ▸ Server… or with "
                                  "'threerings server connect --url …'."));
    return ServerConfig::parse(q.value(0).toString());
}

Result<QList<AuditEntry>> SyncEngine::conflicts(const Actor& actor, Database& local, int limit)
{
    if (Status s = Permissions::require(actor, Action::ReadAudit); !s)
        return s.error();
    QSqlQuery q(local.connection());
    q.prepare(
        QStringLiteral("SELECT a.seq, a.changed_at, a.changed_by, a.table_name, a.row_id, a.op, a.field, "
                       "a.old_value, a.new_value, u.job_number, u.name FROM audit_log a "
                       "LEFT JOIN users u ON u.id = a.changed_by WHERE a.op = 'conflict' "
                       "ORDER BY a.seq DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return Error::io(tr("Could not read the conflicts: %1").arg(q.lastError().text()));
    // A penalty opinion that lost a conflict is as restricted as the opinion itself.
    const bool hidePenalty = !Permissions::allows(actor, Action::ReadPenaltyOpinion);
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e = AuditRepository::fromRow(q);
        if (hidePenalty && restricted().value(e.table).contains(e.field)) {
            e.oldValue.clear();
            e.newValue.clear();
        }
        out.append(e);
    }
    return out;
}

Result<QList<AuditEntry>> SyncEngine::refusals(const Actor& actor, Database& local)
{
    if (actor.userId.isEmpty())
        return Error::refused(tr("Sign in to see the changes the server refused."));
    QSqlQuery q(local.connection());
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = 'refused_list'"));
    if (!q.exec())
        return Error::io(tr("Could not read the refused changes: %1").arg(q.lastError().text()));
    const QJsonArray list =
        q.next() ? QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array() : QJsonArray();
    // Admins see every refusal of this console; everybody else their own.
    const bool all = Permissions::allows(actor, Action::ManageServer);
    QList<AuditEntry> out;
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        AuditEntry e;
        e.changedBy = o.value(QStringLiteral("by")).toString();
        if (!all && e.changedBy != actor.userId)
            continue;
        e.table = o.value(QStringLiteral("table")).toString();
        e.rowId = o.value(QStringLiteral("row")).toString();
        e.op = o.value(QStringLiteral("op")).toString();
        e.newValue = o.value(QStringLiteral("why")).toString();
        e.changedAt = qint64(o.value(QStringLiteral("at")).toDouble());
        out.append(e);
    }
    return out;
}

Status SyncEngine::takeNewIdentity(const QString& why)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    qWarning("ThreeRings sync: %s", qPrintable(why));
    if (Status s = setState(QStringLiteral("console_id"), id); !s)
        return s;
    m_consoleId = id;
    m_stream = id + QLatin1Char('/') + m_login;
    return setState(QStringLiteral("notice"), why);
}

QString SyncEngine::consoleId()
{
    if (m_consoleId.isEmpty())
        m_consoleId = state(QStringLiteral("console_id"));
    return m_consoleId;
}

const QHash<QString, QStringList>& SyncEngine::replicated()
{
    if (m_tablesRead)
        return m_tables;
    QSqlQuery q(m_db.connection());
    q.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    for (const QString& t : names) {
        if (localOnly().contains(t))
            continue;
        QSqlQuery cols(m_db.connection());
        cols.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(t));
        QStringList columns;
        while (cols.next())
            columns << cols.value(0).toString();
        if (columns.contains(QLatin1String("id")) && columns.contains(QLatin1String("revision")))
            m_tables.insert(t, columns);
    }
    m_tablesRead = true;
    return m_tables;
}

// A trainee's changes are practice: they reach only the trainee and the trainers.
QString SyncEngine::audienceOf(const QString& userId)
{
    if (userId.isEmpty())
        return QStringLiteral("all");
    auto it = m_audience.find(userId);
    if (it != m_audience.end())
        return *it;
    QSqlQuery& q = local(QStringLiteral("SELECT roles FROM users WHERE id = ?"));
    q.bindValue(0, userId);
    QString audience = QStringLiteral("all");
    if (q.exec() && q.next()) {
        const QList<Role> roles = rolesFromText(q.value(0).toString());
        bool live = false;
        for (Role r : roles)
            live = live || r != Role::Trainee;
        if (!live && !roles.isEmpty())
            audience = QStringLiteral("practice");
    }
    q.finish();
    m_audience.insert(userId, audience);
    return audience;
}

QJsonObject SyncEngine::versionsOf(const QString& table, const QString& rowId)
{
    QSqlQuery& q =
        local(QStringLiteral("SELECT versions FROM sync_versions WHERE table_name = ? AND row_id = ?"));
    q.bindValue(0, table);
    q.bindValue(1, rowId);
    QJsonObject o;
    if (q.exec() && q.next())
        o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    q.finish();
    return o;
}

Status SyncEngine::saveVersions(const QString& table, const QString& rowId, const QJsonObject& versions)
{
    QSqlQuery& q = local(QStringLiteral("INSERT OR REPLACE INTO sync_versions (table_name, row_id, versions) "
                                        "VALUES (?, ?, ?)"));
    q.bindValue(0, table);
    q.bindValue(1, rowId);
    q.bindValue(2, compact(versions));
    if (!q.exec())
        return Error::io(tr("Could not record the field versions: %1").arg(q.lastError().text()));
    return {};
}

SyncEngine::Version SyncEngine::versionAt(const QJsonObject& versions, const QString& field)
{
    QJsonValue v = versions.value(field);
    if (!v.isArray())
        v = versions.value(QStringLiteral("*"));
    if (!v.isArray())
        return {};
    const QJsonArray a = v.toArray();
    return {qint64(a.at(0).toDouble()), a.at(1).toString()};
}

std::pair<qint64, qint64> SyncEngine::queuedAndWaiting()
{
    // One read of the outbox: everything not sent yet, and of it what other people wrote here.
    QSqlQuery& q =
        local(QStringLiteral("SELECT count(*), coalesce(sum(? <> '' AND changed_by IS NOT NULL AND "
                             "changed_by <> ?), 0) FROM outbox WHERE seq > ?"));
    q.bindValue(0, m_personId);
    q.bindValue(1, m_personId);
    q.bindValue(2, state(QStringLiteral("push_cursor"), QStringLiteral("0")).toLongLong());
    std::pair<qint64, qint64> n{0, 0};
    if (q.exec() && q.next())
        n = {q.value(0).toLongLong(), q.value(1).toLongLong()};
    q.finish();
    return n;
}

qint64 SyncEngine::queued()
{
    return queuedAndWaiting().first;
}

qint64 SyncEngine::waitingForOthers()
{
    return queuedAndWaiting().second;
}

Status SyncEngine::markSynced()
{
    return setState(QStringLiteral("last_sync_at"), QString::number(m_clock.nowMs()));
}

SyncStatus SyncEngine::status()
{
    SyncStatus s;
    const QString url = state(QStringLiteral("server_url"));
    s.configured = !url.isEmpty();
    // The connection in use says how it is protected; before the first one, the stored URL does.
    if (m_connected)
        s.transport = m_transport;
    else if (auto server = ServerConfig::parse(url); s.configured && server)
        s.transport = server->transportWarning();
    s.connected = m_connected;
    if (s.configured)
        std::tie(s.queued, s.waiting) = queuedAndWaiting();
    s.lastSyncAt = state(QStringLiteral("last_sync_at"), QStringLiteral("0")).toLongLong();
    s.refused = state(QStringLiteral("refused"), QStringLiteral("0")).toLongLong();
    s.lastRefusal = state(QStringLiteral("last_refusal"));
    s.notice = state(QStringLiteral("notice"));
    QSqlQuery& q = local(QStringLiteral("SELECT (SELECT count(*) FROM audit_log WHERE op = 'conflict'), "
                                        "(SELECT count(*) FROM sync_parked)"));
    if (q.exec() && q.next()) {
        s.conflicts = q.value(0).toLongLong();
        s.parked = q.value(1).toLongLong();
    }
    q.finish();
    return s;
}

QSet<QString> SyncEngine::takeAppliedTables()
{
    QSet<QString> out;
    out.swap(m_applied);
    return out;
}

Status SyncEngine::syncOnce()
{
    for (;;) {
        auto pushed = push();
        if (!pushed)
            return pushed.error();
        if (pushed.value() == 0)
            break;
    }
    for (;;) {
        auto pulled = pull();
        if (!pulled)
            return pulled.error();
        if (pulled.value() == 0)
            break;
    }
    return markSynced();
}

} // namespace threerings
