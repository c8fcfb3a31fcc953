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
    // The call's audio is being recorded to `path` (a line that records calls, e.g. the SIP line).
    void callRecording(const QString& callId, const QString& path);
};

} // namespace threerings
