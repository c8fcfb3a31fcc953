#include "core/db/Database.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncTables.h"
#include "core/util/Clock.h"

#include <QJsonDocument>
#include <QSqlError>

// Changes that wait for their record: parked after a pull could not apply them, tried again after each pull.

namespace threerings {

namespace {

QJsonObject toJson(const SyncEngine::Change& c)
{
    return {{QStringLiteral("seq"), double(c.seq)}, {QStringLiteral("console"), c.console},
            {QStringLiteral("table"), c.table},     {QStringLiteral("row"), c.rowId},
            {QStringLiteral("op"), c.op},           {QStringLiteral("revision"), c.revision},
            {QStringLiteral("hlc"), double(c.hlc)}, {QStringLiteral("at"), double(c.changedAt)},
            {QStringLiteral("by"), c.changedBy},    {QStringLiteral("fields"), c.fields},
            {QStringLiteral("base"), c.base}};
}

SyncEngine::Change fromJson(const QJsonObject& o)
{
    SyncEngine::Change c;
    c.seq = qint64(o.value(QStringLiteral("seq")).toDouble());
    c.console = o.value(QStringLiteral("console")).toString();
    c.table = o.value(QStringLiteral("table")).toString();
    c.rowId = o.value(QStringLiteral("row")).toString();
    c.op = o.value(QStringLiteral("op")).toString();
    c.revision = o.value(QStringLiteral("revision")).toInt();
    c.hlc = qint64(o.value(QStringLiteral("hlc")).toDouble());
    c.changedAt = qint64(o.value(QStringLiteral("at")).toDouble());
    c.changedBy = o.value(QStringLiteral("by")).toString();
    c.fields = o.value(QStringLiteral("fields")).toObject();
    c.base = o.value(QStringLiteral("base")).toObject();
    return c;
}

} // namespace

bool SyncEngine::waitsForRecord(const Error& error)
{
    return error.kind == Error::Kind::NotFound ||
           error.message.contains(QLatin1String("FOREIGN KEY constraint"));
}

Status SyncEngine::park(const Change& c, const QString& why)
{
    QSqlQuery& q = local(QStringLiteral("INSERT OR REPLACE INTO sync_parked (seq, change, why, parked_at) "
                                        "VALUES (?, ?, ?, ?)"));
    q.bindValue(0, c.seq);
    q.bindValue(1, synctables::compact(toJson(c)));
    q.bindValue(2, why);
    q.bindValue(3, m_clock.nowMs());
    if (!q.exec())
        return Error::io(
            tr("Could not keep a change that waits for its record: %1").arg(q.lastError().text()));
    return {};
}

Status SyncEngine::retryParked()
{
    std::vector<Change> waiting;
    {
        QSqlQuery& q = local(QStringLiteral("SELECT change FROM sync_parked ORDER BY seq LIMIT 1000"));
        if (!q.exec())
            return Error::io(
                tr("Could not read the changes that wait for their record: %1").arg(q.lastError().text()));
        while (q.next())
            waiting.push_back(fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()));
        q.finish();
    }
    for (const Change& c : waiting) {
        (void)localExec(QStringLiteral("SAVEPOINT parked"));
        if (Status s = apply(c); !s) {
            (void)localExec(QStringLiteral("ROLLBACK TO parked"));
            (void)localExec(QStringLiteral("RELEASE parked"));
            continue; // still waiting
        }
        (void)localExec(QStringLiteral("RELEASE parked"));
        QSqlQuery& done = local(QStringLiteral("DELETE FROM sync_parked WHERE seq = ?"));
        done.bindValue(0, c.seq);
        if (!done.exec())
            return Error::io(
                tr("Could not record a waiting change as applied: %1").arg(done.lastError().text()));
    }
    return {};
}

} // namespace threerings
