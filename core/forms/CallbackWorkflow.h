#pragma once

#include "core/auth/Actor.h"
#include "core/forms/CallbackPolicy.h"
#include "core/forms/CallbackRepository.h"
#include "core/forms/ProblemFormWorkflow.h"
#include "core/forms/WorkQueries.h"
#include "core/model/Call.h"
#include "core/model/CallbackRecord.h"
#include "core/settings/SettingsRepository.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace threerings {

// What the agent writes after a callback (用户回访统计表).
struct CallbackReport
{
    CallbackOutcome outcome = CallbackOutcome::None; // working, not working or unreachable
    QString customerWords; // 回访结果: what the customer said, in their own words
    QString evaluation;    // 对工程评价
    QString faultLevel;    // 故障等级
    QString repairer;      // 维修人; the handler who resolved the form when left empty
    QString remarks;
    QString technicalManager;
};

// One line of the day's callback list.
struct CallbackTask
{
    CallbackRecord record;
    bool callableNow = true; // false while an unreachable customer's retry time has not come
};

// The next-day callbacks (SPEC §3: every fault of day D is called back on day D+1). The records are
// created when a form is resolved (ProblemFormWorkflow::resolve, by the CallbackPolicy), so the day's
// list is the rows due that day plus retries carried over. A "not working" callback reopens the form and
// notifies its handler in the same transaction; an unreachable customer is counted and tried again no
// sooner than the policy's retry hours, and closed as unreachable after its last attempt.
class CallbackWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(CallbackWorkflow)

public:
    CallbackWorkflow(Database& db, const Clock& clock, ProblemFormWorkflow& forms);

    // The callback list of `day`: due that day or before and not done, by due day and form number.
    Result<QList<CallbackTask>> listFor(const Actor& actor, const QDate& day) const;
    // Records one attempt. Returns the callback as stored.
    Result<CallbackRecord> record(const Actor& actor, const QString& callbackId,
                                  const CallbackReport& report);

    // The callback the agent may dial now (needs WriteForms): not done, with a phone, and not before an
    // unreachable customer's retry time ("no dialling the same number over and over").
    Result<CallbackRecord> dialable(const Actor& actor, const QString& callbackId) const;
    // A call placed for a callback ended unanswered (busy, no answer, rejected, unreachable): counted as an
    // unreachable attempt by itself. Nothing for any other call. Returns whether an attempt was recorded.
    Result<bool> recordDial(const Actor& actor, const Call& call);
    // What the callback script's placeholders stand for on this callback: the unit, the agent's job number,
    // the customer, yesterday's device and the number of the engineer who repaired it.
    // `language`: the script's, for the day of the repair ({repair_day}: 昨天, 前天, 10月3日 …).
    QVariantMap scriptContext(const Actor& actor, const CallbackRecord& callback,
                              const QString& language = QStringLiteral("zh_CN")) const;

    CallbackPolicy policy() const { return CallbackPolicy::load(m_settings); }
    // Admins only; see CallbackPolicy::save.
    Status setPolicy(const Actor& actor, const CallbackPolicy& policy);

private:
    // The callback to record or dial: WriteForms, not done, in a state this version knows.
    Result<CallbackRecord> openOne(const Actor& actor, const QString& callbackId) const;
    // Refused while an unreachable customer's retry time has not come.
    Status notTooSoon(const CallbackRecord& cb) const;

    Database& m_db;
    const Clock& m_clock;
    ProblemFormWorkflow& m_forms;
    CallbackRepository m_callbacks;
    SettingsRepository m_settings;
    WorkQueries m_queries;
};

} // namespace threerings
