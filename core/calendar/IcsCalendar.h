#pragma once

#include "core/calendar/BusinessCalendar.h"
#include "core/util/Result.h"
#include "core/util/TableFile.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace threerings {

// The holidays and swapped working days (调休) of an iCalendar file (.ics), as the public Chinese holiday
// calendars publish the State Council's schedule: one all-day VEVENT per holiday stretch (DTSTART;VALUE=DATE,
// DTEND exclusive) or per day, the SUMMARY naming it. An event whose summary says 班 (上班, 补班,
// 调休上班 …), "working day" or "workday" is a weekend day worked; every other event is a day off.
// The file is parsed by libical; this class only reads the events it returns.
class IcsCalendar
{
    Q_DECLARE_TR_FUNCTIONS(IcsCalendar)

public:
    using Days = QMap<QDate, BusinessCalendar::DayException>;

    // The calendar's own name (X-WR-CALNAME), or the file's name when it has none.
    QString name;
    // The days found, per year.
    QMap<int, Days> years;
    int events = 0;

    // Reads `path`; the errors name the file and say what to do (empty, not an iCalendar, no events, an event
    // without a date).
    static Result<IcsCalendar> read(const QString& path);
    // `fileName` is what the messages call the text.
    static Result<IcsCalendar> parse(const QByteArray& text, const QString& fileName);

    // Whether an event's summary (or a table's kind cell) means a swapped working day.
    static bool isWorkdayText(const QString& text);

    // Every day of every year, in order.
    Days allDays() const;
    int dayCount() const;
    // The days as the calendar table of the set-up import reads them: columns day, kind, name.
    TableFile toTable() const;

    // The file for the calendar import: an .ics file through read() and toTable(), any other (CSV, XLSX)
    // through readTableFile().
    static Result<TableFile> readTable(const QString& path);
};

} // namespace threerings
