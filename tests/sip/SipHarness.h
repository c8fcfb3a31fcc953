#pragma once

#include "TestSupport.h"
#include "core/calls/CallSession.h"
#include "core/calls/CallTracker.h"
#include "core/sip/SipLine.h"

#include <QProcess>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QVariantMap>
#include <functional>
#include <memory>

namespace threerings::test {

// What sipp did: its exit code (0 = every call of the scenario succeeded), the messages it sent and
// received (-trace_msg) and its errors.
struct SippRun
{
    int exitCode = -1;
    bool timedOut = false;
    bool consoleIdle = true; // the console's line was idle again after the run
    QString trace;
    QString errors;
    QString output;

    // How many messages in the trace start with `firstLine` (e.g. "SIP/2.0 180 Ringing", "REFER "),
    // sent or received.
    int countMessages(const QString& firstLine) const;
};

QString sippProgram();
QString scenario(const QString& name);

// Runs sipp with `scenarioName` against 127.0.0.1:`port` (only loopback), `calls` calls one at a time,
// while this thread's event loop keeps running so the line and the console work meanwhile. Stops sipp after
// `timeoutMs` at the latest.
SippRun runSipp(const QString& scenarioName, int port, int calls = 1, const QStringList& extra = {},
                int timeoutMs = 30'000);

// sipp as a server (a registrar): listens on 127.0.0.1:`localPort` for one scenario run. finish() waits
// for it, running the event loop.
struct SippServer
{
    SippServer(const QString& scenarioName, int localPort, int calls = 1);
    SippRun finish(int timeoutMs = 20'000);

    QTemporaryDir dir;
    QProcess process;
};

// A UDP port free on 127.0.0.1 right now.
int freeUdpPort();

// The console on a SIP line, as the app wires it (SipLine → CallTracker → CallSession with its call
// records), on a fresh database with one agent signed in. The line listens on 127.0.0.1 on a free port with
// the null audio mode; the ring cadence is short so ring 2 comes 0.5 s after the INVITE.
struct SipConsole
{
    explicit SipConsole(SipConfig::NotReady whenNotReady = SipConfig::NotReady::Busy,
                        RingCadence cadence = RingCadence{200, 300}, bool recordCalls = false,
                        const std::function<void(SipConfig&)>& tweak = {});
    ~SipConsole();

    // Answers every call when ring `ring` starts.
    void autoAnswerAt(int ring);
    // The rows of the calls table, oldest first.
    QList<QVariantMap> calls() const;
    int port() const { return line->udpPort(); }
    // Runs the event loop until the console's line is idle again (the last call ended and was stored), at
    // most `timeoutMs`. False on timeout.
    bool waitIdle(int timeoutMs = 5000);
    // sipp against this console, then waits for the console to be idle.
    SippRun call(const QString& scenarioName, int calls = 1);

    TempDb t;
    SystemClock clock;
    QTemporaryDir sipDir;
    Actor agent;
    std::unique_ptr<SipLine> line;
    std::unique_ptr<CallTracker> tracker;
    std::unique_ptr<CallSession> session;
};

} // namespace threerings::test
