#include "core/db/Database.h"
#include "core/report/ReportQueries.h"
#include "core/report/Reports.h"
#include "core/report/SheetParts.h"
#include "core/util/Clock.h"

#include <QHash>
#include <QMap>

// The customers' view of the work: the complaint rate and the ratings per engineer.

namespace threerings {

using namespace sheets;

namespace {

// A complaint-rate table: `first` (the department, the month), then the counts and their share.
QList<ReportColumn> rateColumns(const ReportColumn& first)
{
    return {
        first,
        //: seed heading 投诉次数
        col("complaints", Reports::tr("Complaints"), Type::Integer, 10),
        //: seed heading 维修次数
        col("repairs", Reports::tr("Repairs"), Type::Integer, 10),
        //: seed heading 投诉率
        col("rate", Reports::tr("Complaint rate"), Type::Percent, 10),
    };
}

QVariantList rateRow(const QVariant& label, qint64 complaints, qint64 repairs)
{
    return {label, complaints, repairs, share(complaints, repairs)};
}

} // namespace

Result<Report> Reports::complaintRate(const ReportPeriod& period) const
{
    ReportQueries q(m_db, m_clock);
    const QTimeZone zone = m_calendar.timeZone();
    // The months of the period's year up to its end, for the trend; the sheet itself covers the period.
    const ReportPeriod year{ReportPeriod::Kind::Month, QDate(period.from.year(), 1, 1), period.to};
    const qint64 offset = offsetMs(period.from);
    auto complaints = q.complaintsPerMonth(period.startMs(zone), period.endMs(zone), offset);
    if (!complaints)
        return complaints.error();
    auto repairs = q.repairsPerMonth(period.startMs(zone), period.endMs(zone), offset);
    if (!repairs)
        return repairs.error();
    auto complaintsTrend = q.complaintsPerMonth(year.startMs(zone), year.endMs(zone), offset);
    if (!complaintsTrend)
        return complaintsTrend.error();
    auto repairsTrend = q.repairsPerMonth(year.startMs(zone), year.endMs(zone), offset);
    if (!repairsTrend)
        return repairsTrend.error();
    auto departments = q.departments();
    if (!departments)
        return departments.error();

    QHash<QString, qint64> complaintsOf, repairsOf;
    QMap<QString, QPair<qint64, qint64>> perMonth;
    for (const QVariantList& v : *complaints)
        complaintsOf[v[0].toString()] += v[2].toLongLong();
    for (const QVariantList& v : *repairs)
        repairsOf[v[0].toString()] += v[2].toLongLong();
    for (const QVariantList& v : *complaintsTrend)
        perMonth[v[1].toString()].first += v[2].toLongLong();
    for (const QVariantList& v : *repairsTrend)
        perMonth[v[1].toString()].second += v[2].toLongLong();

    Report r = newSheet(QStringLiteral("complaint-rate"), period);
    ReportSection s;
    s.key = QStringLiteral("departments");
    //: seed heading 部门名称
    s.columns = rateColumns(col("department", tr("Department"), Type::Text, 16));
    qint64 allComplaints = 0, allRepairs = 0;
    QList<QPair<QString, QString>> list = *departments;
    if (complaintsOf.contains(QString()) || repairsOf.contains(QString()))
        list << qMakePair(QString(), tr("(no department)"));
    for (const auto& [id, name] : list) {
        const qint64 c = complaintsOf.value(id), n = repairsOf.value(id);
        if (c == 0 && n == 0)
            continue;
        s.rows << rateRow(name, c, n);
        allComplaints += c;
        allRepairs += n;
    }
    s.totalRows << int(s.rows.size());
    s.rows << rateRow(tr("Total"), allComplaints, allRepairs);
    r.sections << s;

    ReportSection m;
    m.key = QStringLiteral("per_month");
    m.title = tr("Per month");
    m.columns = rateColumns(col("month", tr("Month"), Type::Text, 10));
    for (QDate month = year.from; month <= period.to; month = month.addMonths(1)) {
        const QString label = month.toString(QStringLiteral("yyyy-MM"));
        const auto v = perMonth.value(label);
        m.rows << rateRow(label, v.first, v.second);
    }
    r.sections << m;
    r.footer << tr(
        "Complaint rate: complaints registered against the department, out of the problem forms it "
        "resolved in the period.");
    return r;
}

Result<Report> Reports::ratings(const ReportPeriod& period) const
{
    ReportQueries q(m_db, m_clock);
    auto rows = q.ratings(period.from, period.to);
    if (!rows)
        return rows.error();
    Report r = newSheet(QStringLiteral("ratings"), period);
    ReportSection s;
    s.key = QStringLiteral("engineers");
    s.columns = {
        col("month", tr("Month"), Type::Text, 8),
        col("engineer", tr("Engineer"), Type::Text, 14),
        col("ratings", tr("Ratings"), Type::Integer, 8),
        //: 技术水平 on 绩效评定表
        col("technical_mean", tr("Technical (mean)"), Type::Real, 10),
        //: 服务态度
        col("attitude_mean", tr("Attitude (mean)"), Type::Real, 10),
        //: 评定绩效分
        col("score_total", tr("Score total"), Type::Integer, 10),
        col("lowest", tr("Lowest"), Type::Integer, 8),
        col("complaints", tr("Became complaints"), Type::Integer, 10),
    };
    for (const QVariantList& v : *rows) {
        const qint64 n = v[2].toLongLong();
        s.rows << QVariantList{v[1],
                               v[0],
                               n,
                               mean(v[3].toDouble(), n),
                               mean(v[4].toDouble(), n),
                               qint64(v[3].toDouble() + v[4].toDouble()),
                               v[5],
                               v[6]};
    }
    r.sections << s;
    return r;
}

} // namespace threerings
