// The demo database's agent days, script runs and phrase hits (what the supervisor's service-level sheet
// reads): each agent's states tile the working day, every answered call has its on-call stretch and a
// wrap-up after it, and the same seed gives the same rows.

#include "TestSupport.h"
#include "core/demo/DemoData.h"
#include "core/report/Reports.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace threerings;
using threerings::test::beijing;
using threerings::test::count;

namespace {

DemoSummary makeDemo(test::TempDb& t)
{
    t.clock.set(beijing(2026, 11, 26, 10, 0)); // the calls run 2026-11-19 … 25, a weekend in between
    DemoOptions o;
    o.customers = 150;
    o.calls = 900;
    o.seed = 42;
    o.password = QStringLiteral("demo8000");
    o.hashLimits = PasswordHasher::cheapest();
    auto r = DemoData(*t.db, t.clock, BusinessCalendar()).generate(o);
    REQUIRE(r.ok());
    return *r;
}

QString text(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toString();
}

// Local (Beijing) day and time of day of a column in milliseconds.
const QString Day = QStringLiteral("((from_at + 28800000) / 86400000)");

} // namespace

TEST_CASE("Demo agent states tile each agent's working day with a wrap-up after every answered call",
          "[demo]")
{
    test::TempDb t;
    const DemoSummary sum = makeDemo(t);
    Database& db = *t.db;
    REQUIRE(sum.agentStates > 0);
    REQUIRE(count(db, QStringLiteral("SELECT count(*) FROM agent_states")) == sum.agentStates);
    CHECK(count(db, QStringLiteral(
                        "SELECT count(*) FROM agent_states WHERE to_at IS NULL OR to_at <= from_at")) == 0);

    // No two stretches of one agent overlap, and a day's stretches add up to the day from first to last.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM agent_states a JOIN agent_states b "
                                   "ON a.agent_id = b.agent_id AND a.id <> b.id "
                                   "AND b.from_at < a.to_at AND b.to_at > a.from_at")) == 0);
    const QString days = QStringLiteral("SELECT agent_id, %1 AS day, sum(to_at - from_at) AS total, "
                                        "min(from_at) AS first, max(to_at) AS last FROM agent_states "
                                        "GROUP BY agent_id, day")
                             .arg(Day);
    const int agentDays = count(db, QStringLiteral("SELECT count(*) FROM (%1)").arg(days));
    CHECK(agentDays >= 7 * 2);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM (%1) WHERE total <> last - first").arg(days)) == 0);
    // Signed in as the hotline opens (08:30), out at 17:30 or after the last wrap-up.
    CHECK(
        count(db, QStringLiteral("SELECT count(*) FROM (%1) WHERE (first + 28800000) % 86400000 <> 30600000")
                      .arg(days)) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM (%1) WHERE (last + 28800000) % 86400000 < 63000000 "
                                   "OR last - first > 11 * 3600000")
                        .arg(days)) == 0);
    // Each agent day has its lunch of the calendar's break (12:00–13:30, in two halves of 45 min).
    CHECK(count(db, QStringLiteral(
                        "SELECT count(*) FROM agent_states WHERE state = 'not_ready' AND reason = 'meal' "
                        "AND to_at - from_at = 2700000")) == agentDays);

    // Every answered call: on call exactly while it lasts, then 20–120 s of wrap-up by the same agent.
    const int answered =
        count(db, QStringLiteral("SELECT count(*) FROM calls WHERE answered_at IS NOT NULL"));
    REQUIRE(answered > 800);
    CHECK(count(db, QStringLiteral(
                        "SELECT count(*) FROM calls c JOIN agent_states s ON s.agent_id = c.agent_id "
                        "AND s.state = 'on_call' AND s.from_at = c.answered_at AND s.to_at = c.ended_at")) ==
          answered);
    CHECK(count(db,
                QStringLiteral("SELECT count(*) FROM calls c JOIN agent_states s ON s.agent_id = c.agent_id "
                               "AND s.state = 'wrap_up' AND s.from_at = c.ended_at "
                               "AND s.to_at - s.from_at BETWEEN 20000 AND 120000")) == answered);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM agent_states WHERE state = 'on_call'")) == answered);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM agent_states WHERE state = 'wrap_up'")) == answered);

    // Script runs for the answered calls, a few with skipped required steps; a few banned phrases.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM script_runs")) == answered);
    const int skipped =
        count(db, QStringLiteral("SELECT count(*) FROM script_runs WHERE skipped_steps <> '[]'"));
    CHECK(skipped > 0);
    CHECK(skipped < answered / 10);
    const int hits = count(db, QStringLiteral("SELECT count(*) FROM phrase_hits"));
    CHECK(hits > 0);
    CHECK(hits < answered / 20);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM phrase_hits h JOIN calls c ON c.id = h.call_id "
                                   "AND c.agent_id = h.agent_id")) == hits);
}

TEST_CASE("The service-level sheet over demo data shows state minutes, wrap-up, skipped steps and phrases",
          "[demo]")
{
    test::TempDb t;
    makeDemo(t);
    Reports reports(*t.db, t.clock, BusinessCalendar());
    auto r = reports.serviceLevel(ReportPeriod::week(QDate(2026, 11, 23)));
    REQUIRE(r.ok());
    const ReportSection& s = r->sections.first();
    double skipped = 0, phrases = 0;
    int agentRows = 0;
    for (int i = 0; i < s.rows.size(); ++i) {
        const QString job = s.value(i, QStringLiteral("job_number")).toString();
        if (!job.startsWith(QLatin1Char('1')))
            continue; // teams and the total
        ++agentRows;
        CHECK(s.value(i, QStringLiteral("ready_min")).toDouble() > 0);
        CHECK(s.value(i, QStringLiteral("not_ready_min")).toDouble() > 0);
        CHECK(s.value(i, QStringLiteral("on_call_min")).toDouble() > 0);
        CHECK(s.value(i, QStringLiteral("wrap_up_min")).toDouble() > 0);
        const double wrap = s.value(i, QStringLiteral("mean_wrap_up_s")).toDouble();
        CHECK(wrap >= 20);
        CHECK(wrap <= 120);
        skipped += s.value(i, QStringLiteral("skipped_steps")).toDouble();
        phrases += s.value(i, QStringLiteral("banned_phrases")).toDouble();
    }
    CHECK(agentRows >= 6);
    CHECK(skipped > 0);
    CHECK(phrases > 0);
}

TEST_CASE("The same demo seed gives the same agent states, script runs and phrase hits", "[demo]")
{
    test::TempDb a, b;
    makeDemo(a);
    makeDemo(b);
    const QString states = QStringLiteral("SELECT group_concat(x, '|') FROM (SELECT id || agent_id || state "
                                          "|| reason || from_at || '-' || to_at AS x "
                                          "FROM agent_states ORDER BY id)");
    const QString runs =
        QStringLiteral("SELECT group_concat(x, '|') FROM (SELECT id || call_id || skipped_steps || "
                       "finished_at AS x FROM script_runs ORDER BY id)");
    const QString hits = QStringLiteral("SELECT group_concat(x, '|') FROM (SELECT id || call_id || phrase || "
                                        "found_at AS x FROM phrase_hits ORDER BY id)");
    for (const QString& sql : {states, runs, hits}) {
        const QString first = text(*a.db, sql);
        CHECK_FALSE(first.isEmpty());
        CHECK(first == text(*b.db, sql));
    }
}
