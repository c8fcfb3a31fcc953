#pragma once

#include "core/db/Repository.h"
#include "core/model/AgentState.h"

#include <QHash>

namespace threerings {

// The stretches of time agents spend in each state (agent_states).
class AgentStateRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(AgentStateRepository)

public:
    using Repository::Repository;

    // Starts a stretch (to left open); returns it as stored.
    Result<AgentStatePeriod> begin(const QString& agentId, AgentState state, const QString& reason,
                                   const QDateTime& from);
    // Stores a stretch that is already over (from and to set) in one write; demo data and imports.
    Result<AgentStatePeriod> record(AgentStatePeriod period);
    // Closes a stretch at `to`.
    Result<AgentStatePeriod> end(AgentStatePeriod period, const QDateTime& to);
    // Closes the stretches an agent left open (a console that was killed) at their last known time:
    // the start of the next stretch, or `fallback` for the last one. Returns how many it closed.
    Result<int> closeOpen(const QString& agentId, const QDateTime& fallback);
    // Milliseconds spent in each state between `from` and `to`; an open stretch counts until `now`.
    Result<QHash<AgentState, qint64>> timeIn(const QString& agentId, const QDateTime& from,
                                             const QDateTime& to, const QDateTime& now) const;

    static const RowShape& shape();
    static QVariantList toValues(const AgentStatePeriod& x);
    static AgentStatePeriod fromRow(const QSqlQuery& q);
};

} // namespace threerings
