// Calls the console places on the SIP line (issue 19), against sipp as the person called (UAS scenarios on
// 127.0.0.1): the INVITE goes out to the number at the line's domain, 180 rings at the other end, 200
// connects and the agent's BYE ends it; 486, 603 and 404 end it as busy, rejected and unreachable; the
// agent's hang-up while it rings sends CANCEL. Each checks sipp's trace and the calls table.
#include "SipHarness.h"

#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace threerings;
using namespace threerings::test;

namespace {

struct Dialled
{
    SippRun run;
    QVariantMap call;
    QList<QVariant> failures;
};

// The console dials 138 1234 5678 through a line whose domain is sipp's address; `duringCall` runs once it
// rings at the other end.
Dialled dialAgainst(const QString& scenarioName, const std::function<void(SipConsole&)>& duringCall = {})
{
    const int calleePort = freeUdpPort();
    SipConsole console(SipConfig::NotReady::Busy, RingCadence{200, 300}, false, [calleePort](SipConfig& c) {
        c.domain = QStringLiteral("127.0.0.1:%1").arg(calleePort);
    });
    SippServer callee(scenarioName, calleePort);
    QTest::qWait(300); // sipp listening
    QSignalSpy ringing(console.line.get(), &Line::remoteRinging);
    QSignalSpy failed(console.line.get(), &Line::callFailed);
    auto placed =
        console.session->dial(QStringLiteral("138 1234 5678"), {CallPurpose::Manual, QString(), QString()});
    INFO((placed ? QString() : placed.error().message).toStdString());
    REQUIRE(placed);
    CHECK(console.tracker->isOutgoing());
    if (duringCall) {
        REQUIRE((ringing.wait(5000) || !ringing.isEmpty()));
        duringCall(console);
    }
    Dialled d;
    d.run = callee.finish();
    d.run.consoleIdle = console.waitIdle();
    const auto rows = console.calls();
    REQUIRE(rows.size() == 1);
    d.call = rows.first();
    for (const auto& f : failed)
        d.failures << f.at(1);
    INFO("sipp output: " << d.run.output.toStdString());
    INFO("sipp trace: " << d.run.trace.right(3000).toStdString());
    REQUIRE_FALSE(d.run.timedOut);
    REQUIRE(d.run.exitCode == 0);
    REQUIRE(d.run.consoleIdle);
    // The INVITE went to the number, as a PBX dials it, at the line's domain.
    CHECK(d.run.countMessages(QStringLiteral("INVITE sip:13812345678@127.0.0.1")) == 1);
    CHECK(d.call.value(QStringLiteral("direction")).toString() == QStringLiteral("out"));
    CHECK(d.call.value(QStringLiteral("purpose")).toString() == QStringLiteral("manual"));
    CHECK(d.call.value(QStringLiteral("caller_number")).toString() == QStringLiteral("+8613812345678"));
    CHECK(d.call.value(QStringLiteral("abandoned")).toInt() == 0);
    return d;
}

} // namespace

TEST_CASE("The console calls out on SIP: rings at the other end, answered, the agent hangs up", "[sip][dial]")
{
    const Dialled d = dialAgainst(QStringLiteral("callee_answers.xml"), [](SipConsole& console) {
        QSignalSpy answered(console.line.get(), &Line::callAnswered);
        REQUIRE((answered.wait(5000) || !answered.isEmpty()));
        CHECK(console.tracker->state() == CallTracker::State::Connected);
        QTest::qWait(300);
        REQUIRE(console.tracker->hangUp());
    });
    CHECK(d.run.countMessages(QStringLiteral("SIP/2.0 180 Ringing")) == 1);
    CHECK(d.run.countMessages(QStringLiteral("ACK ")) == 1);
    CHECK(d.run.countMessages(QStringLiteral("BYE ")) == 1);
    CHECK(d.call.value(QStringLiteral("dial_result")).toString() == QStringLiteral("answered"));
    CHECK_FALSE(d.call.value(QStringLiteral("answered_at")).isNull());
    CHECK(d.call.value(QStringLiteral("hung_up_by")).toString() == QStringLiteral("agent"));
    CHECK(d.failures.isEmpty());
}

TEST_CASE("A SIP call out that gets 486, 603 or 404 is busy, rejected or unreachable", "[sip][dial]")
{
    const QList<std::tuple<QString, QString, Line::DialFailure>> cases = {
        {QStringLiteral("callee_busy.xml"), QStringLiteral("busy"), Line::DialFailure::Busy},
        {QStringLiteral("callee_rejects.xml"), QStringLiteral("rejected"), Line::DialFailure::Rejected},
        {QStringLiteral("callee_not_found.xml"), QStringLiteral("unreachable"),
         Line::DialFailure::Unreachable},
    };
    for (const auto& [scenarioName, stored, failure] : cases) {
        INFO(scenarioName.toStdString());
        const Dialled d = dialAgainst(scenarioName);
        CHECK(d.call.value(QStringLiteral("dial_result")).toString() == stored);
        CHECK(d.call.value(QStringLiteral("answered_at")).isNull());
        REQUIRE(d.failures.size() == 1);
        CHECK(d.failures.first().value<Line::DialFailure>() == failure);
    }
}

TEST_CASE("The agent cancels a SIP call out while it rings: CANCEL, 487, cancelled", "[sip][dial]")
{
    const Dialled d = dialAgainst(QStringLiteral("callee_rings_cancelled.xml"), [](SipConsole& console) {
        QTest::qWait(200);
        REQUIRE(console.tracker->hangUp());
    });
    CHECK(d.run.countMessages(QStringLiteral("CANCEL ")) == 1);
    CHECK(d.run.countMessages(QStringLiteral("SIP/2.0 487")) == 1);
    CHECK(d.call.value(QStringLiteral("dial_result")).toString() == QStringLiteral("cancelled"));
    CHECK(d.call.value(QStringLiteral("hung_up_by")).toString() == QStringLiteral("agent"));
    REQUIRE(d.failures.size() == 1);
    CHECK(d.failures.first().value<Line::DialFailure>() == Line::DialFailure::Cancelled);
}
