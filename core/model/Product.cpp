#include "core/model/Product.h"

#include "core/model/Validation.h"

namespace threerings {

QDate Product::warrantyEnd(QDate from) const
{
    if (!from.isValid())
        return {};
    return from.addMonths(warrantyMonths).addDays(-1);
}

Status Product::validate() const
{
    using V = Validation;
    return V::first({
        V::required(QStringLiteral("model"), tr("model"), model),
        V::maxLength(QStringLiteral("model"), tr("model"), model, V::NameLength),
        V::required(QStringLiteral("product"), tr("product"), product),
        V::maxLength(QStringLiteral("product"), tr("product"), product, V::NameLength),
        warrantyMonths < 0 || warrantyMonths > 240
            ? Status(Error::data(tr("The warranty of %1 months cannot be right; give the months of warranty "
                                    "from the invoice date, 0 to 240.")
                                     .arg(warrantyMonths),
                                 QStringLiteral("warranty_months")))
            : Status(),
    });
}

} // namespace threerings
