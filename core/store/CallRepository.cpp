#include "store/CallRepository.h"

#include "model/PhoneNumber.h"
#include "store/SqlValue.h"

namespace threerings {

QVariantMap CallRepository::toFields(const Call& x)
{
    return {
        {QStringLiteral("direction"), SqlValue::text(x.direction)},
        {QStringLiteral("caller_number"), SqlValue::text(x.callerNumber)},
        {QStringLiteral("customer_id"), SqlValue::ref(x.customerId)},
        {QStringLiteral("agent_id"), SqlValue::ref(x.agentId)},
        {QStringLiteral("ring_at"), SqlValue::time(x.ringAt)},
        {QStringLiteral("answered_at"), SqlValue::time(x.answeredAt)},
        {QStringLiteral("rings_at_answer"), SqlValue::optionalInt(x.ringsAtAnswer)},
        {QStringLiteral("hold_ms"), x.holdMs},
        {QStringLiteral("ended_at"), SqlValue::time(x.endedAt)},
        {QStringLiteral("hung_up_by"), SqlValue::text(x.hungUpBy)},
        {QStringLiteral("abandoned"), x.abandoned ? 1 : 0},
        {QStringLiteral("category"),
         SqlValue::text(x.category ? CategoryNames::key(*x.category) : QString())},
        {QStringLiteral("summary"), SqlValue::text(x.summary)},
    };
}

Call CallRepository::fromRow(const QSqlQuery& q)
{
    Call x;
    x.meta = readMeta(q);
    x.direction = q.value(QStringLiteral("direction")).toString();
    x.callerNumber = q.value(QStringLiteral("caller_number")).toString();
    x.customerId = q.value(QStringLiteral("customer_id")).toString();
    x.agentId = q.value(QStringLiteral("agent_id")).toString();
    x.ringAt = SqlValue::toTime(q.value(QStringLiteral("ring_at")));
    x.answeredAt = SqlValue::toTime(q.value(QStringLiteral("answered_at")));
    x.ringsAtAnswer = SqlValue::toOptionalInt(q.value(QStringLiteral("rings_at_answer")));
    x.holdMs = q.value(QStringLiteral("hold_ms")).toLongLong();
    x.endedAt = SqlValue::toTime(q.value(QStringLiteral("ended_at")));
    x.hungUpBy = q.value(QStringLiteral("hung_up_by")).toString();
    x.abandoned = q.value(QStringLiteral("abandoned")).toInt() != 0;
    x.category = CategoryNames::fromKey(q.value(QStringLiteral("category")).toString());
    x.summary = q.value(QStringLiteral("summary")).toString();
    return x;
}

Result<Call> CallRepository::insert(Call call, const QString& actor)
{
    call.callerNumber = PhoneNumber::normalizeOrKeep(call.callerNumber);
    if (Status s = call.validate(); !s)
        return s.error();
    auto meta = insertRow(QStringLiteral("calls"), toFields(call), actor);
    if (!meta)
        return meta.error();
    call.meta = meta.value();
    return call;
}

Result<Call> CallRepository::get(const QString& id) const
{
    return fetchOne<Call>(QStringLiteral("SELECT * FROM calls WHERE id = ?"), {id}, fromRow,
                          tr("The call %1 does not exist; it may have been deleted.").arg(id));
}

Result<Call> CallRepository::update(Call call, const QString& actor)
{
    call.callerNumber = PhoneNumber::normalizeOrKeep(call.callerNumber);
    if (Status s = call.validate(); !s)
        return s.error();
    auto meta = updateRow(QStringLiteral("calls"), call.meta, toFields(call), actor);
    if (!meta)
        return meta.error();
    call.meta = meta.value();
    return call;
}

Result<QList<Call>> CallRepository::forCustomer(const QString& customerId) const
{
    return fetchAll<Call>(QStringLiteral("SELECT * FROM calls WHERE customer_id = ? ORDER BY ring_at DESC"),
                          {customerId}, fromRow);
}

} // namespace threerings
