#pragma once

#include "core/auth/Actor.h"
#include "core/model/Device.h"
#include "core/model/Product.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace threerings {

class Clock;
class Database;

// Customers' devices and the products (models) they are: the people on the phone find a device by its
// serial number or model (ReadLiveRecords; its repair history is core/forms/RepairQueries), add and correct
// devices (WriteCustomers); admins keep the products and their warranty rules (ManageSetup). A device's
// warranty end comes from its product's rule (三包: months from the invoice date, else from installation)
// unless it was set by hand.
class DeviceService
{
    Q_DECLARE_TR_FUNCTIONS(DeviceService)

public:
    static constexpr int searchLimit = 200;

    DeviceService(Database& db, const Clock& clock);

    Result<QList<Device>> search(const Actor& actor, const QString& text, int limit = searchLimit) const;
    Result<QList<Device>> forCustomer(const Actor& actor, const QString& customerId) const;
    // Adds the device (no id yet) or saves its corrections. The serial number must be free; the product
    // is taken from the model's product when one is set up, and an empty warranty end is counted from it.
    Result<Device> save(const Actor& actor, Device device);
    // The warranty end `device` gets from its model's rule (the default 12 months without one).
    Result<QDate> warrantyEndFor(const Device& device) const;

    Result<QList<Product>> products(const Actor& actor, const QString& text = {},
                                    bool retiredToo = false) const;
    // Adds the product or saves its changes; the model must be free.
    Result<Product> saveProduct(const Actor& actor, Product product);
    Status setProductActive(const Actor& actor, const QString& id, bool active);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace threerings
