#include "core/model/Department.h"

#include "core/model/Validation.h"

namespace threerings {

Status Department::validate() const
{
    using V = Validation;
    return V::first({
        V::required(QStringLiteral("name"), tr("department name"), name),
        V::maxLength(QStringLiteral("name"), tr("department name"), name, V::NameLength),
        V::oneOf(QStringLiteral("kind"), tr("department kind"), kind,
                 {QStringLiteral("service"), QStringLiteral("technical"), QStringLiteral("sales"),
                  QStringLiteral("product"), QStringLiteral("other")}),
    });
}

} // namespace threerings
