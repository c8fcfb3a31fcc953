#include "core/forms/Inbox.h"

#include "core/auth/Permissions.h"
#include "core/forms/NotificationRepository.h"

namespace threerings {

Inbox::Inbox(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

Result<QList<Notification>> Inbox::unread(const Actor& actor) const
{
    if (Status s = Permissions::require(actor, Action::ReadLiveRecords); !s)
        return s.error();
    if (actor.system)
        return QList<Notification>{}; // the system context is nobody's inbox
    return NotificationRepository(m_db, m_clock).unreadFor(actor.userId);
}

Result<Notification> Inbox::markRead(const Actor& actor, const QString& id)
{
    return NotificationRepository(m_db, m_clock).markRead(actor, id);
}

} // namespace threerings
