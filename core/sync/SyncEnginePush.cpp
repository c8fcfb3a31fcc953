#include "core/db/Database.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncTables.h"
#include "core/util/Clock.h"

#include <QJsonDocument>
#include <QSqlError>
#include <algorithm>

// Push: outbox rows past the push cursor go to tr_changes in one multi-row upsert per batch.

namespace threerings {

using namespace synctables;

namespace {

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

} // namespace

bool SyncEngine::hasSimulatedCalls()
{
    QSqlQuery& q = local(QStringLiteral("SELECT EXISTS (SELECT 1 FROM calls WHERE simulated = 1)"));
    const bool any = q.exec() && q.next() && q.value(0).toBool();
    q.finish();
    return any;
}

bool SyncEngine::onSimulatedCall(const QString& table, const QString& rowId)
{
    const auto& rows = synctables::onSimulatedCall();
    const auto sql = rows.find(table);
    if (sql == rows.end())
        return false;
    QSqlQuery& q = local(*sql);
    q.bindValue(0, rowId);
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
}

Result<int> SyncEngine::push(int batch)
{
    if (!m_connected)
        return Error::io(tr("Not connected to the server."));
    const QString me = m_stream;
    const qint64 cursor = state(QStringLiteral("push_cursor"), QStringLiteral("0")).toLongLong();
    qint64 lastHlc = state(QStringLiteral("last_hlc"), QStringLiteral("0")).toLongLong();

    // A person's login sends that person's changes and the system's; the others' wait here for their
    // authors' own logins (the server refuses a change signed by another person).
    QSqlQuery& read =
        local(QStringLiteral("SELECT seq, table_name, row_id, op, revision, changed_at, changed_by, fields "
                             "FROM outbox WHERE seq > ? "
                             "AND (? = '' OR changed_by IS NULL OR changed_by = ?) ORDER BY seq LIMIT ?"));
    read.bindValue(0, cursor);
    read.bindValue(1, m_personId);
    read.bindValue(2, m_personId);
    read.bindValue(3, batch);
    if (!read.exec())
        return Error::io(tr("Could not read the outbox: %1").arg(read.lastError().text()));

    const auto& tables = replicated();
    // Calls of the simulated line (demos, training) and what hangs on them stay here; a hotline's console
    // has none, and then no row is looked at twice.
    const bool simulated = hasSimulatedCalls();
    QString records;
    records.reserve(batch * 256);
    records += QLatin1Char('[');
    int count = 0;
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
    if (rows.empty()) {
        if (Status s = pushLogins(); !s)
            return s.error();
        return 0;
    }

    for (const Row& r : rows) {
        if (!tables.contains(r.table) || (simulated && onSimulatedCall(r.table, r.rowId)))
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

    // This file is not the console the server knows under its id: it pushes again as a new console (once).
    const auto renew = [&](const QString& why) -> Result<int> {
        m_renewed = true;
        Status s = takeNewIdentity(why);
        auto again = s ? push(batch) : Result<int>(s.error());
        m_renewed = false;
        return again;
    };
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
        // This console's outbox numbers already sent under another login's id of the same console: this file
        // is a copy of another console's, used by someone else. It pushes as a new console; nothing vanishes.
        // How many of the batch's rows `sql` finds on the server (the batch bound as its one parameter).
        const auto countOnServer = [&](const QString& sql) -> Result<qint64> {
            q.prepare(sql);
            q.addBindValue(records);
            if (!q.exec() || !q.next()) {
                const QString why = q.lastError().text();
                q = QSqlQuery();
                srv.rollback();
                return serverFailed(tr("Pushing changes"), why);
            }
            const qint64 n = q.value(0).toLongLong();
            q.finish();
            return n;
        };
        auto copies = countOnServer(QStringLiteral(
            "SELECT count(*) FROM tr_changes t JOIN jsonb_to_recordset(?::jsonb) AS x(console_id text, "
            "origin_seq "
            "bigint) ON t.console_base = split_part(x.console_id, '/', 1) AND t.origin_seq = x.origin_seq "
            "WHERE t.console_id <> x.console_id"));
        if (!copies)
            return copies.error();
        if (*copies > 0 && !m_renewed) {
            q = QSqlQuery();
            srv.rollback();
            return renew(tr("Another person's login pushed this console's changes under its id (this "
                            "database is a copy of another console's file): this one now syncs as a new "
                            "console. Nothing is lost."));
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
            // The server ties this console id to another login (a copy of another person's console file):
            // this file pushes as a new console.
            const bool othersId = q.lastError().nativeErrorCode() == QLatin1String("TRC01");
            q = QSqlQuery();
            srv.rollback();
            if (othersId && !m_renewed)
                return renew(tr("The server knows this console's id as another login's (this database is a "
                                "copy of another console's file): this one now syncs as a new console. "
                                "Nothing is lost."));
            return serverFailed(tr("Pushing changes"), why);
        }
        // Fewer rows than sent: the server had some already. A batch pushed again after a crash finds its
        // own changes; other changes under this console id mean this file is a copy of another console's
        // (or a restored backup that went on): it takes a new id and pushes again, nothing vanishes.
        if (q.numRowsAffected() < count) {
            auto found = countOnServer(QStringLiteral(
                "SELECT count(*) FROM tr_changes t JOIN jsonb_to_recordset(?::jsonb) AS x(console_id text, "
                "origin_seq bigint, part smallint, table_name text, row_id text, changed_at bigint) ON "
                "t.console_id = x.console_id AND t.origin_seq = x.origin_seq AND t.part = x.part WHERE "
                "t.table_name <> x.table_name OR t.row_id <> x.row_id OR t.changed_at <> x.changed_at"));
            if (!found)
                return found.error();
            const qint64 clashes = *found;
            q = QSqlQuery();
            if (clashes > 0 && !m_renewed) {
                srv.rollback();
                return renew(
                    tr("Another console pushed under this console's id (this database is a copy of "
                       "its file, or a restored backup): this one now syncs as a new console. Nothing "
                       "is lost."));
            }
        }
        q = QSqlQuery();
        if (m_fault && !m_fault(Stage::BeforeServerCommit))
            return Error::io(tr("Push stopped before the server's commit (test)."));
        if (!srv.commit())
            return serverFailed(tr("Committing the pushed changes"), srv.lastError().text());
        if (m_fault && !m_fault(Stage::AfterServerCommit))
            return Error::io(tr("Push stopped after the server's commit (test)."));
    }

    // The server has the batch: prune its rows from the outbox (the audit trail keeps the history), move the
    // clock and the versions of the fields sent.
    if (Status s = localExec(QStringLiteral("BEGIN IMMEDIATE")); !s)
        return s.error();
    {
        QSqlQuery& prune = local(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
        for (const Row& r : rows) {
            prune.bindValue(0, r.seq);
            if (!prune.exec()) {
                const QString why = prune.lastError().text();
                (void)localExec(QStringLiteral("ROLLBACK"));
                return Error::io(tr("Could not prune the outbox: %1").arg(why));
            }
        }
    }
    for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
        const qsizetype sep = it.key().indexOf(QChar(0x1f));
        if (Status s = saveVersions(it.key().left(sep), it.key().mid(sep + 1), it.value()); !s) {
            (void)localExec(QStringLiteral("ROLLBACK"));
            return s.error();
        }
    }
    for (const Status& s : {setState(QStringLiteral("last_hlc"), QString::number(lastHlc)),
                            setState(QStringLiteral("last_sync_at"), QString::number(m_clock.nowMs()))})
        if (!s) {
            (void)localExec(QStringLiteral("ROLLBACK"));
            return s.error();
        }
    if (Status s = localExec(QStringLiteral("COMMIT")); !s)
        return s.error();
    if (Status s = readRefusals(); !s)
        return s.error();
    return int(rows.size());
}

} // namespace threerings
