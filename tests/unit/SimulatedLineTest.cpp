#include "core/calls/SimulatedLine.h"

#include "TestSupport.h"
#include "core/calls/CallTracker.h"
#include "core/calls/CallerNumber.h"
#include "core/calls/DemoNumbers.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace threerings;

namespace {

// Always the lower bound, so deadlines are exact.
qint64 lowest(qint64 lo, qint64)
{
    return lo;
}

SimulatedLine::Behaviour behaviour()
{
    return {10'000, 30'000, 20'000, 40'000};
}

} // namespace

TEST_CASE("a test places a call and answers it and the caller hangs up")
{
    ManualClock clock(test::beijing(2026, 11, 25));
    SimulatedLine line(clock, behaviour(), lowest);
    QSignalSpy incoming(&line, &Line::incomingCall);
    QSignalSpy answered(&line, &Line::callAnswered);
    QSignalSpy ended(&line, &Line::callEnded);
    QSignalSpy abandoned(&line, &Line::callerGoneWhileRinging);

    auto id = line.placeIncomingCall(QStringLiteral("13812345678"));
    REQUIRE(id);
    REQUIRE(incoming.count() == 1);
    CHECK(incoming.at(0).at(0).toString() == *id);
    CHECK(incoming.at(0).at(1).toString() == QStringLiteral("13812345678"));
    CHECK(line.currentCallState() == SimulatedLine::CallState::Ringing);

    CHECK_FALSE(line.placeIncomingCall(QStringLiteral("01065529876"))); // one call at a time
    CHECK_FALSE(line.answer(QStringLiteral("no-such-call")));

    REQUIRE(line.answer(*id));
    CHECK(answered.count() == 1);
    CHECK(line.currentCallState() == SimulatedLine::CallState::Connected);
    CHECK_FALSE(line.answer(*id));

    REQUIRE(line.callerHangsUp(*id));
    REQUIRE(ended.count() == 1);
    CHECK(ended.at(0).at(1).value<Line::Party>() == Line::Party::Caller);
    CHECK(abandoned.isEmpty());
    CHECK_FALSE(line.hasCall());
}

TEST_CASE("a caller not answered gives up after the drawn time: an abandoned call")
{
    ManualClock clock(test::beijing(2026, 11, 25));
    qint64 askedLo = -1;
    qint64 askedHi = -1;
    SimulatedLine line(clock, behaviour(), [&](qint64 lo, qint64 hi) {
        askedLo = lo;
        askedHi = hi;
        return qint64(12'000);
    });
    QSignalSpy ended(&line, &Line::callEnded);
    QSignalSpy abandoned(&line, &Line::callerGoneWhileRinging);

    auto id = line.placeIncomingCall(QStringLiteral("13812345678"));
    REQUIRE(id);
    CHECK(askedLo == 10'000);
    CHECK(askedHi == 30'000);
    clock.advanceMs(11'999);
    line.tick();
    CHECK(line.hasCall());
    clock.advanceMs(1);
    line.tick();
    CHECK_FALSE(line.hasCall());
    REQUIRE(abandoned.count() == 1);
    CHECK(abandoned.at(0).at(0).toString() == *id);
    REQUIRE(ended.count() == 1);
    CHECK(ended.at(0).at(1).value<Line::Party>() == Line::Party::Caller);
}

TEST_CASE("an answered caller hangs up after talking and hold does not use up the talk")
{
    ManualClock clock(test::beijing(2026, 11, 25));
    SimulatedLine line(clock, behaviour(), lowest);
    QSignalSpy ended(&line, &Line::callEnded);
    auto id = line.placeIncomingCall(QStringLiteral("13812345678"));
    REQUIRE(id);
    clock.advanceMs(3'000);
    REQUIRE(line.answer(*id));
    clock.advanceMs(5'000);
    REQUIRE(line.hold(*id));
    CHECK_FALSE(line.hold(*id));
    clock.advanceMs(60'000); // on hold for a minute: the caller waits
    line.tick();
    CHECK(line.hasCall());
    REQUIRE(line.resume(*id));
    clock.advanceMs(14'999);
    line.tick();
    CHECK(line.hasCall());
    clock.advanceMs(1);
    line.tick();
    CHECK_FALSE(line.hasCall());
    REQUIRE(ended.count() == 1);
}

TEST_CASE("the agent hangs up or transfers or the line drops the call")
{
    ManualClock clock(test::beijing(2026, 11, 25));
    SimulatedLine line(clock, behaviour(), lowest);
    QSignalSpy ended(&line, &Line::callEnded);
    QSignalSpy transferred(&line, &Line::callTransferred);

    auto a = line.placeIncomingCall(QStringLiteral("1"));
    REQUIRE(line.hangUp(*a));
    CHECK(ended.at(0).at(1).value<Line::Party>() == Line::Party::Agent);

    auto b = line.placeIncomingCall(QStringLiteral("2"));
    CHECK_FALSE(line.transfer(*b, QStringLiteral("8001"))); // still ringing
    REQUIRE(line.answer(*b));
    CHECK_FALSE(line.transfer(*b, QStringLiteral(" ")));
    REQUIRE(line.transfer(*b, QStringLiteral("8001")));
    REQUIRE(transferred.count() == 1);
    CHECK(transferred.at(0).at(1).toString() == QStringLiteral("8001"));
    CHECK(ended.at(1).at(1).value<Line::Party>() == Line::Party::Agent);

    auto c = line.placeIncomingCall(QStringLiteral("3"));
    REQUIRE(line.dropCall(*c));
    CHECK(ended.at(2).at(1).value<Line::Party>() == Line::Party::Line);
    CHECK(ended.count() == 3);
}

TEST_CASE("the schedule places calls in turn and waits while the line is busy")
{
    ManualClock clock(test::beijing(2026, 11, 25));
    SimulatedLine::Behaviour never{0, 0, 0, 0}; // callers wait and talk until the test ends the call
    SimulatedLine line(clock, never, lowest);
    QSignalSpy incoming(&line, &Line::incomingCall);
    line.startSchedule({QStringLiteral("A"), QStringLiteral("B")}, 20'000, 2'000);
    CHECK(line.isScheduleRunning());

    clock.advanceMs(1'999);
    line.tick();
    CHECK(incoming.isEmpty());
    clock.advanceMs(1);
    line.tick();
    REQUIRE(incoming.count() == 1);
    CHECK(incoming.at(0).at(1).toString() == QStringLiteral("A"));

    clock.advanceMs(25'000); // B is due but the line is busy
    line.tick();
    CHECK(incoming.count() == 1);
    REQUIRE(line.hangUp(line.currentCallId()));
    line.tick();
    CHECK(incoming.count() == 1); // a short pause after the call
    clock.advanceMs(5'000);
    line.tick();
    REQUIRE(incoming.count() == 2);
    CHECK(incoming.at(1).at(1).toString() == QStringLiteral("B"));

    REQUIRE(line.hangUp(line.currentCallId()));
    clock.advanceMs(20'000);
    line.tick();
    REQUIRE(incoming.count() == 3);
    CHECK(incoming.at(2).at(1).toString() == QStringLiteral("A"));

    line.stopSchedule();
    REQUIRE(line.hangUp(line.currentCallId()));
    clock.advanceMs(60'000);
    line.tick();
    CHECK(incoming.count() == 3);
}

TEST_CASE("random times stay within their bounds")
{
    ManualClock clock(test::beijing(2026, 11, 25));
    SimulatedLine line(clock, behaviour()); // the real generator
    QSignalSpy ended(&line, &Line::callEnded);
    for (int i = 0; i < 50; ++i) {
        auto id = line.placeIncomingCall(QStringLiteral("13812345678"));
        REQUIRE(id);
        clock.advanceMs(9'999);
        line.tick();
        CHECK(line.hasCall());
        clock.advanceMs(20'001);
        line.tick();
        CHECK_FALSE(line.hasCall());
    }
    CHECK(ended.count() == 50);
}

TEST_CASE("the demo numbers look like mainland caller IDs")
{
    const QStringList numbers = demoCallerNumbers();
    REQUIRE(numbers.size() >= 4);
    for (const QString& n : numbers) {
        CHECK(n.startsWith(QLatin1Char('0')) != n.startsWith(QLatin1Char('1')));
        CHECK((n.size() == 11 || n.size() == 12));
    }
}

TEST_CASE("the tracker counts rings and freezes the count at answer and sums up the call")
{
    ManualClock clock(test::beijing(2026, 11, 25));
    SimulatedLine line(clock, SimulatedLine::Behaviour{0, 0, 0, 0}, lowest);
    CallTracker tracker(line, clock);
    QSignalSpy rings(&tracker, &CallTracker::ringStarted);
    QSignalSpy finished(&tracker, &CallTracker::callFinished);

    CHECK(tracker.state() == CallTracker::State::Idle);
    CHECK_FALSE(tracker.answer());
    auto id = line.placeIncomingCall(QStringLiteral("13812345678"));
    REQUIRE(id);
    CHECK(tracker.state() == CallTracker::State::Ringing);
    CHECK(tracker.callerNumber() == QStringLiteral("13812345678"));
    REQUIRE(rings.count() == 1);

    clock.advanceMs(16'000);
    tracker.tick();
    CHECK(rings.count() == 4); // 2, 3 and 4 started while nobody looked
    CHECK(tracker.ringState().overdue);

    REQUIRE(tracker.answer());
    CHECK(tracker.state() == CallTracker::State::Connected);
    CHECK(tracker.ringsAtAnswer() == 4);
    clock.advanceMs(30'000);
    CHECK(tracker.ringState().ring == 4); // frozen
    CHECK(tracker.talkMs() == 30'000);

    REQUIRE(tracker.toggleHold());
    CHECK(tracker.state() == CallTracker::State::OnHold);
    REQUIRE(tracker.toggleHold());
    CHECK(tracker.state() == CallTracker::State::Connected);

    REQUIRE(tracker.hangUp());
    CHECK(tracker.state() == CallTracker::State::Idle);
    REQUIRE(finished.count() == 1);
    REQUIRE(tracker.lastCall());
    CHECK(tracker.lastCall()->answered);
    CHECK(tracker.lastCall()->answeredLate);
    CHECK(tracker.lastCall()->ringsAtAnswer == 4);
    CHECK(tracker.lastCall()->talkMs == 30'000);
    CHECK(tracker.lastCall()->endedBy == Line::Party::Agent);
}

TEST_CASE("the tracker records an abandoned call")
{
    ManualClock clock(test::beijing(2026, 11, 25));
    SimulatedLine line(clock, behaviour(), lowest);
    CallTracker tracker(line, clock);
    auto id = line.placeIncomingCall(QStringLiteral("01065529876"));
    REQUIRE(id);
    clock.advanceMs(10'000);
    line.tick();
    CHECK(tracker.state() == CallTracker::State::Idle);
    REQUIRE(tracker.lastCall());
    CHECK_FALSE(tracker.lastCall()->answered);
    CHECK(tracker.lastCall()->ringsAtAnswer == 0);
    CHECK(tracker.lastCall()->endedBy == Line::Party::Caller);
}

TEST_CASE("caller numbers are grouped for reading aloud")
{
    CHECK(formatCallerNumber(QStringLiteral("13812345678")) == QStringLiteral("138 1234 5678"));
    CHECK(formatCallerNumber(QStringLiteral("01065529876")) == QStringLiteral("010 6552 9876"));
    CHECK(formatCallerNumber(QStringLiteral("02164381122")) == QStringLiteral("021 6438 1122"));
    CHECK(formatCallerNumber(QStringLiteral("053288905566")) == QStringLiteral("0532 8890 5566"));
    CHECK(formatCallerNumber(QStringLiteral("+8618225171389")) == QStringLiteral("182 2517 1389"));
    CHECK(formatCallerNumber(QStringLiteral("8001")) == QStringLiteral("8001"));
    CHECK(formatCallerNumber(QStringLiteral("+86 138")) == QStringLiteral("+86 138"));
}
