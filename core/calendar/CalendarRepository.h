#pragma once

#include "core/auth/Actor.h"
#include "core/calendar/BusinessCalendar.h"
#include "core/db/RecordWriter.h"
#include "core/settings/SettingsRepository.h"

namespace threerings {

// The business calendar of one installation: the hours, break, weekend and zone as Setting::Calendar…
// settings, the dated exceptions in calendar_days and the years they cover in calendar_years.
// Every change is validated as a whole calendar before anything is written.
class CalendarRepository
{
    Q_DECLARE_TR_FUNCTIONS(CalendarRepository)

public:
    // The calendar a new installation starts from, compiled into the library.
    static QString defaultsResource() { return QStringLiteral(":/data/calendar/cn-mainland.json"); }
    static Result<BusinessCalendar> loadDefaults(const QString& resource = defaultsResource());

    CalendarRepository(Database& db, const Clock& clock);

    // The stored calendar; settings not yet written take their defaults, a damaged one is an error naming it.
    Result<BusinessCalendar> load() const;
    // Every change needs an admin (Action::ManageCalendar); the refusal comes before anything is read.
    // Writes `calendar` over the stored one: changed settings, and the rows of calendar_days and
    // calendar_years added, changed or removed to match.
    Status save(const BusinessCalendar& calendar, const Actor& actor);

    Status setHoliday(QDate day, const QString& name, const Actor& actor);
    Status setWorkday(QDate day, const QString& name, const Actor& actor);
    Status removeDay(QDate day, const Actor& actor);
    Status setOpeningHours(QTime opens, QTime closes, const Actor& actor);
    Status setLunchBreak(QTime start, QTime end, const Actor& actor);
    Status setTimeZone(const QString& zoneId, const Actor& actor);
    Status setWeekendDays(const QList<int>& days, const Actor& actor);
    // Adds (or replaces) one year's data: its holidays and swapped working days, and marks the
    // year as known so it no longer falls back to plain weekends.
    Status addYear(int year, const QMap<QDate, BusinessCalendar::DayException>& days, const QString& source,
                   const Actor& actor);
    // Forgets a year's exceptions; the year falls back to plain weekends again.
    Status removeYear(int year, const Actor& actor);

    // Seeds the default calendar on a database that has never had one. Runs once per database:
    // an admin who later removes the seeded years does not get them back.
    Status seedDefaultsIfEmpty(const Actor& actor = Actor::systemActor());

private:
    template <typename Change> Status modify(const Actor& actor, Change change);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace threerings
