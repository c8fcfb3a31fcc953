#pragma once

#include "core/calls/Line.h"
#include "core/calls/RingCounter.h"

#include <QDateTime>
#include <QTimer>
#include <optional>

namespace threerings {

class Clock;

// The console's view of the call on its line: whether it rings and for how many rings, since when it is
// connected, and how the last call ended. Views render it; they call answer()/hangUp() on it rather than on
// the line. Time comes from the injected clock; a timer calls tick() while a call is on, and tests may call
// tick() themselves after moving their clock.
class CallTracker : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Ringing,
        Connected,
        OnHold
    };
    Q_ENUM(State)

    // What the console remembers of the call that ended last.
    struct Summary
    {
        QString callId;
        QString callerNumber;
        QDateTime ringStartedAt;
        bool answered = false;
        int ringsAtAnswer = 0; // 0 when not answered
        bool answeredLate = false;
        qint64 talkMs = 0;
        Line::Party endedBy = Line::Party::Caller;
        bool outgoing = false; // placed by the console (callerNumber is the number dialled)
        std::optional<Line::DialFailure> failure; // a dialled call nobody answered
    };

    CallTracker(Line& line, const Clock& clock, RingCadence cadence = RingCadence::china(),
                QObject* parent = nullptr);

    Line& line() const { return m_line; }
    State state() const { return m_state; }
    bool hasCall() const { return m_state != State::Idle; }
    QString callId() const { return m_callId; }
    QString callerNumber() const { return m_number; }
    // A call the console placed: Ringing means it rings at the other end (once remoteRinging()).
    bool isOutgoing() const { return m_outgoing; }
    bool remoteRinging() const { return m_remoteRinging; }
    // How long a placed call has been ringing out, 0 otherwise.
    qint64 diallingMs() const;
    QDateTime ringStartedAt() const { return m_ringStartedAt; }
    QDateTime answeredAt() const { return m_answeredAt; }
    // The ring count now while ringing; frozen at the moment of answering afterwards.
    RingState ringState() const;
    int ringsAtAnswer() const { return m_ringsAtAnswer; }
    // Connected time so far (including hold), 0 before answering.
    qint64 talkMs() const;
    std::optional<Summary> lastCall() const { return m_last; }
    const RingCounter& ringCounter() const { return m_counter; }

    Status answer();
    Status hangUp();
    // Places a call on the line (an error when a call is already on it or the line cannot dial).
    Result<QString> dial(const QString& number);
    // Holds a connected call or resumes a held one.
    Status toggleHold();

    void tick();

Q_SIGNALS:
    void stateChanged(threerings::CallTracker::State state);
    // A new ring began: 1 when the call arrives, then 2, 3, … while nobody answers (incoming calls only).
    void ringStarted(int ring);
    // Emitted on every tick while a call is on, so views can refresh counters.
    void ticked();
    void callFinished(const threerings::CallTracker::Summary& summary);

private:
    void onIncoming(const QString& callId, const QString& number);
    void onAnswered(const QString& callId);
    void onOutgoing(const QString& callId, const QString& number);
    // A call rings here (incoming) or out (placed by the console).
    void begin(const QString& callId, const QString& number, bool outgoing);
    void onEnded(const QString& callId, Line::Party by);
    void setState(State s);
    Status noCall() const;

    Line& m_line;
    const Clock& m_clock;
    RingCounter m_counter;
    QTimer m_timer;
    State m_state = State::Idle;
    QString m_callId;
    QString m_number;
    QDateTime m_ringStartedAt;
    QDateTime m_answeredAt;
    int m_ringsAtAnswer = 0;
    int m_lastRing = 0;
    bool m_outgoing = false;
    bool m_remoteRinging = false;
    std::optional<Line::DialFailure> m_failure;
    std::optional<Summary> m_last;
};

} // namespace threerings
