#pragma once

#include "core/calls/MyDayFigures.h"
#include "core/db/Repository.h"
#include "core/util/HotlineTime.h"

#include <QTimeZone>

namespace threerings {

// Reads "My day" from calls (calls_agent index) and agent_states (agent_states_agent index).
class MyDayQueries : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(MyDayQueries)

public:
    MyDayQueries(Database& db, const Clock& clock, QTimeZone zone = hotlineTimeZone());

    // The figures of `agentId` for the local day containing the clock's now.
    Result<MyDayFigures> today(const QString& agentId) const;
    Result<MyDayFigures> forDay(const QString& agentId, const QDate& day) const;

private:
    QTimeZone m_zone;
};

} // namespace threerings
