#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace threerings {

// The days a report covers, in local days of the hotline's time zone: one day, the week (Monday to
// Sunday) holding a day, a month or a quarter.
struct ReportPeriod
{
    Q_DECLARE_TR_FUNCTIONS(ReportPeriod)

public:
    enum class Kind
    {
        Day,
        Week,
        Month,
        Quarter,
    };
    Kind kind = Kind::Day;
    QDate from; // inclusive
    QDate to;   // inclusive

    static ReportPeriod day(const QDate& d);
    static ReportPeriod week(const QDate& anyDay);
    static ReportPeriod month(int year, int month);
    static ReportPeriod quarter(int year, int q);
    // "2026-11" / "2026-Q4"; an error names the option and the expected form.
    static Result<ReportPeriod> parseMonth(const QString& text);
    static Result<ReportPeriod> parseQuarter(const QString& text);

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    int days() const { return int(from.daysTo(to)) + 1; }
    // [start of `from`, start of the day after `to`) in ms since the epoch.
    qint64 startMs(const QTimeZone& zone) const;
    qint64 endMs(const QTimeZone& zone) const;
    // "2026-11-24", "2026-11-23 – 2026-11-29", "2026-11", "2026-Q4".
    QString label() const;
};

} // namespace threerings
