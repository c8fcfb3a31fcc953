#include "core/calendar/CalendarService.h"

#include "core/auth/Permissions.h"
#include "core/calendar/CalendarRepository.h"

namespace threerings {

CalendarService::CalendarService(Database& db, const Clock& clock)
    : m_repo(std::make_unique<CalendarRepository>(db, clock))
{}

CalendarService::~CalendarService() = default;

const BusinessCalendar& CalendarService::consoleCalendar() const
{
    // The console's setup: its working calendar, read in the system context.
    if (!m_console)
        m_console = load(Actor::systemActor()).valueOr(BusinessCalendar());
    return *m_console;
}

Result<BusinessCalendar> CalendarService::load(const Actor& actor) const
{
    if (Status s = Permissions::require(actor, Action::ReadCalendar); !s)
        return s.error();
    return m_repo->load();
}

Status CalendarService::changed(Status s)
{
    if (s && m_console)
        m_console = m_repo->load().valueOr(*m_console);
    return s;
}

Status CalendarService::save(const Actor& actor, const BusinessCalendar& calendar)
{
    return changed(m_repo->save(calendar, actor));
}

Status CalendarService::setHoliday(const Actor& actor, QDate day, const QString& name)
{
    return changed(m_repo->setHoliday(day, name, actor));
}

Status CalendarService::setWorkday(const Actor& actor, QDate day, const QString& name)
{
    return changed(m_repo->setWorkday(day, name, actor));
}

Status CalendarService::removeDay(const Actor& actor, QDate day)
{
    return changed(m_repo->removeDay(day, actor));
}

} // namespace threerings
