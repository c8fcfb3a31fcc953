// Calls taken on the simulated line (--simulate: demos, training) are stored marked simulated, and the
// supervisor's sheets and the exports count only the hotline's own calls; demo data is history, not the
// simulated line.

#include "TestSupport.h"
#include "core/auth/UserRepository.h"
#include "core/calendar/BusinessCalendar.h"
#include "core/calls/AgentStates.h"
#include "core/calls/CallRepository.h"
#include "core/calls/CallSession.h"
#include "core/calls/CallTracker.h"
#include "core/calls/SimulatedLine.h"
#include "core/demo/DemoData.h"
#include "core/report/ExportQueries.h"
#include "core/report/ReportQueries.h"
#include "core/site/Defaults.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace threerings;
using threerings::test::beijing;

namespace {

qint64 lowest(qint64 lo, qint64)
{
    return lo;
}

// A line that is not the simulated one (as the SIP line is): the test rings it by hand.
class RealLine final : public Line
{
public:
    QString displayName() const override { return QStringLiteral("test line"); }
    Status answer(const QString& id) override { return emitted(id, &Line::callAnswered); }
    Status hangUp(const QString& id) override
    {
        Q_EMIT callEnded(id, Party::Agent);
        return {};
    }
    Status hold(const QString& id) override { return emitted(id, &Line::callHeld); }
    Status resume(const QString& id) override { return emitted(id, &Line::callResumed); }
    Status transfer(const QString&, const QString&) override { return Error::usage(QStringLiteral("no")); }
    void ring(const QString& id, const QString& number) { Q_EMIT incomingCall(id, number); }

private:
    Status emitted(const QString& id, void (Line::*signal)(const QString&))
    {
        Q_EMIT(this->*signal)(id);
        return {};
    }
};

QList<int> simulatedColumn(Database& db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT simulated FROM calls ORDER BY ring_at")));
    QList<int> out;
    while (q.next())
        out << q.value(0).toInt();
    return out;
}

// One agent's answered incoming call at `ring`, with a script run and a banned phrase on it.
QString takeCall(test::TempDb& t, const QString& agentId, const QDateTime& ring, bool simulated)
{
    Call c;
    c.callerNumber = QStringLiteral("13812345678");
    c.agentId = agentId;
    c.ringAt = ring;
    c.answeredAt = ring.addSecs(4);
    c.ringsAtAnswer = 1;
    c.endedAt = ring.addSecs(64);
    c.hungUpBy = HungUpBy::Caller;
    c.category = Category::Technical;
    c.simulated = simulated;
    auto stored = CallRepository(*t.db, t.clock).insert(c, agentId);
    REQUIRE(stored);
    const QString id = stored->meta.id;
    QSqlQuery q(t.db->connection());
    q.prepare(QStringLiteral(
        "INSERT INTO script_runs(id, call_id, agent_id, script_key, skipped_steps, finished_at, created_at, "
        "updated_at) VALUES (?, ?, ?, 'incoming', '[\"greet\"]', ?, 0, 0)"));
    q.addBindValue(QString(QStringLiteral("run-") + id));
    q.addBindValue(id);
    q.addBindValue(agentId);
    q.addBindValue(ring.addSecs(64).toMSecsSinceEpoch());
    REQUIRE(q.exec());
    q.prepare(QStringLiteral("INSERT INTO phrase_hits(id, call_id, agent_id, phrase, found_at, created_at, "
                             "updated_at) VALUES (?, ?, ?, '不知道', ?, 0, 0)"));
    q.addBindValue(QString(QStringLiteral("hit-") + id));
    q.addBindValue(id);
    q.addBindValue(agentId);
    q.addBindValue(ring.addSecs(30).toMSecsSinceEpoch());
    REQUIRE(q.exec());
    return id;
}

int rowsOf(ExportQueries& e)
{
    int n = 0;
    while (e.next())
        ++n;
    return n;
}

} // namespace

TEST_CASE("a call taken on the simulated line is stored marked simulated; one on another line is not",
          "[calls]")
{
    test::TempDb t;
    REQUIRE(Defaults::ensure(*t.db, t.clock));
    t.clock.set(beijing(2026, 11, 25, 9));
    User u;
    u.jobNumber = QStringLiteral("1001");
    u.name = QStringLiteral("王芳");
    auto agent = UserRepository(*t.db, t.clock).insert(u, {});
    REQUIRE(agent);
    const Actor who = test::actorWith(QStringLiteral("agent"), agent->meta.id);

    SimulatedLine simulated(t.clock, SimulatedLine::Behaviour{60'000, 60'000, 0, 0}, lowest);
    CallTracker simulatedTracker(simulated, t.clock);
    CallSession onSimulated(*t.db, t.clock, simulatedTracker, CallSession::Options{});
    REQUIRE(onSimulated.start(who));
    REQUIRE(onSimulated.states().setReady()); // agents sign in Not Ready
    REQUIRE(simulated.placeIncomingCall(QStringLiteral("13812345678")));
    QCoreApplication::processEvents(); // the record is written on the next turn of the event loop
    REQUIRE(simulated.callerHangsUp(simulated.currentCallId()));
    QCoreApplication::processEvents();

    t.clock.advanceMs(60'000);
    RealLine real;
    CallTracker realTracker(real, t.clock);
    CallSession onReal(*t.db, t.clock, realTracker, CallSession::Options{});
    REQUIRE(onReal.start(who));
    REQUIRE(onReal.states().setReady());
    real.ring(QStringLiteral("call-1"), QStringLiteral("13900001111"));
    QCoreApplication::processEvents();

    CHECK(simulatedColumn(*t.db) == QList<int>{1, 0});
    const QString lastId = onReal.callId();
    REQUIRE_FALSE(lastId.isEmpty());
    auto last = CallRepository(*t.db, t.clock).get(lastId);
    REQUIRE(last);
    CHECK_FALSE(last->simulated);
}

TEST_CASE("the supervisor's sheets and the exports leave the simulated line's calls out", "[calls][reports]")
{
    test::TempDb t;
    User u;
    u.jobNumber = QStringLiteral("1001");
    u.name = QStringLiteral("王芳");
    auto agent = UserRepository(*t.db, t.clock).insert(u, {});
    REQUIRE(agent);
    const QString id = agent->meta.id;
    const QDateTime nine = beijing(2026, 11, 24, 9);
    takeCall(t, id, nine, false);
    takeCall(t, id, nine.addSecs(600), true);
    takeCall(t, id, nine.addSecs(3600), true);

    const qint64 start = beijing(2026, 11, 24, 0).toMSecsSinceEpoch();
    const qint64 end = beijing(2026, 11, 25, 0).toMSecsSinceEpoch();
    const qint64 offset = 8 * 3600 * 1000;
    ReportQueries q(*t.db, t.clock);

    auto tally = q.tally(start, end);
    REQUIRE(tally);
    REQUIRE(tally->size() == 1);
    CHECK(tally->first().at(2).toInt() == 1);

    auto perHour = q.callsPerHour(start, end, offset);
    REQUIRE(perHour);
    REQUIRE(perHour->size() == 1);
    CHECK(perHour->first().at(0).toInt() == 9);
    CHECK(perHour->first().at(1).toInt() == 1);

    auto stats = q.callStats(start, end, offset);
    REQUIRE(stats);
    REQUIRE(stats->size() == 1);
    CHECK(stats->first().at(2).toInt() == 1); // offered
    CHECK(stats->first().at(3).toInt() == 1); // answered

    auto skipped = q.skippedSteps(start, end);
    REQUIRE(skipped);
    REQUIRE(skipped->size() == 1);
    CHECK(skipped->first().at(1).toInt() == 1);
    auto hits = q.phraseHits(start, end);
    REQUIRE(hits);
    REQUIRE(hits->size() == 1);
    CHECK(hits->first().at(1).toInt() == 1);

    ExportQueries calls(*t.db);
    REQUIRE(calls.open(QStringLiteral("calls"), {}, false));
    CHECK(rowsOf(calls) == 1);
    ExportQueries handled(*t.db);
    REQUIRE(handled.open(QStringLiteral("tally"), {}, false));
    CHECK(rowsOf(handled) == 1);

    // The records themselves stay: the console still shows them to whoever took them.
    CHECK(test::count(*t.db, QStringLiteral("SELECT count(*) FROM calls")) == 3);
}

TEST_CASE("demo data's calls are the hotline's history, not the simulated line's", "[calls][demo]")
{
    test::TempDb t;
    t.clock.set(beijing(2026, 11, 26, 10, 0));
    DemoOptions o;
    o.customers = 50;
    o.calls = 300;
    o.seed = 7;
    o.password = QStringLiteral("demo8000");
    o.hashLimits = PasswordHasher::cheapest();
    auto made = DemoData(*t.db, t.clock, BusinessCalendar()).generate(o);
    REQUIRE(made);
    CHECK(test::count(*t.db, QStringLiteral("SELECT count(*) FROM calls")) == 300);
    CHECK(test::count(*t.db, QStringLiteral("SELECT count(*) FROM calls WHERE simulated = 1")) == 0);
}
