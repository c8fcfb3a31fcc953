#include "core/model/Consultation.h"

#include "core/model/Validation.h"

namespace threerings {

QStringList Consultation::statuses()
{
    return {QStringLiteral("finished"), QStringLiteral("unfinished"), QStringLiteral("awaiting_test")};
}

Status Consultation::validate() const
{
    using V = Validation;
    return V::first({
        V::required(QStringLiteral("agent_id"), tr("agent"), agentId),
        V::maxLength(QStringLiteral("caller_name"), tr("caller name"), callerName, V::NameLength),
        V::phone(QStringLiteral("caller_phone"), tr("caller phone"), callerPhone),
        V::maxLength(QStringLiteral("description"), tr("description"), description, V::LongTextLength),
        V::maxLength(QStringLiteral("advice"), tr("advice given"), advice, V::LongTextLength),
        V::oneOf(QStringLiteral("status"), tr("status"), status, statuses()),
    });
}

} // namespace threerings
