#include "core/calendar/BusinessCalendar.h"

#include "core/settings/Settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace threerings {

namespace {

constexpr qint64 kMsPerMinute = 60 * 1000;
// A calendar that finds no working time in this many days in a row has none at all (every day a
// weekend day or a holiday); give up rather than loop forever.
constexpr int kMaxIdleDays = 3 * 366;

QString hhmm(QTime t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

} // namespace

// A calendar nobody has set up yet is the defaults of the table of settings (read once: a time zone
// takes a lookup).
BusinessCalendar::BusinessCalendar()
{
    struct Defaults
    {
        QTimeZone zone;
        QTime opens, closes, lunchStart, lunchEnd;
        QList<int> weekendDays;
    };
    static const Defaults d{
        Setting::CalendarTimeZone.defaultValue(), Setting::CalendarOpens.defaultValue(),
        Setting::CalendarCloses.defaultValue(),   Setting::CalendarLunchStart.defaultValue(),
        Setting::CalendarLunchEnd.defaultValue(), Setting::CalendarWeekendDays.defaultValue()};
    m_zone = d.zone;
    m_opens = d.opens;
    m_closes = d.closes;
    m_lunchStart = d.lunchStart;
    m_lunchEnd = d.lunchEnd;
    m_weekendDays = d.weekendDays;
}

void BusinessCalendar::setOpeningHours(QTime opens, QTime closes)
{
    m_opens = opens;
    m_closes = closes;
}

void BusinessCalendar::setLunchBreak(QTime start, QTime end)
{
    m_lunchStart = start;
    m_lunchEnd = end;
}

void BusinessCalendar::setWeekendDays(QList<int> days)
{
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    m_weekendDays = std::move(days);
}

void BusinessCalendar::setException(QDate day, DayKind kind, const QString& name)
{
    m_exceptions.insert(day, DayException{kind, name});
}

Status BusinessCalendar::validate() const
{
    if (!m_zone.isValid())
        return Error::data(tr("The calendar's time zone is not known; choose an IANA zone name such as "
                              "Asia/Shanghai."),
                           Setting::CalendarTimeZone.key());
    if (!m_opens.isValid())
        return Error::data(tr("The opening time is missing; set it as HH:MM, for example 08:30."),
                           Setting::CalendarOpens.key());
    if (!m_closes.isValid())
        return Error::data(tr("The closing time is missing; set it as HH:MM, for example 17:30."),
                           Setting::CalendarCloses.key());
    if (m_closes <= m_opens)
        return Error::data(
            tr("The closing time %1 is not after the opening time %2; set a later closing time or "
               "an earlier opening time.")
                .arg(hhmm(m_closes), hhmm(m_opens)),
            Setting::CalendarCloses.key());
    if (!m_lunchStart.isValid() || !m_lunchEnd.isValid())
        return Error::data(
            tr("The lunch break needs a start and an end as HH:MM, for example 12:00 and 13:30; "
               "make them equal for no lunch break."),
            Setting::CalendarLunchStart.key());
    if (m_lunchEnd < m_lunchStart)
        return Error::data(tr("The lunch break ends (%1) before it starts (%2); set an end after the start.")
                               .arg(hhmm(m_lunchEnd), hhmm(m_lunchStart)),
                           Setting::CalendarLunchEnd.key());
    if (m_lunchStart != m_lunchEnd) {
        if (m_lunchStart < m_opens || m_lunchEnd > m_closes)
            return Error::data(
                tr("The lunch break %1–%2 lies outside the opening hours %3–%4; move the break "
                   "inside them or change the opening hours.")
                    .arg(hhmm(m_lunchStart), hhmm(m_lunchEnd), hhmm(m_opens), hhmm(m_closes)),
                Setting::CalendarLunchStart.key());
        if (m_lunchStart == m_opens && m_lunchEnd == m_closes)
            return Error::data(
                tr("The lunch break %1–%2 takes the whole of the opening hours, which leaves no "
                   "working time; shorten the break.")
                    .arg(hhmm(m_lunchStart), hhmm(m_lunchEnd)),
                Setting::CalendarLunchStart.key());
    }
    for (int d : m_weekendDays) {
        if (d < Qt::Monday || d > Qt::Sunday)
            return Error::data(
                tr("Weekend day %1 is not a day of the week; use 1 (Monday) to 7 (Sunday).").arg(d),
                Setting::CalendarWeekendDays.key());
    }
    if (m_weekendDays.size() >= 7)
        return Error::data(
            tr("Every day of the week is a weekend day, so no deadline could ever fall; leave at "
               "least one working day in the week."),
            Setting::CalendarWeekendDays.key());
    return {};
}

bool BusinessCalendar::isWorkingDay(QDate day) const
{
    if (!day.isValid())
        return false;
    const auto it = m_exceptions.constFind(day);
    if (it != m_exceptions.cend())
        return it->kind == DayKind::Workday;
    return !m_weekendDays.contains(day.dayOfWeek());
}

QList<BusinessCalendar::Interval> BusinessCalendar::workingIntervals(QDate day) const
{
    QList<Interval> out;
    if (!isWorkingDay(day) || !m_opens.isValid() || !m_closes.isValid() || m_closes <= m_opens)
        return out;
    const auto at = [&](QTime t) { return QDateTime(day, t, m_zone); };
    const bool hasLunch = m_lunchStart.isValid() && m_lunchEnd.isValid() && m_lunchStart < m_lunchEnd &&
                          m_lunchStart < m_closes && m_lunchEnd > m_opens;
    if (!hasLunch) {
        out.append({at(m_opens), at(m_closes)});
        return out;
    }
    if (m_lunchStart > m_opens)
        out.append({at(m_opens), at(m_lunchStart)});
    if (m_lunchEnd < m_closes)
        out.append({at(m_lunchEnd), at(m_closes)});
    return out;
}

qint64 BusinessCalendar::workingMinutesPerDay() const
{
    if (!m_opens.isValid() || !m_closes.isValid() || m_closes <= m_opens)
        return 0;
    qint64 secs = m_opens.secsTo(m_closes);
    if (m_lunchStart.isValid() && m_lunchEnd.isValid() && m_lunchStart < m_lunchEnd) {
        const QTime from = std::max(m_lunchStart, m_opens);
        const QTime to = std::min(m_lunchEnd, m_closes);
        if (from < to)
            secs -= from.secsTo(to);
    }
    return secs / 60;
}

QList<int> BusinessCalendar::yearsWithoutData(QDate from, QDate to) const
{
    QList<int> out;
    if (!from.isValid() || !to.isValid())
        return out;
    if (to < from)
        std::swap(from, to);
    for (int y = from.year(); y <= to.year(); ++y) {
        if (!hasDataFor(y))
            out.append(y);
    }
    return out;
}

BusinessCalendar::Deadline BusinessCalendar::addWorkingMs(const QDateTime& from, qint64 ms) const
{
    Deadline out;
    if (!from.isValid())
        return out;
    const QDateTime start = from.toTimeZone(m_zone);
    qint64 cur = start.toMSecsSinceEpoch();
    qint64 remaining = std::max<qint64>(ms, 0);
    int idleDays = 0;
    // One step per working interval; a day off costs one isWorkingDay lookup.
    for (QDate day = start.date(); idleDays < kMaxIdleDays; day = day.addDays(1)) {
        const QList<Interval> intervals = workingIntervals(day);
        if (intervals.isEmpty()) {
            ++idleDays;
            continue;
        }
        idleDays = 0;
        for (const Interval& iv : intervals) {
            const qint64 end = iv.end.toMSecsSinceEpoch();
            if (end <= cur)
                continue;
            const qint64 begin = std::max(iv.start.toMSecsSinceEpoch(), cur);
            const qint64 available = end - begin;
            if (remaining <= available) {
                out.at = QDateTime::fromMSecsSinceEpoch(begin + remaining, m_zone);
                out.fallbackYears = yearsWithoutData(start.date(), out.at.date());
                return out;
            }
            remaining -= available;
            cur = end;
        }
    }
    return out;
}

BusinessCalendar::Deadline BusinessCalendar::nextWorkingMoment(const QDateTime& from) const
{
    return addWorkingMs(from, 0);
}

BusinessCalendar::Deadline BusinessCalendar::addWorkingHours(const QDateTime& from, qint64 minutes) const
{
    Q_ASSERT(minutes >= 0);
    return addWorkingMs(from, minutes * kMsPerMinute);
}

BusinessCalendar::Deadline BusinessCalendar::addWorkingDays(const QDateTime& from, int days) const
{
    Q_ASSERT(days >= 0);
    return addWorkingMs(from, qint64(days) * workingMinutesPerDay() * kMsPerMinute);
}

qint64 BusinessCalendar::workingMinutesBetween(const QDateTime& a, const QDateTime& b,
                                               QList<int>* fallbackYears) const
{
    if (!a.isValid() || !b.isValid())
        return 0;
    if (b < a)
        return -workingMinutesBetween(b, a, fallbackYears);
    const QDateTime from = a.toTimeZone(m_zone);
    const QDateTime to = b.toTimeZone(m_zone);
    const qint64 lo = from.toMSecsSinceEpoch();
    const qint64 hi = to.toMSecsSinceEpoch();
    qint64 total = 0;
    for (QDate day = from.date(); day <= to.date(); day = day.addDays(1)) {
        for (const Interval& iv : workingIntervals(day)) {
            const qint64 begin = std::max(iv.start.toMSecsSinceEpoch(), lo);
            const qint64 end = std::min(iv.end.toMSecsSinceEpoch(), hi);
            if (end > begin)
                total += end - begin;
        }
    }
    if (fallbackYears) {
        for (int y : yearsWithoutData(from.date(), to.date())) {
            if (!fallbackYears->contains(y))
                fallbackYears->append(y);
        }
    }
    return total / kMsPerMinute;
}

Result<QTime> BusinessCalendar::parseTime(const QString& text, const QString& field)
{
    const QString t = text.trimmed();
    const QTime time = QTime::fromString(t, QStringLiteral("HH:mm"));
    if (!time.isValid() || t.size() != 5)
        return Error::data(
            tr("%1 '%2' is not a time; write it as HH:MM, for example 08:30.").arg(field, text), field);
    return time;
}

Result<QDate> BusinessCalendar::parseDate(const QString& text, const QString& field)
{
    const QString t = text.trimmed();
    const QDate date = QDate::fromString(t, Qt::ISODate);
    if (!date.isValid() || t.size() != 10)
        return Error::data(
            tr("%1 '%2' is not a date; write it as YYYY-MM-DD, for example 2026-10-01.").arg(field, text),
            field);
    return date;
}

Result<QTimeZone> BusinessCalendar::parseTimeZone(const QString& id, const QString& field)
{
    const QByteArray name = id.trimmed().toUtf8();
    // Only named zones: Qt would also read a bare word such as "Beijing" as a POSIX rule for UTC.
    const QTimeZone zone(name);
    if (name.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(name) || !zone.isValid())
        return Error::data(
            tr("%1 '%2' is not a known time zone; use an IANA zone name such as Asia/Shanghai.")
                .arg(field, id),
            field);
    return zone;
}

Result<QList<int>> BusinessCalendar::parseWeekendDays(const QString& text, const QString& field)
{
    QList<int> days;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int d = part.trimmed().toInt(&ok);
        if (!ok || d < Qt::Monday || d > Qt::Sunday)
            return Error::data(
                tr("%1 '%2' must list days of the week as numbers from 1 (Monday) to 7 (Sunday) "
                   "separated by commas, for example 6,7.")
                    .arg(field, text),
                field);
        days.append(d);
    }
    return days;
}

Result<BusinessCalendar> BusinessCalendar::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject())
        return Error::data(tr("The calendar file is not valid JSON (%1 at offset %2); fix the file.")
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
    const QJsonObject root = doc.object();
    BusinessCalendar cal;
    if (root.contains(QLatin1String("timeZone"))) {
        auto zone =
            parseTimeZone(root.value(QLatin1String("timeZone")).toString(), QStringLiteral("timeZone"));
        if (!zone)
            return zone.error();
        cal.setTimeZone(*zone);
    }
    const auto timeOr = [&](const char* key, QTime fallback) -> Result<QTime> {
        const QString k = QString::fromLatin1(key);
        if (!root.contains(k))
            return fallback;
        return parseTime(root.value(k).toString(), k);
    };
    auto opens = timeOr("opens", cal.opens());
    auto closes = timeOr("closes", cal.closes());
    auto lunchStart = timeOr("lunchStart", cal.lunchStart());
    auto lunchEnd = timeOr("lunchEnd", cal.lunchEnd());
    for (const auto* r : {&opens, &closes, &lunchStart, &lunchEnd}) {
        if (!*r)
            return r->error();
    }
    cal.setOpeningHours(*opens, *closes);
    cal.setLunchBreak(*lunchStart, *lunchEnd);
    if (root.contains(QLatin1String("weekendDays"))) {
        QList<int> days;
        for (const QJsonValue& v : root.value(QLatin1String("weekendDays")).toArray())
            days.append(v.toInt(0));
        cal.setWeekendDays(days);
    }

    const QJsonArray years = root.value(QLatin1String("years")).toArray();
    for (qsizetype i = 0; i < years.size(); ++i) {
        const QJsonObject y = years.at(i).toObject();
        const QString where = QStringLiteral("years[%1]").arg(i);
        const int year = y.value(QLatin1String("year")).toInt(0);
        if (year < 1900 || year > 9999)
            return Error::data(
                tr("%1.year is missing or not a year; write it as a number such as 2026.").arg(where),
                where + QStringLiteral(".year"));
        cal.addKnownYear(year, y.value(QLatin1String("source")).toString());

        const QJsonArray holidays = y.value(QLatin1String("holidays")).toArray();
        for (qsizetype j = 0; j < holidays.size(); ++j) {
            const QJsonObject h = holidays.at(j).toObject();
            const QString hw = QStringLiteral("%1.holidays[%2]").arg(where).arg(j);
            auto first = parseDate(h.value(QLatin1String("from")).toString(), hw + QStringLiteral(".from"));
            if (!first)
                return first.error();
            auto last = h.contains(QLatin1String("to"))
                            ? parseDate(h.value(QLatin1String("to")).toString(), hw + QStringLiteral(".to"))
                            : Result<QDate>(*first);
            if (!last)
                return last.error();
            if (*last < *first || first->year() != year || last->year() != year)
                return Error::data(
                    tr("%1 runs from %2 to %3, which is backwards or outside %4; fix the dates.")
                        .arg(hw, first->toString(Qt::ISODate), last->toString(Qt::ISODate))
                        .arg(year),
                    hw);
            const QString name = h.value(QLatin1String("name")).toString();
            for (QDate d = *first; d <= *last; d = d.addDays(1))
                cal.setException(d, DayKind::Holiday, name);
        }
        const QJsonArray workdays = y.value(QLatin1String("workdays")).toArray();
        for (qsizetype j = 0; j < workdays.size(); ++j) {
            const QJsonObject w = workdays.at(j).toObject();
            const QString ww = QStringLiteral("%1.workdays[%2].date").arg(where).arg(j);
            auto day = parseDate(w.value(QLatin1String("date")).toString(), ww);
            if (!day)
                return day.error();
            cal.setException(*day, DayKind::Workday, w.value(QLatin1String("name")).toString());
        }
    }
    if (Status s = cal.validate(); !s)
        return s.error();
    return cal;
}

} // namespace threerings
