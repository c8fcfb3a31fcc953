#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSet>
#include <QTime>
#include <QTimeZone>

namespace threerings {

// When the hotline works: opening hours with a lunch break, weekend days, dated holidays and
// swapped working days (调休), all in one time zone. Every "working hours" and "working days"
// deadline of SPEC §3 is computed here. A year whose exceptions are not known falls back to plain
// weekends, and the deadline functions report which years did so, so the screen can say it.
class BusinessCalendar
{
    Q_DECLARE_TR_FUNCTIONS(BusinessCalendar)

public:
    enum class DayKind
    {
        Holiday, // a weekday (or any day) off
        Workday, // a weekend day worked (调休)
    };

    struct DayException
    {
        DayKind kind = DayKind::Holiday;
        QString name; // 春节, 国庆节 …; shown beside the date
        friend bool operator==(const DayException&, const DayException&) = default;
    };

    // One stretch of working time, [start, end), in the calendar's zone.
    struct Interval
    {
        QDateTime start;
        QDateTime end;
    };

    // A computed deadline, and the years on the way that had no holiday data (plain weekends assumed).
    struct Deadline
    {
        QDateTime at; // in the calendar's zone; invalid only when the calendar has no working time at all
        QList<int> fallbackYears;
        bool fellBack() const { return !fallbackYears.isEmpty(); }
    };

    // Asia/Shanghai, 08:30–17:30 with lunch 12:00–13:30, Saturday and Sunday off, no dated exceptions.
    BusinessCalendar();

    QTimeZone timeZone() const { return m_zone; }
    QTime opens() const { return m_opens; }
    QTime closes() const { return m_closes; }
    QTime lunchStart() const { return m_lunchStart; }
    QTime lunchEnd() const { return m_lunchEnd; }
    // Qt::DayOfWeek values (1 = Monday … 7 = Sunday), sorted.
    QList<int> weekendDays() const { return m_weekendDays; }
    const QMap<QDate, DayException>& exceptions() const { return m_exceptions; }
    // Years whose holidays and swapped working days are known, with where they came from.
    const QMap<int, QString>& knownYears() const { return m_years; }

    // Setters store what they are given; validate() says whether the whole is usable.
    void setTimeZone(const QTimeZone& zone) { m_zone = zone; }
    void setOpeningHours(QTime opens, QTime closes);
    // An empty break (start == end) means no lunch break.
    void setLunchBreak(QTime start, QTime end);
    void setWeekendDays(QList<int> days);
    void setException(QDate day, DayKind kind, const QString& name = {});
    void removeException(QDate day) { m_exceptions.remove(day); }
    void addKnownYear(int year, const QString& source = {}) { m_years.insert(year, source); }
    void removeKnownYear(int year) { m_years.remove(year); }

    // Checks the hours, the break, the zone and the weekend; the error names the field (a calendar.* key).
    Status validate() const;

    bool hasDataFor(int year) const { return m_years.contains(year); }
    bool isWorkingDay(QDate day) const;
    // The day's working time, in order; empty on a day off.
    QList<Interval> workingIntervals(QDate day) const;
    // Working time of one full working day, in minutes (450 for the defaults).
    qint64 workingMinutesPerDay() const;

    // `from` itself when it lies in working time, else the start of the next working interval.
    Deadline nextWorkingMoment(const QDateTime& from) const;
    // Adds `minutes` of working time (the "working hours" clocks, counted in minutes). Counting
    // starts at the next working moment when `from` is outside working time. minutes >= 0.
    Deadline addWorkingHours(const QDateTime& from, qint64 minutes) const;
    // Adds as much working time as `days` full working days: Tue 15:00 + 2 = Thu 15:00; from a
    // non-working moment it ends at closing time of the days-th working day. days >= 0.
    Deadline addWorkingDays(const QDateTime& from, int days) const;
    // Working minutes from a to b; negative when b is before a (how late, in working time).
    // Years without data on the way are appended to *fallbackYears when given.
    qint64 workingMinutesBetween(const QDateTime& a, const QDateTime& b,
                                 QList<int>* fallbackYears = nullptr) const;

    // The years between two days (inclusive) that have no data.
    QList<int> yearsWithoutData(QDate from, QDate to) const;

    // Reads the calendar file format of resources/data/calendar/*.json.
    static Result<BusinessCalendar> fromJson(const QByteArray& json);
    // Parses user or stored text; errors name `field` and show the expected form.
    static Result<QTime> parseTime(const QString& text, const QString& field);
    static Result<QDate> parseDate(const QString& text, const QString& field);
    static Result<QTimeZone> parseTimeZone(const QString& id, const QString& field);
    static Result<QList<int>> parseWeekendDays(const QString& text, const QString& field);

private:
    Deadline addWorkingMs(const QDateTime& from, qint64 ms) const;

    QTimeZone m_zone;
    QTime m_opens;
    QTime m_closes;
    QTime m_lunchStart;
    QTime m_lunchEnd;
    QList<int> m_weekendDays;
    QMap<QDate, DayException> m_exceptions;
    QMap<int, QString> m_years;
};

} // namespace threerings
