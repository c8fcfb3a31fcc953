#include "core/customers/DeviceRepository.h"

#include "core/db/SqlValue.h"

namespace threerings {

const RowShape& DeviceRepository::shape()
{
    static const RowShape s(QStringLiteral("devices"),
                            {"customer_id", "product", "model", "serial_number", "installed_on"});
    return s;
}

QVariantList DeviceRepository::toValues(const Device& x)
{
    // In the order of shape().
    return {
        SqlValue::ref(x.customerId),    SqlValue::text(x.product),    SqlValue::text(x.model),
        SqlValue::text(x.serialNumber), SqlValue::day(x.installedOn),
    };
}

Device DeviceRepository::fromRow(const QSqlQuery& q)
{
    Device x;
    x.meta = readMeta(q);
    x.customerId = q.value(QStringLiteral("customer_id")).toString();
    x.product = q.value(QStringLiteral("product")).toString();
    x.model = q.value(QStringLiteral("model")).toString();
    x.serialNumber = q.value(QStringLiteral("serial_number")).toString();
    x.installedOn = SqlValue::toDay(q.value(QStringLiteral("installed_on")));
    return x;
}

Result<Device> DeviceRepository::insert(Device device, const QString& actor)
{
    if (Status s = device.validate(); !s)
        return s.error();
    auto meta = insertRow(shape(), toValues(device), actor);
    if (!meta)
        return meta.error();
    device.meta = meta.value();
    return device;
}

Result<Device> DeviceRepository::get(const QString& id) const
{
    return fetchOne<Device>(QStringLiteral("SELECT * FROM devices WHERE id = ?"), {id}, fromRow,
                            tr("The device %1 does not exist; it may have been deleted.").arg(id));
}

Result<Device> DeviceRepository::update(Device device, const QString& actor)
{
    if (Status s = device.validate(); !s)
        return s.error();
    auto meta = updateRow(shape(), device.meta, toValues(device), actor);
    if (!meta)
        return meta.error();
    device.meta = meta.value();
    return device;
}

Result<QList<Device>> DeviceRepository::forCustomer(const QString& customerId) const
{
    return fetchAll<Device>(
        QStringLiteral("SELECT * FROM devices WHERE customer_id = ? ORDER BY product, id"), {customerId},
        fromRow);
}

} // namespace threerings
