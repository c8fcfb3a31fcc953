#pragma once

#include "core/calls/Line.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QTimer>
#include <functional>
#include <optional>

namespace threerings {

class Clock;

// A line with pretend callers, for demos, training and tests. It carries one call at a time.
//
// Tests drive it by hand (placeIncomingCall, callerHangsUp) or by moving the injected clock and calling
// tick(). A schedule places a call every few seconds from a list of numbers; a caller who is not answered
// gives up after a random but bounded time, and one who is answered hangs up after a while (the agent
// waits for the caller to hang up first, SPEC §2.9). Randomness is injected too.
class SimulatedLine final : public Line
{
    Q_OBJECT

public:
    // Returns a number in [lo, hi].
    using Random = std::function<qint64(qint64 lo, qint64 hi)>;

    // How the pretend callers behave, in milliseconds. A zero maximum means "never": the caller waits forever
    // or stays on the line until the agent hangs up.
    struct Behaviour
    {
        qint64 giveUpMinMs = 20'000;
        qint64 giveUpMaxMs = 60'000;
        qint64 talkMinMs = 20'000;
        qint64 talkMaxMs = 60'000;
        // The people the console dials: answer after this long, or are busy / never answer by these odds
        // (percent); one who never answers rings out after noAnswerAfterMs.
        qint64 calleeAnswerMinMs = 4'000;
        qint64 calleeAnswerMaxMs = 12'000;
        int calleeBusyPercent = 10;
        int calleeNoAnswerPercent = 15;
        qint64 noAnswerAfterMs = 30'000;
    };

    // What the next person dialled does (tests and demos queue them; the odds decide when none is queued).
    enum class Callee
    {
        Answers,
        Busy,
        NoAnswer,
        Rejects,
        Unreachable,
    };

    enum class CallState
    {
        Ringing,
        Connected,
        OnHold
    };

    SimulatedLine(const Clock& clock, Behaviour behaviour, Random random = {}, QObject* parent = nullptr);
    explicit SimulatedLine(const Clock& clock, QObject* parent = nullptr);
    ~SimulatedLine() override;

    QString displayName() const override;
    bool isSimulated() const override { return true; }
    Status answer(const QString& callId) override;
    Status hangUp(const QString& callId) override;
    Status hold(const QString& callId) override;
    Status resume(const QString& callId) override;
    Status transfer(const QString& callId, const QString& number) override;
    bool canDial() const override { return true; }
    // The other end rings at once and responds as the queue or the odds say, when the clock reaches it.
    Result<QString> dial(const QString& number) override;
    // The next dialled numbers respond in this order.
    void queueCallees(const QList<Callee>& callees) { m_callees.append(callees); }
    // The schedule places no call while the agent is unavailable (Not Ready, wrap-up); it rings again a
    // short while after the agent becomes available.
    void setAgentAvailable(bool available) override;
    bool isAgentAvailable() const { return m_available; }

    // A caller dials in. Returns the new call's id, or an error when a call is already on the line.
    // (On a dialled call callerHangsUp() is the other end hanging up.)
    Result<QString> placeIncomingCall(const QString& number);
    // The caller hangs up: an abandoned call while ringing, an ordinary end once connected.
    Status callerHangsUp(const QString& callId);
    // The line drops the call.
    Status dropCall(const QString& callId);

    // Places a call from `numbers` (in turn) every `intervalMs`, the first one after `firstDelayMs`.
    // When the line is busy at that moment the call comes a short while after the current one ends.
    void startSchedule(const QStringList& numbers, qint64 intervalMs, qint64 firstDelayMs);
    void stopSchedule();
    bool isScheduleRunning() const { return m_schedule.has_value(); }

    bool hasCall() const { return m_call.has_value(); }
    QString currentCallId() const { return m_call ? m_call->id : QString(); }
    std::optional<CallState> currentCallState() const;

    // Does whatever is due at the clock's time: a caller giving up or hanging up, the next scheduled call.
    // A timer calls it while the line has work; tests call it after moving their clock.
    void tick();

private:
    struct Call
    {
        QString id;
        QString number;
        CallState state = CallState::Ringing;
        std::optional<QDateTime> callerLeavesAt; // give up while ringing, or hang up once connected
        qint64 talkLeftMs = 0;                   // kept while on hold, so holding does not use up the talk
        bool outgoing = false;
        Callee callee = Callee::Answers;
        std::optional<QDateTime> calleeRespondsAt; // a dialled call: when the other end answers or fails
    };
    struct Schedule
    {
        QStringList numbers;
        qint64 intervalMs = 0;
        int next = 0;
        QDateTime dueAt;
    };

    Status checkCall(const QString& callId) const;
    std::optional<QDateTime> randomDeadline(qint64 minMs, qint64 maxMs) const;
    void endCall(Line::Party by);
    // The dialled call's other end responds now: answers, or the call fails and ends.
    void calleeResponds();
    void updateTimer();

    const Clock& m_clock;
    Behaviour m_behaviour;
    Random m_random;
    std::optional<Call> m_call;
    std::optional<Schedule> m_schedule;
    QList<Callee> m_callees;
    QTimer m_timer;
    bool m_available = true;
};

} // namespace threerings
