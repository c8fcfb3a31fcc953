#pragma once

#include "core/calls/Line.h"
#include "core/model/Call.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <optional>

namespace threerings {

class CallRepository;
class Clock;

// Keeps the call record true to the call as it goes: inserted the moment it rings, updated when it is
// answered, held, resumed and when it ends. A console killed mid-call leaves the record as of its last step
// (recoverInterrupted() closes it at the next start).
class CallRecorder
{
    Q_DECLARE_TR_FUNCTIONS(CallRecorder)

public:
    CallRecorder(CallRepository& calls, const Clock& clock);

    // The agent whose console rings; stamped on the record and as its writer (empty: nobody signed in).
    void setAgent(const QString& agentId) { m_agentId = agentId; }
    // Whether the line's callers are pretend ones (Line::isSimulated); stamped on every record.
    void setSimulated(bool simulated) { m_simulated = simulated; }

    // With `saveNow` false the record is kept in memory until flush() (or the next step) writes it, so the
    // banner can be painted before the disk is waited on.
    Status ringing(const QString& callerNumber, const QString& customerId, const QDateTime& ringAt,
                   bool saveNow = true);
    // What a call the console places is for.
    struct Dial
    {
        CallPurpose purpose = CallPurpose::Manual;
        QString recordKind; // RecordKind key of the record it serves, if any
        QString recordId;
    };
    // The console placed a call to `number` (stored at once, direction out).
    Status dialling(const QString& number, const QString& customerId, const QDateTime& at, const Dial& dial);
    // Writes a record that ringing() kept in memory; nothing when it is already stored.
    Status flush();
    Status answered(const QDateTime& at, int ringsAtAnswer);
    Status held(const QDateTime& at);
    Status resumed(const QDateTime& at);
    // Rang past the ring-no-answer limit: not answered by this agent. The end follows.
    void markRingNoAnswer() { m_ringNoAnswer = true; }
    // The stored result of a failed dial.
    static DialResult dialResultOf(Line::DialFailure failure);
    // `failure`: a dialled call nobody answered, and why.
    Status ended(const QDateTime& at, Line::Party by, std::optional<Line::DialFailure> failure = {});
    // The caller turned out to be (or was just entered as) this customer.
    Status setCustomer(const QString& customerId);
    // The agent's notes on the call (calls.summary): on the call on the line, or, once it ended, on the last.
    Status setSummary(const QString& summary);
    // The category and outcome the agent chose in wrap-up, on the call on the line or the last one.
    Status classify(std::optional<Category> category, CallOutcome outcome);
    // The file the call on the line is being recorded to (calls.recording_path).
    Status setRecording(const QString& path);

    // The record of the call on the line, as last saved.
    const std::optional<Call>& current() const { return m_call; }
    // The record of the last call that ended.
    const std::optional<Call>& last() const { return m_last; }

    // Closes the records a killed console left open (rang, maybe answered, never ended) for `agentId`:
    // ended at their last update, hung up by the line. Returns how many.
    static Result<int> recoverInterrupted(CallRepository& calls, const QString& agentId);

private:
    Status save();

    CallRepository& m_calls;
    const Clock& m_clock;
    QString m_agentId;
    std::optional<Call> m_call;
    std::optional<Call> m_last;
    QDateTime m_holdStart;
    bool m_ringNoAnswer = false;
    bool m_simulated = false;
};

} // namespace threerings
