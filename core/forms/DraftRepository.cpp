#include "core/forms/DraftRepository.h"

#include "core/db/Database.h"
#include "core/db/SqlValue.h"
#include "core/util/Clock.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace threerings {

namespace {

constexpr int MaxDraftBytes = 1 << 20;

Draft readDraft(const QSqlQuery& q)
{
    Draft d;
    d.id = q.value(0).toString();
    d.kind = RecordKinds::fromKey(q.value(1).toString());
    d.recordId = q.value(2).toString();
    d.ownerId = q.value(3).toString();
    d.fields = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    d.savedAt = SqlValue::toTime(q.value(5));
    return d;
}

// Drafts belong to a person; the system actor (setup, tests) keeps its own under "system".
QString ownerOf(const Actor& actor)
{
    return actor.system ? QStringLiteral("system") : actor.userId;
}

} // namespace

DraftRepository::DraftRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

Result<Draft> DraftRepository::save(const Actor& actor, RecordKind kind, const QString& recordId,
                                    const QJsonObject& fields)
{
    if (actor.isNobody())
        return Error::refused(tr("Sign in first: drafts are kept per person."));
    if (kind == RecordKind::Unknown)
        return Error::usage(tr("A draft needs the kind of form it belongs to."));
    const QByteArray json = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    if (json.size() > MaxDraftBytes)
        return Error::data(tr("The draft is larger than 1 MB; shorten the longest text field."));
    Draft d;
    d.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    d.kind = kind;
    d.recordId = recordId;
    d.ownerId = ownerOf(actor);
    d.fields = fields;
    d.savedAt = m_clock.now();
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO drafts (id, kind, record_id, owner_id, fields, saved_at, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (owner_id, kind, record_id) DO UPDATE "
                       "SET fields = excluded.fields, saved_at = excluded.saved_at"));
    q.addBindValue(d.id);
    q.addBindValue(RecordKinds::key(d.kind));
    q.addBindValue(SqlValue::text(d.recordId));
    q.addBindValue(d.ownerId);
    q.addBindValue(QString::fromUtf8(json));
    q.addBindValue(SqlValue::time(d.savedAt));
    q.addBindValue(SqlValue::time(d.savedAt));
    if (!q.exec())
        return Error::io(
            tr("Could not save the draft: %1. The form is still open; try again.").arg(q.lastError().text()));
    return d;
}

Result<std::optional<Draft>> DraftRepository::find(const Actor& actor, RecordKind kind,
                                                   const QString& recordId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, kind, record_id, owner_id, fields, saved_at FROM drafts "
                             "WHERE owner_id = ? AND kind = ? AND record_id = ?"));
    q.addBindValue(ownerOf(actor));
    q.addBindValue(RecordKinds::key(kind));
    q.addBindValue(SqlValue::text(recordId));
    if (!q.exec())
        return Error::io(tr("Could not read the drafts: %1").arg(q.lastError().text()));
    if (!q.next())
        return std::optional<Draft>();
    return std::optional<Draft>(readDraft(q));
}

Result<QList<Draft>> DraftRepository::pendingFor(const Actor& actor) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, kind, record_id, owner_id, fields, saved_at FROM drafts "
                             "WHERE owner_id = ? ORDER BY saved_at DESC, id"));
    q.addBindValue(ownerOf(actor));
    if (!q.exec())
        return Error::io(tr("Could not read the drafts: %1").arg(q.lastError().text()));
    QList<Draft> list;
    while (q.next()) {
        Draft d = readDraft(q);
        if (d.kind == RecordKind::Unknown) {
            qWarning("Draft %s is of the kind '%s', which this version does not know; it is not offered.",
                     qPrintable(d.id), qPrintable(q.value(1).toString()));
            continue;
        }
        list.append(d);
    }
    return list;
}

Status DraftRepository::discard(const Actor& actor, RecordKind kind, const QString& recordId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM drafts WHERE owner_id = ? AND kind = ? AND record_id = ?"));
    q.addBindValue(ownerOf(actor));
    q.addBindValue(RecordKinds::key(kind));
    q.addBindValue(SqlValue::text(recordId));
    if (!q.exec())
        return Error::io(tr("Could not discard the draft: %1").arg(q.lastError().text()));
    return {};
}

} // namespace threerings
