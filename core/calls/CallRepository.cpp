#include "core/calls/CallRepository.h"

#include "core/db/SqlValue.h"
#include "core/model/PhoneNumber.h"

namespace threerings {

const RowShape& CallRepository::shape()
{
    static const RowShape s(
        QStringLiteral("calls"),
        {"direction",      "caller_number",   "customer_id", "agent_id",       "ring_at",
         "answered_at",    "rings_at_answer", "hold_ms",     "ended_at",       "hung_up_by",
         "abandoned",      "category",        "summary",     "ring_no_answer", "agent_hung_up_first",
         "recording_path", "simulated",       "outcome",     "purpose",        "record_kind",
         "record_id",      "dial_result"});
    return s;
}

QVariantList CallRepository::toValues(const Call& x)
{
    // In the order of shape().
    return {
        SqlValue::text(x.direction),
        SqlValue::text(x.callerNumber),
        SqlValue::ref(x.customerId),
        SqlValue::ref(x.agentId),
        SqlValue::time(x.ringAt),
        SqlValue::time(x.answeredAt),
        SqlValue::optionalInt(x.ringsAtAnswer),
        x.holdMs,
        SqlValue::time(x.endedAt),
        SqlValue::text(hungUpByText(x.hungUpBy)),
        x.abandoned ? 1 : 0,
        SqlValue::text(x.category ? CategoryNames::key(*x.category) : QString()),
        SqlValue::text(x.summary),
        x.ringNoAnswer ? 1 : 0,
        x.agentHungUpFirst ? 1 : 0,
        SqlValue::text(x.recordingPath),
        x.simulated ? 1 : 0,
        SqlValue::text(CallOutcomes::key(x.outcome)),
        SqlValue::text(CallPurposes::key(x.purpose)),
        SqlValue::text(x.recordKind),
        SqlValue::text(x.recordId),
        SqlValue::text(DialResults::key(x.dialResult)),
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
    x.hungUpBy = hungUpByFromText(q.value(QStringLiteral("hung_up_by")).toString());
    x.abandoned = q.value(QStringLiteral("abandoned")).toInt() != 0;
    x.category = CategoryNames::fromKey(q.value(QStringLiteral("category")).toString());
    x.summary = q.value(QStringLiteral("summary")).toString();
    x.ringNoAnswer = q.value(QStringLiteral("ring_no_answer")).toInt() != 0;
    x.agentHungUpFirst = q.value(QStringLiteral("agent_hung_up_first")).toInt() != 0;
    x.recordingPath = q.value(QStringLiteral("recording_path")).toString();
    x.simulated = q.value(QStringLiteral("simulated")).toInt() != 0;
    x.outcome = CallOutcomes::fromKey(q.value(QStringLiteral("outcome")).toString());
    x.purpose = CallPurposes::fromKey(q.value(QStringLiteral("purpose")).toString());
    x.recordKind = q.value(QStringLiteral("record_kind")).toString();
    x.recordId = q.value(QStringLiteral("record_id")).toString();
    x.dialResult = DialResults::fromKey(q.value(QStringLiteral("dial_result")).toString());
    return x;
}

Result<Call> CallRepository::insert(Call call, const QString& actor)
{
    call.callerNumber = PhoneNumber::normalizeOrKeep(call.callerNumber);
    if (Status s = call.validate(); !s)
        return s.error();
    auto meta = insertRow(shape(), toValues(call), actor);
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
    auto meta = updateRow(shape(), call.meta, toValues(call), actor);
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

Result<QList<Call>> CallRepository::openFor(const QString& agentId) const
{
    return fetchAll<Call>(
        QStringLiteral("SELECT * FROM calls WHERE agent_id = ? AND ended_at IS NULL ORDER BY ring_at"),
        {agentId}, fromRow);
}

} // namespace threerings
