#pragma once

#include "core/util/Result.h"

#include <QObject>
#include <QString>

namespace threerings {

// A phone line the console answers: the simulated one for demos and training, a SIP line later.
// The line reports what happens to calls; it does not count rings (the console derives the ring count
// from the cadence, see RingCounter) and it does not store anything.
//
// Every incomingCall() is followed by exactly one callEnded() for the same call id. A caller who
// gives up before the call is answered first causes callerGoneWhileRinging() (the abandoned call),
// then callEnded(id, Party::Caller).
//
// A line that places calls (canDial()) reports a dialled call as outgoingCall(), then remoteRinging() when
// the other end rings, then callAnswered() or callFailed(), and exactly one callEnded(). On an outgoing
// call Party::Caller is the other end (the customer or handler the agent called).
class Line : public QObject
{
    Q_OBJECT

public:
    // Who ended a call.
    enum class Party
    {
        Caller, // the caller hung up (or gave up while it rang)
        Agent,  // the console hung up or transferred the call away
        Line,   // the line dropped it (network, trunk, device)
    };
    Q_ENUM(Party)

    // Why a dialled call was never answered.
    enum class DialFailure
    {
        Busy,        // 486, 600
        NoAnswer,    // 480, 408: rang out
        Rejected,    // 603: the other end declined it
        Unreachable, // 404, 484, 503 …: no such number, or the network failed
        Cancelled,   // the agent hung up before anyone answered
    };
    Q_ENUM(DialFailure)

    using QObject::QObject;
    ~Line() override = default;

    // A short name for the status bar, e.g. "Simulated line".
    virtual QString displayName() const = 0;
    // Whether the callers are pretend ones (SimulatedLine): their calls are stored marked simulated
    // (Call::simulated), so reports, exports and replication leave them out.
    virtual bool isSimulated() const { return false; }

    // Each returns an error (and changes nothing) when the call is unknown or not in a state that allows it.
    virtual Status answer(const QString& callId) = 0;
    virtual Status hangUp(const QString& callId) = 0;
    virtual Status hold(const QString& callId) = 0;
    virtual Status resume(const QString& callId) = 0;
    // Hands the connected call to another number; the call then ends here (Party::Agent).
    virtual Status transfer(const QString& callId, const QString& number) = 0;
    // Whether the line places calls.
    virtual bool canDial() const { return false; }
    // Places a call to `number` (E.164); returns its id. An error (and nothing dialled) when the line cannot
    // dial or already carries a call.
    virtual Result<QString> dial(const QString& number)
    {
        Q_UNUSED(number)
        return Error::usage(tr("This line cannot place calls."));
    }
    // Whether the agent at this console may be offered calls (only a Ready agent is). A line that routes
    // calls (a queue, the simulated schedule) offers them elsewhere or later meanwhile; the default does
    // nothing and the console declines what still arrives.
    virtual void setAgentAvailable(bool available) { Q_UNUSED(available) }

Q_SIGNALS:
    void incomingCall(const QString& callId, const QString& callerNumber);
    void callAnswered(const QString& callId);
    void callHeld(const QString& callId);
    void callResumed(const QString& callId);
    void callTransferred(const QString& callId, const QString& number);
    void callerGoneWhileRinging(const QString& callId);
    void callEnded(const QString& callId, threerings::Line::Party hungUpBy);
    // A dialled call: placed, ringing at the other end, never answered (callEnded follows).
    void outgoingCall(const QString& callId, const QString& number);
    void remoteRinging(const QString& callId);
    void callFailed(const QString& callId, threerings::Line::DialFailure why);
    // The call's audio is being recorded to `path` (a line that records calls, e.g. the SIP line).
    void callRecording(const QString& callId, const QString& path);
};

} // namespace threerings
