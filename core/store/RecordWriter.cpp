#include "store/RecordWriter.h"

#include "store/Database.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QUuid>

namespace threerings {

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

// JSON string escaping as QJsonDocument writes it: quote, backslash and control characters escaped,
// the rest as is.
void appendJsonString(QString& out, const QString& s)
{
    out += QLatin1Char('"');
    const QChar* p = s.constData();
    const QChar* end = p + s.size();
    const QChar* run = p;
    for (; p != end; ++p) {
        const char16_t c = p->unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\b':
            out += QLatin1String("\\b");
            break;
        case u'\f':
            out += QLatin1String("\\f");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            out += QLatin1String("\\u00");
            out += QLatin1Char(hex[(c >> 4) & 0xf]);
            out += QLatin1Char(hex[c & 0xf]);
        }
        }
    }
    out.append(run, p - run);
    out += QLatin1Char('"');
}

// The common column types written directly. A NULL of these types comes out as QJsonValue::fromVariant
// has always written it ("" and 0: the replication format as it stands), so the values stay the same.
void appendJsonValue(QString& out, const QVariant& v)
{
    switch (v.metaType().id()) {
    case QMetaType::QString:
        appendJsonString(out, v.isNull() ? QString() : *static_cast<const QString*>(v.constData()));
        return;
    case QMetaType::Int:
        out += QString::number(v.isNull() ? 0 : *static_cast<const int*>(v.constData()));
        return;
    case QMetaType::LongLong:
        out += QString::number(v.isNull() ? 0 : *static_cast<const qlonglong*>(v.constData()));
        return;
    case QMetaType::Bool:
        out += !v.isNull() && *static_cast<const bool*>(v.constData()) ? QLatin1String("true")
                                                                       : QLatin1String("false");
        return;
    default:
        break;
    }
    // Anything rarer goes the way QJsonObject::fromVariantMap took it.
    const QByteArray one =
        QJsonDocument(QJsonArray{QJsonValue::fromVariant(v)}).toJson(QJsonDocument::Compact);
    out += QString::fromUtf8(one.constData() + 1, one.size() - 2);
}

} // namespace

RecordWriter::RecordWriter(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

RecordWriter::~RecordWriter() = default;

QString RecordWriter::newId() const
{
    return m_ids ? m_ids() : QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString RecordWriter::json(const RowShape& shape, const QVariantList& values)
{
    Q_ASSERT(values.size() == shape.size());
    QString out;
    out.reserve(64 + shape.size() * 24);
    out += QLatin1Char('{');
    const QList<int>& order = shape.jsonOrder();
    const QStringList& keys = shape.jsonKeys();
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        out += keys[i];
        appendJsonValue(out, values[order[i]]);
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

QSqlQuery& RecordWriter::statement(QHash<int, std::shared_ptr<QSqlQuery>>& cache, int key, const QString& sql)
{
    auto it = cache.find(key);
    if (it == cache.end()) {
        auto q = std::make_shared<QSqlQuery>(m_db.connection());
        q->prepare(sql);
        it = cache.insert(key, q);
    }
    return **it;
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
    if (!m_outbox) {
        m_outbox = std::make_shared<QSqlQuery>(m_db.connection());
        m_outbox->prepare(QStringLiteral("INSERT INTO outbox (table_name, row_id, op, revision, changed_at, "
                                         "changed_by, fields) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    }
    QSqlQuery& q = *m_outbox;
    q.bindValue(0, table);
    q.bindValue(1, id);
    q.bindValue(2, op);
    q.bindValue(3, revision);
    q.bindValue(4, at);
    q.bindValue(5, nullIfEmpty(actor));
    q.bindValue(6, fieldsJson);
    if (!q.exec())
        return Error::io(tr("Could not record the change for replication: %1").arg(q.lastError().text()));
    return {};
}

Result<QString> RecordWriter::insert(const RowShape& shape, const QVariantList& values, const QString& actor,
                                     const QString& id)
{
    Q_ASSERT(values.size() == shape.size());
    const QString rowId = id.isEmpty() ? newId() : id;
    const qint64 at = m_clock.nowMs();
    m_lastAt = at;
    const QVariant by = nullIfEmpty(actor);
    QSqlQuery& q = statement(m_inserts, shape.key(), shape.insertSql());
    const int n = int(values.size());
    for (int i = 0; i < n; ++i)
        q.bindValue(i, values[i]);
    q.bindValue(n, rowId);
    q.bindValue(n + 1, at);
    q.bindValue(n + 2, by);
    q.bindValue(n + 3, at);
    q.bindValue(n + 4, by);
    if (!q.exec())
        return Error::data(
            tr("Could not save the new %1 record: %2").arg(shape.table(), q.lastError().databaseText()));
    if (Status s =
            appendOutbox(shape.table(), rowId, QStringLiteral("insert"), 1, at, actor, json(shape, values));
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
    Q_ASSERT(values.size() == shape.size());
    int revision = expectedRevision;
    if (revision < 0) {
        auto current = currentRevision(shape.table(), id);
        if (!current)
            return current.error();
        revision = current.value();
    }
    const qint64 at = m_clock.nowMs();
    m_lastAt = at;
    QSqlQuery& q = statement(m_updates, shape.key(), shape.updateSql());
    const int n = int(values.size());
    for (int i = 0; i < n; ++i)
        q.bindValue(i, values[i]);
    q.bindValue(n, at);
    q.bindValue(n + 1, nullIfEmpty(actor));
    q.bindValue(n + 2, id);
    q.bindValue(n + 3, revision);
    if (!q.exec())
        return Error::data(
            tr("Could not save the %1 record: %2").arg(shape.table(), q.lastError().databaseText()));
    if (q.numRowsAffected() != 1) {
        // Nothing written: say whether the row is gone or has moved on.
        auto current = currentRevision(shape.table(), id);
        if (!current)
            return current.error();
        return Error::conflict(tr("Someone else changed this %1 record after you opened it. Reopen it to see "
                                  "their change, then make yours again.")
                                   .arg(shape.table()));
    }
    if (Status s = appendOutbox(shape.table(), id, QStringLiteral("update"), revision + 1, at, actor,
                                json(shape, values));
        !s)
        return s.error();
    return revision + 1;
}

Result<int> RecordWriter::update(const QString& table, const QString& id, const QVariantMap& changed,
                                 const QString& actor, int expectedRevision)
{
    if (changed.isEmpty()) {
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
    return appendOutbox(table, id, QStringLiteral("delete"), revision + 1, m_clock.nowMs(), actor,
                        QStringLiteral("{}"));
}

} // namespace threerings
