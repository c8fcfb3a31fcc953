#pragma once

#include "core/db/Repository.h"
#include "core/model/Device.h"

#include <optional>

namespace threerings {

// Customers' devices.
class DeviceRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(DeviceRepository)

public:
    using Repository::Repository;

    // Validates and stores a new record; returns it as stored (id, revision 1, normalized values).
    Result<Device> insert(Device device, const QString& actor);
    Result<Device> get(const QString& id) const;
    // Saves every field when nobody changed the record since it was read (meta.revision); else a Conflict.
    Result<Device> update(Device device, const QString& actor);
    Result<QList<Device>> forCustomer(const QString& customerId) const;
    // The device with serial number `serial`, if any.
    Result<std::optional<Device>> findBySerial(const QString& serial) const;
    // Devices whose serial number or model starts with `text` (the newest when it is empty), up to `limit`.
    Result<QList<Device>> search(const QString& text, int limit) const;
    // Every device with its owner's first phone (mobile, office, other), by serial number: for the export.
    Result<QList<std::pair<Device, QString>>> allWithOwnerPhone() const;

    static const RowShape& shape();
    static QVariantList toValues(const Device& x);
    static Device fromRow(const QSqlQuery& q);
};

} // namespace threerings
