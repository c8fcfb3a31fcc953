#include "core/model/Rating.h"

#include "core/model/Validation.h"

namespace threerings {

QStringList Rating::projectTypes()
{
    return {QStringLiteral("presales"), QStringLiteral("implementation"), QStringLiteral("aftersales")};
}

Status Rating::validate() const
{
    using V = Validation;
    return V::first({
        V::oneOf(QStringLiteral("project_type"), tr("project type"), projectType, projectTypes()),
        V::range(QStringLiteral("technical_score"), tr("technical level score"), technicalScore, MinScore,
                 MaxScore),
        V::range(QStringLiteral("attitude_score"), tr("service attitude score"), attitudeScore, MinScore,
                 MaxScore),
        V::maxLength(QStringLiteral("rater"), tr("rater"), rater, V::NameLength),
        V::maxLength(QStringLiteral("engineer"), tr("engineer"), engineer, V::NameLength),
        V::maxLength(QStringLiteral("comments"), tr("comments"), comments, V::LongTextLength),
    });
}

} // namespace threerings
