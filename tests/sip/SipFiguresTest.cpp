#include "SipHarness.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>

using namespace threerings;
using namespace threerings::test;

namespace {

// When sipp sent or received each message, by Call-ID and first line, in ms since the epoch with µs
// (from the "----- yyyy-MM-dd HH:mm:ss.uuuuuu" line, local time, sipp writes before each message with
// -trace_msg).
struct TraceTimes
{
    QHash<QString, double> inviteSent;
    QHash<QString, double> ringingReceived;
};

TraceTimes parseTrace(const QString& trace)
{
    TraceTimes t;
    static const QRegularExpression stampRe(
        QStringLiteral(R"((\d{4})-(\d{2})-(\d{2})\s+(\d{2}):(\d{2}):(\d{2})\.(\d{6}))"));
    static const QRegularExpression callId(QStringLiteral(R"(^\s*Call-ID:\s*(\S+))"),
                                           QRegularExpression::MultilineOption |
                                               QRegularExpression::CaseInsensitiveOption);
    const QStringList blocks = trace.split(QStringLiteral("\n-----"));
    for (const QString& block : blocks) {
        const int eol = block.indexOf(QLatin1Char('\n'));
        const auto stamp = stampRe.match(block.left(eol));
        if (!stamp.hasMatch())
            continue;
        auto n = [&](int i) { return stamp.captured(i).toInt(); };
        const QDateTime at(QDate(n(1), n(2), n(3)), QTime(n(4), n(5), n(6)), Qt::LocalTime);
        const double ms = double(at.toMSecsSinceEpoch()) + stamp.captured(7).toDouble() / 1000.0;
        const auto id = callId.match(block);
        if (!id.hasMatch())
            continue;
        QString first;
        for (const QString& line : block.mid(eol + 1).split(QLatin1Char('\n'))) {
            if (line.contains(QLatin1String("message sent")) ||
                line.contains(QLatin1String("message received")) || line.trimmed().isEmpty())
                continue;
            first = line.trimmed();
            break;
        }
        const bool sent = block.contains(QLatin1String("message sent"));
        if (sent && first.startsWith(QLatin1String("INVITE ")) && !t.inviteSent.contains(id.captured(1)))
            t.inviteSent.insert(id.captured(1), ms);
        if (!sent && first.startsWith(QLatin1String("SIP/2.0 180")) &&
            !t.ringingReceived.contains(id.captured(1)))
            t.ringingReceived.insert(id.captured(1), ms);
    }
    return t;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return -1.0;
    std::sort(values.begin(), values.end());
    const auto i = static_cast<qsizetype>(std::min<double>(values.size() - 1, p * (values.size() - 1) + 0.5));
    return values.at(i);
}

void measure(int calls)
{
    SipConsole console;
    QHash<QString, double> banner; // when the console showed the ringing call, by SIP Call-ID
    QObject::connect(console.tracker.get(), &CallTracker::stateChanged, console.tracker.get(),
                     [&](CallTracker::State s) {
                         if (s == CallTracker::State::Ringing)
                             banner.insert(console.tracker->callId(),
                                           double(std::chrono::duration_cast<std::chrono::microseconds>(
                                                      std::chrono::system_clock::now().time_since_epoch())
                                                      .count()) /
                                               1000.0);
                     });
    const SippRun run = runSipp(QStringLiteral("ring_and_cancel.xml"), console.port(), calls,
                                {QStringLiteral("-r"), QStringLiteral("4")}, 60'000 + calls * 400);
    INFO("sipp output: " << run.output.right(3000).toStdString());
    REQUIRE(run.exitCode == 0);
    REQUIRE(console.waitIdle());

    const TraceTimes t = parseTrace(run.trace);
    QList<double> toRinging;
    QList<double> toBanner;
    for (auto it = t.inviteSent.cbegin(); it != t.inviteSent.cend(); ++it) {
        if (t.ringingReceived.contains(it.key()))
            toRinging << t.ringingReceived.value(it.key()) - it.value();
        if (banner.contains(it.key()))
            toBanner << banner.value(it.key()) - it.value();
    }
    // Every call rang, reached the console and was stored.
    CHECK(toRinging.size() == calls);
    CHECK(toBanner.size() == calls);
    CHECK(console.calls().size() == calls);
    std::printf("figure=sip_invite_to_180_ms calls=%d p50=%.2f p99=%.2f\n", calls,
                percentile(toRinging, 0.50), percentile(toRinging, 0.99));
    std::printf("figure=sip_invite_to_banner_ms calls=%d p50=%.2f p99=%.2f\n", calls,
                percentile(toBanner, 0.50), percentile(toBanner, 0.99));
    std::fflush(stdout);
}

} // namespace

// The smoke run in ctest (a few calls); `sip_tests "[.figures]"` places 100 calls for the figures. Times are
// printed, never asserted.
TEST_CASE("SIP figures smoke run over a few calls", "[sip][figures-smoke]")
{
    measure(5);
}

TEST_CASE("SIP figures over 100 calls", "[.figures]")
{
    measure(100);
}
