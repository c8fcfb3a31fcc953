#pragma once

#include "core/auth/Actor.h"
#include "core/calendar/BusinessCalendar.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <memory>
#include <optional>

namespace threerings {

class CalendarRepository;
class Clock;
class Database;

// The business calendar as views and the command line reach it. Everybody signed in may read it
// (Action::ReadCalendar); only admins change it (ManageCalendar). The console's own deadlines count in
// consoleCalendar(): read once, on first use, as the console's setup (in the system context), and kept in
// step with the changes made through this service.
class CalendarService
{
    Q_DECLARE_TR_FUNCTIONS(CalendarService)

public:
    CalendarService(Database& db, const Clock& clock);
    ~CalendarService();
    CalendarService(const CalendarService&) = delete;
    CalendarService& operator=(const CalendarService&) = delete;

    // The calendar the console counts working time in (the defaults when the stored one cannot be read).
    const BusinessCalendar& consoleCalendar() const;

    // The stored calendar, read now.
    Result<BusinessCalendar> load(const Actor& actor) const;
    // Writes `calendar` over the stored one, validated whole first.
    Status save(const Actor& actor, const BusinessCalendar& calendar);
    Status setHoliday(const Actor& actor, QDate day, const QString& name);
    Status setWorkday(const Actor& actor, QDate day, const QString& name);
    Status removeDay(const Actor& actor, QDate day);

    // What importing days does or would do: days new to the calendar, days whose kind or name changes, days
    // already as given, and the years that become known.
    struct DayImport
    {
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        QList<int> newYears;
        bool written = false;
    };
    // Adds or replaces each of `days` (others stay) and marks their years as known, with `source` as where
    // they came from; all in one write, or none. A dry run only counts. Needs ManageCalendar.
    Result<DayImport> importDays(const Actor& actor, const QMap<QDate, BusinessCalendar::DayException>& days,
                                 const QString& source, bool dryRun);
    // Marks `year` as known (its holidays are what the calendar lists), or no longer known (plain weekends).
    Status setYearKnown(const Actor& actor, int year, bool known, const QString& source);

private:
    Status changed(Status s);

    std::unique_ptr<CalendarRepository> m_repo;
    mutable std::optional<BusinessCalendar> m_console;
};

} // namespace threerings
