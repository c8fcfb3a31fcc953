#pragma once

#include "core/db/RecordMeta.h"
#include "core/model/Category.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace threerings {

// Who ended a call (calls.hung_up_by). Unknown while the call is still open (stored as ''), and for
// text this version does not know.
enum class HungUpBy
{
    Caller,
    Agent,
    Line, // the line dropped it, or the console closed a call it found still open
    Unknown,
};

// The one table between HungUpBy and calls.hung_up_by: "caller", "agent", "line"; '' for Unknown.
QString hungUpByText(HungUpBy by);
HungUpBy hungUpByFromText(QStringView text);

// How a call ended for the hotline (calls.outcome), chosen by the agent in wrap-up.
enum class CallOutcome
{
    None,         // not chosen yet
    Solved,       // solved on the phone
    Form,         // a problem form was opened
    Consultation, // a consultation was logged
    Complaint,    // a complaint was taken
    WrongNumber,  // 打错电话
    Nuisance,     // silent or nuisance
};

class CallOutcomes
{
    Q_DECLARE_TR_FUNCTIONS(CallOutcomes)

public:
    static QString key(CallOutcome o); // '' for None
    static CallOutcome fromKey(QStringView key);
    static QString label(CallOutcome o);
    // Every outcome an agent can choose, in the order of the wrap-up's keys.
    static QList<CallOutcome> choices();
    // A wrong number or a nuisance call is no real call: it needs no category and the tally counts it apart.
    static bool isRealCall(CallOutcome o)
    {
        return o != CallOutcome::WrongNumber && o != CallOutcome::Nuisance;
    }
};

// Why the console placed an outgoing call (calls.purpose); None for an incoming call, Unknown for text this
// version does not know.
enum class CallPurpose
{
    None,
    Callback,          // the next-day callback of a resolved problem form
    ComplaintCallback, // a complaint's callback
    Chase,             // a late form: the handler, then the caller
    Redial,            // the line dropped a call this console placed
    Manual,            // a number the agent typed or pasted
    Unknown,
};

// How the dialling of an outgoing call went (calls.dial_result); None while it rings and for incoming calls.
enum class DialResult
{
    None,
    Answered,
    Busy,
    NoAnswer,
    Rejected,
    Unreachable, // the number does not exist or the network failed
    Cancelled,   // the agent hung up before anyone answered
    Unknown,
};

class CallPurposes
{
    Q_DECLARE_TR_FUNCTIONS(CallPurposes)

public:
    static QString key(CallPurpose p); // '' for None and Unknown
    // None (stored as '') and every purpose.
    static CallPurpose fromKey(QStringView key);
    static QString label(CallPurpose p);
    static QList<CallPurpose> all();
};

class DialResults
{
    Q_DECLARE_TR_FUNCTIONS(DialResults)

public:
    static QString key(DialResult r); // '' for None and Unknown
    // None (stored as '') and every result.
    static DialResult fromKey(QStringView key);
    static QString label(DialResult r);
    static QList<DialResult> all();
    // Nobody took the call (busy, no answer, rejected, unreachable): an unreachable attempt of its record.
    static bool unreached(DialResult r)
    {
        return r == DialResult::Busy || r == DialResult::NoAnswer || r == DialResult::Rejected ||
               r == DialResult::Unreachable;
    }
};

// One ringing of the line, answered or abandoned, or a call the console placed.
struct Call
{
    Q_DECLARE_TR_FUNCTIONS(Call)

public:
    RecordMeta meta;
    QString direction = QStringLiteral("in"); // in, out (placed by the console)
    QString callerNumber;                     // E.164 when it could be normalized, else as received
    QString customerId;
    QString agentId;
    QDateTime ringAt;
    QDateTime answeredAt; // invalid while ringing or when abandoned
    std::optional<int> ringsAtAnswer;
    qint64 holdMs = 0;
    QDateTime endedAt;
    HungUpBy hungUpBy = HungUpBy::Unknown;
    bool abandoned = false;        // the caller hung up while it rang
    bool ringNoAnswer = false;     // rang past the limit on the agent's console: not answered by this agent
    bool agentHungUpFirst = false; // the agent ended an answered call before the caller (SPEC §2.9)
    std::optional<Category> category;
    CallOutcome outcome = CallOutcome::None;
    QString summary;
    QString recordingPath; // the call's audio file when the line recorded it (SIP line), else empty
    // Taken on the simulated line (--simulate: demos, training): left out of the supervisor's reports, the
    // exports and replication. The demo data's calls are history, not the simulated line: false.
    bool simulated = false;
    // An outgoing call: why, for which record, and how the dialling went.
    CallPurpose purpose = CallPurpose::None;
    QString recordKind; // a RecordKind's key: callback, complaint, problem_form
    QString recordId;
    DialResult dialResult = DialResult::None;

    bool outgoing() const { return direction == QLatin1String("out"); }
    bool answered() const { return answeredAt.isValid(); }
    // Whether the record can be saved; the message names the field and the fix.
    Status validate() const;
};

} // namespace threerings
