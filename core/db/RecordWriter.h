#pragma once

#include "core/db/RowShape.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <QVariantMap>
#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace threerings {

class Clock;
class Database;

// The one place rows are written. It stamps the bookkeeping columns (UUID key, created/updated
// at and by, revision) and writes each change to the outbox in the caller's transaction (in one of its own
// when the caller has none), so replication and the audit trail see every change without the forms knowing
// about them.
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

    // Inserts a row: `values` holds one value per column of `shape`, in its order. A new id is made
    // unless `id` is given. Returns the row's id. The fast path; repositories use it.
    Result<QString> insert(const RowShape& shape, const QVariantList& values, const QString& actor,
                           const QString& id = {});
    // Inserts a row. `fields` must not hold the bookkeeping columns; an "id" entry is kept when given.
    // Returns the row's id. Convenient for rare writes; each distinct column set is prepared once.
    Result<QString> insert(const QString& table, const QVariantMap& fields, const QString& actor);

    // Writes `values` (one per column of `shape`) to one row. When expectedRevision >= 0 and the row
    // has moved on, nothing is written and a Conflict error says so. Returns the new revision.
    Result<int> update(const RowShape& shape, const QString& id, const QVariantList& values,
                       const QString& actor, int expectedRevision = -1);
    // Changes some columns of one row; as above.
    Result<int> update(const QString& table, const QString& id, const QVariantMap& changed,
                       const QString& actor, int expectedRevision = -1);

    Status remove(const QString& table, const QString& id, const QString& actor);

    // The time stamped on the last row written, so a repository can return the stored bookkeeping
    // without reading the row back.
    qint64 lastWriteAt() const { return m_lastAt; }

    // The shape of a column set given as a map (prepared once per distinct set), and its values in order.
    const RowShape& shapeOf(const QString& table, const QVariantMap& fields, QVariantList* values);

    // The outbox's JSON object of the written columns, built as text (keys in QJsonObject's order).
    static QString json(const RowShape& shape, const QVariantList& values);
    // The same for an update: only the columns whose value differs from `before` (the row as it was), so a
    // console that saves a whole record sends only what it changed, and another console's change of another
    // field of that record survives the merge.
    static QString changedJson(const RowShape& shape, const QVariantList& before, const QVariantList& values);

private:
    Result<QString> insertNow(const RowShape& shape, const QVariantList& values, const QString& actor,
                              const QString& id);
    Result<int> updateNow(const RowShape& shape, const QString& id, const QVariantList& values,
                          const QString& actor, int expectedRevision);
    Status removeNow(const QString& table, const QString& id, const QString& actor);
    QSqlQuery& cached(const QString& sql);
    // The writes go straight to SQLite: QSqlQuery::bindValue formats a placeholder name per value,
    // which cost more than the insert itself. These statements are finalized with the writer.
    struct Statement;
    Result<Statement*> statement(QHash<int, std::shared_ptr<Statement>>& cache, int key, const QString& sql);
    QString lastSqliteError() const;
    Result<int> currentRevision(const QString& table, const QString& id);
    Status appendOutbox(const QString& table, const QString& id, const QString& op, int revision, qint64 at,
                        const QString& actor, const QString& fieldsJson);
    // The audit hook: one audit_log row per changed field of an update (old and new value as text), one
    // row for an insert or a delete. Secrets (password hashes) are recorded as changed, never copied.
    Result<QVariantList> readOldValues(const RowShape& shape, const QString& id);
    Status appendAudit(const QString& table, const QString& id, const QString& op, qint64 at,
                       const QString& actor, const RowShape* shape = nullptr,
                       const QVariantList& oldValues = {}, const QVariantList& newValues = {},
                       const QString& inserted = {});

    Database& m_db;
    const Clock& m_clock;
    IdSource m_ids;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
    QHash<int, std::shared_ptr<Statement>> m_inserts;
    QHash<int, std::shared_ptr<Statement>> m_updates;
    QHash<QString, std::shared_ptr<RowShape>> m_shapes; // for the QVariantMap calls
    QHash<int, std::shared_ptr<Statement>> m_outbox;
    QHash<int, std::shared_ptr<Statement>> m_audit;
    QHash<int, std::shared_ptr<Statement>> m_reads; // old values of an update, per shape
    qint64 m_lastAt = 0;
};

} // namespace threerings
