#include "core/model/ComplaintReport.h"

#include "core/model/Validation.h"

namespace threerings {

Status ComplaintReport::validate() const
{
    using V = Validation;
    return V::first({
        V::required(QStringLiteral("no"), tr("report number"), no),
        V::required(QStringLiteral("complaint_id"), tr("complaint"), complaintId),
        V::maxLength(QStringLiteral("customer_name"), tr("customer name"), customerName, V::NameLength),
        V::phone(QStringLiteral("phone"), tr("phone"), phone),
        V::maxLength(QStringLiteral("description"), tr("complaint description"), description,
                     V::LongTextLength),
        V::maxLength(QStringLiteral("handling_method"), tr("handling method"), handlingMethod,
                     V::LongTextLength),
        V::maxLength(QStringLiteral("cause"), tr("cause of the incident"), cause, V::LongTextLength),
        V::maxLength(QStringLiteral("penalty_opinion"), tr("penalty opinion"), penaltyOpinion,
                     V::LongTextLength),
        V::maxLength(QStringLiteral("callback_result"), tr("callback result"), callbackResult,
                     V::LongTextLength),
        V::maxLength(QStringLiteral("remarks"), tr("remarks"), remarks, V::LongTextLength),
    });
}

} // namespace threerings
