#include "core/calls/AgentStateRepository.h"

#include "core/db/SqlValue.h"
#include "core/db/Transaction.h"

namespace threerings {

const RowShape& AgentStateRepository::shape()
{
    static const RowShape s(QStringLiteral("agent_states"),
                            {"agent_id", "state", "reason", "from_at", "to_at"});
    return s;
}

QVariantList AgentStateRepository::toValues(const AgentStatePeriod& x)
{
    return {SqlValue::ref(x.agentId), AgentStateNames::key(x.state), SqlValue::text(x.reason),
            SqlValue::time(x.from), SqlValue::time(x.to)};
}

AgentStatePeriod AgentStateRepository::fromRow(const QSqlQuery& q)
{
    AgentStatePeriod x;
    x.meta = readMeta(q);
    x.agentId = q.value(QStringLiteral("agent_id")).toString();
    x.state =
        AgentStateNames::fromKey(q.value(QStringLiteral("state")).toString()).value_or(AgentState::NotReady);
    x.reason = q.value(QStringLiteral("reason")).toString();
    x.from = SqlValue::toTime(q.value(QStringLiteral("from_at")));
    x.to = SqlValue::toTime(q.value(QStringLiteral("to_at")));
    return x;
}

Result<AgentStatePeriod> AgentStateRepository::begin(const QString& agentId, AgentState state,
                                                     const QString& reason, const QDateTime& from)
{
    if (agentId.isEmpty())
        return Error::data(tr("An agent state needs the agent: sign in first."), QStringLiteral("agent_id"));
    AgentStatePeriod p;
    p.agentId = agentId;
    p.state = state;
    p.reason = reason;
    p.from = from;
    auto meta = insertRow(shape(), toValues(p), agentId);
    if (!meta)
        return meta.error();
    p.meta = meta.value();
    return p;
}

Result<AgentStatePeriod> AgentStateRepository::record(AgentStatePeriod period)
{
    if (period.agentId.isEmpty())
        return Error::data(tr("An agent state needs the agent: sign in first."), QStringLiteral("agent_id"));
    if (!period.from.isValid() || !period.to.isValid() || period.to < period.from)
        return Error::data(tr("A finished agent state needs its start and an end not before it."),
                           QStringLiteral("to_at"));
    auto meta = insertRow(shape(), toValues(period), period.agentId);
    if (!meta)
        return meta.error();
    period.meta = meta.value();
    return period;
}

Result<AgentStatePeriod> AgentStateRepository::end(AgentStatePeriod period, const QDateTime& to)
{
    period.to = to;
    auto meta = updateRow(shape(), period.meta, toValues(period), period.agentId);
    if (!meta)
        return meta.error();
    period.meta = meta.value();
    return period;
}

Result<int> AgentStateRepository::closeOpen(const QString& agentId, const QDateTime& fallback)
{
    auto open = fetchAll<AgentStatePeriod>(
        QStringLiteral("SELECT * FROM agent_states WHERE agent_id = ? AND to_at IS NULL ORDER BY from_at"),
        {agentId}, fromRow);
    if (!open)
        return open.error();
    Transaction tx(m_db);
    int closed = 0;
    for (const AgentStatePeriod& p : *open) {
        // The next stretch's start, if any, is when this one really ended.
        auto next = fetchOne<qint64>(
            QStringLiteral("SELECT from_at FROM agent_states WHERE agent_id = ? AND from_at > ? "
                           "ORDER BY from_at LIMIT 1"),
            {agentId, SqlValue::time(p.from)}, [](const QSqlQuery& q) { return q.value(0).toLongLong(); },
            {});
        const QDateTime to =
            next ? QDateTime::fromMSecsSinceEpoch(*next, Qt::UTC) : std::max(fallback, p.from);
        if (auto r = end(p, to); !r)
            return r.error();
        ++closed;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return closed;
}

Result<QHash<AgentState, qint64>> AgentStateRepository::timeIn(const QString& agentId, const QDateTime& from,
                                                               const QDateTime& to,
                                                               const QDateTime& now) const
{
    const qint64 n = now.toMSecsSinceEpoch(), a = from.toMSecsSinceEpoch(), b = to.toMSecsSinceEpoch();
    auto rows = fetchAll<std::pair<QString, qint64>>(
        QStringLiteral(
            "SELECT state, SUM(MAX(0, MIN(COALESCE(to_at, ?), ?) - MAX(from_at, ?))) FROM agent_states "
            "WHERE agent_id = ? AND from_at < ? AND COALESCE(to_at, ?) > ? GROUP BY state"),
        {n, b, a, agentId, b, n, a}, [](const QSqlQuery& q) {
            return std::pair{q.value(0).toString(), q.value(1).toLongLong()};
        });
    if (!rows)
        return rows.error();
    QHash<AgentState, qint64> out;
    for (const auto& [key, ms] : *rows)
        if (auto s = AgentStateNames::fromKey(key))
            out[*s] += ms;
    return out;
}

} // namespace threerings
