#include "core/forms/RatingRepository.h"

#include "core/db/SqlValue.h"
#include "core/util/Clock.h"
#include "core/util/HotlineTime.h"

namespace threerings {

const RowShape& RatingRepository::shape()
{
    static const RowShape s(QStringLiteral("ratings"),
                            {"region", "unit", "rater", "rated_on", "project_type", "engineer",
                             "technical_score", "attitude_score", "comments", "customer_id", "complaint_id"});
    return s;
}

QVariantList RatingRepository::toValues(const Rating& x)
{
    // In the order of shape().
    return {
        SqlValue::text(x.region),
        SqlValue::text(x.unit),
        SqlValue::text(x.rater),
        SqlValue::day(x.ratedOn),
        SqlValue::text(x.projectType),
        SqlValue::text(x.engineer),
        x.technicalScore,
        x.attitudeScore,
        SqlValue::text(x.comments),
        SqlValue::ref(x.customerId),
        SqlValue::ref(x.complaintId),
    };
}

Rating RatingRepository::fromRow(const QSqlQuery& q)
{
    Rating x;
    x.meta = readMeta(q);
    x.region = q.value(QStringLiteral("region")).toString();
    x.unit = q.value(QStringLiteral("unit")).toString();
    x.rater = q.value(QStringLiteral("rater")).toString();
    x.ratedOn = SqlValue::toDay(q.value(QStringLiteral("rated_on")));
    x.projectType = q.value(QStringLiteral("project_type")).toString();
    x.engineer = q.value(QStringLiteral("engineer")).toString();
    x.technicalScore = q.value(QStringLiteral("technical_score")).toInt();
    x.attitudeScore = q.value(QStringLiteral("attitude_score")).toInt();
    x.comments = q.value(QStringLiteral("comments")).toString();
    x.customerId = q.value(QStringLiteral("customer_id")).toString();
    x.complaintId = q.value(QStringLiteral("complaint_id")).toString();
    return x;
}

Result<Rating> RatingRepository::insert(Rating rating, const QString& actor)
{
    if (!rating.ratedOn.isValid())
        rating.ratedOn = m_clock.now().toTimeZone(hotlineTimeZone()).date();
    if (Status s = rating.validate(); !s)
        return s.error();
    auto meta = insertRow(shape(), toValues(rating), actor);
    if (!meta)
        return meta.error();
    rating.meta = meta.value();
    return rating;
}

Result<Rating> RatingRepository::get(const QString& id) const
{
    return fetchOne<Rating>(QStringLiteral("SELECT * FROM ratings WHERE id = ?"), {id}, fromRow,
                            tr("The rating %1 does not exist; it may have been deleted.").arg(id));
}

Result<Rating> RatingRepository::update(Rating rating, const QString& actor)
{
    if (!rating.ratedOn.isValid())
        rating.ratedOn = m_clock.now().toTimeZone(hotlineTimeZone()).date();
    if (Status s = rating.validate(); !s)
        return s.error();
    auto meta = updateRow(shape(), rating.meta, toValues(rating), actor);
    if (!meta)
        return meta.error();
    rating.meta = meta.value();
    return rating;
}

} // namespace threerings
