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

private:
    Status changed(Status s);

    std::unique_ptr<CalendarRepository> m_repo;
    mutable std::optional<BusinessCalendar> m_console;
};

} // namespace threerings
