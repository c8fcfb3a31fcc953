#include "core/db/Database.h"
#include "core/db/RowShape.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncTables.h"
#include "core/util/Clock.h"

#include <QJsonDocument>
#include <QSqlError>
#include <algorithm>

// Pull and merge: server rows past the pull cursor, applied field by field (the higher (hlc, console)
// wins; concurrent losers are kept in the audit trail).

namespace threerings {

using namespace synctables;

namespace {

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

// The columns of a change as readChange() reads them.
QString changeColumns()
{
    return QStringLiteral("seq, console_id, table_name, row_id, op, revision, hlc, changed_at, changed_by, "
                          "fields::text, coalesce(base::text, '{}')");
}

} // namespace

SyncEngine::Change SyncEngine::readChange(const QSqlQuery& q)
{
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
    return c;
}

Status SyncEngine::pullPeople()
{
    if (!m_connected)
        return Error::io(tr("Not connected to the server."));
    QSqlQuery q(server());
    q.prepare(
        QStringLiteral("SELECT %1 FROM tr_changes WHERE table_name IN ('departments', 'users') AND seq > ? "
                       "AND console_id <> ? AND refusal IS NULL ORDER BY seq")
            .arg(changeColumns()));
    q.addBindValue(state(QStringLiteral("pull_cursor"), QStringLiteral("0")).toLongLong());
    q.addBindValue(m_stream);
    q.setForwardOnly(true);
    if (!q.exec()) {
        const QString why = q.lastError().text();
        q = QSqlQuery();
        return serverFailed(tr("Reading the team's people"), why);
    }
    std::vector<Change> changes;
    while (q.next())
        changes.push_back(readChange(q));
    q = QSqlQuery();
    if (changes.empty())
        return {};
    // Applied ahead of the pull: the full pull later finds them here (the same version) and skips them.
    if (Status s = localExec(QStringLiteral("BEGIN IMMEDIATE")); !s)
        return s;
    for (const Change& c : changes) {
        if (!notUnderstood(c).isEmpty())
            break;
        (void)localExec(QStringLiteral("SAVEPOINT change"));
        if (Status s = apply(c); !s)
            (void)localExec(QStringLiteral("ROLLBACK TO change"));
        (void)localExec(QStringLiteral("RELEASE change"));
    }
    if (Status s = localExec(QStringLiteral("COMMIT")); !s) {
        (void)localExec(QStringLiteral("ROLLBACK"));
        return s;
    }
    return {};
}

Result<int> SyncEngine::pull(int batch)
{
    if (!m_connected)
        return Error::io(tr("Not connected to the server."));
    const qint64 cursor = state(QStringLiteral("pull_cursor"), QStringLiteral("0")).toLongLong();
    QSqlQuery q(server());
    q.prepare(
        QStringLiteral("SELECT %1 FROM tr_changes WHERE seq > ? AND console_id <> ? AND refusal IS NULL "
                       "ORDER BY seq LIMIT ?")
            .arg(changeColumns()));
    q.addBindValue(cursor);
    // Only what this person's login sent from here is skipped: other people's changes sent from this
    // console come back as the versions it has (nothing to do), and a copy of this file used by someone
    // else is heard from.
    q.addBindValue(m_stream);
    q.addBindValue(batch);
    q.setForwardOnly(true);
    if (!q.exec()) {
        const QString why = q.lastError().text();
        q = QSqlQuery();
        return serverFailed(tr("Pulling changes"), why);
    }
    std::vector<Change> changes;
    while (q.next())
        changes.push_back(readChange(q));
    q = QSqlQuery();
    if (changes.empty())
        return 0;
    // A change this version does not understand (a table or a field a newer ThreeRings wrote) is never
    // skipped: the pull stops before it, so it and everything after it wait on the server, in order, until
    // this console is updated.
    std::size_t understood = 0;
    QString newer;
    for (; understood < changes.size(); ++understood)
        if (newer = notUnderstood(changes[understood]); !newer.isEmpty())
            break;
    if (understood == 0)
        return Error::data(
            tr("A change from another console needs a newer ThreeRings than this one (it writes "
               "%1): update ThreeRings on this console. The team's changes wait on the server "
               "and are taken after the update; none is skipped.")
                .arg(newer));
    changes.resize(understood);

    if (Status s = localExec(QStringLiteral("BEGIN IMMEDIATE")); !s)
        return s.error();
    // Local changes not yet pushed are pushed first, so their clock is settled before others' are
    // weighed against them; the write lock held from here keeps new ones out until the commit.
    {
        QSqlQuery& pending = local(QStringLiteral(
            "SELECT EXISTS (SELECT 1 FROM outbox WHERE seq > ? AND (? = '' OR changed_by IS NULL OR "
            "changed_by = ?))"));
        pending.bindValue(0, state(QStringLiteral("push_cursor"), QStringLiteral("0")).toLongLong());
        pending.bindValue(1, m_personId);
        pending.bindValue(2, m_personId);
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
            // has) is kept in the trail, not lost, and does not hold up the others; one whose record is not
            // here yet also waits, and is applied when its record arrives.
            (void)localExec(QStringLiteral("ROLLBACK TO change"));
            const bool waits = waitsForRecord(s.error());
            Status kept = audit(c.changedAt, c.changedBy, c.table, c.rowId, QStringLiteral("conflict"),
                                QString(), compact(c.fields),
                                waits ? tr("not applied yet: %1; kept, and applied when that record arrives")
                                            .arg(s.error().message)
                                      : tr("not applied: %1").arg(s.error().message));
            if (kept && waits)
                kept = park(c, s.error().message);
            if (!kept) {
                (void)localExec(QStringLiteral("ROLLBACK"));
                return kept.error();
            }
        }
        (void)localExec(QStringLiteral("RELEASE change"));
        lastHlc = std::max(lastHlc, c.hlc);
    }
    if (Status retried = retryParked(); !retried) {
        (void)localExec(QStringLiteral("ROLLBACK"));
        return retried.error();
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

QString SyncEngine::notUnderstood(const Change& c)
{
    const auto& tables = replicated();
    auto table = tables.find(c.table);
    if (table == tables.end())
        return c.table;
    for (auto it = c.fields.begin(); it != c.fields.end(); ++it)
        if (!table->contains(it.key()) && !bookkeeping().contains(it.key()))
            return c.table + QLatin1Char('.') + it.key();
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
            // An update of a row this console does not have (not arrived yet, not visible here, or deleted).
            return Error::notFound(tr("the %1 record is not on this console").arg(c.table));
        }
        QStringList cols = winners;
        cols << QStringLiteral("id") << QStringLiteral("created_at") << QStringLiteral("created_by")
             << QStringLiteral("updated_at") << QStringLiteral("updated_by") << QStringLiteral("revision");
        QStringList marks;
        for (int i = 0; i < cols.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery& ins = local(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(c.table, cols.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
        const auto insert = [&] {
            int n = 0;
            for (const QVariant& v : values)
                ins.bindValue(n++, v);
            ins.bindValue(n++, c.rowId);
            ins.bindValue(n++, c.changedAt);
            ins.bindValue(n++, by);
            ins.bindValue(n++, c.changedAt);
            ins.bindValue(n++, by);
            ins.bindValue(n++, std::max(c.revision, 1));
            return ins.exec();
        };
        if (!insert()) {
            // Two consoles gave two records one number while apart: settled the same way on every console.
            const QString why = ins.lastError().databaseText();
            ins.finish();
            auto settled = settleNumberClash(c, winners, values, why);
            if (!settled)
                return settled.error();
            if (!*settled || !insert())
                return Error::data(why);
        }
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
        const bool secret = RowShape::isSecret(winners[i]);
        if (Status s = audit(c.changedAt, c.changedBy, c.table, c.rowId, QStringLiteral("update"), winners[i],
                             secret ? QVariant() : current[at],
                             secret ? QVariant(QStringLiteral("(changed)")) : values[i]);
            !s)
            return s;
    }
    return {};
}

} // namespace threerings
