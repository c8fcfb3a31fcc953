#include "core/forms/CallbackWorkflow.h"

#include "core/auth/Permissions.h"
#include "core/auth/UserRepository.h"
#include "core/customers/DeviceRepository.h"
#include "core/db/Transaction.h"
#include "core/forms/ProblemFormRepository.h"
#include "core/model/Validation.h"
#include "core/util/Clock.h"
#include "core/words/Script.h"

namespace threerings {

CallbackWorkflow::CallbackWorkflow(Database& db, const Clock& clock, ProblemFormWorkflow& forms)
    : m_db(db), m_clock(clock), m_forms(forms), m_callbacks(db, clock), m_settings(db, clock),
      m_queries(db, clock)
{}

Result<QList<CallbackTask>> CallbackWorkflow::listFor(const Actor& actor, const QDate& day) const
{
    if (Status s = Permissions::require(actor, Action::ReadLiveRecords); !s)
        return s.error();
    auto rows = m_queries.openCallbacksUpTo(day);
    if (!rows)
        return rows.error();
    const QDateTime now = m_clock.now();
    QList<CallbackTask> list;
    for (const CallbackRecord& r : *rows)
        list.append({r, !r.nextAttemptAt.isValid() || r.nextAttemptAt <= now});
    return list;
}

Status CallbackWorkflow::setPolicy(const Actor& actor, const CallbackPolicy& policy)
{
    return policy.save(m_settings, actor);
}

Status CallbackWorkflow::notTooSoon(const CallbackRecord& cb) const
{
    if (!cb.nextAttemptAt.isValid() || m_clock.now() >= cb.nextAttemptAt)
        return {};
    const QTimeZone zone = m_forms.calendar().timeZone();
    return Error::conflict(
        tr("%1 was tried at %2 and did not answer; call again after %3, not before: the same number is not "
           "dialled again and again.")
            .arg(cb.acceptorName.isEmpty() ? cb.acceptorPhone : cb.acceptorName,
                 cb.lastAttemptAt.toTimeZone(zone).toString(QStringLiteral("HH:mm")),
                 cb.nextAttemptAt.toTimeZone(zone).toString(QStringLiteral("HH:mm"))));
}

Result<CallbackRecord> CallbackWorkflow::openOne(const Actor& actor, const QString& callbackId) const
{
    if (Status s = Permissions::require(actor, Action::WriteForms); !s)
        return s.error();
    auto cb = m_callbacks.get(callbackId);
    if (!cb)
        return cb.error();
    if (cb->state == CallbackState::Done)
        return Error::conflict(
            tr("The callback of form %1 is already done; nothing to record.").arg(cb->formNumber));
    if (cb->state == CallbackState::Unknown)
        return Error::conflict(tr("The callback of form %1 is in a state this version of ThreeRings does not "
                                  "know; record it on a console of the newer version.")
                                   .arg(cb->formNumber));
    return cb;
}

Result<CallbackRecord> CallbackWorkflow::dialable(const Actor& actor, const QString& callbackId) const
{
    auto cb = openOne(actor, callbackId);
    if (!cb)
        return cb.error();
    if (cb->acceptorPhone.trimmed().isEmpty())
        return Error::data(tr("Form %1 has no phone to call back; add the customer's phone on the form.")
                               .arg(cb->formNumber),
                           QStringLiteral("phone"));
    if (Status s = notTooSoon(*cb); !s)
        return s.error();
    return cb;
}

Result<bool> CallbackWorkflow::recordDial(const Actor& actor, const Call& call)
{
    if (call.purpose != CallPurpose::Callback || call.recordId.isEmpty() ||
        !DialResults::unreached(call.dialResult))
        return false;
    CallbackReport report;
    report.outcome = CallbackOutcome::Unreachable;
    report.remarks =
        tr("Dialled at %1: %2.")
            .arg(call.ringAt.toTimeZone(m_forms.calendar().timeZone()).toString(QStringLiteral("HH:mm")),
                 DialResults::label(call.dialResult));
    auto stored = record(actor, call.recordId, report);
    if (!stored)
        return stored.error();
    return true;
}

Result<CallbackRecord> CallbackWorkflow::record(const Actor& actor, const QString& callbackId,
                                                const CallbackReport& report)
{
    using V = Validation;
    auto cb = openOne(actor, callbackId);
    if (!cb)
        return cb.error();
    if (report.outcome == CallbackOutcome::None)
        return Error::data(tr("Choose the callback outcome: working, not working or unreachable."),
                           QStringLiteral("outcome"));
    if (Status s = V::known(
            QStringLiteral("outcome"), tr("callback outcome"), report.outcome != CallbackOutcome::Unknown,
            {callbackOutcomeText(CallbackOutcome::Working), callbackOutcomeText(CallbackOutcome::NotWorking),
             callbackOutcomeText(CallbackOutcome::Unreachable)});
        !s)
        return s.error();
    const bool reached = report.outcome != CallbackOutcome::Unreachable;
    if (reached) {
        if (Status s =
                V::required(QStringLiteral("result"), tr("the customer's own words"), report.customerWords);
            !s)
            return s.error();
    }
    if (Status s = V::first({
            V::maxLength(QStringLiteral("result"), tr("the customer's own words"), report.customerWords,
                         V::LongTextLength),
            V::maxLength(QStringLiteral("evaluation"), tr("evaluation"), report.evaluation,
                         V::LongTextLength),
            V::maxLength(QStringLiteral("fault_level"), tr("fault level"), report.faultLevel, V::NameLength),
            V::maxLength(QStringLiteral("repairer"), tr("repairer"), report.repairer, V::NameLength),
            V::maxLength(QStringLiteral("remarks"), tr("remarks"), report.remarks, V::LongTextLength),
            V::maxLength(QStringLiteral("technical_manager"), tr("technical manager"),
                         report.technicalManager, V::NameLength),
        });
        !s)
        return s.error();

    const QDateTime now = m_clock.now();
    if (Status s = notTooSoon(*cb); !s)
        return s.error();

    const CallbackPolicy policy = CallbackPolicy::load(m_settings);
    cb->attempts += 1;
    cb->lastAttemptAt = now;
    cb->callbackAgentId = actor.stamp();
    cb->outcome = report.outcome;
    if (!report.remarks.isEmpty())
        cb->remarks = report.remarks;
    if (!report.repairer.isEmpty())
        cb->repairer = report.repairer;
    if (!report.technicalManager.isEmpty())
        cb->technicalManager = report.technicalManager;
    if (reached) {
        cb->result = report.customerWords;
        cb->evaluation = report.evaluation;
        cb->faultLevel = report.faultLevel;
        cb->calledOn = now.toTimeZone(m_forms.calendar().timeZone()).date();
        cb->state = CallbackState::Done;
        cb->nextAttemptAt = {};
    } else if (cb->attempts >= policy.maxAttempts) {
        cb->state = CallbackState::Done;
        cb->nextAttemptAt = {};
        cb->calledOn = now.toTimeZone(m_forms.calendar().timeZone()).date();
        if (cb->remarks.isEmpty())
            cb->remarks = tr("Unreachable after %1 attempts.").arg(cb->attempts);
    } else {
        cb->state = CallbackState::Retry;
        cb->nextAttemptAt = now.addSecs(qint64(policy.retryHours) * 3600);
    }

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    auto saved = m_callbacks.update(*cb, actor.stamp());
    if (!saved)
        return saved.error();
    if (report.outcome == CallbackOutcome::NotWorking) {
        auto reopened = m_forms.reopen(actor, cb->formId, report.customerWords);
        if (!reopened)
            return reopened.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return saved;
}

QVariantMap CallbackWorkflow::scriptContext(const Actor& actor, const CallbackRecord& callback,
                                            const QString& language) const
{
    QVariantMap context{{QStringLiteral("unit_name"), m_settings.get(Setting::UnitName)},
                        {QStringLiteral("job_number"), actor.jobNumber},
                        {QStringLiteral("caller_name"), callback.acceptorName}};
    // Yesterday's form, device and engineer are live records: only for whoever may read them.
    if (!Permissions::allows(actor, Action::ReadLiveRecords))
        return context;
    auto form = ProblemFormRepository(m_db, m_clock).get(callback.formId);
    if (!form)
        return context;
    if (!form->deviceId.isEmpty()) {
        if (auto device = DeviceRepository(m_db, m_clock).get(form->deviceId))
            context.insert(QStringLiteral("device"), device->product);
    }
    if (form->resultAt.isValid()) {
        const QTimeZone zone = m_forms.calendar().timeZone();
        context.insert(QStringLiteral("repair_day"),
                       Script::dayWords(form->resultAt.toTimeZone(zone).date(),
                                        m_clock.now().toTimeZone(zone).date(), language));
    }
    const QString engineer = !form->resultBy.isEmpty() ? form->resultBy : form->handlerId;
    if (!engineer.isEmpty()) {
        if (auto user = UserRepository(m_db, m_clock).get(engineer))
            context.insert(QStringLiteral("engineer_number"), user->jobNumber);
    }
    return context;
}

} // namespace threerings
