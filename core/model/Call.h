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

// One ringing of the line, answered or abandoned.
struct Call
{
    Q_DECLARE_TR_FUNCTIONS(Call)

public:
    RecordMeta meta;
    QString direction = QStringLiteral("in"); // in, out (callbacks)
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

    bool answered() const { return answeredAt.isValid(); }
    // Whether the record can be saved; the message names the field and the fix.
    Status validate() const;
};

} // namespace threerings
