// Calls the console places (issue 19) on the simulated line: every way the other end responds, the record of
// an outgoing call (direction, purpose, the record it serves, the dial result, who hung up), the refusals
// that dial nothing, and a callback dialled busy counted as an unreachable attempt with its retry time.

#include "FormsWorld.h"
#include "core/calls/AgentStates.h"
#include "core/calls/CallRepository.h"
#include "core/calls/CallSession.h"
#include "core/calls/CallTracker.h"
#include "core/calls/SimulatedLine.h"
#include "core/customers/CustomerRepository.h"
#include "core/forms/CallbackWorkflow.h"
#include "core/site/Defaults.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace threerings;
using namespace threerings::test;

namespace {

qint64 lowest(qint64 lo, qint64)
{
    return lo;
}

// Callees answer after 4 s; a connected one stays until hung up.
SimulatedLine::Behaviour quiet()
{
    SimulatedLine::Behaviour b{60'000, 60'000, 0, 0};
    b.calleeAnswerMinMs = 4'000;
    b.calleeAnswerMaxMs = 4'000;
    b.noAnswerAfterMs = 30'000;
    return b;
}

ProblemForm resolvedForm(FormsWorld& w, ProblemFormWorkflow& flow)
{
    const ProblemForm f = acceptedForm(flow, w.agent);
    REQUIRE(flow.transfer(w.agent, f.meta.id, w.handler.userId));
    REQUIRE(flow.plan(w.handler, f.meta.id, QStringLiteral("上门")));
    auto r = flow.resolve(w.handler, f.meta.id, QStringLiteral("已修复"));
    REQUIRE(r);
    return *r;
}

struct Console
{
    explicit Console(FormsWorld& w)
        : line(w.t.clock, quiet(), lowest), tracker(line, w.t.clock),
          session(*w.t.db, w.t.clock, tracker, CallSession::Options{})
    {
        REQUIRE(session.start(w.agent));
    }
    SimulatedLine line;
    CallTracker tracker;
    CallSession session;
};

} // namespace

TEST_CASE("the simulated line plays the person dialled: answers, busy, no answer, rejects, unreachable, "
          "cancelled",
          "[calls][dial]")
{
    ManualClock clock(beijing(2026, 11, 26, 9));
    SimulatedLine line(clock, quiet(), lowest);
    QSignalSpy placed(&line, &Line::outgoingCall);
    QSignalSpy ringing(&line, &Line::remoteRinging);
    QSignalSpy answered(&line, &Line::callAnswered);
    QSignalSpy failed(&line, &Line::callFailed);
    QSignalSpy ended(&line, &Line::callEnded);
    QSignalSpy incoming(&line, &Line::incomingCall);
    CHECK(line.canDial());
    line.queueCallees({SimulatedLine::Callee::Answers, SimulatedLine::Callee::Busy,
                       SimulatedLine::Callee::NoAnswer, SimulatedLine::Callee::Rejects,
                       SimulatedLine::Callee::Unreachable, SimulatedLine::Callee::Answers});

    auto first = line.dial(QStringLiteral("+8613812345678"));
    REQUIRE(first);
    CHECK(placed.count() == 1);
    CHECK(ringing.count() == 1);
    CHECK_FALSE(line.dial(QStringLiteral("+8613900001111"))); // one call at a time
    CHECK_FALSE(line.placeIncomingCall(QStringLiteral("13700001111")));
    CHECK_FALSE(line.answer(*first)); // the other end answers
    clock.advanceMs(3'999);
    line.tick();
    CHECK(answered.isEmpty());
    clock.advanceMs(1);
    line.tick();
    CHECK(answered.count() == 1);
    CHECK(line.currentCallState() == SimulatedLine::CallState::Connected);
    REQUIRE(line.callerHangsUp(*first)); // the customer hangs up first
    CHECK(ended.last().at(1).value<Line::Party>() == Line::Party::Caller);
    CHECK(incoming.isEmpty());

    const auto failsWith = [&](Line::DialFailure why, qint64 afterMs, Line::Party by) {
        const qsizetype before = failed.count();
        auto id = line.dial(QStringLiteral("+8613812345678"));
        REQUIRE(id);
        clock.advanceMs(afterMs - 1);
        line.tick();
        CHECK(failed.count() == before);
        clock.advanceMs(1);
        line.tick();
        REQUIRE(failed.count() == before + 1);
        CHECK(failed.last().at(0).toString() == *id);
        CHECK(failed.last().at(1).value<Line::DialFailure>() == why);
        CHECK(ended.last().at(0).toString() == *id);
        CHECK(ended.last().at(1).value<Line::Party>() == by);
        CHECK_FALSE(line.hasCall());
    };
    failsWith(Line::DialFailure::Busy, 1'000, Line::Party::Caller);
    failsWith(Line::DialFailure::NoAnswer, 30'000, Line::Party::Line);
    failsWith(Line::DialFailure::Rejected, 1'000, Line::Party::Caller);
    const qsizetype ringsBefore = ringing.count();
    failsWith(Line::DialFailure::Unreachable, 1'000, Line::Party::Line);
    CHECK(ringing.count() == ringsBefore); // a number that does not exist never rings

    // The agent hangs up while it rings: cancelled.
    auto cancelled = line.dial(QStringLiteral("+8613812345678"));
    REQUIRE(cancelled);
    REQUIRE(line.hangUp(*cancelled));
    CHECK(failed.last().at(1).value<Line::DialFailure>() == Line::DialFailure::Cancelled);
    CHECK(ended.last().at(1).value<Line::Party>() == Line::Party::Agent);
    CHECK(line.dial(QStringLiteral(" ")).error().field == QStringLiteral("number"));
}

TEST_CASE(
    "an outgoing call is a call: stored with its purpose, record and dial result; bad dials dial nothing",
    "[calls][dial]")
{
    FormsWorld w;
    w.t.clock.set(beijing(2026, 11, 26, 9));
    Console c(w);
    QSignalSpy endedCalls(&c.session, &CallSession::outgoingEnded);

    // Refusals: nothing reaches the line.
    QSignalSpy placed(&c.line, &Line::outgoingCall);
    auto notNumber = c.session.dial(QStringLiteral("陈先生"), {});
    REQUIRE_FALSE(notNumber);
    CHECK(notNumber.error().field == QStringLiteral("number"));
    CHECK(notNumber.error().message.contains(QStringLiteral("陈先生")));
    CHECK(c.session.dial(QString(), {}).error().field == QStringLiteral("number"));
    // A customer who asked not to be called: refused by any of their numbers, nothing dialled.
    Customer quiet;
    quiet.name = QStringLiteral("赵女士");
    quiet.phoneMobile = QStringLiteral("13700001111");
    quiet.phoneOffice = QStringLiteral("0372-2661234");
    quiet.doNotCall = true;
    auto listed = CustomerRepository(*w.t.db, w.t.clock).insert(quiet, {});
    REQUIRE(listed);
    CHECK(listed->doNotCall);
    for (const QString& number : {QStringLiteral("137 0000 1111"), QStringLiteral("0372 266 1234")}) {
        auto refused = c.session.dial(number, {});
        REQUIRE_FALSE(refused);
        CHECK(refused.error().kind == Error::Kind::Refused);
        CHECK(refused.error().message.contains(QStringLiteral("赵女士")));
    }
    CallSession nobody(*w.t.db, w.t.clock, c.tracker, CallSession::Options{});
    CHECK(nobody.dial(QStringLiteral("138 1234 5678"), {}).error().kind == Error::Kind::Refused);
    // Only agents place calls: a supervisor's or a trainee's console dials nothing.
    for (const char* role : {"supervisor", "trainee"}) {
        CallSession other(*w.t.db, w.t.clock, c.tracker, CallSession::Options{});
        REQUIRE(other.start(test::actorWith(QString::fromLatin1(role), w.supervisor.userId)));
        auto refused = other.dial(QStringLiteral("138 1234 5678"), {});
        REQUIRE_FALSE(refused);
        CHECK(refused.error().kind == Error::Kind::Refused);
    }
    CHECK(placed.isEmpty());

    // A callback call, answered after 4 s, the customer hangs up after a minute.
    c.line.queueCallees({SimulatedLine::Callee::Answers});
    const CallRecorder::Dial why{CallPurpose::Callback, QStringLiteral("callback"), QStringLiteral("cb-1")};
    auto placedId = c.session.dial(QStringLiteral("138 1234 5678"), why);
    REQUIRE(placedId);
    CHECK(c.tracker.isOutgoing());
    CHECK(c.tracker.remoteRinging());
    CHECK(c.tracker.callerNumber() == QStringLiteral("+8613812345678"));
    auto second = c.session.dial(QStringLiteral("139 0000 1111"), {});
    REQUIRE_FALSE(second); // one call at a time
    CHECK(second.error().kind == Error::Kind::Conflict);
    const QString stored = c.session.callId();
    REQUIRE_FALSE(stored.isEmpty()); // the record exists while it rings
    auto ringingRow = CallRepository(*w.t.db, w.t.clock).get(stored);
    REQUIRE(ringingRow);
    CHECK(ringingRow->outgoing());
    CHECK(ringingRow->purpose == CallPurpose::Callback);
    CHECK(ringingRow->recordId == QStringLiteral("cb-1"));
    CHECK(ringingRow->dialResult == DialResult::None);

    w.t.clock.advanceMs(4'000);
    c.line.tick();
    CHECK(c.tracker.state() == CallTracker::State::Connected);
    CHECK(c.session.states().state() == AgentState::OnCall);
    w.t.clock.advanceMs(60'000);
    REQUIRE(c.line.callerHangsUp(c.line.currentCallId()));
    auto done = CallRepository(*w.t.db, w.t.clock).get(stored);
    REQUIRE(done);
    CHECK(done->answeredAt == beijing(2026, 11, 26, 9, 0).addSecs(4));
    CHECK(done->dialResult == DialResult::Answered);
    CHECK(done->hungUpBy == HungUpBy::Caller);
    CHECK_FALSE(done->abandoned);
    CHECK(done->endedAt == beijing(2026, 11, 26, 9, 1).addSecs(4));
    REQUIRE(endedCalls.count() == 1);
    // Its wrap-up asks for no call category: the callback record carries the result.
    CHECK(c.session.unfinishedCall().isEmpty());

    // Off the list again, the number dials.
    Customer back = *listed;
    back.doNotCall = false;
    REQUIRE(CustomerRepository(*w.t.db, w.t.clock).update(back, {}));

    // Busy: stored as busy, the other end ended it, not abandoned, the agent's state untouched.
    REQUIRE(c.session.states().setNotReady(QStringLiteral("callbacks")));
    c.line.queueCallees({SimulatedLine::Callee::Busy});
    REQUIRE(c.session.dial(QStringLiteral("0372-2661234"), {}));
    const QString busyId = c.session.callId();
    w.t.clock.advanceMs(1'000);
    c.line.tick();
    auto busy = CallRepository(*w.t.db, w.t.clock).get(busyId);
    REQUIRE(busy);
    CHECK(busy->dialResult == DialResult::Busy);
    CHECK(busy->purpose == CallPurpose::Manual);
    CHECK_FALSE(busy->abandoned);
    CHECK_FALSE(busy->answered());
    CHECK(c.session.states().state() == AgentState::NotReady);
    CHECK(endedCalls.count() == 2);
}

TEST_CASE("a callback dialled busy is an unreachable attempt by itself, and is not dialled again before its "
          "retry time",
          "[calls][dial][callbacks]")
{
    FormsWorld w;
    w.t.clock.set(beijing(2026, 11, 25, 10, 0));
    ProblemFormWorkflow flow(*w.t.db, w.t.clock, w.calendar);
    CallbackWorkflow callbacks(*w.t.db, w.t.clock, flow);
    resolvedForm(w, flow);
    w.t.clock.set(beijing(2026, 11, 26, 9, 0));
    const QString id = callbacks.listFor(w.agent, QDate(2026, 11, 26))->first().record.meta.id;
    Console c(w);
    QObject::connect(&c.session, &CallSession::outgoingEnded, [&](const Call& call) {
        auto counted = callbacks.recordDial(w.agent, call);
        REQUIRE(counted);
        CHECK(*counted == DialResults::unreached(call.dialResult));
    });

    auto cb = callbacks.dialable(w.agent, id);
    REQUIRE(cb);
    CHECK_FALSE(callbacks.dialable(w.supervisor, QStringLiteral("no-such-callback")));
    c.line.queueCallees({SimulatedLine::Callee::Busy});
    REQUIRE(c.session.dial(cb->acceptorPhone, {CallPurpose::Callback, QStringLiteral("callback"), id}));
    w.t.clock.advanceMs(1'000);
    c.line.tick();
    auto list = callbacks.listFor(w.agent, QDate(2026, 11, 26));
    REQUIRE(list->size() == 1);
    CHECK(list->first().record.attempts == 1);
    CHECK(list->first().record.state == CallbackState::Retry);
    CHECK(list->first().record.remarks.contains(DialResults::label(DialResult::Busy)));
    CHECK_FALSE(list->first().callableNow);

    // Not again before the retry time: refused, nothing dialled.
    w.t.clock.set(beijing(2026, 11, 26, 9, 30));
    auto tooSoon = callbacks.dialable(w.agent, id);
    REQUIRE_FALSE(tooSoon);
    CHECK(tooSoon.error().message.contains(QStringLiteral("11:00")));

    // After it: answered, and nothing counted by the dial itself (the agent records what was said).
    w.t.clock.set(beijing(2026, 11, 26, 11, 5));
    REQUIRE(callbacks.dialable(w.agent, id));
    c.line.queueCallees({SimulatedLine::Callee::Answers});
    REQUIRE(c.session.dial(cb->acceptorPhone, {CallPurpose::Callback, QStringLiteral("callback"), id}));
    w.t.clock.advanceMs(4'000);
    c.line.tick();
    REQUIRE(c.tracker.hangUp());
    CHECK(callbacks.listFor(w.agent, QDate(2026, 11, 26))->first().record.attempts == 1);
}
