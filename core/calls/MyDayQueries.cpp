#include "core/calls/MyDayQueries.h"

#include "core/calls/AgentStateRepository.h"
#include "core/calls/RingCounter.h"
#include "core/util/Clock.h"

namespace threerings {

MyDayQueries::MyDayQueries(Database& db, const Clock& clock, QTimeZone zone)
    : Repository(db, clock), m_zone(std::move(zone))
{}

Result<MyDayFigures> MyDayQueries::today(const QString& agentId) const
{
    return forDay(agentId, m_clock.now().toTimeZone(m_zone).date());
}

Result<MyDayFigures> MyDayQueries::forDay(const QString& agentId, const QDate& day) const
{
    const QDateTime from = day.startOfDay(m_zone);
    const QDateTime to = day.addDays(1).startOfDay(m_zone);
    auto figures = fetchOne<MyDayFigures>(
        QStringLiteral(
            "SELECT count(*), count(answered_at), sum(answered_at IS NOT NULL AND rings_at_answer <= ?), "
            "sum(answered_at IS NOT NULL AND rings_at_answer > ?), sum(abandoned), sum(ring_no_answer), "
            "sum(agent_hung_up_first), avg(rings_at_answer) FROM calls "
            "WHERE agent_id = ? AND ring_at >= ? AND ring_at < ?"),
        {RingCounter::ringsAllowed, RingCounter::ringsAllowed, agentId, from.toMSecsSinceEpoch(),
         to.toMSecsSinceEpoch()},
        [](const QSqlQuery& q) {
            MyDayFigures f;
            f.offered = q.value(0).toInt();
            f.answered = q.value(1).toInt();
            f.withinThreeRings = q.value(2).toInt();
            f.late = q.value(3).toInt();
            f.abandoned = q.value(4).toInt();
            f.ringNoAnswer = q.value(5).toInt();
            f.agentHungUpFirst = q.value(6).toInt();
            f.meanRings = q.value(7).toDouble();
            return f;
        },
        {});
    if (!figures)
        return figures.error();
    auto skipped = fetchOne<int>(
        QStringLiteral("SELECT coalesce(sum(json_array_length(skipped_steps)), 0) FROM script_runs "
                       "WHERE agent_id = ? AND finished_at >= ? AND finished_at < ?"),
        {agentId, from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch()},
        [](const QSqlQuery& q) { return q.value(0).toInt(); }, {});
    if (!skipped)
        return skipped.error();
    figures->skippedScriptSteps = *skipped;
    AgentStateRepository states(m_db, m_clock);
    auto times = states.timeIn(agentId, from, to, m_clock.now());
    if (!times)
        return times.error();
    figures->msInState = *times;
    return figures;
}

} // namespace threerings
