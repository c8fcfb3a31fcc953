#include "core/forms/ChaseRepository.h"

#include "core/db/SqlValue.h"

namespace threerings {

const RowShape& ChaseRepository::shape()
{
    static const RowShape s(QStringLiteral("form_chases"), {"form_id", "target", "reached", "promised_at",
                                                            "note", "chased_by", "chased_at"});
    return s;
}

QVariantList ChaseRepository::toValues(const FormChase& x)
{
    // In the order of shape().
    return {
        SqlValue::ref(x.formId),    SqlValue::text(chaseTargetText(x.target)),
        x.reached ? 1 : 0,          SqlValue::time(x.promisedAt),
        SqlValue::text(x.note),     SqlValue::ref(x.chasedBy),
        SqlValue::time(x.chasedAt),
    };
}

FormChase ChaseRepository::fromRow(const QSqlQuery& q)
{
    FormChase x;
    x.meta = readMeta(q);
    x.formId = q.value(QStringLiteral("form_id")).toString();
    x.target = chaseTargetFromText(q.value(QStringLiteral("target")).toString());
    x.reached = q.value(QStringLiteral("reached")).toInt() != 0;
    x.promisedAt = SqlValue::toTime(q.value(QStringLiteral("promised_at")));
    x.note = q.value(QStringLiteral("note")).toString();
    x.chasedBy = q.value(QStringLiteral("chased_by")).toString();
    x.chasedAt = SqlValue::toTime(q.value(QStringLiteral("chased_at")));
    return x;
}

Result<FormChase> ChaseRepository::insert(FormChase chase, const QString& actor)
{
    if (Status s = chase.validate(); !s)
        return s.error();
    auto meta = insertRow(shape(), toValues(chase), actor);
    if (!meta)
        return meta.error();
    chase.meta = meta.value();
    return chase;
}

Result<QList<FormChase>> ChaseRepository::ofForm(const QString& formId) const
{
    return fetchAll<FormChase>(
        QStringLiteral("SELECT * FROM form_chases WHERE form_id = ? ORDER BY chased_at, id"), {formId},
        fromRow);
}

} // namespace threerings
