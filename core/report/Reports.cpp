#include "core/report/Reports.h"

#include "core/auth/Permissions.h"
#include "core/db/Database.h"
#include "core/model/CallbackRecord.h"
#include "core/report/ReportQueries.h"
#include "core/report/SheetParts.h"
#include "core/util/Clock.h"

// The desk's controller: the kinds, their titles and periods, and the weekly summary that gathers the
// others. The sheets themselves: ReportsCalls.cpp (tally, service level), ReportsWorklists.cpp
// (callbacks, deadlines), ReportsQuality.cpp (complaint rate, ratings).

namespace threerings {

using namespace sheets;

Reports::Reports(Database& db, const Clock& clock, BusinessCalendar calendar)
    : m_db(db), m_clock(clock), m_calendar(std::move(calendar))
{}

QStringList Reports::kinds()
{
    return {QStringLiteral("daily-callbacks"), QStringLiteral("tally"),
            QStringLiteral("service-level"),   QStringLiteral("deadlines"),
            QStringLiteral("complaint-rate"),  QStringLiteral("ratings"),
            QStringLiteral("weekly")};
}

QString Reports::titleOf(const QString& kind)
{
    if (kind == QLatin1String("daily-callbacks"))
        //: the seed form's title: 用户回访统计表
        return tr("Customer callback sheet");
    if (kind == QLatin1String("tally"))
        //: the seed form's title: 800电话信息统计报表
        return tr("800 call tally");
    if (kind == QLatin1String("service-level"))
        return tr("Service level");
    if (kind == QLatin1String("deadlines"))
        return tr("Open items past or near their deadline");
    if (kind == QLatin1String("complaint-rate"))
        //: the seed form's title: 月/季度用户投诉率统计表
        return tr("Monthly / quarterly customer complaint rate");
    if (kind == QLatin1String("ratings"))
        return tr("Customer ratings per engineer");
    if (kind == QLatin1String("weekly"))
        return tr("Weekly report to the general manager");
    return {};
}

ReportPeriod Reports::defaultPeriod(const QString& kind, const QDate& day)
{
    if (kind == QLatin1String("weekly"))
        return ReportPeriod::week(day);
    if (kind == QLatin1String("complaint-rate") || kind == QLatin1String("ratings"))
        return ReportPeriod::month(day.year(), day.month());
    return ReportPeriod::day(day);
}

qint64 Reports::offsetMs(const QDate& day) const
{
    return qint64(m_calendar.timeZone().offsetFromUtc(QDateTime(day, QTime(12, 0), m_calendar.timeZone()))) *
           1000;
}

Result<Report> Reports::build(const Actor& actor, const QString& kind, const ReportPeriod& period,
                              const Progress& progress, const std::atomic_bool* cancel) const
{
    if (auto s = Permissions::require(actor, Action::ReadReports); !s.ok())
        return s.error();
    if (!period.isValid())
        return Error::usage(tr("Choose the day, month or quarter the report covers."));
    Result<Report> r = Error::usage(
        tr("Unknown report '%1'; choose one of: %2.").arg(kind, kinds().join(QStringLiteral(", "))));
    if (kind == QLatin1String("daily-callbacks"))
        r = dailyCallbacks(period.from);
    else if (kind == QLatin1String("tally"))
        r = tally(period);
    else if (kind == QLatin1String("service-level"))
        r = serviceLevel(period, progress, cancel);
    else if (kind == QLatin1String("deadlines")) {
        const QDateTime now = m_clock.now().toTimeZone(m_calendar.timeZone());
        const QDateTime at =
            period.to == now.date() ? now : QDateTime(period.to, m_calendar.closes(), m_calendar.timeZone());
        r = deadlines(at);
    } else if (kind == QLatin1String("complaint-rate"))
        r = complaintRate(period);
    else if (kind == QLatin1String("ratings"))
        r = ratings(period);
    else if (kind == QLatin1String("weekly"))
        r = weekly(period, progress, cancel);
    if (r && progress)
        progress(100);
    return r;
}

Result<Report> Reports::weekly(const ReportPeriod& week, const Progress& progress,
                               const std::atomic_bool* cancel) const
{
    Report r = newSheet(QStringLiteral("weekly"), week, true);

    auto sl =
        serviceLevel(week, progress ? Progress([&](int p) { progress(p * 6 / 10); }) : Progress(), cancel);
    if (!sl)
        return sl.error();
    for (ReportSection s : sl->sections) {
        s.key = QStringLiteral("service_level_") + s.key;
        s.title = tr("Service level: %1").arg(s.title);
        r.sections << s;
    }
    auto tallied = tally(week);
    if (!tallied)
        return tallied.error();
    ReportSection& t = adopt(r, *tallied, QStringLiteral("tally"), tr("Calls per agent and category"));
    for (ReportColumn& c : t.columns) { // a week runs to hundreds of 正: the summary gives the numbers
        if (c.type == ReportColumn::Type::Tally)
            c.type = ReportColumn::Type::Integer;
    }
    if (progress)
        progress(70);

    ReportQueries q(m_db, m_clock);
    auto counts = q.callbackCounts(week.from, week.to);
    if (!counts)
        return counts.error();
    ReportSection cb;
    cb.key = QStringLiteral("callbacks");
    cb.title = tr("Callbacks due this week");
    cb.columns = {col("done", tr("Done"), Type::Integer, 8), col("open", tr("Still open"), Type::Integer, 8)};
    cb.rows << QVariantList{counts->first, counts->second};
    r.sections << cb;

    auto rate = complaintRate(ReportPeriod{ReportPeriod::Kind::Week, week.from, week.to});
    if (!rate)
        return rate.error();
    adopt(r, *rate, QStringLiteral("complaint_rate"), tr("Complaints and repairs this week"));

    auto rated = ratings(week);
    if (!rated)
        return rated.error();
    adopt(r, *rated, QStringLiteral("ratings"), tr("Customer ratings this week"));
    if (progress)
        progress(85);

    const QDateTime now = m_clock.now().toTimeZone(m_calendar.timeZone());
    const QDateTime at =
        now.date() <= week.to ? now : QDateTime(week.to, m_calendar.closes(), m_calendar.timeZone());
    auto late = deadlines(at, -1); // late by a working minute or more; nothing merely due soon
    if (!late)
        return late.error();
    const qsizetype lateItems =
        adopt(r, *late, QStringLiteral("late"), tr("Open items past their deadline")).rows.size();
    r.footer << tr("%n open item(s) past their deadline at %1.", nullptr, int(lateItems))
                    .arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return r;
}

Result<QStringList> Reports::openOnCallbackSheet(const Actor& actor, const QDate& day) const
{
    if (auto s = Permissions::require(actor, Action::ReadReports); !s.ok())
        return s.error();
    auto rows = ReportQueries(m_db, m_clock).callbackSheet(day);
    if (!rows)
        return rows.error();
    QStringList open;
    for (const QVariantList& v : *rows)
        if (callbackStateFromText(v[12].toString()) != CallbackState::Done)
            open << v[0].toString();
    return open;
}

Status Reports::signOffCallbackSheet(const Actor& actor, const QDate& day, const QString& signerName,
                                     const QString& remarks, bool openAccepted)
{
    if (auto s = Permissions::require(actor, Action::SignOffCallbackSheet); !s.ok())
        return s;
    if (!day.isValid())
        return Error::usage(tr("Choose the day of the callback sheet to sign off."));
    const QString name = signerName.trimmed();
    if (name.isEmpty())
        return Error::data(tr("Write the technical manager's name to sign the sheet."),
                           QStringLiteral("signer_name"));
    if (!openAccepted) {
        auto open = openOnCallbackSheet(actor, day);
        if (!open)
            return open.error();
        if (!open->isEmpty()) {
            const QStringList shown = open->mid(0, 10);
            return Error{
                Error::Kind::Conflict,
                tr("%n callback(s) on the sheet of %1 are still open: %2. Sign anyway only if they are "
                   "to be carried over to the next day.",
                   nullptr, int(open->size()))
                    .arg(day.toString(Qt::ISODate),
                         shown.join(QStringLiteral(", ")) +
                             (open->size() > shown.size() ? QStringLiteral(" …") : QString())),
                QStringLiteral("open")};
        }
    }
    auto done = ReportQueries(m_db, m_clock)
                    .writeSignOff(day, actor.system ? QString() : actor.userId, name, remarks);
    if (!done)
        return done.error();
    return {};
}

} // namespace threerings
