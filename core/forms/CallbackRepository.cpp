#include "core/forms/CallbackRepository.h"

#include "core/db/SqlValue.h"
#include "core/model/PhoneNumber.h"

namespace threerings {

const RowShape& CallbackRepository::shape()
{
    static const RowShape s(QStringLiteral("callbacks"),
                            {"form_id", "form_number", "outlet_name", "acceptor_phone", "acceptor_name",
                             "due_on", "outcome", "result", "evaluation", "repairer", "fault_level",
                             "remarks", "callback_agent_id", "called_on", "technical_manager", "attempts",
                             "last_attempt_at", "state", "next_attempt_at"});
    return s;
}

QVariantList CallbackRepository::toValues(const CallbackRecord& x)
{
    // In the order of shape().
    return {
        SqlValue::ref(x.formId),
        SqlValue::text(x.formNumber),
        SqlValue::text(x.outletName),
        SqlValue::text(x.acceptorPhone),
        SqlValue::text(x.acceptorName),
        SqlValue::day(x.dueOn),
        SqlValue::text(callbackOutcomeText(x.outcome)),
        SqlValue::text(x.result),
        SqlValue::text(x.evaluation),
        SqlValue::text(x.repairer),
        SqlValue::text(x.faultLevel),
        SqlValue::text(x.remarks),
        SqlValue::ref(x.callbackAgentId),
        SqlValue::day(x.calledOn),
        SqlValue::text(x.technicalManager),
        x.attempts,
        SqlValue::time(x.lastAttemptAt),
        SqlValue::text(callbackStateText(x.state)),
        SqlValue::time(x.nextAttemptAt),
    };
}

CallbackRecord CallbackRepository::fromRow(const QSqlQuery& q)
{
    CallbackRecord x;
    x.meta = readMeta(q);
    x.formId = q.value(QStringLiteral("form_id")).toString();
    x.formNumber = q.value(QStringLiteral("form_number")).toString();
    x.outletName = q.value(QStringLiteral("outlet_name")).toString();
    x.acceptorPhone = q.value(QStringLiteral("acceptor_phone")).toString();
    x.acceptorName = q.value(QStringLiteral("acceptor_name")).toString();
    x.dueOn = SqlValue::toDay(q.value(QStringLiteral("due_on")));
    x.outcome = callbackOutcomeFromText(q.value(QStringLiteral("outcome")).toString());
    x.result = q.value(QStringLiteral("result")).toString();
    x.evaluation = q.value(QStringLiteral("evaluation")).toString();
    x.repairer = q.value(QStringLiteral("repairer")).toString();
    x.faultLevel = q.value(QStringLiteral("fault_level")).toString();
    x.remarks = q.value(QStringLiteral("remarks")).toString();
    x.callbackAgentId = q.value(QStringLiteral("callback_agent_id")).toString();
    x.calledOn = SqlValue::toDay(q.value(QStringLiteral("called_on")));
    x.technicalManager = q.value(QStringLiteral("technical_manager")).toString();
    x.attempts = q.value(QStringLiteral("attempts")).toInt();
    x.lastAttemptAt = SqlValue::toTime(q.value(QStringLiteral("last_attempt_at")));
    x.state = callbackStateFromText(q.value(QStringLiteral("state")).toString());
    x.nextAttemptAt = SqlValue::toTime(q.value(QStringLiteral("next_attempt_at")));
    return x;
}

Result<CallbackRecord> CallbackRepository::insert(CallbackRecord callbackRecord, const QString& actor)
{
    if (!callbackRecord.acceptorPhone.trimmed().isEmpty()) {
        if (auto n = PhoneNumber::normalize(callbackRecord.acceptorPhone))
            callbackRecord.acceptorPhone = n.value();
    }
    if (Status s = callbackRecord.validate(); !s)
        return s.error();
    auto meta = insertRow(shape(), toValues(callbackRecord), actor);
    if (!meta)
        return meta.error();
    callbackRecord.meta = meta.value();
    return callbackRecord;
}

Result<CallbackRecord> CallbackRepository::get(const QString& id) const
{
    return fetchOne<CallbackRecord>(QStringLiteral("SELECT * FROM callbacks WHERE id = ?"), {id}, fromRow,
                                    tr("The callback %1 does not exist; it may have been deleted.").arg(id));
}

Result<CallbackRecord> CallbackRepository::update(CallbackRecord callbackRecord, const QString& actor)
{
    if (!callbackRecord.acceptorPhone.trimmed().isEmpty()) {
        if (auto n = PhoneNumber::normalize(callbackRecord.acceptorPhone))
            callbackRecord.acceptorPhone = n.value();
    }
    if (Status s = callbackRecord.validate(); !s)
        return s.error();
    auto meta = updateRow(shape(), callbackRecord.meta, toValues(callbackRecord), actor);
    if (!meta)
        return meta.error();
    callbackRecord.meta = meta.value();
    return callbackRecord;
}

Result<QList<CallbackRecord>> CallbackRepository::dueOn(const QDate& day) const
{
    return fetchAll<CallbackRecord>(
        QStringLiteral("SELECT * FROM callbacks WHERE due_on = ? ORDER BY form_number"), {SqlValue::day(day)},
        fromRow);
}

} // namespace threerings
