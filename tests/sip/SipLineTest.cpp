#include "SipHarness.h"
#include "core/calls/AgentStates.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>
#include <sys/stat.h>

using namespace threerings;
using namespace threerings::test;

namespace {

// What sipp saw must be a clean run: exit code 0, and the messages the scenario was written for.
void requireCleanRun(const SippRun& run)
{
    INFO("sipp output: " << run.output.toStdString());
    INFO("sipp errors: " << run.errors.toStdString());
    INFO("sipp trace: " << run.trace.right(4000).toStdString());
    REQUIRE_FALSE(run.timedOut);
    REQUIRE(run.exitCode == 0);
    REQUIRE(run.consoleIdle);
}

// Calls `action` once, `delayMs` after the tracker first reaches `state`.
void onFirst(SipConsole& console, CallTracker::State state, int delayMs, std::function<void()> action)
{
    auto done = std::make_shared<bool>(false);
    QObject::connect(console.tracker.get(), &CallTracker::stateChanged, console.tracker.get(),
                     [=, t = console.tracker.get()](CallTracker::State s) {
                         if (s != state || *done)
                             return;
                         *done = true;
                         QTimer::singleShot(delayMs, t, action);
                     });
}

} // namespace

TEST_CASE("A SIP call rings, is answered at ring 2 and the agent hangs up", "[sip][line]")
{
    SipConsole console;
    console.autoAnswerAt(2);
    onFirst(console, CallTracker::State::Connected, 300, [&] { REQUIRE(console.tracker->hangUp()); });
    QSignalSpy incoming(console.line.get(), &Line::incomingCall);

    const SippRun run = console.call(QStringLiteral("answer_ring2.xml"));
    requireCleanRun(run);
    CHECK(run.countMessages(QStringLiteral("SIP/2.0 180 Ringing")) == 1);
    CHECK(run.countMessages(QStringLiteral("SIP/2.0 200 OK")) >= 1);
    CHECK(run.countMessages(QStringLiteral("BYE ")) == 1);

    // The number the console saw is the asserted one (P-Asserted-Identity), not From's.
    REQUIRE(incoming.size() == 1);
    CHECK(incoming.at(0).at(1).toString() == QStringLiteral("+8613812345678"));
    const auto calls = console.calls();
    REQUIRE(calls.size() == 1);
    CHECK(calls[0][QStringLiteral("caller_number")].toString() == QStringLiteral("+8613812345678"));
    CHECK(calls[0][QStringLiteral("rings_at_answer")].toInt() == 2);
    CHECK_FALSE(calls[0][QStringLiteral("answered_at")].isNull());
    CHECK(calls[0][QStringLiteral("hung_up_by")].toString() == QStringLiteral("agent"));
    CHECK(calls[0][QStringLiteral("abandoned")].toInt() == 0);
    CHECK(calls[0][QStringLiteral("agent_id")].toString() == console.agent.userId);
}

TEST_CASE("A SIP caller who cancels while it rings is an abandoned call", "[sip][line]")
{
    SipConsole console;
    QSignalSpy gone(console.line.get(), &Line::callerGoneWhileRinging);

    const SippRun run = console.call(QStringLiteral("cancel_ringing.xml"));
    requireCleanRun(run);
    CHECK(run.countMessages(QStringLiteral("SIP/2.0 180 Ringing")) == 1);
    CHECK(run.countMessages(QStringLiteral("SIP/2.0 487")) == 1);

    CHECK(gone.size() == 1);
    CHECK(console.tracker->state() == CallTracker::State::Idle);
    const auto calls = console.calls();
    REQUIRE(calls.size() == 1);
    CHECK(calls[0][QStringLiteral("abandoned")].toInt() == 1);
    CHECK(calls[0][QStringLiteral("hung_up_by")].toString() == QStringLiteral("caller"));
    CHECK(calls[0][QStringLiteral("answered_at")].isNull());
    CHECK_FALSE(calls[0][QStringLiteral("ended_at")].isNull());
}

TEST_CASE("A SIP caller who hangs up mid-call is recorded as the one who hung up", "[sip][line]")
{
    SipConsole console;
    console.autoAnswerAt(1);

    const SippRun run = console.call(QStringLiteral("caller_hangup.xml"));
    requireCleanRun(run);
    CHECK(run.countMessages(QStringLiteral("BYE ")) == 1);

    const auto calls = console.calls();
    REQUIRE(calls.size() == 1);
    CHECK(calls[0][QStringLiteral("rings_at_answer")].toInt() == 1);
    CHECK(calls[0][QStringLiteral("hung_up_by")].toString() == QStringLiteral("caller"));
    CHECK(calls[0][QStringLiteral("abandoned")].toInt() == 0);
    CHECK(calls[0][QStringLiteral("agent_hung_up_first")].toInt() == 0);
    CHECK(console.session->states().state() != AgentState::OnCall);
}

TEST_CASE("The console holds and resumes a SIP call with re-INVITEs", "[sip][line]")
{
    SipConsole console;
    console.autoAnswerAt(1);
    onFirst(console, CallTracker::State::Connected, 200, [&] { REQUIRE(console.tracker->toggleHold()); });
    onFirst(console, CallTracker::State::OnHold, 400, [&] { REQUIRE(console.tracker->toggleHold()); });
    QSignalSpy held(console.line.get(), &Line::callHeld);
    QSignalSpy resumed(console.line.get(), &Line::callResumed);

    const SippRun run = console.call(QStringLiteral("hold_resume.xml"));
    requireCleanRun(run);
    CHECK(run.countMessages(QStringLiteral("INVITE ")) == 3); // the call, the hold, the resume

    CHECK(held.size() == 1);
    CHECK(resumed.size() == 1);
    const auto calls = console.calls();
    REQUIRE(calls.size() == 1);
    CHECK(calls[0][QStringLiteral("hold_ms")].toLongLong() >= 300);
    CHECK(calls[0][QStringLiteral("hung_up_by")].toString() == QStringLiteral("caller"));
}

TEST_CASE("The console transfers a SIP call blind with REFER", "[sip][line]")
{
    SipConsole console;
    console.autoAnswerAt(1);
    onFirst(console, CallTracker::State::Connected, 200,
            [&] { REQUIRE(console.line->transfer(console.tracker->callId(), QStringLiteral("8002"))); });
    QSignalSpy transferred(console.line.get(), &Line::callTransferred);

    const SippRun run = console.call(QStringLiteral("refer_transfer.xml"));
    requireCleanRun(run);
    CHECK(run.countMessages(QStringLiteral("REFER ")) == 1);
    CHECK(run.countMessages(QStringLiteral("NOTIFY ")) == 1);

    REQUIRE(transferred.size() == 1);
    CHECK(transferred.at(0).at(1).toString() == QStringLiteral("8002"));
    const auto calls = console.calls();
    REQUIRE(calls.size() == 1);
    CHECK(calls[0][QStringLiteral("hung_up_by")].toString() == QStringLiteral("agent"));
    CHECK_FALSE(calls[0][QStringLiteral("answered_at")].isNull());
}

TEST_CASE("A SIP call while the agent is not Ready gets 486 Busy Here", "[sip][line]")
{
    SipConsole console;
    REQUIRE(console.session->states().setNotReady(QStringLiteral("break")));
    QTest::qWait(100); // the line's thread hears it
    QSignalSpy incoming(console.line.get(), &Line::incomingCall);

    const SippRun run = console.call(QStringLiteral("busy_not_ready.xml"));
    requireCleanRun(run);
    CHECK(run.countMessages(QStringLiteral("SIP/2.0 486")) == 1);
    CHECK(run.countMessages(QStringLiteral("SIP/2.0 200")) == 0);

    CHECK(incoming.isEmpty()); // the console never rang
    CHECK(console.calls().isEmpty());
}

TEST_CASE("A recorded SIP call keeps its audio file with the call record", "[sip][line][recording]")
{
    struct UsualUmask // which would give 0644 files and 0755 folders
    {
        mode_t saved = ::umask(022);
        ~UsualUmask() { ::umask(saved); }
    } usual;
    SipConsole console(SipConfig::NotReady::Busy, RingCadence{200, 300}, true);
    console.autoAnswerAt(1);
    QSignalSpy recording(console.line.get(), &Line::callRecording);

    const SippRun run = console.call(QStringLiteral("caller_hangup.xml"));
    requireCleanRun(run);

    REQUIRE(recording.size() == 1);
    const QString path = recording.at(0).at(1).toString();
    CHECK(path.startsWith(console.sipDir.path()));
    CHECK(QFileInfo::exists(path));
    // The caller's voice is the console account's alone: the file 0600 in a 0700 folder.
    const auto modeOf = [](const QString& p) {
        struct stat st = {};
        REQUIRE(::stat(QFile::encodeName(p).constData(), &st) == 0);
        return int(st.st_mode & 07777);
    };
    CHECK(modeOf(path) == 0600);
    CHECK(modeOf(QFileInfo(path).path()) == 0700);
    const auto calls = console.calls();
    REQUIRE(calls.size() == 1);
    CHECK(calls[0][QStringLiteral("recording_path")].toString() == path);
}

TEST_CASE("Without recording a SIP call has no audio file", "[sip][line][recording]")
{
    SipConsole console;
    console.autoAnswerAt(1);
    QSignalSpy recording(console.line.get(), &Line::callRecording);
    requireCleanRun(console.call(QStringLiteral("caller_hangup.xml")));
    CHECK(recording.isEmpty());
    const auto calls = console.calls();
    REQUIRE(calls.size() == 1);
    CHECK(calls[0][QStringLiteral("recording_path")].toString().isEmpty());
}

TEST_CASE("With the queue setting a SIP call waits for the agent to be Ready", "[sip][line]")
{
    SipConsole console(SipConfig::NotReady::Queue);
    console.autoAnswerAt(1);
    REQUIRE(console.session->states().setNotReady(QStringLiteral("break")));
    QTest::qWait(100);
    QSignalSpy incoming(console.line.get(), &Line::incomingCall);
    // The caller hears ringing (180) while the agent is away; 1.5 s later the agent is Ready, the console
    // rings and answers.
    QTimer::singleShot(1500, console.tracker.get(), [&] {
        CHECK(incoming.isEmpty());
        REQUIRE(console.session->states().setReady());
    });

    const SippRun run = console.call(QStringLiteral("caller_hangup.xml"));
    requireCleanRun(run);
    CHECK(run.countMessages(QStringLiteral("SIP/2.0 486")) == 0);
    CHECK(incoming.size() == 1);
    const auto calls = console.calls();
    REQUIRE(calls.size() == 1);
    CHECK_FALSE(calls[0][QStringLiteral("answered_at")].isNull());
    CHECK(calls[0][QStringLiteral("hung_up_by")].toString() == QStringLiteral("caller"));
}

TEST_CASE("The SIP line registers with a registrar that challenges it", "[sip][registration]")
{
    const int registrarPort = freeUdpPort();
    SippServer registrar(QStringLiteral("registrar.xml"), registrarPort);
    QTest::qWait(300); // sipp listens
    SipConsole console(SipConfig::NotReady::Busy, RingCadence{200, 300}, false, [&](SipConfig& c) {
        c.registerAccount = true;
        c.user = QStringLiteral("8001");
        c.domain = QStringLiteral("127.0.0.1:%1").arg(registrarPort);
        c.password = QStringLiteral("reg-secret-42");
    });
    QSignalSpy registration(console.line.get(), &SipLine::registrationChanged);

    const SippRun run = registrar.finish();
    requireCleanRun(run);
    CHECK(run.countMessages(QStringLiteral("REGISTER ")) == 2); // challenged, then with the digest
    CHECK(run.countMessages(QStringLiteral("SIP/2.0 200 OK")) == 1);
    for (int i = 0; i < 100 && console.line->registration() != SipLine::Registration::Ok; ++i)
        QTest::qWait(20);
    CHECK(console.line->registration() == SipLine::Registration::Ok);
    CHECK(console.line->registrationText().contains(QStringLiteral("registered as sip:8001@127.0.0.1")));
}

TEST_CASE("The SIP line registers again when the network comes back", "[sip][registration]")
{
    const int registrarPort = freeUdpPort();
    SippServer registrar(QStringLiteral("registrar.xml"), registrarPort, 2); // two registrations
    QTest::qWait(300);
    SipConsole console(SipConfig::NotReady::Busy, RingCadence{200, 300}, false, [&](SipConfig& c) {
        c.registerAccount = true;
        c.user = QStringLiteral("8001");
        c.domain = QStringLiteral("127.0.0.1:%1").arg(registrarPort);
        c.password = QStringLiteral("reg-secret-42");
    });
    auto waitFor = [&](SipLine::Registration state) {
        for (int i = 0; i < 250 && console.line->registration() != state; ++i)
            QTest::qWait(20);
        return console.line->registration() == state;
    };
    REQUIRE(waitFor(SipLine::Registration::Ok));
    console.line->setNetworkReachable(false); // the network goes away …
    REQUIRE(waitFor(SipLine::Registration::None));
    console.line->setNetworkReachable(true); // … and comes back: a fresh REGISTER
    CHECK(waitFor(SipLine::Registration::Ok));

    const SippRun run = registrar.finish();
    requireCleanRun(run);
    CHECK(run.countMessages(QStringLiteral("REGISTER ")) == 4);
    CHECK(run.countMessages(QStringLiteral("SIP/2.0 200 OK")) == 2);
}
