#include "core/forms/ConsultationRepository.h"

#include "core/db/SqlValue.h"
#include "core/model/PhoneNumber.h"
#include "core/util/Clock.h"

namespace threerings {

const RowShape& ConsultationRepository::shape()
{
    static const RowShape s(QStringLiteral("consultations"),
                            {"call_id", "customer_id", "agent_id", "caller_name", "caller_phone",
                             "description", "advice", "status", "consulted_at", "test_due_at", "finished_at",
                             "finished_by", "closed_automatically"});
    return s;
}

QVariantList ConsultationRepository::toValues(const Consultation& x)
{
    const QString status = consultationStatusText(x.status);
    // In the order of shape().
    return {
        SqlValue::ref(x.callId),       SqlValue::ref(x.customerId),   SqlValue::ref(x.agentId),
        SqlValue::text(x.callerName),  SqlValue::text(x.callerPhone), SqlValue::text(x.description),
        SqlValue::text(x.advice),      SqlValue::text(status),        SqlValue::time(x.consultedAt),
        SqlValue::time(x.testDueAt),   SqlValue::time(x.finishedAt),  SqlValue::ref(x.finishedBy),
        x.closedAutomatically ? 1 : 0,
    };
}

Consultation ConsultationRepository::fromRow(const QSqlQuery& q)
{
    Consultation x;
    x.meta = readMeta(q);
    x.callId = q.value(QStringLiteral("call_id")).toString();
    x.customerId = q.value(QStringLiteral("customer_id")).toString();
    x.agentId = q.value(QStringLiteral("agent_id")).toString();
    x.callerName = q.value(QStringLiteral("caller_name")).toString();
    x.callerPhone = q.value(QStringLiteral("caller_phone")).toString();
    x.description = q.value(QStringLiteral("description")).toString();
    x.advice = q.value(QStringLiteral("advice")).toString();
    x.status = consultationStatusFromText(q.value(QStringLiteral("status")).toString());
    x.consultedAt = SqlValue::toTime(q.value(QStringLiteral("consulted_at")));
    x.testDueAt = SqlValue::toTime(q.value(QStringLiteral("test_due_at")));
    x.finishedAt = SqlValue::toTime(q.value(QStringLiteral("finished_at")));
    x.finishedBy = q.value(QStringLiteral("finished_by")).toString();
    x.closedAutomatically = q.value(QStringLiteral("closed_automatically")).toInt() != 0;
    return x;
}

Result<Consultation> ConsultationRepository::insert(Consultation consultation, const QString& actor)
{
    if (!consultation.consultedAt.isValid())
        consultation.consultedAt = m_clock.now();
    if (!consultation.callerPhone.trimmed().isEmpty()) {
        if (auto n = PhoneNumber::normalize(consultation.callerPhone))
            consultation.callerPhone = n.value();
    }
    if (Status s = consultation.validate(); !s)
        return s.error();
    auto meta = insertRow(shape(), toValues(consultation), actor);
    if (!meta)
        return meta.error();
    consultation.meta = meta.value();
    return consultation;
}

Result<Consultation> ConsultationRepository::get(const QString& id) const
{
    return fetchOne<Consultation>(
        QStringLiteral("SELECT * FROM consultations WHERE id = ?"), {id}, fromRow,
        tr("The consultation %1 does not exist; it may have been deleted.").arg(id));
}

Result<Consultation> ConsultationRepository::update(Consultation consultation, const QString& actor)
{
    if (!consultation.consultedAt.isValid())
        consultation.consultedAt = m_clock.now();
    if (!consultation.callerPhone.trimmed().isEmpty()) {
        if (auto n = PhoneNumber::normalize(consultation.callerPhone))
            consultation.callerPhone = n.value();
    }
    if (Status s = consultation.validate(); !s)
        return s.error();
    auto meta = updateRow(shape(), consultation.meta, toValues(consultation), actor);
    if (!meta)
        return meta.error();
    consultation.meta = meta.value();
    return consultation;
}

Result<QList<Consultation>> ConsultationRepository::unfinished() const
{
    return fetchAll<Consultation>(QStringLiteral("SELECT * FROM consultations WHERE status <> 'finished' "
                                                 "ORDER BY consulted_at"),
                                  {}, fromRow);
}

} // namespace threerings
