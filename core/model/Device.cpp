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
        invoiceDate.isValid() && installedOn.isValid() && invoiceDate > installedOn.addYears(5)
            ? Status(
                  Error::data(tr("The invoice date %1 is years after the installation on %2; check the "
                                 "invoice date.")
                                  .arg(invoiceDate.toString(Qt::ISODate), installedOn.toString(Qt::ISODate)),
                              QStringLiteral("invoice_date")))
            : Status(),
        warrantyEnd.isValid() && invoiceDate.isValid() && warrantyEnd < invoiceDate
            ? Status(
                  Error::data(tr("The warranty ends on %1, before the invoice date %2; correct the "
                                 "warranty end or leave it empty to count it from the product.")
                                  .arg(warrantyEnd.toString(Qt::ISODate), invoiceDate.toString(Qt::ISODate)),
                              QStringLiteral("warranty_end")))
            : Status(),
    });
}

} // namespace threerings
