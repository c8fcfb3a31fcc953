#include "sync/SyncEngine.h"

#include "auth/Actor.h"
#include "auth/Permissions.h"
#include "store/AuditRepository.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>

namespace threerings {

namespace {

// Tables that never travel: the sync worker's own bookkeeping, the trail, and the accounts (password
// hashes stay on the console that set them; people get a server login of their own instead).
const QSet<QString>& localOnly()
{
    static const QSet<QString> names{QStringLiteral("accounts"),    QStringLiteral("outbox"),
                                     QStringLiteral("audit_log"),   QStringLiteral("drafts"),
                                     QStringLiteral("sync_state"),  QStringLiteral("sync_versions"),
                                     QStringLiteral("form_serials")};
    return names;
}

const QSet<QString>& bookkeeping()
{
    static const QSet<QString> names{QStringLiteral("id"),         QStringLiteral("created_at"),
                                     QStringLiteral("created_by"), QStringLiteral("updated_at"),
                                     QStringLiteral("updated_by"), QStringLiteral("revision")};
    return names;
}

// Fields only supervisors may read: they travel in a part of their own that row-level security
// shows to supervisors and admins only.
const QHash<QString, QSet<QString>>& restricted()
{
    static const QHash<QString, QSet<QString>> fields{
        {QStringLiteral("complaint_reports"), {QStringLiteral("penalty_opinion")}}};
    return fields;
}

void appendJsonString(QString& out, const QString& s)
{
    out += QLatin1Char('"');
    for (const QChar ch : s) {
        const char16_t c = ch.unicode();
        if (c == u'"')
            out += QLatin1String("\\\"");
        else if (c == u'\\')
            out += QLatin1String("\\\\");
        else if (c < 0x20)
            out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
        else
            out += ch;
    }
    out += QLatin1Char('"');
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// A JSON value as SQLite takes it: null, integers as integers, booleans as 0/1, text as text.
QVariant sqlValue(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant(QMetaType::fromType<QString>());
    case QJsonValue::Bool:
        return qlonglong(v.toBool() ? 1 : 0);
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qlonglong(d)))
            return qlonglong(d);
        return d;
    }
    case QJsonValue::String:
        return v.toString();
    default:
        return compact(v.toObject());
    }
}

// A value as the audit trail keeps it: text, NULL as NULL.
QVariant asText(const QVariant& v)
{
    if (v.isNull())
        return QVariant(QMetaType::fromType<QString>());
    return v.toString();
}

bool sameValue(const QVariant& a, const QVariant& b)
{
    return a.isNull() == b.isNull() && a.toString() == b.toString();
}

QJsonArray versionJson(qint64 hlc, const QString& console)
{
    return QJsonArray{double(hlc), console};
}

} // namespace

struct SyncEngine::Change
{
    qint64 seq = 0;
    QString console;
    QString table;
    QString rowId;
    QString op;
    int revision = 0;
    qint64 hlc = 0;
    qint64 changedAt = 0;
    QString changedBy;
    QJsonObject fields;
    QJsonObject base;
};

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
    if (auto current = configured(local); current && !current->sameServer(config)) {
        if (!q.exec(QStringLiteral("DELETE FROM sync_state WHERE key IN ('console_id', 'push_cursor', "
                                   "'pull_cursor', 'last_sync_at', 'last_error')")))
            return Error::io(
                tr("Could not record the server in this database: %1").arg(q.lastError().text()));
    }
    qint64 outboxEnd = 0;
    if (!pushExisting) {
        if (q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM outbox")) && q.next())
            outboxEnd = q.value(0).toLongLong();
        q.finish();
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
    QList<AuditEntry> out;
    while (q.next())
        out.append(AuditRepository::fromRow(q));
    return out;
}

QString SyncEngine::consoleId()
{
    if (m_consoleId.isEmpty())
        m_consoleId = state(QStringLiteral("console_id"));
    return m_consoleId;
}

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
        const QStringList roles = q.value(0).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        bool live = false;
        for (const QString& r : roles)
            live = live || r.trimmed() != QLatin1String("trainee");
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

qint64 SyncEngine::queued()
{
    QSqlQuery& q = local(QStringLiteral("SELECT count(*) FROM outbox WHERE seq > ?"));
    q.bindValue(0, state(QStringLiteral("push_cursor"), QStringLiteral("0")).toLongLong());
    qint64 n = 0;
    if (q.exec() && q.next())
        n = q.value(0).toLongLong();
    q.finish();
    return n;
}

Status SyncEngine::markSynced()
{
    return setState(QStringLiteral("last_sync_at"), QString::number(m_clock.nowMs()));
}

SyncStatus SyncEngine::status()
{
    SyncStatus s;
    s.configured = !state(QStringLiteral("server_url")).isEmpty();
    s.connected = m_connected;
    s.queued = s.configured ? queued() : 0;
    s.lastSyncAt = state(QStringLiteral("last_sync_at"), QStringLiteral("0")).toLongLong();
    QSqlQuery& q = local(QStringLiteral("SELECT count(*) FROM audit_log WHERE op = 'conflict'"));
    if (q.exec() && q.next())
        s.conflicts = q.value(0).toLongLong();
    q.finish();
    return s;
}

QSet<QString> SyncEngine::takeAppliedTables()
{
    QSet<QString> out;
    out.swap(m_applied);
    return out;
}

Result<int> SyncEngine::push(int batch)
{
    if (!m_connected)
        return Error::io(tr("Not connected to the server."));
    const QString me = consoleId();
    const qint64 cursor = state(QStringLiteral("push_cursor"), QStringLiteral("0")).toLongLong();
    qint64 lastHlc = state(QStringLiteral("last_hlc"), QStringLiteral("0")).toLongLong();

    QSqlQuery& read =
        local(QStringLiteral("SELECT seq, table_name, row_id, op, revision, changed_at, changed_by, "
                             "fields FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?"));
    read.bindValue(0, cursor);
    read.bindValue(1, batch);
    if (!read.exec())
        return Error::io(tr("Could not read the outbox: %1").arg(read.lastError().text()));

    const auto& tables = replicated();
    QString records;
    records.reserve(batch * 256);
    records += QLatin1Char('[');
    int count = 0;
    qint64 last = cursor;
    QHash<QString, QJsonObject> versions; // "table\x1frow" → versions changed by this batch
    const auto addRecord = [&](qint64 seq, int part, const QString& table, const QString& rowId,
                               const QString& op, int revision, qint64 hlc, qint64 at, const QVariant& by,
                               const QString& audience, const QString& fields, const QString& base) {
        if (count++)
            records += QLatin1Char(',');
        records += QLatin1String("{\"console_id\":");
        appendJsonString(records, me);
        records += QLatin1String(",\"origin_seq\":") + QString::number(seq);
        records += QLatin1String(",\"part\":") + QString::number(part);
        records += QLatin1String(",\"table_name\":");
        appendJsonString(records, table);
        records += QLatin1String(",\"row_id\":");
        appendJsonString(records, rowId);
        records += QLatin1String(",\"op\":");
        appendJsonString(records, op);
        records += QLatin1String(",\"revision\":") + QString::number(revision);
        records += QLatin1String(",\"hlc\":") + QString::number(hlc);
        records += QLatin1String(",\"changed_at\":") + QString::number(at);
        records += QLatin1String(",\"changed_by\":");
        if (by.isNull())
            records += QLatin1String("null");
        else
            appendJsonString(records, by.toString());
        records += QLatin1String(",\"audience\":");
        appendJsonString(records, audience);
        records += QLatin1String(",\"fields\":") + fields;
        records += QLatin1String(",\"base\":") + (base.isEmpty() ? QStringLiteral("null") : base);
        records += QLatin1Char('}');
    };

    struct Row
    {
        qint64 seq;
        QString table, rowId, op;
        int revision;
        qint64 at;
        QVariant by;
        QString fields;
    };
    std::vector<Row> rows;
    while (read.next())
        rows.push_back({read.value(0).toLongLong(), read.value(1).toString(), read.value(2).toString(),
                        read.value(3).toString(), read.value(4).toInt(), read.value(5).toLongLong(),
                        read.value(6), read.value(7).toString()});
    read.finish();
    if (rows.empty())
        return 0;

    for (const Row& r : rows) {
        last = r.seq;
        if (!tables.contains(r.table))
            continue;
        const qint64 hlc = std::max(r.at, lastHlc + 1);
        lastHlc = hlc;
        const QString audience = m_practiceOnly ? QStringLiteral("practice") : audienceOf(r.by.toString());
        const auto restrictedFields = restricted().value(r.table);
        const bool isUpdate = r.op == QLatin1String("update");
        if (!isUpdate && restrictedFields.isEmpty()) {
            // The common case (an insert or a delete): the outbox JSON goes as it is.
            addRecord(r.seq, 0, r.table, r.rowId, r.op, r.revision, hlc, r.at, r.by, audience, r.fields, {});
            continue;
        }
        const QJsonObject fields = QJsonDocument::fromJson(r.fields.toUtf8()).object();
        QJsonObject open;
        QJsonObject closed;
        for (auto it = fields.begin(); it != fields.end(); ++it)
            (restrictedFields.contains(it.key()) ? closed : open).insert(it.key(), it.value());
        QJsonObject base;
        if (isUpdate) {
            const QString key = r.table + QChar(0x1f) + r.rowId;
            auto v = versions.find(key);
            if (v == versions.end())
                v = versions.insert(key, versionsOf(r.table, r.rowId));
            for (auto it = fields.begin(); it != fields.end(); ++it) {
                // Null: the writer had the field as the row was inserted.
                base.insert(it.key(),
                            v->value(it.key()).isArray() ? v->value(it.key()) : QJsonValue(QJsonValue::Null));
                v->insert(it.key(), versionJson(hlc, me));
            }
        }
        addRecord(r.seq, 0, r.table, r.rowId, r.op, r.revision, hlc, r.at, r.by, audience, compact(open),
                  isUpdate ? compact(base) : QString());
        // A penalty opinion is sent by a supervisor's or an admin's login only; anyone else's change
        // holds the column's blank default (core refuses their writes to it).
        if (!closed.isEmpty() && audience == QLatin1String("all") && m_mayPenalty)
            addRecord(r.seq, 1, r.table, r.rowId, r.op, r.revision, hlc, r.at, r.by,
                      QStringLiteral("supervisors"), compact(closed), isUpdate ? compact(base) : QString());
    }
    records += QLatin1Char(']');

    if (count > 0) {
        QSqlDatabase srv = server();
        if (!srv.transaction())
            return serverFailed(tr("Starting the push"), srv.lastError().text());
        QSqlQuery q(srv);
        // One pusher at a time: server sequence numbers then commit in order, so a puller's cursor
        // never passes a change that commits later.
        if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(800800)"))) {
            const QString why = q.lastError().text();
            q = QSqlQuery();
            return serverFailed(tr("Pushing changes"), why);
        }
        q.prepare(QStringLiteral(
            "INSERT INTO tr_changes (console_id, origin_seq, part, table_name, row_id, op, revision, hlc, "
            "changed_at, changed_by, audience, fields, base) "
            "SELECT console_id, origin_seq, part, table_name, row_id, op, revision, hlc, changed_at, "
            "changed_by, "
            "audience, fields, base FROM jsonb_to_recordset(?::jsonb) AS x(console_id text, origin_seq "
            "bigint, "
            "part smallint, table_name text, row_id text, op text, revision integer, hlc bigint, changed_at "
            "bigint, changed_by text, audience text, fields jsonb, base jsonb) "
            "ON CONFLICT (console_id, origin_seq, part) DO NOTHING"));
        q.addBindValue(records);
        if (!q.exec()) {
            const QString why = q.lastError().text();
            q = QSqlQuery();
            srv.rollback();
            return serverFailed(tr("Pushing changes"), why);
        }
        q = QSqlQuery();
        if (m_fault && !m_fault(Stage::BeforeServerCommit))
            return Error::io(tr("Push stopped before the server's commit (test)."));
        if (!srv.commit())
            return serverFailed(tr("Committing the pushed changes"), srv.lastError().text());
        if (m_fault && !m_fault(Stage::AfterServerCommit))
            return Error::io(tr("Push stopped after the server's commit (test)."));
    }

    // The server has the batch: move the cursor, the clock and the versions of the fields sent.
    if (Status s = localExec(QStringLiteral("BEGIN IMMEDIATE")); !s)
        return s.error();
    for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
        const qsizetype sep = it.key().indexOf(QChar(0x1f));
        if (Status s = saveVersions(it.key().left(sep), it.key().mid(sep + 1), it.value()); !s) {
            (void)localExec(QStringLiteral("ROLLBACK"));
            return s.error();
        }
    }
    for (const Status& s : {setState(QStringLiteral("push_cursor"), QString::number(last)),
                            setState(QStringLiteral("last_hlc"), QString::number(lastHlc)),
                            setState(QStringLiteral("last_sync_at"), QString::number(m_clock.nowMs()))})
        if (!s) {
            (void)localExec(QStringLiteral("ROLLBACK"));
            return s.error();
        }
    if (Status s = localExec(QStringLiteral("COMMIT")); !s)
        return s.error();
    return int(rows.size());
}

Result<int> SyncEngine::pull(int batch)
{
    if (!m_connected)
        return Error::io(tr("Not connected to the server."));
    const qint64 cursor = state(QStringLiteral("pull_cursor"), QStringLiteral("0")).toLongLong();
    QSqlQuery q(server());
    q.prepare(QStringLiteral("SELECT seq, console_id, table_name, row_id, op, revision, hlc, changed_at, "
                             "changed_by, fields::text, coalesce(base::text, '{}') FROM tr_changes "
                             "WHERE seq > ? AND console_id <> ? ORDER BY seq LIMIT ?"));
    q.addBindValue(cursor);
    q.addBindValue(consoleId());
    q.addBindValue(batch);
    q.setForwardOnly(true);
    if (!q.exec()) {
        const QString why = q.lastError().text();
        q = QSqlQuery();
        return serverFailed(tr("Pulling changes"), why);
    }
    std::vector<Change> changes;
    while (q.next()) {
        Change c;
        c.seq = q.value(0).toLongLong();
        c.console = q.value(1).toString();
        c.table = q.value(2).toString();
        c.rowId = q.value(3).toString();
        c.op = q.value(4).toString();
        c.revision = q.value(5).toInt();
        c.hlc = q.value(6).toLongLong();
        c.changedAt = q.value(7).toLongLong();
        c.changedBy = q.value(8).toString();
        c.fields = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
        c.base = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
        changes.push_back(std::move(c));
    }
    q = QSqlQuery();
    if (changes.empty())
        return 0;

    if (Status s = localExec(QStringLiteral("BEGIN IMMEDIATE")); !s)
        return s.error();
    // Local changes not yet pushed are pushed first, so their clock is settled before others' are
    // weighed against them; the write lock held from here keeps new ones out until the commit.
    {
        QSqlQuery& pending = local(QStringLiteral("SELECT EXISTS (SELECT 1 FROM outbox WHERE seq > ?)"));
        pending.bindValue(0, state(QStringLiteral("push_cursor"), QStringLiteral("0")).toLongLong());
        const bool any = pending.exec() && pending.next() && pending.value(0).toBool();
        pending.finish();
        if (any) {
            (void)localExec(QStringLiteral("ROLLBACK"));
            auto pushed = push();
            if (!pushed)
                return pushed.error();
            return pull(batch);
        }
    }
    // Foreign keys are checked per statement (not deferred): a change whose parent is not here fails
    // alone, is kept as "not applied", and cannot hold up the commit of the others.
    qint64 lastHlc = state(QStringLiteral("last_hlc"), QStringLiteral("0")).toLongLong();
    for (const Change& c : changes) {
        (void)localExec(QStringLiteral("SAVEPOINT change"));
        Status s = apply(c);
        if (!s) {
            // A change this file cannot take (a newer schema, a clash with a row only this console
            // has) is kept in the trail, not lost, and does not hold up the others.
            (void)localExec(QStringLiteral("ROLLBACK TO change"));
            if (Status kept =
                    audit(c.changedAt, c.changedBy, c.table, c.rowId, QStringLiteral("conflict"), QString(),
                          compact(c.fields), tr("not applied: %1").arg(s.error().message));
                !kept) {
                (void)localExec(QStringLiteral("ROLLBACK"));
                return kept.error();
            }
        }
        (void)localExec(QStringLiteral("RELEASE change"));
        lastHlc = std::max(lastHlc, c.hlc);
    }
    Status s = setState(QStringLiteral("pull_cursor"), QString::number(changes.back().seq));
    if (s)
        s = setState(QStringLiteral("last_hlc"), QString::number(lastHlc));
    if (s)
        s = setState(QStringLiteral("last_sync_at"), QString::number(m_clock.nowMs()));
    if (s)
        s = localExec(QStringLiteral("COMMIT"));
    if (!s) {
        (void)localExec(QStringLiteral("ROLLBACK"));
        return s.error();
    }
    return int(changes.size());
}

Status SyncEngine::audit(qint64 at, const QString& by, const QString& table, const QString& rowId,
                         const QString& op, const QString& field, const QVariant& oldValue,
                         const QVariant& newValue)
{
    QSqlQuery& q =
        local(QStringLiteral("INSERT INTO audit_log (changed_at, changed_by, table_name, row_id, op, "
                             "field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, at);
    q.bindValue(1, by.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(by));
    q.bindValue(2, table);
    q.bindValue(3, rowId);
    q.bindValue(4, op);
    q.bindValue(5, field.isNull() ? QString(QLatin1String("")) : field);
    q.bindValue(6, asText(oldValue));
    q.bindValue(7, asText(newValue));
    if (!q.exec())
        return Error::io(tr("Could not write the audit trail: %1").arg(q.lastError().text()));
    return {};
}

Status SyncEngine::apply(const Change& c)
{
    const auto& tables = replicated();
    auto table = tables.find(c.table);
    if (table == tables.end())
        return Error::data(
            tr("this console has no table %1 (a newer version of ThreeRings wrote it)").arg(c.table));
    m_applied.insert(c.table);
    const QVariant by =
        c.changedBy.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(c.changedBy);

    if (c.op == QLatin1String("delete")) {
        QSqlQuery& del = local(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(c.table));
        del.bindValue(0, c.rowId);
        if (!del.exec())
            return Error::data(del.lastError().databaseText());
        QSqlQuery& v = local(QStringLiteral("DELETE FROM sync_versions WHERE table_name = ? AND row_id = ?"));
        v.bindValue(0, c.table);
        v.bindValue(1, c.rowId);
        v.exec();
        return audit(c.changedAt, c.changedBy, c.table, c.rowId, QStringLiteral("delete"), {}, {}, {});
    }

    // The columns this console knows; others (a newer schema) are left out.
    QStringList columns;
    for (auto it = c.fields.begin(); it != c.fields.end(); ++it)
        if (table->contains(it.key()) && !bookkeeping().contains(it.key()))
            columns << it.key();

    // The row as it is here.
    QVariantList current;
    bool exists = false;
    {
        QSqlQuery& cur =
            local(QStringLiteral("SELECT 1%1 FROM %2 WHERE id = ?")
                      .arg(columns.isEmpty() ? QString() : QLatin1Char(',') + columns.join(QLatin1Char(',')),
                           c.table));
        cur.bindValue(0, c.rowId);
        if (!cur.exec())
            return Error::data(cur.lastError().databaseText());
        if (cur.next()) {
            exists = true;
            for (int i = 0; i < columns.size(); ++i)
                current << cur.value(i + 1);
        }
        cur.finish();
    }

    QJsonObject versions = exists ? versionsOf(c.table, c.rowId) : QJsonObject();
    const Version remote{c.hlc, c.console};
    QStringList winners;
    QVariantList values;
    for (int i = 0; i < columns.size(); ++i) {
        const QString& f = columns[i];
        const QVariant incoming = sqlValue(c.fields.value(f));
        // A restricted field never comes with the insert ("*"): it travels in a part of its own.
        const bool ownPart = restricted().value(c.table).contains(f) && !versions.contains(f);
        const Version here = exists && !ownPart ? versionAt(versions, f) : Version{};
        if (here == remote)
            continue; // already have it (a replay)
        const QJsonValue baseValue = c.base.value(f);
        const Version seen = baseValue.isArray() ? Version{qint64(baseValue.toArray().at(0).toDouble()),
                                                           baseValue.toArray().at(1).toString()}
                                                 : Version{};
        // Made apart: the writer had not seen the version this console has (a null base: the writer had
        // the field as inserted; so has this console unless the field changed here since).
        const bool changedHere = versions.value(f).isArray();
        const bool concurrent =
            c.op == QLatin1String("update") && (seen.valid() ? !(seen == here) : changedHere);
        const bool remoteWins = !here.valid() || here < remote;
        if (concurrent && exists && !sameValue(current[i], incoming)) {
            if (remoteWins) {
                QSqlQuery& who = local(QStringLiteral("SELECT updated_by FROM %1 WHERE id = ?").arg(c.table));
                who.bindValue(0, c.rowId);
                QString loser;
                if (who.exec() && who.next())
                    loser = who.value(0).toString();
                who.finish();
                if (Status s = audit(c.changedAt, loser, c.table, c.rowId, QStringLiteral("conflict"), f,
                                     current[i], incoming);
                    !s)
                    return s;
            } else if (Status s = audit(c.changedAt, c.changedBy, c.table, c.rowId,
                                        QStringLiteral("conflict"), f, incoming, current[i]);
                       !s) {
                return s;
            }
        }
        if (!remoteWins)
            continue;
        winners << f;
        values << incoming;
        versions.insert(f, versionJson(c.hlc, c.console));
    }

    if (!exists) {
        if (c.op == QLatin1String("update")) {
            // An update of a row this console never had (not visible here, or deleted meanwhile).
            return audit(c.changedAt, c.changedBy, c.table, c.rowId, QStringLiteral("conflict"), QString(),
                         compact(c.fields),
                         tr("not applied: the %1 record is not on this console").arg(c.table));
        }
        QStringList cols = winners;
        cols << QStringLiteral("id") << QStringLiteral("created_at") << QStringLiteral("created_by")
             << QStringLiteral("updated_at") << QStringLiteral("updated_by") << QStringLiteral("revision");
        QStringList marks;
        for (int i = 0; i < cols.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery& ins = local(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(c.table, cols.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
        int n = 0;
        for (const QVariant& v : values)
            ins.bindValue(n++, v);
        ins.bindValue(n++, c.rowId);
        ins.bindValue(n++, c.changedAt);
        ins.bindValue(n++, by);
        ins.bindValue(n++, c.changedAt);
        ins.bindValue(n++, by);
        ins.bindValue(n++, std::max(c.revision, 1));
        if (!ins.exec())
            return Error::data(ins.lastError().databaseText());
        QJsonObject fresh;
        fresh.insert(QStringLiteral("*"), versionJson(c.hlc, c.console));
        if (Status s = saveVersions(c.table, c.rowId, fresh); !s)
            return s;
        return audit(c.changedAt, c.changedBy, c.table, c.rowId, QStringLiteral("insert"), {}, {}, {});
    }

    if (winners.isEmpty())
        return {};
    QStringList sets;
    for (const QString& f : winners)
        sets << f + QStringLiteral(" = ?");
    QSqlQuery& up =
        local(QStringLiteral("UPDATE %1 SET %2, updated_at = ?, updated_by = ?, revision = revision + 1 "
                             "WHERE id = ?")
                  .arg(c.table, sets.join(QLatin1Char(','))));
    int n = 0;
    for (const QVariant& v : values)
        up.bindValue(n++, v);
    up.bindValue(n++, c.changedAt);
    up.bindValue(n++, by);
    up.bindValue(n++, c.rowId);
    if (!up.exec())
        return Error::data(up.lastError().databaseText());
    if (Status s = saveVersions(c.table, c.rowId, versions); !s)
        return s;
    for (int i = 0; i < winners.size(); ++i) {
        const qsizetype at = columns.indexOf(winners[i]);
        if (sameValue(current[at], values[i]))
            continue;
        const bool secret = winners[i] == QLatin1String("password_hash");
        if (Status s = audit(c.changedAt, c.changedBy, c.table, c.rowId, QStringLiteral("update"), winners[i],
                             secret ? QVariant() : current[at],
                             secret ? QVariant(QStringLiteral("(changed)")) : values[i]);
            !s)
            return s;
    }
    return {};
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
