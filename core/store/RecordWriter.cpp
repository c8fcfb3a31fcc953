#include "store/RecordWriter.h"

#include "store/Database.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QUuid>

namespace threerings {

namespace {

bool isIdentifier(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return re.match(s).hasMatch();
}

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

} // namespace

RecordWriter::RecordWriter(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

RecordWriter::~RecordWriter() = default;

QString RecordWriter::newId() const
{
    return m_ids ? m_ids() : QUuid::createUuid().toString(QUuid::WithoutBraces);
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

Status RecordWriter::appendOutbox(const QString& table, const QString& id, const QString& op, int revision,
                                  qint64 at, const QString& actor, const QVariantMap& fields)
{
    QSqlQuery& q = cached(QStringLiteral("INSERT INTO outbox (table_name, row_id, op, revision, changed_at, "
                                         "changed_by, fields) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(table);
    q.addBindValue(id);
    q.addBindValue(op);
    q.addBindValue(revision);
    q.addBindValue(at);
    q.addBindValue(nullIfEmpty(actor));
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(fields)).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return Error::io(tr("Could not record the change for replication: %1").arg(q.lastError().text()));
    return {};
}

Result<QString> RecordWriter::insert(const QString& table, const QVariantMap& fields, const QString& actor)
{
    Q_ASSERT(isIdentifier(table));
    QVariantMap row = fields;
    const QString id = row.value(QStringLiteral("id")).toString().isEmpty()
                           ? newId()
                           : row.value(QStringLiteral("id")).toString();
    row.insert(QStringLiteral("id"), id);
    const qint64 at = m_clock.nowMs();
    m_lastAt = at;
    row.insert(QStringLiteral("created_at"), at);
    row.insert(QStringLiteral("created_by"), nullIfEmpty(actor));
    row.insert(QStringLiteral("updated_at"), at);
    row.insert(QStringLiteral("updated_by"), nullIfEmpty(actor));
    row.insert(QStringLiteral("revision"), 1);

    const QStringList cols = row.keys();
    QStringList marks;
    for (const QString& c : cols) {
        Q_ASSERT(isIdentifier(c));
        marks << QStringLiteral("?");
    }
    QSqlQuery& q = cached(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                              .arg(table, cols.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    for (const QString& c : cols)
        q.addBindValue(row.value(c));
    if (!q.exec())
        return Error::data(
            tr("Could not save the new %1 record: %2").arg(table, q.lastError().databaseText()));

    QVariantMap payload = row;
    for (const QString& c : bookkeeping())
        payload.remove(c);
    payload.remove(QStringLiteral("id"));
    if (Status s = appendOutbox(table, id, QStringLiteral("insert"), 1, at, actor, payload); !s)
        return s.error();
    if (Status s = appendAudit(table, id, QStringLiteral("insert"), at, actor); !s)
        return s.error();
    return id;
}

Result<int> RecordWriter::update(const QString& table, const QString& id, const QVariantMap& changed,
                                 const QString& actor, int expectedRevision)
{
    Q_ASSERT(isIdentifier(table));
    QSqlQuery& cur = cached(QStringLiteral("SELECT revision FROM %1 WHERE id = ?").arg(table));
    cur.addBindValue(id);
    if (!cur.exec())
        return Error::io(tr("Could not read the %1 record: %2").arg(table, cur.lastError().text()));
    if (!cur.next())
        return Error::notFound(tr("The %1 record %2 no longer exists.").arg(table, id));
    const int revision = cur.value(0).toInt();
    cur.finish();
    if (expectedRevision >= 0 && revision != expectedRevision)
        return Error::conflict(tr("Someone else changed this %1 record after you opened it. Reopen it to see "
                                  "their change, then make yours again.")
                                   .arg(table));
    if (changed.isEmpty())
        return revision;

    auto oldValues = readOldValues(table, id, changed);
    if (!oldValues)
        return oldValues.error();
    const qint64 at = m_clock.nowMs();
    m_lastAt = at;
    QStringList sets;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        Q_ASSERT(isIdentifier(it.key()) && !bookkeeping().contains(it.key()) &&
                 it.key() != QLatin1String("id"));
        sets << it.key() + QStringLiteral(" = ?");
    }
    sets << QStringLiteral("updated_at = ?") << QStringLiteral("updated_by = ?")
         << QStringLiteral("revision = revision + 1");
    QSqlQuery& q =
        cached(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QLatin1Char(','))));
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        q.addBindValue(it.value());
    q.addBindValue(at);
    q.addBindValue(nullIfEmpty(actor));
    q.addBindValue(id);
    if (!q.exec())
        return Error::data(tr("Could not save the %1 record: %2").arg(table, q.lastError().databaseText()));
    if (Status s = appendOutbox(table, id, QStringLiteral("update"), revision + 1, at, actor, changed); !s)
        return s.error();
    if (Status s = appendAudit(table, id, QStringLiteral("update"), at, actor, oldValues.value(), changed);
        !s)
        return s.error();
    return revision + 1;
}

Status RecordWriter::remove(const QString& table, const QString& id, const QString& actor)
{
    Q_ASSERT(isIdentifier(table));
    QSqlQuery& cur = cached(QStringLiteral("SELECT revision FROM %1 WHERE id = ?").arg(table));
    cur.addBindValue(id);
    if (!cur.exec() || !cur.next())
        return Error::notFound(tr("The %1 record %2 no longer exists.").arg(table, id));
    const int revision = cur.value(0).toInt();
    cur.finish();
    QSqlQuery& q = cached(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec())
        return Error::data(tr("Could not delete the %1 record: %2").arg(table, q.lastError().databaseText()));
    const qint64 at = m_clock.nowMs();
    if (Status s = appendOutbox(table, id, QStringLiteral("delete"), revision + 1, at, actor, {}); !s)
        return s;
    return appendAudit(table, id, QStringLiteral("delete"), at, actor);
}

Result<QVariantMap> RecordWriter::readOldValues(const QString& table, const QString& id,
                                                const QVariantMap& changed)
{
    if (changed.isEmpty())
        return QVariantMap();
    QSqlQuery& q = cached(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                              .arg(QStringList(changed.keys()).join(QLatin1Char(',')), table));
    q.addBindValue(id);
    if (!q.exec())
        return Error::io(tr("Could not read the %1 record: %2").arg(table, q.lastError().text()));
    QVariantMap old;
    if (q.next()) {
        int i = 0;
        for (auto it = changed.cbegin(); it != changed.cend(); ++it, ++i)
            old.insert(it.key(), q.value(i));
    }
    q.finish();
    return old;
}

Status RecordWriter::appendAudit(const QString& table, const QString& id, const QString& op, qint64 at,
                                 const QString& actor, const QVariantMap& oldValues,
                                 const QVariantMap& newValues)
{
    QSqlQuery& q =
        cached(QStringLiteral("INSERT INTO audit_log (changed_at, changed_by, table_name, row_id, op, "
                              "field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant null(QMetaType::fromType<QString>());
    auto text = [&null](const QVariant& v) { return v.isNull() ? null : QVariant(v.toString()); };
    auto write = [&](const QString& field, const QVariant& oldValue, const QVariant& newValue) -> Status {
        q.addBindValue(at);
        q.addBindValue(nullIfEmpty(actor));
        q.addBindValue(table);
        q.addBindValue(id);
        q.addBindValue(op);
        q.addBindValue(field);
        q.addBindValue(oldValue);
        q.addBindValue(newValue);
        if (!q.exec())
            return Error::io(tr("Could not write the audit trail: %1").arg(q.lastError().text()));
        return {};
    };
    if (newValues.isEmpty())
        return write(QStringLiteral(""), null, null); // not a null string: the column is NOT NULL
    for (auto it = newValues.cbegin(); it != newValues.cend(); ++it) {
        const QVariant before = text(oldValues.value(it.key()));
        const QVariant after = text(it.value());
        if (before.isNull() == after.isNull() && before.toString() == after.toString())
            continue;
        // A password hash is a secret even when hashed: the trail says that it changed, not what to.
        const bool secret = it.key() == QLatin1String("password_hash");
        const QVariant changedMark(QStringLiteral("(changed)"));
        if (Status s = write(it.key(), secret ? null : before, secret ? changedMark : after); !s)
            return s;
    }
    return {};
}

} // namespace threerings
