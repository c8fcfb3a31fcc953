#include "core/model/Outlet.h"

#include "core/model/Validation.h"

namespace threerings {

Status Outlet::validate() const
{
    using V = Validation;
    return V::first({
        V::required(QStringLiteral("code"), tr("outlet code"), code),
        V::maxLength(QStringLiteral("code"), tr("outlet code"), code, V::NameLength),
        V::required(QStringLiteral("name"), tr("outlet name"), name),
        V::maxLength(QStringLiteral("name"), tr("outlet name"), name, V::NameLength),
        V::oneOf(QStringLiteral("kind"), tr("outlet kind"), kind,
                 {QStringLiteral("repair_center"), QStringLiteral("dealer"), QStringLiteral("branch")}),
        V::phone(QStringLiteral("phone"), tr("outlet phone"), phone),
        V::maxLength(QStringLiteral("address"), tr("address"), address, V::ShortTextLength),
    });
}

} // namespace threerings
