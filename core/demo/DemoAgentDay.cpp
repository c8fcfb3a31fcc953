#include "core/demo/DemoAgentDay.h"

#include <algorithm>
#include <cmath>

namespace threerings::demo {

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 QueuePatience = 45 * Second;

struct Block
{
    QString reason;
    qint64 from = 0;
    qint64 length = 0;
};

struct AgentDay
{
    int agent = 0;
    qint64 freeAt = 0; // end of the last call's wrap-up or of the last break
    std::vector<Block> blocks;
    size_t nextBlock = 0;
    std::vector<DemoStretch> busy; // on call, wrap-up, not ready: in order, never overlapping

    // Takes the breaks due by `t`; one that falls in a call begins when the wrap-up ends.
    void takeBreaks(qint64 t)
    {
        while (nextBlock < blocks.size() && blocks[nextBlock].from <= t) {
            const Block& b = blocks[nextBlock++];
            const qint64 start = std::max(b.from, freeAt);
            busy.push_back({agent, AgentState::NotReady, b.reason, start, start + b.length});
            freeAt = start + b.length;
        }
    }
};

int ringsDrawn(QRandomGenerator& rng)
{
    const int r = int(rng.bounded(100)); // 30, 45, 17, 5, 3 in a hundred
    return r < 30 ? 1 : r < 75 ? 2 : r < 92 ? 3 : r < 97 ? 4 : 5;
}

} // namespace

DemoAgentDays::DemoAgentDays(const BusinessCalendar& calendar, QRandomGenerator& rng)
    : m_calendar(calendar), m_rng(rng)
{}

int DemoAgentDays::teamSize(qint64 calls, int windowDays)
{
    // A weekend day rings a quarter as often; an agent talks and wraps up about 345 s a call and is
    // available some 7.8 hours a day, of which a team of that size keeps about 60 % busy.
    const double effectiveDays = std::max(1.0, windowDays * (5.0 + 2.0 * 0.25) / 7.0);
    const double perDay = double(calls) / effectiveDays;
    const int needed = int(std::ceil(perDay * 345.0 / (7.8 * 3600.0 * 0.6)));
    return std::clamp(needed, 6, 900);
}

std::vector<DemoRing> DemoAgentDays::plan(qint64 count, const QDate& from, int days, int team)
{
    const QTimeZone zone = m_calendar.timeZone();
    const QTime opens = m_calendar.opens(), closes = m_calendar.closes();
    const qint64 openMs = std::max<qint64>(Minute, opens.msecsTo(closes) - 10 * Minute);

    // The rings, by day.
    std::vector<std::vector<qint64>> perDay(static_cast<size_t>(days));
    for (qint64 n = 0; n < count;) {
        const int d = pick(days);
        const QDate day = from.addDays(d);
        if (!m_calendar.isWorkingDay(day) && m_rng.bounded(100) < 75)
            continue; // the hotline answers all year, but weekends and holidays are quiet
        const qint64 start = QDateTime(day, opens, zone).toMSecsSinceEpoch();
        perDay[size_t(d)].push_back(start + qint64(m_rng.bounded(quint32(openMs))));
        ++n;
    }

    std::vector<DemoRing> out;
    out.reserve(size_t(count));
    m_stretches.clear();
    std::vector<std::vector<DemoStretch>> perAgent(static_cast<size_t>(team));
    for (int d = 0; d < days; ++d) {
        const QDate day = from.addDays(d);
        const bool working = m_calendar.isWorkingDay(day);
        const qint64 dayStart = QDateTime(day, opens, zone).toMSecsSinceEpoch();
        const qint64 dayEnd = QDateTime(day, closes, zone).toMSecsSinceEpoch();
        const qint64 lunchFrom = QDateTime(day, m_calendar.lunchStart(), zone).toMSecsSinceEpoch();
        const qint64 lunchLength = m_calendar.lunchStart().msecsTo(m_calendar.lunchEnd());

        // Who is on duty: the whole team on working days, a third of it (in turn) otherwise.
        const int onDuty = working ? team : std::max(2, (team + 2) / 3);
        std::vector<AgentDay> agents(static_cast<size_t>(onDuty));
        for (int i = 0; i < onDuty; ++i) {
            AgentDay& a = agents[size_t(i)];
            a.agent = working ? i : (d * onDuty + i) % team;
            a.freeAt = dayStart;
            const auto at = [&](int hour, int minute) {
                return QDateTime(day, QTime(hour, minute), zone).toMSecsSinceEpoch();
            };
            a.blocks.push_back(
                {QStringLiteral("break"), at(10, 0) + pick(40) * Minute, (10 + pick(6)) * Minute});
            if (lunchLength > 0) {
                const qint64 half = lunchLength / 2; // two halves of the team, so the line stays staffed
                a.blocks.push_back({QStringLiteral("meal"), lunchFrom + (a.agent % 2) * half, half});
            }
            a.blocks.push_back(
                {QStringLiteral("break"), at(15, 0) + pick(40) * Minute, (10 + pick(6)) * Minute});
            if (working && (a.agent + d) % 5 == 0)
                a.blocks.push_back({QStringLiteral("meeting"), at(16, 0) + pick(30) * Minute, 30 * Minute});
            std::sort(a.blocks.begin(), a.blocks.end(),
                      [](const Block& x, const Block& y) { return x.from < y.from; });
        }

        std::vector<qint64>& rings = perDay[size_t(d)];
        std::sort(rings.begin(), rings.end());
        for (qint64 t : rings) {
            DemoRing r;
            r.ringAt = t;
            for (AgentDay& a : agents)
                a.takeBreaks(t);
            const int drawn = ringsDrawn(m_rng);
            if (m_rng.bounded(100) < 3) { // the caller hangs up while it rings
                r.abandoned = true;
                r.rings = drawn;
                r.endedAt = t + (drawn - 1) * 5000 + 2000 + pick(2000);
                out.push_back(r);
                continue;
            }
            // The agent Ready longest takes it; when all are busy, the one free soonest.
            auto best =
                std::min_element(agents.begin(), agents.end(),
                                 [](const AgentDay& x, const AgentDay& y) { return x.freeAt < y.freeAt; });
            qint64 answered = t + (drawn - 1) * 5000 + 300 + pick(900);
            if (best->freeAt > t) {
                if (best->freeAt - t > QueuePatience) { // gave up in the queue
                    r.abandoned = true;
                    r.rings = int(QueuePatience / 5000) + 1;
                    r.endedAt = t + QueuePatience + pick(3000);
                    out.push_back(r);
                    continue;
                }
                answered = best->freeAt + 300 + pick(900);
            }
            r.agent = best->agent;
            r.answeredAt = answered;
            r.rings = int((answered - t) / 5000) + 1;
            r.holdMs = m_rng.bounded(100) < 10 ? 20000 + pick(70000) : 0;
            r.endedAt = answered + (60 + pick(420)) * Second + r.holdMs;
            const qint64 wrapEnd = r.endedAt + (20 + pick(101)) * Second;
            best->busy.push_back({r.agent, AgentState::OnCall, {}, r.answeredAt, r.endedAt});
            best->busy.push_back({r.agent, AgentState::WrapUp, {}, r.endedAt, wrapEnd});
            best->freeAt = wrapEnd;
            out.push_back(r);
        }

        // The day ends at closing, or when the last wrap-up or break does; Ready fills the gaps.
        for (AgentDay& a : agents) {
            a.takeBreaks(dayEnd);
            const qint64 end = std::max(dayEnd, a.freeAt);
            std::vector<DemoStretch>& s = perAgent[size_t(a.agent)];
            qint64 cursor = dayStart;
            for (const DemoStretch& b : a.busy) {
                if (b.from > cursor)
                    s.push_back({a.agent, AgentState::Ready, {}, cursor, b.from});
                s.push_back(b);
                cursor = b.to;
            }
            if (end > cursor)
                s.push_back({a.agent, AgentState::Ready, {}, cursor, end});
        }
    }
    for (const auto& s : perAgent)
        m_stretches.insert(m_stretches.end(), s.begin(), s.end());
    return out;
}

} // namespace threerings::demo
