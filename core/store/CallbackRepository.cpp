#include "store/CallbackRepository.h"

#include "model/PhoneNumber.h"
#include "store/SqlValue.h"

namespace threerings {

QVariantMap CallbackRepository::toFields(const CallbackRecord& x)
{
    return {
        {QStringLiteral("form_id"), SqlValue::ref(x.formId)},
        {QStringLiteral("form_number"), SqlValue::text(x.formNumber)},
        {QStringLiteral("outlet_name"), SqlValue::text(x.outletName)},
        {QStringLiteral("acceptor_phone"), SqlValue::text(x.acceptorPhone)},
        {QStringLiteral("acceptor_name"), SqlValue::text(x.acceptorName)},
        {QStringLiteral("due_on"), SqlValue::day(x.dueOn)},
        {QStringLiteral("outcome"), SqlValue::text(x.outcome)},
        {QStringLiteral("result"), SqlValue::text(x.result)},
        {QStringLiteral("evaluation"), SqlValue::text(x.evaluation)},
        {QStringLiteral("repairer"), SqlValue::text(x.repairer)},
        {QStringLiteral("fault_level"), SqlValue::text(x.faultLevel)},
        {QStringLiteral("remarks"), SqlValue::text(x.remarks)},
        {QStringLiteral("callback_agent_id"), SqlValue::ref(x.callbackAgentId)},
        {QStringLiteral("called_on"), SqlValue::day(x.calledOn)},
        {QStringLiteral("technical_manager"), SqlValue::text(x.technicalManager)},
        {QStringLiteral("attempts"), x.attempts},
        {QStringLiteral("last_attempt_at"), SqlValue::time(x.lastAttemptAt)},
        {QStringLiteral("state"), SqlValue::text(x.state)},
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
    x.outcome = q.value(QStringLiteral("outcome")).toString();
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
    x.state = q.value(QStringLiteral("state")).toString();
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
    auto meta = insertRow(QStringLiteral("callbacks"), toFields(callbackRecord), actor);
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
    auto meta = updateRow(QStringLiteral("callbacks"), callbackRecord.meta, toFields(callbackRecord), actor);
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
