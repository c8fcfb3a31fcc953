#include "report/Reports.h"

#include "auth/Permissions.h"
#include "store/Database.h"
#include "store/ReportQueries.h"
#include "util/Clock.h"

#include <QHash>
#include <QMap>
#include <algorithm>
#include <array>
#include <tuple>

namespace threerings {

namespace {

using Type = ReportColumn::Type;

ReportColumn col(const char* key, const QString& heading, Type type = Type::Text, int width = 10)
{
    return ReportColumn{QString::fromLatin1(key), heading, type, width};
}

QVariant share(qint64 part, qint64 whole)
{
    return whole > 0 ? QVariant(double(part) / double(whole)) : QVariant();
}

QVariant mean(double sum, qint64 n, double scale = 1.0)
{
    return n > 0 ? QVariant(sum / double(n) / scale) : QVariant();
}

Error cancelled()
{
    return Error::usage(Reports::tr("The report was cancelled."));
}

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

} // namespace

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

Result<Report> Reports::dailyCallbacks(const QDate& day) const
{
    ReportQueries q(m_db, m_clock);
    auto rows = q.callbackSheet(day);
    if (!rows)
        return rows.error();
    auto signOff = q.signOff(day);
    if (!signOff)
        return signOff.error();

    Report r;
    r.kind = QStringLiteral("daily-callbacks");
    r.title = titleOf(r.kind);
    r.period = day.toString(Qt::ISODate);
    r.from = r.to = day;
    r.landscape = true;
    ReportSection s;
    s.key = QStringLiteral("callbacks");
    s.columns = {
        //: seed heading 对应号
        col("form_number", tr("Form no."), Type::Text, 18),
        //: seed heading 网点名称
        col("outlet", tr("Outlet"), Type::Text, 14),
        //: seed heading 受理人电话及姓名
        col("acceptor", tr("Acceptor's phone and name"), Type::Text, 20),
        //: seed heading 回访结果及对工程评价
        col("result", tr("Callback result and evaluation of the work"), Type::Text, 30),
        //: seed heading 维修人
        col("repairer", tr("Repairer"), Type::Text, 10),
        //: seed heading 故障等级
        col("fault_level", tr("Fault level"), Type::Text, 8),
        //: seed heading 备注
        col("remarks", tr("Remarks"), Type::Text, 14),
        //: seed heading 回访人
        col("callback_agent", tr("Called back by"), Type::Text, 10),
        col("state", tr("State"), Type::Text, 13),
    };
    int open = 0;
    for (const QVariantList& v : *rows) {
        const QString outcome = v[4].toString();
        QString outcomeText;
        if (outcome == QLatin1String("working"))
            outcomeText = tr("working");
        else if (outcome == QLatin1String("not_working"))
            outcomeText = tr("not working");
        else if (outcome == QLatin1String("unreachable"))
            outcomeText = tr("unreachable");
        QStringList result;
        for (const QString& part : {outcomeText, v[5].toString(), v[6].toString()}) {
            if (!part.trimmed().isEmpty())
                result << part.trimmed();
        }
        const bool done = v[12].toString() == QLatin1String("done");
        if (!done)
            ++open;
        QString state = done ? tr("done") : tr("open");
        if (!done && v[14].toString() < r.period)
            state = tr("open since %1").arg(v[14].toString());
        else if (!done && v[13].toInt() > 0)
            state = tr("open, %n attempt(s)", nullptr, v[13].toInt());
        s.rows << QVariantList{v[0],
                               v[1],
                               QStringList{v[2].toString(), v[3].toString()}.join(QLatin1Char(' ')).trimmed(),
                               result.join(QStringLiteral("; ")),
                               v[7],
                               v[8],
                               v[9],
                               v[10],
                               state};
    }
    r.sections << s;
    const QString manager = signOff->has_value() ? (*signOff)->signerName : QString();
    //: the footer of 用户回访统计表: 回访日期 / 技术经理
    r.footer << tr("Callback date: %1").arg(r.period) << tr("Technical manager: %1").arg(manager)
             << tr("%n callback(s), %1 still open", nullptr, int(s.rows.size())).arg(open);
    return r;
}

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
    QMap<QString, std::array<qint64, 4>> perAgent; // keyed by job number for the order of the form
    QHash<QString, ReportQueries::Person> byId;
    for (const auto& p : *people)
        byId.insert(p.id, p);
    for (const QVariantList& v : *rows) {
        const QString agentId = v[0].toString();
        const QString key = byId.contains(agentId) ? byId.value(agentId).jobNumber : QString();
        int c = int(categories.indexOf(v[1].toString()));
        if (c < 0)
            c = 3;
        perAgent[key][size_t(c)] += v[2].toLongLong();
    }
    QHash<QString, QString> nameOfJob;
    for (const auto& p : *people)
        nameOfJob.insert(p.jobNumber, p.name);

    Report r;
    r.kind = QStringLiteral("tally");
    r.title = titleOf(r.kind);
    r.period = period.label();
    r.from = period.from;
    r.to = period.to;
    r.landscape = true;
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
    };
    std::array<qint64, 4> sum{};
    for (auto it = perAgent.cbegin(); it != perAgent.cend(); ++it) {
        const auto& n = it.value();
        QVariantList row{it.key().isEmpty() ? QVariant(QString()) : QVariant(it.key()),
                         it.key().isEmpty() ? tr("(not answered)") : nameOfJob.value(it.key())};
        qint64 total = 0;
        for (size_t i = 0; i < 4; ++i) {
            row << n[i];
            total += n[i];
            sum[i] += n[i];
        }
        row << total;
        s.rows << row;
    }
    QVariantList totalRow{QString(), tr("Total")};
    for (qint64 n : sum)
        totalRow << n;
    totalRow << (sum[0] + sum[1] + sum[2] + sum[3]);
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
    if (cancel && cancel->load())
        return cancelled();
    if (progress)
        progress(70);
    auto states = q.stateTimes(start, end, m_clock.now().toMSecsSinceEpoch());
    if (!states)
        return states.error();
    auto skipped = q.skippedSteps(start, end);
    if (!skipped)
        return skipped.error();
    auto hits = q.phraseHits(start, end);
    if (!hits)
        return hits.error();
    if (cancel && cancel->load())
        return cancelled();
    if (progress)
        progress(90);

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

    Report r;
    r.kind = QStringLiteral("service-level");
    r.title = titleOf(r.kind);
    r.period = period.label();
    r.from = period.from;
    r.to = period.to;
    r.landscape = true;

    ReportSection s;
    s.key = QStringLiteral("agents");
    s.title = tr("Per agent and team");
    s.columns = {
        col("job_number", tr("Job no."), Type::Text, 7),
        col("name", tr("Agent or team"), Type::Text, 12),
        col("team", tr("Team"), Type::Text, 10),
        col("offered", tr("Calls"), Type::Integer, 7),
        col("answered", tr("Answered"), Type::Integer, 8),
        col("within_three_share", tr("Within 3 rings"), Type::Percent, 8),
        col("mean_rings", tr("Mean rings"), Type::Real, 7),
        col("abandoned", tr("Abandoned"), Type::Integer, 8),
        col("mean_handle_s", tr("Mean handle (s)"), Type::Real, 8),
        col("mean_wrap_up_s", tr("Mean wrap-up (s)"), Type::Real, 8),
        col("ready_min", tr("Ready (min)"), Type::Real, 7),
        col("not_ready_min", tr("Not ready (min)"), Type::Real, 7),
        col("on_call_min", tr("On call (min)"), Type::Real, 7),
        col("wrap_up_min", tr("Wrap-up (min)"), Type::Real, 7),
        col("skipped_steps", tr("Script steps skipped"), Type::Integer, 7),
        col("banned_phrases", tr("Banned phrases"), Type::Integer, 7),
    };
    const auto row = [](const QString& job, const QString& name, const QString& team, const Acc& a) {
        QVariantList v{job,
                       name,
                       team,
                       a.offered,
                       a.answered,
                       share(a.within3, a.offered),
                       mean(a.rings, a.answered),
                       a.abandoned,
                       mean(a.handleMs, a.handled, 1000.0),
                       mean(a.wrapMs, a.wrapCount, 1000.0)};
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
        const bool isAgent = p.roles.split(QLatin1Char(',')).contains(QStringLiteral("agent"));
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
    d.columns = {
        col("date", tr("Date"), Type::Date, 10),
        col("offered", tr("Calls"), Type::Integer, 7),
        col("answered", tr("Answered"), Type::Integer, 8),
        col("within_three_share", tr("Within 3 rings"), Type::Percent, 8),
        col("mean_rings", tr("Mean rings"), Type::Real, 7),
        col("abandoned", tr("Abandoned"), Type::Integer, 8),
        col("mean_handle_s", tr("Mean handle (s)"), Type::Real, 8),
    };
    for (QDate day = period.from; day <= period.to; day = day.addDays(1)) {
        const qint64 n = QDateTime(day, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch() / 86400000;
        const Acc a = perDay.value(n);
        d.rows << QVariantList{day,
                               a.offered,
                               a.answered,
                               share(a.within3, a.offered),
                               mean(a.rings, a.answered),
                               a.abandoned,
                               mean(a.handleMs, a.handled, 1000.0)};
    }
    r.sections << d;
    r.footer << tr("Within 3 rings: calls answered by the third ring, out of all calls that rang.");
    return r;
}

Result<Report> Reports::deadlines(const QDateTime& at, qint64 nearMinutes) const
{
    ReportQueries q(m_db, m_clock);
    const QTimeZone zone = m_calendar.timeZone();
    auto rows = q.openDeadlines(offsetMs(at.toTimeZone(zone).date()));
    if (!rows)
        return rows.error();
    struct Item
    {
        QVariantList values;
        QString department, handler;
        qint64 due = 0;
    };
    QList<Item> items;
    for (const QVariantList& v : *rows) {
        const QDateTime due = QDateTime::fromMSecsSinceEpoch(v[4].toLongLong(), zone);
        const qint64 left = m_calendar.workingMinutesBetween(at, due);
        if (left > nearMinutes)
            continue;
        const QString kind = v[0].toString();
        QString label;
        if (kind == QLatin1String("transfer"))
            label = tr("Problem form: transfer to a handler");
        else if (kind == QLatin1String("result"))
            label = tr("Problem form: handling result");
        else if (kind == QLatin1String("complaint_reply"))
            label = tr("Complaint: written reply");
        else if (kind == QLatin1String("complaint_callback"))
            label = tr("Complaint: call the customer back");
        else if (kind == QLatin1String("test"))
            label = tr("Consultation: caller's test result");
        else
            label = tr("Callback");
        Item it;
        it.department = v[3].toString();
        it.handler = v[2].toString();
        it.due = v[4].toLongLong();
        it.values = {v[3],
                     v[2],
                     label,
                     v[1],
                     due.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     double(-left) / 60.0,
                     left < 0 ? tr("late") : tr("due soon")};
        items << it;
    }
    std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
        return std::tie(a.department, a.handler, a.due) < std::tie(b.department, b.handler, b.due);
    });
    Report r;
    r.kind = QStringLiteral("deadlines");
    r.title = titleOf(r.kind);
    r.period = at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    r.from = r.to = at.toTimeZone(zone).date();
    r.landscape = true;
    ReportSection s;
    s.key = QStringLiteral("items");
    s.columns = {
        col("department", tr("Department"), Type::Text, 12),
        col("handler", tr("Handler"), Type::Text, 10),
        col("kind", tr("What"), Type::Text, 24),
        col("number", tr("Number"), Type::Text, 18),
        col("due", tr("Due"), Type::Text, 15),
        col("hours_late", tr("Working hours late"), Type::Real, 9),
        col("status", tr("Status"), Type::Text, 8),
    };
    int late = 0;
    for (const Item& it : items) {
        s.rows << it.values;
        if (it.values.at(5).toDouble() > 0)
            ++late;
    }
    r.sections << s;
    r.footer << tr("%1 late, %2 due within %3 working hours.")
                    .arg(late)
                    .arg(items.size() - late)
                    .arg(double(nearMinutes) / 60.0);
    return r;
}

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

    Report r;
    r.kind = QStringLiteral("complaint-rate");
    r.title = titleOf(r.kind);
    r.period = period.label();
    r.from = period.from;
    r.to = period.to;
    ReportSection s;
    s.key = QStringLiteral("departments");
    s.columns = {
        //: seed heading 部门名称
        col("department", tr("Department"), Type::Text, 16),
        //: seed heading 投诉次数
        col("complaints", tr("Complaints"), Type::Integer, 10),
        //: seed heading 维修次数
        col("repairs", tr("Repairs"), Type::Integer, 10),
        //: seed heading 投诉率
        col("rate", tr("Complaint rate"), Type::Percent, 10),
    };
    qint64 allComplaints = 0, allRepairs = 0;
    QList<QPair<QString, QString>> list = *departments;
    if (complaintsOf.contains(QString()) || repairsOf.contains(QString()))
        list << qMakePair(QString(), tr("(no department)"));
    for (const auto& [id, name] : list) {
        const qint64 c = complaintsOf.value(id), n = repairsOf.value(id);
        if (c == 0 && n == 0)
            continue;
        s.rows << QVariantList{name, c, n, share(c, n)};
        allComplaints += c;
        allRepairs += n;
    }
    s.totalRows << int(s.rows.size());
    s.rows << QVariantList{tr("Total"), allComplaints, allRepairs, share(allComplaints, allRepairs)};
    r.sections << s;

    ReportSection m;
    m.key = QStringLiteral("per_month");
    m.title = tr("Per month");
    m.columns = {col("month", tr("Month"), Type::Text, 10),
                 col("complaints", tr("Complaints"), Type::Integer, 10),
                 col("repairs", tr("Repairs"), Type::Integer, 10),
                 col("rate", tr("Complaint rate"), Type::Percent, 10)};
    for (QDate month = year.from; month <= period.to; month = month.addMonths(1)) {
        const auto v = perMonth.value(month.toString(QStringLiteral("yyyy-MM")));
        m.rows << QVariantList{month.toString(QStringLiteral("yyyy-MM")), v.first, v.second,
                               share(v.first, v.second)};
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
    Report r;
    r.kind = QStringLiteral("ratings");
    r.title = titleOf(r.kind);
    r.period = period.label();
    r.from = period.from;
    r.to = period.to;
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

Result<Report> Reports::weekly(const ReportPeriod& week, const Progress& progress,
                               const std::atomic_bool* cancel) const
{
    Report r;
    r.kind = QStringLiteral("weekly");
    r.title = titleOf(r.kind);
    r.period = week.label();
    r.from = week.from;
    r.to = week.to;
    r.landscape = true;

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
    ReportSection t = tallied->sections.first();
    t.key = QStringLiteral("tally");
    t.title = tr("Calls per agent and category");
    for (ReportColumn& c : t.columns) { // a week runs to hundreds of 正: the summary gives the numbers
        if (c.type == ReportColumn::Type::Tally)
            c.type = ReportColumn::Type::Integer;
    }
    r.sections << t;
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
    ReportSection c = rate->sections.first();
    c.key = QStringLiteral("complaint_rate");
    c.title = tr("Complaints and repairs this week");
    r.sections << c;

    auto rated = ratings(week);
    if (!rated)
        return rated.error();
    ReportSection g = rated->sections.first();
    g.key = QStringLiteral("ratings");
    g.title = tr("Customer ratings this week");
    r.sections << g;
    if (progress)
        progress(85);

    const QDateTime now = m_clock.now().toTimeZone(m_calendar.timeZone());
    const QDateTime at =
        now.date() <= week.to ? now : QDateTime(week.to, m_calendar.closes(), m_calendar.timeZone());
    auto late = deadlines(at, -1); // late by a working minute or more; nothing merely due soon
    if (!late)
        return late.error();
    ReportSection l = late->sections.first();
    l.key = QStringLiteral("late");
    l.title = tr("Open items past their deadline");
    r.sections << l;
    r.footer << tr("%n open item(s) past their deadline at %1.", nullptr, int(l.rows.size()))
                    .arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return r;
}

Status Reports::signOffCallbackSheet(const Actor& actor, const QDate& day, const QString& signerName,
                                     const QString& remarks)
{
    if (auto s = Permissions::require(actor, Action::SignOffCallbackSheet); !s.ok())
        return s;
    if (!day.isValid())
        return Error::usage(tr("Choose the day of the callback sheet to sign off."));
    const QString name = signerName.trimmed();
    if (name.isEmpty())
        return Error::data(tr("Write the technical manager's name to sign the sheet."),
                           QStringLiteral("signer_name"));
    auto done = ReportQueries(m_db, m_clock)
                    .writeSignOff(day, actor.system ? QString() : actor.userId, name, remarks);
    if (!done)
        return done.error();
    return {};
}

} // namespace threerings
