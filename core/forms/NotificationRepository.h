#pragma once

#include "core/auth/Actor.h"
#include "core/db/Repository.h"
#include "core/model/Notification.h"
#include "core/model/ProblemForm.h"

namespace threerings {

// Notifications (migration 0007). Written in the caller's transaction by the workflows, so a
// transfer and its notification are saved together or not at all.
class NotificationRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(NotificationRepository)

public:
    using Repository::Repository;

    Result<Notification> insert(Notification notification, const QString& actor);
    // Tells a problem form's handler (or its department, when no person is named) about it: `kind` and
    // one sentence. Nothing is written when the form never reached a handler.
    Status toHandlerOf(const ProblemForm& form, const QString& kind, const QString& message,
                       const QString& actor);
    Result<Notification> get(const QString& id) const;
    // Unread notifications for a person: their own and their department's, newest first.
    Result<QList<Notification>> unreadFor(const QString& userId) const;
    // Every notification about one record, oldest first.
    Result<QList<Notification>> forRecord(const QString& recordId) const;
    // Marks it read by `actor`; only its recipient (or someone of its department) may.
    Result<Notification> markRead(const Actor& actor, const QString& id);

    static const RowShape& shape();
    static QVariantList toValues(const Notification& x);
    static Notification fromRow(const QSqlQuery& q);
};

} // namespace threerings
