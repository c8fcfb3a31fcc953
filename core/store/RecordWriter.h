#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QVariantMap>
#include <functional>
#include <memory>

namespace threerings {

class Clock;
class Database;

// The one place rows are written. It stamps the bookkeeping columns (UUID key, created/updated
// at and by, revision) and writes each change to the outbox in the caller's transaction, so
// replication and the audit trail see every change without the forms knowing about them.
// Table and column names come from code, never from input; values are always bound.
class RecordWriter
{
    Q_DECLARE_TR_FUNCTIONS(RecordWriter)

public:
    using IdSource = std::function<QString()>;

    RecordWriter(Database& db, const Clock& clock);
    ~RecordWriter();

    // Keys are random UUIDs by default; demo data sets a seeded source so it is reproducible.
    void setIdSource(IdSource source) { m_ids = std::move(source); }
    QString newId() const;

    // Inserts a row. `fields` must not hold the bookkeeping columns; an "id" entry is kept when given.
    // Returns the row's id.
    Result<QString> insert(const QString& table, const QVariantMap& fields, const QString& actor);

    // Changes some columns of one row. When expectedRevision >= 0 and the row has moved on, nothing
    // is written and a Conflict error says so. Returns the new revision.
    Result<int> update(const QString& table, const QString& id, const QVariantMap& changed,
                       const QString& actor, int expectedRevision = -1);

    Status remove(const QString& table, const QString& id, const QString& actor);

    // The time stamped on the last row written, so a repository can return the stored bookkeeping
    // without reading the row back.
    qint64 lastWriteAt() const { return m_lastAt; }

private:
    QSqlQuery& cached(const QString& sql);
    Status appendOutbox(const QString& table, const QString& id, const QString& op, int revision, qint64 at,
                        const QString& actor, const QVariantMap& fields);
    // The audit hook: one audit_log row per changed field of an update (old and new value), one row
    // for an insert or a delete. Secrets (password hashes) are recorded as changed, never copied.
    Result<QVariantMap> readOldValues(const QString& table, const QString& id, const QVariantMap& changed);
    Status appendAudit(const QString& table, const QString& id, const QString& op, qint64 at,
                       const QString& actor, const QVariantMap& oldValues = {},
                       const QVariantMap& newValues = {});

    Database& m_db;
    const Clock& m_clock;
    IdSource m_ids;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
    qint64 m_lastAt = 0;
};

} // namespace threerings
