#pragma once

#include "core/db/Repository.h"
#include "core/model/Device.h"

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

    static const RowShape& shape();
    static QVariantList toValues(const Device& x);
    static Device fromRow(const QSqlQuery& q);
};

} // namespace threerings
