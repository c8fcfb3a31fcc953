#include "SipHarness.h"

#include "core/auth/UserRepository.h"
#include "core/calls/AgentStates.h"
#include "core/model/User.h"
#include "core/site/Defaults.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTimer>
#include <QUdpSocket>
#include <catch2/catch.hpp>

namespace threerings::test {

int SippRun::countMessages(const QString& firstLine) const
{
    // In the trace every message follows a line "... message sent|received ..." and a blank line.
    int n = 0;
    const QStringList lines = trace.split(QLatin1Char('\n'));
    for (int i = 0; i + 1 < lines.size(); ++i) {
        const QString& l = lines.at(i);
        if (!(l.contains(QLatin1String("message sent")) || l.contains(QLatin1String("message received"))))
            continue;
        int j = i + 1;
        while (j < lines.size() && lines.at(j).trimmed().isEmpty())
            ++j;
        if (j < lines.size() && lines.at(j).trimmed().startsWith(firstLine))
            ++n;
    }
    return n;
}

QString sippProgram()
{
    return QStringLiteral(THREERINGS_SIPP);
}

QString scenario(const QString& name)
{
    return QStringLiteral(THREERINGS_SIP_SCENARIOS "/") + name;
}

namespace {

// Waits for sipp (running the event loop meanwhile), then collects its exit code, output, trace and errors.
SippRun collect(QProcess& sipp, const QString& messages, const QString& errors, int timeoutMs)
{
    SippRun run;
    QElapsedTimer clock;
    clock.start();
    while (sipp.state() != QProcess::NotRunning && clock.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        sipp.waitForFinished(5);
    }
    if (sipp.state() != QProcess::NotRunning) {
        run.timedOut = true;
        sipp.kill();
        sipp.waitForFinished(2000);
    }
    run.exitCode = sipp.exitStatus() == QProcess::NormalExit ? sipp.exitCode() : -1;
    run.output = QString::fromLocal8Bit(sipp.readAll());
    QFile m(messages);
    if (m.open(QIODevice::ReadOnly))
        run.trace = QString::fromUtf8(m.readAll());
    QFile e(errors);
    if (e.open(QIODevice::ReadOnly))
        run.errors = QString::fromUtf8(e.readAll());
    return run;
}

QStringList traceArgs(const QTemporaryDir& dir)
{
    return {QStringLiteral("-nostdin"),
            QStringLiteral("-trace_msg"),
            QStringLiteral("-message_file"),
            dir.filePath(QStringLiteral("messages.log")),
            QStringLiteral("-trace_err"),
            QStringLiteral("-error_file"),
            dir.filePath(QStringLiteral("errors.log"))};
}

} // namespace

SippRun runSipp(const QString& scenarioName, int port, int calls, const QStringList& extra, int timeoutMs)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QProcess sipp;
    sipp.setWorkingDirectory(dir.path());
    sipp.setProcessChannelMode(QProcess::MergedChannels);
    QStringList args{QStringLiteral("-sf"),
                     scenario(scenarioName),
                     QStringLiteral("127.0.0.1:%1").arg(port),
                     QStringLiteral("-i"),
                     QStringLiteral("127.0.0.1"),
                     QStringLiteral("-mi"),
                     QStringLiteral("127.0.0.1"),
                     QStringLiteral("-s"),
                     QStringLiteral("8001"),
                     QStringLiteral("-m"),
                     QString::number(calls),
                     QStringLiteral("-l"),
                     QStringLiteral("1"),
                     QStringLiteral("-r"),
                     QStringLiteral("20"),
                     QStringLiteral("-timeout"),
                     QString::number(timeoutMs / 1000 + 1) + QStringLiteral("s"),
                     QStringLiteral("-timeout_error"),
                     QStringLiteral("-recv_timeout"),
                     QStringLiteral("10000")};
    args += traceArgs(dir);
    args += extra;
    sipp.start(sippProgram(), args);
    REQUIRE(sipp.waitForStarted(5000));
    return collect(sipp, dir.filePath(QStringLiteral("messages.log")),
                   dir.filePath(QStringLiteral("errors.log")), timeoutMs + 5000);
}

SippServer::SippServer(const QString& scenarioName, int localPort, int calls)
{
    REQUIRE(dir.isValid());
    process.setWorkingDirectory(dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    QStringList args{QStringLiteral("-sf"),
                     scenario(scenarioName),
                     QStringLiteral("-i"),
                     QStringLiteral("127.0.0.1"),
                     QStringLiteral("-p"),
                     QString::number(localPort),
                     QStringLiteral("-m"),
                     QString::number(calls),
                     QStringLiteral("-timeout"),
                     QStringLiteral("30s"),
                     QStringLiteral("-timeout_error")};
    args += traceArgs(dir);
    process.start(sippProgram(), args);
    REQUIRE(process.waitForStarted(5000));
}

SippRun SippServer::finish(int timeoutMs)
{
    return collect(process, dir.filePath(QStringLiteral("messages.log")),
                   dir.filePath(QStringLiteral("errors.log")), timeoutMs);
}

int freeUdpPort()
{
    QUdpSocket socket;
    REQUIRE(socket.bind(QHostAddress::LocalHost, 0));
    return socket.localPort();
}

SipConsole::SipConsole(SipConfig::NotReady whenNotReady, RingCadence cadence, bool recordCalls,
                       const std::function<void(SipConfig&)>& tweak)
{
    REQUIRE(sipDir.isValid());
    REQUIRE(Defaults::ensure(*t.db, t.clock));
    User u;
    u.jobNumber = QStringLiteral("1001");
    u.name = QStringLiteral("王芳");
    auto stored = UserRepository(*t.db, t.clock).insert(u, {});
    REQUIRE(stored);
    agent = actorWith(QStringLiteral("agent"), stored->meta.id);

    SipConfig c;
    c.listenAddress = QStringLiteral("127.0.0.1");
    c.port = -1;
    c.nullAudio = true;
    c.noRtpTimeoutS = 600; // sipp sends no audio
    c.dataDir = sipDir.path();
    c.whenNotReady = whenNotReady;
    c.recordCalls = recordCalls; // to <sipDir>/recordings
    if (tweak)
        tweak(c);
    line = std::make_unique<SipLine>(c);
    QSignalSpy started(line.get(), &SipLine::started);
    QSignalSpy failed(line.get(), &SipLine::startFailed);
    line->start();
    REQUIRE((started.wait(15000) || !started.isEmpty()));
    REQUIRE(failed.isEmpty());
    REQUIRE(line->udpPort() > 0);

    tracker = std::make_unique<CallTracker>(*line, clock, cadence);
    CallSession::Options options;
    options.wrapUpMs = 0; // Ready again as soon as a call ends
    session = std::make_unique<CallSession>(*t.db, clock, *tracker, options);
    REQUIRE(session->start(agent));
    REQUIRE(session->states().setReady()); // agents sign in Not Ready
}

SipConsole::~SipConsole()
{
    session.reset();
    tracker.reset();
    line.reset();
}

bool SipConsole::waitIdle(int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (tracker->state() != CallTracker::State::Idle && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    for (int i = 0; i < 10; ++i) // the record is written on the next turns of the loop
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return tracker->state() == CallTracker::State::Idle;
}

SippRun SipConsole::call(const QString& scenarioName, int calls)
{
    SippRun run = runSipp(scenarioName, port(), calls);
    run.consoleIdle = waitIdle();
    return run;
}

void SipConsole::autoAnswerAt(int ring)
{
    QObject::connect(tracker.get(), &CallTracker::ringStarted, tracker.get(), [this, ring](int r) {
        if (r >= ring && tracker->state() == CallTracker::State::Ringing)
            (void)tracker->answer();
    });
}

QList<QVariantMap> SipConsole::calls() const
{
    QList<QVariantMap> rows;
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT * FROM calls ORDER BY ring_at")));
    while (q.next()) {
        QVariantMap row;
        const QSqlRecord r = q.record();
        for (int i = 0; i < r.count(); ++i)
            row.insert(r.fieldName(i), q.value(i));
        rows << row;
    }
    return rows;
}

} // namespace threerings::test
