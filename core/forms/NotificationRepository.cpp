#include "core/forms/NotificationRepository.h"

#include "core/auth/Permissions.h"
#include "core/db/SqlValue.h"
#include "core/util/Clock.h"

namespace threerings {

const RowShape& NotificationRepository::shape()
{
    static const RowShape s(QStringLiteral("notifications"),
                            {"recipient_id", "recipient_department_id", "kind", "record_table", "record_id",
                             "message", "read_at", "read_by"});
    return s;
}

QVariantList NotificationRepository::toValues(const Notification& x)
{
    return {
        SqlValue::ref(x.recipientId), SqlValue::ref(x.recipientDepartmentId),
        SqlValue::text(x.kind),       SqlValue::text(RecordKinds::table(x.recordKind)),
        SqlValue::text(x.recordId),   SqlValue::text(x.message),
        SqlValue::time(x.readAt),     SqlValue::ref(x.readBy),
    };
}

Notification NotificationRepository::fromRow(const QSqlQuery& q)
{
    Notification x;
    x.meta = readMeta(q);
    x.recipientId = q.value(QStringLiteral("recipient_id")).toString();
    x.recipientDepartmentId = q.value(QStringLiteral("recipient_department_id")).toString();
    x.kind = q.value(QStringLiteral("kind")).toString();
    // A table this version does not know reads as RecordKind::Unknown: listed, but it opens nothing.
    x.recordKind = RecordKinds::fromTable(q.value(QStringLiteral("record_table")).toString());
    x.recordId = q.value(QStringLiteral("record_id")).toString();
    x.message = q.value(QStringLiteral("message")).toString();
    x.readAt = SqlValue::toTime(q.value(QStringLiteral("read_at")));
    x.readBy = q.value(QStringLiteral("read_by")).toString();
    return x;
}

Result<Notification> NotificationRepository::insert(Notification notification, const QString& actor)
{
    if (notification.recipientId.isEmpty() && notification.recipientDepartmentId.isEmpty())
        return Error::data(tr("A notification needs a recipient: a person or a department."),
                           QStringLiteral("recipient_id"));
    if (notification.recordKind == RecordKind::Unknown)
        return Error::data(tr("A notification needs the kind of record it points at."),
                           QStringLiteral("record_table"));
    auto meta = insertRow(shape(), toValues(notification), actor);
    if (!meta)
        return meta.error();
    notification.meta = meta.value();
    return notification;
}

Status NotificationRepository::toHandlerOf(const ProblemForm& form, const QString& kind,
                                           const QString& message, const QString& actor)
{
    Notification n;
    n.recipientId = form.handlerId;
    n.recipientDepartmentId = form.handlerId.isEmpty() ? form.handlerDepartmentId : QString();
    n.kind = kind;
    n.recordKind = RecordKind::ProblemForm;
    n.recordId = form.meta.id;
    n.message = message;
    if (n.recipientId.isEmpty() && n.recipientDepartmentId.isEmpty())
        return {}; // nobody to tell: the form never reached a handler
    auto r = insert(n, actor);
    if (!r)
        return r.error();
    return {};
}

Result<Notification> NotificationRepository::get(const QString& id) const
{
    return fetchOne<Notification>(QStringLiteral("SELECT * FROM notifications WHERE id = ?"), {id}, fromRow,
                                  tr("The notification %1 does not exist.").arg(id));
}

Result<QList<Notification>> NotificationRepository::unreadFor(const QString& userId) const
{
    return fetchAll<Notification>(
        QStringLiteral("SELECT n.* FROM notifications n WHERE n.read_at IS NULL AND (n.recipient_id = ? OR "
                       "n.recipient_department_id = (SELECT department_id FROM users WHERE id = ?)) "
                       "ORDER BY n.created_at DESC, n.id"),
        {userId, userId}, fromRow);
}

Result<QList<Notification>> NotificationRepository::forRecord(const QString& recordId) const
{
    return fetchAll<Notification>(
        QStringLiteral("SELECT * FROM notifications WHERE record_id = ? ORDER BY created_at, id"), {recordId},
        fromRow);
}

Result<Notification> NotificationRepository::markRead(const Actor& actor, const QString& id)
{
    if (Status s = Permissions::require(actor, Action::ReadLiveRecords); !s)
        return s.error();
    auto n = get(id);
    if (!n)
        return n.error();
    if (!actor.system && n->recipientId != actor.userId) {
        const bool ofDepartment =
            !n->recipientDepartmentId.isEmpty() &&
            fetchOne<QString>(QStringLiteral("SELECT department_id FROM users WHERE id = ?"), {actor.userId},
                              [](const QSqlQuery& q) { return q.value(0).toString(); }, {})
                    .valueOr({}) == n->recipientDepartmentId;
        if (!ofDepartment)
            return Error::refused(
                tr("This notification is for someone else; only its recipient marks it read."));
    }
    if (n->isRead())
        return n;
    n->readAt = m_clock.now();
    n->readBy = actor.stamp();
    auto meta = updateRow(shape(), n->meta, toValues(*n), actor.stamp());
    if (!meta)
        return meta.error();
    n->meta = meta.value();
    return n;
}

} // namespace threerings
