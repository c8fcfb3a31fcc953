#include "core/calendar/IcsCalendar.h"

#include <QFile>
#include <QFileInfo>
#include <libical/ical.h>
#include <memory>

namespace threerings {

namespace {

struct ComponentFree
{
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

QDate dateOf(const icaltimetype& t)
{
    return QDate(t.year, t.month, t.day);
}

// The days an event covers. A date-valued DTEND is exclusive (RFC 5545 §3.6.1): 2026-10-01..2026-10-08 is
// seven days. Without DTEND (or DURATION) an all-day event is its one day. A timed event covers every date
// it touches, except a day it only ends on at midnight.
QList<QDate> daysOf(icalcomponent* event)
{
    const icaltimetype start = icalcomponent_get_dtstart(event);
    const QDate first = dateOf(start);
    const icaltimetype end = icalcomponent_get_dtend(event);
    QDate last = first;
    if (!icaltime_is_null_time(end)) {
        const QDate endDay = dateOf(end);
        const bool exclusive = end.is_date || (end.hour == 0 && end.minute == 0 && end.second == 0);
        last = exclusive ? endDay.addDays(-1) : endDay;
    }
    QList<QDate> out;
    // No holiday stretch is longer than a few weeks; a year caps a broken DTEND.
    for (QDate d = first; d.isValid() && d <= last && out.size() < 366; d = d.addDays(1))
        out << d;
    if (out.isEmpty())
        out << first;
    return out;
}

} // namespace

bool IcsCalendar::isWorkdayText(const QString& text)
{
    const QString t = text.trimmed().toLower();
    return t.contains(QStringLiteral("班")) || t.contains(QLatin1String("working day")) ||
           t.contains(QLatin1String("workday")) || t.contains(QLatin1String("work day"));
}

Result<IcsCalendar> IcsCalendar::read(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(tr("Cannot read %1: %2. Check the path and that the file may be read.")
                             .arg(path, f.errorString()));
    return parse(f.readAll(), path);
}

Result<IcsCalendar> IcsCalendar::parse(const QByteArray& text, const QString& fileName)
{
    QByteArray bytes = text;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.trimmed().isEmpty())
        return Error::data(tr("%1 is empty. Download the holiday calendar (.ics) again, or add the days "
                              "on the Calendar page of Admin ▸ Hotline set-up….")
                               .arg(fileName));
    // libical reads anything into some component; a file that does not even start like an iCalendar is
    // named as the wrong file rather than parsed into nothing.
    if (!bytes.trimmed().toUpper().startsWith("BEGIN:VCALENDAR"))
        return Error::data(tr("%1 is not an iCalendar file (it does not begin with BEGIN:VCALENDAR). "
                              "Choose the holiday schedule's .ics file, or import a CSV or XLSX "
                              "file with the columns day, kind and name.")
                               .arg(fileName));
    Component root(icalparser_parse_string(bytes.constData()));
    if (!root || icalcomponent_isa(root.get()) != ICAL_VCALENDAR_COMPONENT)
        return Error::data(tr("%1 is not a readable iCalendar file. Choose the holiday schedule's .ics "
                              "file, or import a CSV or XLSX file with the columns day, kind and name.")
                               .arg(fileName));

    IcsCalendar out;
    out.name = QFileInfo(fileName).completeBaseName();
    for (icalproperty* p = icalcomponent_get_first_property(root.get(), ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(root.get(), ICAL_X_PROPERTY)) {
        if (qstrcmp(icalproperty_get_x_name(p), "X-WR-CALNAME") == 0) {
            const QString name = QString::fromUtf8(icalproperty_get_x(p)).trimmed();
            if (!name.isEmpty())
                out.name = name;
        }
    }
    for (icalcomponent* e = icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(root.get(), ICAL_VEVENT_COMPONENT)) {
        ++out.events;
        const QString summary = QString::fromUtf8(icalcomponent_get_summary(e)).trimmed();
        const icaltimetype start = icalcomponent_get_dtstart(e);
        if (icaltime_is_null_time(start) || !dateOf(start).isValid())
            return Error::data(tr("%1: the event “%2” (event %3) has no valid start date (DTSTART). Fix or "
                                  "remove that event, or download the calendar again.")
                                   .arg(fileName, summary)
                                   .arg(out.events));
        const BusinessCalendar::DayKind kind =
            isWorkdayText(summary) ? BusinessCalendar::DayKind::Workday : BusinessCalendar::DayKind::Holiday;
        for (const QDate& day : daysOf(e)) {
            Days& days = out.years[day.year()];
            // A worked day listed inside a holiday stretch stays worked.
            if (days.value(day).kind != BusinessCalendar::DayKind::Workday || !days.contains(day))
                days.insert(day, {kind, summary});
        }
    }
    if (out.events == 0)
        return Error::data(tr("%1 holds no events (VEVENT), so it names no holidays. Choose a calendar "
                              "that lists the holidays and swapped working days, or add the days on "
                              "the Calendar page of Admin ▸ Hotline set-up….")
                               .arg(fileName));
    return out;
}

IcsCalendar::Days IcsCalendar::allDays() const
{
    Days all;
    for (const Days& days : years)
        for (auto it = days.cbegin(); it != days.cend(); ++it)
            all.insert(it.key(), it.value());
    return all;
}

int IcsCalendar::dayCount() const
{
    int n = 0;
    for (const Days& days : years)
        n += int(days.size());
    return n;
}

TableFile IcsCalendar::toTable() const
{
    TableFile table;
    table.header = {QStringLiteral("day"), QStringLiteral("kind"), QStringLiteral("name")};
    const Days all = allDays();
    int n = 0;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        table.rows << QStringList{it.key().toString(Qt::ISODate),
                                  it->kind == BusinessCalendar::DayKind::Workday ? QStringLiteral("workday")
                                                                                 : QStringLiteral("holiday"),
                                  it->name};
        // An .ics has no rows; a message names the day itself, so each day counts as its own "row".
        table.rowNumbers << ++n;
    }
    return table;
}

Result<TableFile> IcsCalendar::readTable(const QString& path)
{
    if (!path.endsWith(QLatin1String(".ics"), Qt::CaseInsensitive))
        return readTableFile(path);
    auto ics = read(path);
    if (!ics)
        return ics.error();
    return ics->toTable();
}

} // namespace threerings
