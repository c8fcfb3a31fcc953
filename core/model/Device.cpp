#include "core/model/Device.h"

#include "core/model/Validation.h"

namespace threerings {

Status Device::validate() const
{
    using V = Validation;
    return V::first({
        V::required(QStringLiteral("customer_id"), tr("customer of the device"), customerId),
        V::required(QStringLiteral("product"), tr("product"), product),
        V::maxLength(QStringLiteral("product"), tr("product"), product, V::NameLength),
        V::maxLength(QStringLiteral("model"), tr("model"), model, V::NameLength),
        V::maxLength(QStringLiteral("serial_number"), tr("serial number"), serialNumber, V::NameLength),
    });
}

} // namespace threerings
