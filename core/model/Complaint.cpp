#include "core/model/Complaint.h"

#include "core/model/Validation.h"

namespace threerings {

QStringList Complaint::states()
{
    return {QStringLiteral("registered"), QStringLiteral("forwarded"), QStringLiteral("handled"),
            QStringLiteral("closed"), QStringLiteral("reopened")};
}

Status Complaint::validate() const
{
    using V = Validation;
    return V::first({
        V::required(QStringLiteral("no"), tr("complaint number"), no),
        V::maxLength(QStringLiteral("no"), tr("complaint number"), no, V::NameLength),
        V::maxLength(QStringLiteral("complaining_unit"), tr("complaining unit"), complainingUnit,
                     V::ShortTextLength),
        V::required(QStringLiteral("matter"), tr("complaint matter"), matter),
        V::maxLength(QStringLiteral("matter"), tr("complaint matter"), matter, V::LongTextLength),
        V::maxLength(QStringLiteral("contact_method"), tr("contact method"), contactMethod,
                     V::ShortTextLength),
        V::maxLength(QStringLiteral("contact_person"), tr("contact person"), contactPerson, V::NameLength),
        V::oneOf(QStringLiteral("state"), tr("complaint state"), state, states()),
    });
}

} // namespace threerings
