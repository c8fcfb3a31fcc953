#pragma once

#include "core/calendar/BusinessCalendar.h"
#include "core/model/AgentState.h"

#include <QDate>
#include <QRandomGenerator>
#include <QString>
#include <vector>

namespace threerings::demo {

// One ring of the demo line and what became of it.
struct DemoRing
{
    qint64 ringAt = 0;
    int agent = -1; // index into the team; -1 when nobody answered
    qint64 answeredAt = 0;
    qint64 endedAt = 0;
    qint64 holdMs = 0;
    int rings = 1;
    bool abandoned = false;
};

// One stretch of an agent's day in one state, as agent_states stores it.
struct DemoStretch
{
    int agent = 0;
    AgentState state = AgentState::Ready;
    QString reason;
    qint64 from = 0;
    qint64 to = 0;
};

// The demo agents' working days: each agent on duty signs in as the hotline opens, is Ready between
// calls, On call exactly while talking, in Wrap-up for 20–120 s after each call, and Not ready for the
// lunch break of the business calendar (the team takes it in two halves so the line stays staffed), two
// short breaks and now and then a team meeting. Calls ring through the opening hours and go to the agent
// who has been Ready longest; when nobody is free the caller waits in the queue, and gives up after 45 s.
class DemoAgentDays
{
public:
    DemoAgentDays(const BusinessCalendar& calendar, QRandomGenerator& rng);

    // How many agents `calls` over `windowDays` need so that few callers give up in the queue (at least 6).
    static int teamSize(qint64 calls, int windowDays);

    // Rings `count` calls over the `days` days from `from`, oldest first, and plans the team's days.
    std::vector<DemoRing> plan(qint64 count, const QDate& from, int days, int team);
    // The stretches of every agent's day, in order of agent and time; they tile each day without gaps.
    const std::vector<DemoStretch>& stretches() const { return m_stretches; }

private:
    int pick(int n) { return int(m_rng.bounded(n)); }

    const BusinessCalendar& m_calendar;
    QRandomGenerator& m_rng;
    std::vector<DemoStretch> m_stretches;
};

} // namespace threerings::demo
