#include "core/db/Database.h"
#include "core/model/Call.h"
#include "core/report/ReportQueries.h"
#include "core/report/Reports.h"
#include "core/report/SheetParts.h"
#include "core/util/Clock.h"

#include <QHash>
#include <QMap>
#include <algorithm>
#include <array>

// The call sheets: the 800 call tally and the service level.

namespace threerings {

namespace {

using namespace sheets;

// The four agent states of migration 0005, in the order the sheet shows them.
const std::array<const char*, 4> States{"ready", "not_ready", "on_call", "wrap_up"};

struct Acc
{
    qint64 offered = 0, answered = 0, within3 = 0, abandoned = 0, handled = 0, wrapCount = 0, skipped = 0,
           hits = 0;
    double rings = 0, handleMs = 0, wrapMs = 0;
    std::array<double, 4> stateMs{};

    void add(const Acc& o)
    {
        offered += o.offered;
        answered += o.answered;
        within3 += o.within3;
        abandoned += o.abandoned;
        handled += o.handled;
        wrapCount += o.wrapCount;
        skipped += o.skipped;
        hits += o.hits;
        rings += o.rings;
        handleMs += o.handleMs;
        wrapMs += o.wrapMs;
        for (size_t i = 0; i < stateMs.size(); ++i)
            stateMs[i] += o.stateMs[i];
    }
    void addCalls(const QVariantList& v) // the columns of ReportQueries::callStats from index 2
    {
        offered += v[2].toLongLong();
        answered += v[3].toLongLong();
        within3 += v[4].toLongLong();
        rings += v[5].toDouble();
        abandoned += v[6].toLongLong();
        handled += v[7].toLongLong();
        handleMs += v[8].toDouble();
    }
};

// The call figures the per-agent and the per-day tables share, in the order both print them.
QList<ReportColumn> callColumns()
{
    return {
        col("offered", Reports::tr("Calls"), Type::Integer, 7),
        col("answered", Reports::tr("Answered"), Type::Integer, 8),
        col("within_three_share", Reports::tr("Within 3 rings"), Type::Percent, 8),
        col("mean_rings", Reports::tr("Mean rings"), Type::Real, 7),
        col("abandoned", Reports::tr("Abandoned"), Type::Integer, 8),
        col("mean_handle_s", Reports::tr("Mean handle (s)"), Type::Real, 8),
    };
}

QVariantList callValues(const Acc& a)
{
    return {a.offered,
            a.answered,
            share(a.within3, a.offered),
            mean(a.rings, a.answered),
            a.abandoned,
            mean(a.handleMs, a.handled, 1000.0)};
}

} // namespace

Result<Report> Reports::tally(const ReportPeriod& period) const
{
    ReportQueries q(m_db, m_clock);
    const QTimeZone zone = m_calendar.timeZone();
    auto rows = q.tally(period.startMs(zone), period.endMs(zone));
    if (!rows)
        return rows.error();
    auto hours = q.callsPerHour(period.startMs(zone), period.endMs(zone), offsetMs(period.from));
    if (!hours)
        return hours.error();
    auto people = q.people();
    if (!people)
        return people.error();

    const QStringList categories{QStringLiteral("technical"), QStringLiteral("service"),
                                 QStringLiteral("sales"), QStringLiteral("other")};
    // Four categories of real calls, then wrong numbers and silent or nuisance calls, which are no real
    // calls.
    QMap<QString, std::array<qint64, 6>> perAgent; // keyed by job number for the order of the form
    QHash<QString, ReportQueries::Person> byId;
    for (const auto& p : *people)
        byId.insert(p.id, p);
    for (const QVariantList& v : *rows) {
        const QString agentId = v[0].toString();
        const QString key = byId.contains(agentId) ? byId.value(agentId).jobNumber : QString();
        const CallOutcome outcome = CallOutcomes::fromKey(v[3].toString());
        int c = int(categories.indexOf(v[1].toString()));
        if (c < 0)
            c = 3;
        if (outcome == CallOutcome::WrongNumber)
            c = 4;
        else if (outcome == CallOutcome::Nuisance)
            c = 5;
        perAgent[key][size_t(c)] += v[2].toLongLong();
    }
    QHash<QString, QString> nameOfJob;
    for (const auto& p : *people)
        nameOfJob.insert(p.jobNumber, p.name);

    Report r = newSheet(QStringLiteral("tally"), period, true);
    ReportSection s;
    s.key = QStringLiteral("tally");
    s.columns = {
        col("job_number", tr("Job no."), Type::Text, 8),
        col("name", tr("Agent"), Type::Text, 10),
        //: 技术质量 on 800用户问题处理表
        col("technical", tr("Technical quality"), Type::Tally, 16),
        //: 服务
        col("service", tr("Service"), Type::Tally, 16),
        //: 销售
        col("sales", tr("Sales"), Type::Tally, 16),
        //: 其它
        col("other", tr("Other"), Type::Tally, 16),
        //: 合计
        col("total", tr("Total"), Type::Tally, 16),
        //: 打错电话: not counted in the total of real calls
        col("wrong_number", tr("Wrong numbers"), Type::Integer, 10),
        //: 无声或骚扰电话
        col("nuisance", tr("Silent or nuisance"), Type::Integer, 10),
    };
    std::array<qint64, 6> sum{};
    for (auto it = perAgent.cbegin(); it != perAgent.cend(); ++it) {
        const auto& n = it.value();
        QVariantList row{it.key().isEmpty() ? QVariant(QString()) : QVariant(it.key()),
                         it.key().isEmpty() ? tr("(not answered)") : nameOfJob.value(it.key())};
        qint64 total = 0;
        for (size_t i = 0; i < 4; ++i) {
            row << n[i];
            total += n[i];
        }
        for (size_t i = 0; i < n.size(); ++i)
            sum[i] += n[i];
        row << total << n[4] << n[5];
        s.rows << row;
    }
    QVariantList totalRow{QString(), tr("Total")};
    for (size_t i = 0; i < 4; ++i)
        totalRow << sum[i];
    totalRow << (sum[0] + sum[1] + sum[2] + sum[3]) << sum[4] << sum[5];
    s.totalRows << int(s.rows.size());
    s.rows << totalRow;
    r.sections << s;

    ReportSection h;
    h.key = QStringLiteral("per_hour");
    h.title = tr("Calls per hour");
    h.columns = {col("hour", tr("Hour"), Type::Integer, 6), col("calls", tr("Calls"), Type::Integer, 8)};
    QMap<int, qint64> perHour;
    for (const QVariantList& v : *hours)
        perHour.insert(v[0].toInt(), v[1].toLongLong());
    for (int hour = 0; hour < 24; ++hour)
        h.rows << QVariantList{hour, perHour.value(hour)};
    r.sections << h;
    return r;
}

Result<Report> Reports::serviceLevel(const ReportPeriod& period, const Progress& progress,
                                     const std::atomic_bool* cancel) const
{
    ReportQueries q(m_db, m_clock);
    const QTimeZone zone = m_calendar.timeZone();
    const qint64 start = period.startMs(zone), end = period.endMs(zone), offset = offsetMs(period.from);
    // Tells the share done; false once the desk has cancelled.
    const auto reached = [&](int percent) {
        if (cancel && cancel->load())
            return false;
        if (progress)
            progress(percent);
        return true;
    };
    auto people = q.people();
    if (!people)
        return people.error();
    if (progress)
        progress(5);
    auto stats = q.callStats(start, end, offset, [&](double done) {
        if (progress)
            progress(5 + int(done * 65));
        return !(cancel && cancel->load());
    });
    if (!stats)
        return stats.error();
    if (!reached(70))
        return cancelled();
    auto states = q.stateTimes(start, end, m_clock.now().toMSecsSinceEpoch());
    if (!states)
        return states.error();
    auto skipped = q.skippedSteps(start, end);
    if (!skipped)
        return skipped.error();
    auto hits = q.phraseHits(start, end);
    if (!hits)
        return hits.error();
    if (!reached(90))
        return cancelled();

    QHash<QString, Acc> perAgent;
    QMap<qint64, Acc> perDay;
    for (const QVariantList& v : *stats) {
        perAgent[v[0].toString()].addCalls(v);
        perDay[v[1].toLongLong()].addCalls(v);
    }
    for (const QVariantList& v : *states) {
        Acc& a = perAgent[v[0].toString()];
        const auto it = std::find(States.begin(), States.end(), v[1].toString().toLatin1());
        if (it == States.end())
            continue;
        a.stateMs[size_t(it - States.begin())] += v[2].toDouble();
        if (v[1].toString() == QLatin1String("wrap_up")) {
            a.wrapMs += v[2].toDouble();
            a.wrapCount += v[3].toLongLong();
        }
    }
    for (const QVariantList& v : *skipped)
        perAgent[v[0].toString()].skipped += v[1].toLongLong();
    for (const QVariantList& v : *hits)
        perAgent[v[0].toString()].hits += v[1].toLongLong();

    Report r = newSheet(QStringLiteral("service-level"), period, true);

    ReportSection s;
    s.key = QStringLiteral("agents");
    s.title = tr("Per agent and team");
    s.columns = {
        col("job_number", tr("Job no."), Type::Text, 7),
        col("name", tr("Agent or team"), Type::Text, 12),
        col("team", tr("Team"), Type::Text, 10),
    };
    s.columns << callColumns();
    s.columns << QList<ReportColumn>{
        col("mean_wrap_up_s", tr("Mean wrap-up (s)"), Type::Real, 8),
        col("ready_min", tr("Ready (min)"), Type::Real, 7),
        col("not_ready_min", tr("Not ready (min)"), Type::Real, 7),
        col("on_call_min", tr("On call (min)"), Type::Real, 7),
        col("wrap_up_min", tr("Wrap-up (min)"), Type::Real, 7),
        col("skipped_steps", tr("Script steps skipped"), Type::Integer, 7),
        col("banned_phrases", tr("Banned phrases"), Type::Integer, 7),
    };
    const auto row = [](const QString& job, const QString& name, const QString& team, const Acc& a) {
        QVariantList v{job, name, team};
        v << callValues(a) << mean(a.wrapMs, a.wrapCount, 1000.0);
        for (double ms : a.stateMs)
            v << ms / 60000.0;
        v << a.skipped << a.hits;
        return v;
    };
    // Agents in job-number order (people() is sorted), then each team's sum, then everyone.
    QMap<QString, Acc> perTeam;
    Acc all;
    for (const auto& p : *people) {
        const auto it = perAgent.constFind(p.id);
        const bool isAgent = p.roles.contains(Role::Agent);
        if (it == perAgent.cend() && !isAgent)
            continue;
        const Acc a = it == perAgent.cend() ? Acc{} : it.value();
        s.rows << row(p.jobNumber, p.name, p.departmentName, a);
        perTeam[p.departmentName].add(a);
        all.add(a);
    }
    if (const auto it = perAgent.constFind(QString()); it != perAgent.cend()) {
        s.rows << row(QString(), tr("(not answered)"), QString(), it.value());
        all.add(it.value());
    }
    for (auto it = perTeam.cbegin(); it != perTeam.cend(); ++it) {
        s.totalRows << int(s.rows.size());
        s.rows << row(QString(), it.key().isEmpty() ? tr("Team: (none)") : tr("Team: %1").arg(it.key()),
                      it.key(), it.value());
    }
    s.totalRows << int(s.rows.size());
    s.rows << row(QString(), tr("All agents"), QString(), all);
    r.sections << s;

    ReportSection d;
    d.key = QStringLiteral("per_day");
    d.title = tr("Per day");
    d.columns = {col("date", tr("Date"), Type::Date, 10)};
    d.columns << callColumns();
    for (QDate day = period.from; day <= period.to; day = day.addDays(1)) {
        const qint64 n = QDateTime(day, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch() / 86400000;
        d.rows << (QVariantList{day} << callValues(perDay.value(n)));
    }
    r.sections << d;
    r.footer << tr("Within 3 rings: calls answered by the third ring, out of all calls that rang.");
    return r;
}

} // namespace threerings
