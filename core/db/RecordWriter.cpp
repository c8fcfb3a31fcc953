#include "core/db/RecordWriter.h"

#include "core/db/Database.h"
#include "core/db/NaturalKeys.h"
#include "core/db/RecordJson.h"
#include "core/util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QUuid>
#include <optional>
#include <sqlite3.h>

namespace threerings {

namespace {

// A row and its outbox and trail rows are one write: inside the caller's transaction they commit with it; a
// caller without one (a tool, a test, a one-off write) gets one here, so a process killed between the
// statements never leaves a row that no other console will hear of.
template <typename Write> auto atomically(sqlite3* handle, Write&& write) -> decltype(write())
{
    if (!sqlite3_get_autocommit(handle))
        return write();
    if (sqlite3_exec(handle, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return Error::io(RecordWriter::tr("The database is busy (%1); try again in a moment.")
                             .arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    auto result = write();
    if (!result || sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
        if (result)
            return Error::io(RecordWriter::tr("Could not save: %1. Nothing was written.").arg(why));
    }
    return result;
}

QVariant auditText(const QVariant& v);

// Whether a column keeps its value: `before` as read from the row, `after` as a repository passes it.
bool sameStored(const QVariant& before, const QVariant& after)
{
    const QVariant text = auditText(after);
    return before.isNull() == text.isNull() && before.toString() == text.toString();
}

} // namespace

namespace {

const QStringList& bookkeeping()
{
    static const QStringList cols{QStringLiteral("created_at"), QStringLiteral("created_by"),
                                  QStringLiteral("updated_at"), QStringLiteral("updated_by"),
                                  QStringLiteral("revision")};
    return cols;
}

QVariant nullIfEmpty(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// The first value that is text holding a NUL character (U+0000); -1 when none. PostgreSQL refuses
// one in jsonb, so a single such change would stop this console's replication.
int nulColumn(const QVariantList& values)
{
    for (int i = 0; i < int(values.size()); ++i) {
        const QVariant& v = values[i];
        if (v.metaType().id() == QMetaType::QString &&
            static_cast<const QString*>(v.constData())->contains(QChar(u'\0')))
            return i;
    }
    return -1;
}

// The last line behind the forms' checks (Validation::noNul).
Error nulRefused(const RowShape& shape, int column)
{
    const QString name = shape.columns().at(column);
    return Error::data(
        RecordWriter::tr("The %1 of this %2 record holds a NUL character (U+0000), which cannot "
                         "be stored or sent to the team server; delete it and save again.")
            .arg(name, shape.table()),
        name);
}

// Binds as the QSQLITE driver does: NULL for a null variant or a null string, integers as integers,
// text as UTF-16. The values outlive the step, so their strings are bound without a copy.
int bindValue(sqlite3_stmt* stmt, int index, const QVariant& v)
{
    if (v.isNull())
        return sqlite3_bind_null(stmt, index);
    switch (v.metaType().id()) {
    case QMetaType::QString: {
        const QString* s = static_cast<const QString*>(v.constData());
        if (s->isNull())
            return sqlite3_bind_null(stmt, index);
        return sqlite3_bind_text16(stmt, index, s->utf16(), int(s->size() * 2), SQLITE_STATIC);
    }
    case QMetaType::QByteArray: {
        const QByteArray* b = static_cast<const QByteArray*>(v.constData());
        if (b->isNull())
            return sqlite3_bind_null(stmt, index);
        return sqlite3_bind_blob(stmt, index, b->constData(), int(b->size()), SQLITE_STATIC);
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Long:
    case QMetaType::Short:
    case QMetaType::UShort:
        return sqlite3_bind_int64(stmt, index, v.toLongLong());
    case QMetaType::ULongLong:
    case QMetaType::ULong:
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(stmt, index, v.toDouble());
    case QMetaType::QDateTime: {
        const QDateTime t = v.toDateTime();
        if (t.isNull())
            return sqlite3_bind_null(stmt, index);
        const QString s = t.toString(Qt::ISODateWithMs);
        return sqlite3_bind_text16(stmt, index, s.utf16(), int(s.size() * 2), SQLITE_TRANSIENT);
    }
    default: {
        const QString s = v.toString();
        return sqlite3_bind_text16(stmt, index, s.utf16(), int(s.size() * 2), SQLITE_TRANSIENT);
    }
    }
}

// Steps a write and makes the statement ready for the next one.
bool run(sqlite3_stmt* stmt)
{
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

} // namespace

// Finalized with the writer; the repositories and their writers should go before the Database, else
// the connection cannot close cleanly (and the statement is then left alone, not finalized late).
struct RecordWriter::Statement
{
    explicit Statement(std::weak_ptr<void> db) : lifetime(std::move(db)) {}
    ~Statement()
    {
        if (!lifetime.expired())
            sqlite3_finalize(stmt);
    }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    std::weak_ptr<void> lifetime;
    sqlite3_stmt* stmt = nullptr;
};

RecordWriter::RecordWriter(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

RecordWriter::~RecordWriter() = default;

QString RecordWriter::newId() const
{
    return m_ids ? m_ids() : QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString RecordWriter::json(const RowShape& shape, const QVariantList& values)
{
    Q_ASSERT(values.size() == shape.size());
    QString out; // secret columns are not in jsonOrder()
    out.reserve(64 + shape.size() * 24);
    out += QLatin1Char('{');
    const QList<int>& order = shape.jsonOrder();
    const QStringList& keys = shape.jsonKeys();
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        out += keys[i];
        recordjson::appendValue(out, values[order[i]]);
    }
    out += QLatin1Char('}');
    return out;
}

QString RecordWriter::changedJson(const RowShape& shape, const QVariantList& before,
                                  const QVariantList& values)
{
    Q_ASSERT(values.size() == shape.size());
    QString out;
    out.reserve(64);
    out += QLatin1Char('{');
    const QList<int>& order = shape.jsonOrder();
    const QStringList& keys = shape.jsonKeys();
    bool any = false;
    for (qsizetype i = 0; i < order.size(); ++i) {
        const int column = order[i];
        if (before.size() > column && sameStored(before[column], values[column]))
            continue;
        if (any)
            out += QLatin1Char(',');
        any = true;
        out += keys[i];
        recordjson::appendValue(out, values[column]);
    }
    out += QLatin1Char('}');
    return out;
}

QSqlQuery& RecordWriter::cached(const QString& sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        auto q = std::make_shared<QSqlQuery>(m_db.connection());
        q->prepare(sql);
        it = m_queries.insert(sql, q);
    }
    return **it;
}

Result<RecordWriter::Statement*> RecordWriter::statement(QHash<int, std::shared_ptr<Statement>>& cache,
                                                         int key, const QString& sql)
{
    auto it = cache.find(key);
    if (it == cache.end()) {
        auto st = std::make_shared<Statement>(m_db.lifetime());
        if (sqlite3_prepare16_v3(m_db.handle(), sql.utf16(), int(sql.size() * 2), SQLITE_PREPARE_PERSISTENT,
                                 &st->stmt, nullptr) != SQLITE_OK)
            return Error::io(tr("Could not prepare a write: %1").arg(lastSqliteError()));
        it = cache.insert(key, st);
    }
    return it->get();
}

QString RecordWriter::lastSqliteError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db.handle()));
}

const RowShape& RecordWriter::shapeOf(const QString& table, const QVariantMap& fields, QVariantList* values)
{
    QStringList cols;
    cols.reserve(fields.size());
    values->reserve(fields.size());
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        cols << it.key();
        values->append(it.value());
    }
    const QString key = table + QLatin1Char(':') + cols.join(QLatin1Char(','));
    auto it = m_shapes.find(key);
    if (it == m_shapes.end())
        it = m_shapes.insert(key, std::make_shared<RowShape>(table, cols));
    return **it;
}

Status RecordWriter::appendOutbox(const QString& table, const QString& id, const QString& op, int revision,
                                  qint64 at, const QString& actor, const QString& fieldsJson)
{
    auto st = statement(m_outbox, 0,
                        QStringLiteral("INSERT INTO outbox (table_name, row_id, op, revision, changed_at, "
                                       "changed_by, fields) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    sqlite3_stmt* q = st.value()->stmt;
    const QVariant by = nullIfEmpty(actor);
    const QVariant values[] = {table, id, op, by, fieldsJson};
    bindValue(q, 1, values[0]);
    bindValue(q, 2, values[1]);
    bindValue(q, 3, values[2]);
    sqlite3_bind_int64(q, 4, revision);
    sqlite3_bind_int64(q, 5, at);
    bindValue(q, 6, values[3]);
    bindValue(q, 7, values[4]);
    if (!run(q))
        return Error::io(tr("Could not record the change for replication: %1").arg(lastSqliteError()));
    return {};
}

Result<QString> RecordWriter::insert(const RowShape& shape, const QVariantList& values, const QString& actor,
                                     const QString& id)
{
    return atomically(m_db.handle(), [&] { return insertNow(shape, values, actor, id); });
}

Result<QString> RecordWriter::insertNow(const RowShape& shape, const QVariantList& values,
                                        const QString& actor, const QString& id)
{
    Q_ASSERT(values.size() == shape.size());
    if (const int bad = nulColumn(values); bad >= 0)
        return nulRefused(shape, bad);
    const QString rowId = !id.isEmpty() ? id : naturalKeyId(shape, values).value_or(newId());
    const qint64 at = m_clock.nowMs();
    m_lastAt = at;
    const QVariant by = nullIfEmpty(actor);
    auto st = statement(m_inserts, shape.key(), shape.insertSql());
    if (!st)
        return st.error();
    sqlite3_stmt* q = st.value()->stmt;
    const QVariant idValue = rowId;
    const int n = int(values.size());
    for (int i = 0; i < n; ++i)
        bindValue(q, i + 1, values[i]);
    bindValue(q, n + 1, idValue);
    sqlite3_bind_int64(q, n + 2, at);
    bindValue(q, n + 3, by);
    sqlite3_bind_int64(q, n + 4, at);
    bindValue(q, n + 5, by);
    if (!run(q))
        return Error::data(tr("Could not save the new %1 record: %2").arg(shape.table(), lastSqliteError()));
    // The inserted values go to the outbox and, as the same JSON, to the trail (its new_value): the trail
    // keeps the whole history once the server has the outbox's rows.
    const QString fields = json(shape, values);
    if (Status s = appendOutbox(shape.table(), rowId, QStringLiteral("insert"), 1, at, actor, fields); !s)
        return s.error();
    if (Status s =
            appendAudit(shape.table(), rowId, QStringLiteral("insert"), at, actor, nullptr, {}, {}, fields);
        !s)
        return s.error();
    return rowId;
}

Result<QString> RecordWriter::insert(const QString& table, const QVariantMap& fields, const QString& actor)
{
    QVariantMap row = fields;
    const QString id = row.take(QStringLiteral("id")).toString();
    for (const QString& c : bookkeeping()) {
        Q_ASSERT(!row.contains(c));
        row.remove(c);
    }
    QVariantList values;
    const RowShape& shape = shapeOf(table, row, &values);
    return insert(shape, values, actor, id);
}

Result<int> RecordWriter::currentRevision(const QString& table, const QString& id)
{
    QSqlQuery& cur = cached(QStringLiteral("SELECT revision FROM %1 WHERE id = ?").arg(table));
    cur.bindValue(0, id);
    if (!cur.exec())
        return Error::io(tr("Could not read the %1 record: %2").arg(table, cur.lastError().text()));
    if (!cur.next()) {
        cur.finish();
        return Error::notFound(tr("The %1 record %2 no longer exists.").arg(table, id));
    }
    const int revision = cur.value(0).toInt();
    cur.finish();
    return revision;
}

Result<int> RecordWriter::update(const RowShape& shape, const QString& id, const QVariantList& values,
                                 const QString& actor, int expectedRevision)
{
    return atomically(m_db.handle(), [&] { return updateNow(shape, id, values, actor, expectedRevision); });
}

Result<int> RecordWriter::updateNow(const RowShape& shape, const QString& id, const QVariantList& values,
                                    const QString& actor, int expectedRevision)
{
    Q_ASSERT(values.size() == shape.size());
    if (shape.size() == 0) // nothing to write: no row, outbox or audit change (see below)
        return update(shape.table(), id, QVariantMap(), actor, expectedRevision);
    if (const int bad = nulColumn(values); bad >= 0)
        return nulRefused(shape, bad);
    int revision = expectedRevision;
    if (revision < 0) {
        auto current = currentRevision(shape.table(), id);
        if (!current)
            return current.error();
        revision = current.value();
    }
    auto oldValues = readOldValues(shape, id);
    if (!oldValues)
        return oldValues.error();
    const qint64 at = m_clock.nowMs();
    m_lastAt = at;
    auto st = statement(m_updates, shape.key(), shape.updateSql());
    if (!st)
        return st.error();
    sqlite3_stmt* q = st.value()->stmt;
    const QVariant by = nullIfEmpty(actor);
    const QVariant idValue = id;
    const int n = int(values.size());
    for (int i = 0; i < n; ++i)
        bindValue(q, i + 1, values[i]);
    sqlite3_bind_int64(q, n + 1, at);
    bindValue(q, n + 2, by);
    bindValue(q, n + 3, idValue);
    sqlite3_bind_int64(q, n + 4, revision);
    if (!run(q))
        return Error::data(tr("Could not save the %1 record: %2").arg(shape.table(), lastSqliteError()));
    if (sqlite3_changes(m_db.handle()) != 1) {
        // Nothing written: say whether the row is gone or has moved on.
        auto current = currentRevision(shape.table(), id);
        if (!current)
            return current.error();
        return Error::conflict(tr("Someone else changed this %1 record after you opened it. Reopen it to see "
                                  "their change, then make yours again.")
                                   .arg(shape.table()));
    }
    if (Status s = appendOutbox(shape.table(), id, QStringLiteral("update"), revision + 1, at, actor,
                                changedJson(shape, oldValues.value(), values));
        !s)
        return s.error();
    if (Status s = appendAudit(shape.table(), id, QStringLiteral("update"), at, actor, &shape,
                               oldValues.value(), values);
        !s)
        return s.error();
    return revision + 1;
}

Result<int> RecordWriter::update(const QString& table, const QString& id, const QVariantMap& changed,
                                 const QString& actor, int expectedRevision)
{
    if (changed.isEmpty()) {
        // Nothing changed, nothing written; the row must still be there at the expected revision.
        auto current = currentRevision(table, id);
        if (!current)
            return current.error();
        if (expectedRevision >= 0 && current.value() != expectedRevision)
            return Error::conflict(tr("Someone else changed this %1 record after you opened it. Reopen it to "
                                      "see their change, then make yours again.")
                                       .arg(table));
        return current.value();
    }
    Q_ASSERT(!changed.contains(QStringLiteral("id")));
    QVariantList values;
    const RowShape& shape = shapeOf(table, changed, &values);
    return update(shape, id, values, actor, expectedRevision);
}

Status RecordWriter::remove(const QString& table, const QString& id, const QString& actor)
{
    return atomically(m_db.handle(), [&] { return removeNow(table, id, actor); });
}

Status RecordWriter::removeNow(const QString& table, const QString& id, const QString& actor)
{
    QSqlQuery& cur = cached(QStringLiteral("SELECT revision FROM %1 WHERE id = ?").arg(table));
    cur.bindValue(0, id);
    if (!cur.exec() || !cur.next()) {
        cur.finish();
        return Error::notFound(tr("The %1 record %2 no longer exists.").arg(table, id));
    }
    const int revision = cur.value(0).toInt();
    cur.finish();
    QSqlQuery& q = cached(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    q.bindValue(0, id);
    if (!q.exec())
        return Error::data(tr("Could not delete the %1 record: %2").arg(table, q.lastError().databaseText()));
    const qint64 at = m_clock.nowMs();
    if (Status s =
            appendOutbox(table, id, QStringLiteral("delete"), revision + 1, at, actor, QStringLiteral("{}"));
        !s)
        return s;
    return appendAudit(table, id, QStringLiteral("delete"), at, actor);
}

Result<QVariantList> RecordWriter::readOldValues(const RowShape& shape, const QString& id)
{
    auto st = statement(m_reads, shape.key(),
                        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                            .arg(shape.columns().join(QLatin1Char(',')), shape.table()));
    if (!st)
        return st.error();
    sqlite3_stmt* q = st.value()->stmt;
    bindValue(q, 1, QVariant(id));
    QVariantList old;
    const int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        old.reserve(shape.size());
        for (int i = 0; i < int(shape.size()); ++i) {
            if (sqlite3_column_type(q, i) == SQLITE_NULL)
                old.append(QVariant(QMetaType::fromType<QString>()));
            else
                old.append(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(q, i)),
                                             sqlite3_column_bytes(q, i)));
        }
    }
    sqlite3_reset(q);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return Error::io(tr("Could not read the %1 record: %2").arg(shape.table(), lastSqliteError()));
    return old;
}

namespace {

// A value as the audit trail keeps it: text as SQLite stores it, NULL as NULL.
QVariant auditText(const QVariant& v)
{
    if (v.isNull())
        return QVariant(QMetaType::fromType<QString>());
    if (v.metaType().id() == QMetaType::Bool)
        return QString(v.toBool() ? QStringLiteral("1") : QStringLiteral("0"));
    return v.toString();
}

} // namespace

Status RecordWriter::appendAudit(const QString& table, const QString& id, const QString& op, qint64 at,
                                 const QString& actor, const RowShape* shape, const QVariantList& oldValues,
                                 const QVariantList& newValues, const QString& inserted)
{
    auto st =
        statement(m_audit, 0,
                  QStringLiteral("INSERT INTO audit_log (changed_at, changed_by, table_name, row_id, op, "
                                 "field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    sqlite3_stmt* q = st.value()->stmt;
    const QVariant by = nullIfEmpty(actor);
    const QVariant tableValue = table;
    const QVariant idValue = id;
    const QVariant opValue = op;
    auto write = [&](const QVariant& field, const QVariant& before, const QVariant& after) -> Status {
        sqlite3_bind_int64(q, 1, at);
        bindValue(q, 2, by);
        bindValue(q, 3, tableValue);
        bindValue(q, 4, idValue);
        bindValue(q, 5, opValue);
        bindValue(q, 6, field);
        bindValue(q, 7, before);
        bindValue(q, 8, after);
        if (!run(q))
            return Error::io(tr("Could not write the audit trail: %1").arg(lastSqliteError()));
        return {};
    };
    const QVariant null(QMetaType::fromType<QString>());
    if (!shape) // field is NOT NULL: an empty, not a null, string
        return write(QString(QLatin1String("")), null, inserted.isEmpty() ? null : QVariant(inserted));
    for (int i = 0; i < int(shape->size()); ++i) {
        const QVariant before = oldValues.size() > i ? oldValues.at(i) : null;
        if (sameStored(before, newValues.at(i)))
            continue;
        const QVariant after = auditText(newValues.at(i));
        // A password hash is a secret even when hashed: the trail says that it changed, not what to.
        const bool secret = RowShape::isSecret(shape->columns().at(i));
        const QVariant field = shape->columns().at(i);
        if (Status s =
                write(field, secret ? null : before, secret ? QVariant(QStringLiteral("(changed)")) : after);
            !s)
            return s;
    }
    return {};
}

} // namespace threerings
