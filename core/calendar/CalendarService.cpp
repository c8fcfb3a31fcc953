#include "core/calendar/CalendarService.h"

#include "core/auth/Permissions.h"
#include "core/calendar/CalendarRepository.h"
#include "core/util/HotlineTime.h"

namespace threerings {

CalendarService::CalendarService(Database& db, const Clock& clock)
    : m_repo(std::make_unique<CalendarRepository>(db, clock))
{}

CalendarService::~CalendarService() = default;

const BusinessCalendar& CalendarService::consoleCalendar() const
{
    // The console's setup: its working calendar, read in the system context.
    if (!m_console) {
        m_console = load(Actor::systemActor()).valueOr(BusinessCalendar());
        // Every time the console shows or stores counts in the calendar's zone.
        setHotlineTimeZone(m_console->timeZone());
    }
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
    if (s && m_console) {
        m_console = m_repo->load().valueOr(*m_console);
        setHotlineTimeZone(m_console->timeZone());
    }
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

Result<CalendarService::DayImport>
CalendarService::importDays(const Actor& actor, const QMap<QDate, BusinessCalendar::DayException>& days,
                            const QString& source, bool dryRun)
{
    if (Status s = Permissions::require(actor, Action::ManageCalendar); !s)
        return s.error();
    auto cal = m_repo->load();
    if (!cal)
        return cal.error();
    DayImport out;
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        if (!it.key().isValid())
            return Error::data(tr("A day to import is not a real date; write it as YYYY-MM-DD, for example "
                                  "2026-10-01."),
                               QStringLiteral("day"));
        const auto found = cal->exceptions().constFind(it.key());
        if (found == cal->exceptions().cend())
            ++out.added;
        else if (*found == *it)
            ++out.unchanged;
        else
            ++out.changed;
        cal->setException(it.key(), it->kind, it->name);
        if (!cal->hasDataFor(it.key().year())) {
            cal->addKnownYear(it.key().year(), source);
            out.newYears << it.key().year();
        }
    }
    if (dryRun || (out.added == 0 && out.changed == 0 && out.newYears.isEmpty()))
        return out;
    if (Status s = changed(m_repo->save(*cal, actor)); !s)
        return s.error();
    out.written = true;
    return out;
}

Status CalendarService::setYearKnown(const Actor& actor, int year, bool known, const QString& source)
{
    if (Status s = Permissions::require(actor, Action::ManageCalendar); !s)
        return s;
    if (year < 1900 || year > 9999)
        return Error::data(tr("%1 is not a year; choose a year such as 2027.").arg(year),
                           QStringLiteral("year"));
    auto cal = m_repo->load();
    if (!cal)
        return cal.error();
    if (known)
        cal->addKnownYear(year, source);
    else
        cal->removeKnownYear(year);
    return changed(m_repo->save(*cal, actor));
}

} // namespace threerings
