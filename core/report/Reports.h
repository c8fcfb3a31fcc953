#pragma once

#include "core/auth/Actor.h"
#include "core/calendar/BusinessCalendar.h"
#include "core/report/Report.h"
#include "core/report/ReportPeriod.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <atomic>
#include <functional>

namespace threerings {

class Clock;
class Database;

// The sheets of the supervisor's desk (SPEC §6, issue 7), computed from the store: the daily callback
// sheet (用户回访统计表), the call tally (800电话信息统计报表), service level, deadlines, the complaint
// rate (月/季度用户投诉率统计表), customer ratings per engineer and the weekly summary for the general
// manager. Plain data, no widgets: the console shows them, the command line and the writers export them.
// Every call needs Action::ReadReports.
class Reports
{
    Q_DECLARE_TR_FUNCTIONS(Reports)

public:
    // Told the share done (0..100); the computation stops early with a "cancelled" error when
    // `cancel` becomes true.
    using Progress = std::function<void(int percent)>;

    Reports(Database& db, const Clock& clock, BusinessCalendar calendar);

    // daily-callbacks tally service-level deadlines complaint-rate ratings weekly
    static QStringList kinds();
    static QString titleOf(const QString& kind);
    // The period a kind reads when given only a day (the week for weekly, the month for the
    // complaint rate and ratings, the day for the rest).
    static ReportPeriod defaultPeriod(const QString& kind, const QDate& day);

    Result<Report> build(const Actor& actor, const QString& kind, const ReportPeriod& period,
                         const Progress& progress = {}, const std::atomic_bool* cancel = nullptr) const;

    Result<Report> dailyCallbacks(const QDate& day) const;
    Result<Report> tally(const ReportPeriod& period) const;
    Result<Report> serviceLevel(const ReportPeriod& period, const Progress& progress = {},
                                const std::atomic_bool* cancel = nullptr) const;
    // Open items past their deadline or within `nearMinutes` working minutes of it, at `at`.
    Result<Report> deadlines(const QDateTime& at, qint64 nearMinutes = 120) const;
    Result<Report> complaintRate(const ReportPeriod& period) const;
    Result<Report> ratings(const ReportPeriod& period) const;
    Result<Report> weekly(const ReportPeriod& week, const Progress& progress = {},
                          const std::atomic_bool* cancel = nullptr) const;

    // 技术经理 signs the day's sheet (Action::SignOffCallbackSheet); the sheet then prints the name.
    // While callbacks on the sheet are still open the signature is refused (a Conflict on the field "open"
    // naming them) unless `openAccepted`: the manager has seen them and signs anyway.
    Status signOffCallbackSheet(const Actor& actor, const QDate& day, const QString& signerName,
                                const QString& remarks = {}, bool openAccepted = false);
    // The form numbers of the callbacks still open on the day's sheet (ReadReports).
    Result<QStringList> openOnCallbackSheet(const Actor& actor, const QDate& day) const;

private:
    qint64 offsetMs(const QDate& day) const;

    Database& m_db;
    const Clock& m_clock;
    BusinessCalendar m_calendar;
};

} // namespace threerings
