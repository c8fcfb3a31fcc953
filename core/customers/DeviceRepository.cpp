#include "core/customers/DeviceRepository.h"

#include "core/db/SqlValue.h"

namespace threerings {

const RowShape& DeviceRepository::shape()
{
    static const RowShape s(QStringLiteral("devices"),
                            {"customer_id", "product", "model", "serial_number", "installed_on", "outlet_id",
                             "invoice_date", "warranty_end"});
    return s;
}

QVariantList DeviceRepository::toValues(const Device& x)
{
    // In the order of shape().
    return {
        SqlValue::ref(x.customerId),    SqlValue::text(x.product),    SqlValue::text(x.model),
        SqlValue::text(x.serialNumber), SqlValue::day(x.installedOn), SqlValue::ref(x.outletId),
        SqlValue::day(x.invoiceDate),   SqlValue::day(x.warrantyEnd),
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
    x.outletId = q.value(QStringLiteral("outlet_id")).toString();
    x.invoiceDate = SqlValue::toDay(q.value(QStringLiteral("invoice_date")));
    x.warrantyEnd = SqlValue::toDay(q.value(QStringLiteral("warranty_end")));
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

Result<std::optional<Device>> DeviceRepository::findBySerial(const QString& serial) const
{
    auto found = fetchAll<Device>(
        QStringLiteral("SELECT * FROM devices WHERE serial_number = ? AND serial_number <> '' ORDER BY id"),
        {serial}, fromRow);
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<Device>() : std::optional<Device>(found->constFirst());
}

Result<QList<Device>> DeviceRepository::search(const QString& text, int limit) const
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return fetchAll<Device>(QStringLiteral("SELECT * FROM devices ORDER BY created_at DESC, id LIMIT ?"),
                                {limit}, fromRow);
    // Both halves are range scans of an index (devices_serial, devices_model).
    const QString end = t + QChar(0xFFFF);
    return fetchAll<Device>(
        QStringLiteral("SELECT * FROM devices WHERE serial_number >= ? AND serial_number < ? AND "
                       "serial_number <> '' UNION SELECT * FROM devices WHERE model >= ? AND model < ? "
                       "ORDER BY serial_number, id LIMIT ?"),
        {t, end, t, end, limit}, fromRow);
}

Result<QList<std::pair<Device, QString>>> DeviceRepository::allWithOwnerPhone() const
{
    return fetchAll<std::pair<Device, QString>>(
        QStringLiteral(
            "SELECT d.*, coalesce(nullif(c.phone_mobile, ''), nullif(c.phone_office, ''), "
            "c.phone_other) AS owner_phone FROM devices d LEFT JOIN customers c ON c.id = d.customer_id "
            "ORDER BY d.serial_number, d.id"),
        {}, [](const QSqlQuery& q) {
            return std::pair{fromRow(q), q.value(QStringLiteral("owner_phone")).toString()};
        });
}

} // namespace threerings
