#pragma once

#include "core/auth/Actor.h"
#include "core/model/Notification.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace threerings {

class Clock;
class Database;

// The signed-in person's notifications: a form transferred to them or their department, a form reopened
// by a failed callback, a complaint forwarded to their department. They speak of live records, so reading
// them needs ReadLiveRecords; each person reads and marks only their own (and their department's).
class Inbox
{
    Q_DECLARE_TR_FUNCTIONS(Inbox)

public:
    Inbox(Database& db, const Clock& clock);

    // The actor's unread notifications, their own and their department's, newest first.
    Result<QList<Notification>> unread(const Actor& actor) const;
    // Marks one read; only its recipient (or someone of its department) may.
    Result<Notification> markRead(const Actor& actor, const QString& id);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace threerings
