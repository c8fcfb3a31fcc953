#include "core/db/Repository.h"

#include "core/db/Database.h"
#include "core/db/Transaction.h"

#include <QSqlError>

namespace threerings {

Repository::Repository(Database& db, const Clock& clock)
    : m_db(db), m_clock(clock), m_ownWriter(std::make_unique<RecordWriter>(db, clock)),
      m_writer(m_ownWriter.get())
{}

Repository::Repository(Database& db, const Clock& clock, RecordWriter& sharedWriter)
    : m_db(db), m_clock(clock), m_writer(&sharedWriter)
{}

Repository::~Repository() = default;

QSqlQuery& Repository::prepared(const QString& sql) const
{
    auto it = m_reads.find(sql);
    if (it == m_reads.end()) {
        auto q = std::make_shared<QSqlQuery>(m_db.connection());
        q->setForwardOnly(true);
        q->prepare(sql);
        it = m_reads.insert(sql, q);
    }
    return **it;
}

Result<RecordMeta> Repository::insertRow(const RowShape& shape, const QVariantList& values,
                                         const QString& actor, const QString& id)
{
    // A savepoint inside the caller's transaction, so a failed outbox row takes the row back with it.
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    auto stored = m_writer->insert(shape, values, actor, id);
    if (!stored)
        return stored.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    RecordMeta meta;
    meta.id = stored.value();
    meta.revision = 1;
    meta.createdAt = meta.updatedAt = m_writer->lastWriteAt();
    meta.createdBy = meta.updatedBy = actor;
    return meta;
}

Result<RecordMeta> Repository::insertRow(const QString& table, const QVariantMap& fields,
                                         const QString& actor)
{
    QVariantMap row = fields;
    const QString id = row.take(QStringLiteral("id")).toString();
    QVariantList values;
    const RowShape& shape = m_writer->shapeOf(table, row, &values);
    return insertRow(shape, values, actor, id);
}

Result<RecordMeta> Repository::updateRow(const RowShape& shape, const RecordMeta& meta,
                                         const QVariantList& values, const QString& actor)
{
    if (!meta.isStored())
        return Error::usage(
            tr("This %1 record was never saved, so it cannot be changed; save it first.").arg(shape.table()));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    auto revision = m_writer->update(shape, meta.id, values, actor, meta.revision);
    if (!revision)
        return revision.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    if (shape.size() == 0)
        return meta; // nothing changed, nothing written: the stored bookkeeping stands
    RecordMeta updated = meta;
    updated.revision = revision.value();
    updated.updatedAt = m_writer->lastWriteAt();
    updated.updatedBy = actor;
    return updated;
}

Result<RecordMeta> Repository::updateRow(const QString& table, const RecordMeta& meta,
                                         const QVariantMap& fields, const QString& actor)
{
    QVariantList values;
    const RowShape& shape = m_writer->shapeOf(table, fields, &values);
    return updateRow(shape, meta, values, actor);
}

Result<RecordMeta> Repository::upsertRow(const RowShape& shape, const RecordMeta& existing,
                                         const QVariantList& values, const QString& actor)
{
    return existing.isStored() ? updateRow(shape, existing, values, actor) : insertRow(shape, values, actor);
}

Result<RecordMeta> Repository::findMeta(const QString& sql, const QVariantList& binds) const
{
    QSqlQuery& q = prepared(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return readError(q);
    RecordMeta existing;
    if (q.next()) {
        existing.id = q.value(0).toString();
        existing.revision = q.value(1).toInt();
    }
    q.finish();
    return existing;
}

Result<qint64> Repository::countOf(const QString& sql, const QVariantList& binds) const
{
    QSqlQuery& q = prepared(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return readError(q);
    const qint64 count = q.value(0).toLongLong();
    q.finish();
    return count;
}

RecordMeta Repository::readMeta(const QSqlQuery& q)
{
    RecordMeta m;
    m.id = q.value(QStringLiteral("id")).toString();
    m.revision = q.value(QStringLiteral("revision")).toInt();
    m.createdAt = q.value(QStringLiteral("created_at")).toLongLong();
    m.updatedAt = q.value(QStringLiteral("updated_at")).toLongLong();
    m.createdBy = q.value(QStringLiteral("created_by")).toString();
    m.updatedBy = q.value(QStringLiteral("updated_by")).toString();
    return m;
}

Error Repository::readError(const QSqlQuery& q)
{
    return Error::io(tr("Could not read the database: %1").arg(q.lastError().text()));
}

} // namespace threerings
