#include "core/customers/DeviceService.h"

#include "core/auth/Permissions.h"
#include "core/customers/DeviceRepository.h"
#include "core/customers/ProductRepository.h"
#include "core/db/Transaction.h"

namespace threerings {

DeviceService::DeviceService(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

Result<QList<Device>> DeviceService::search(const Actor& actor, const QString& text, int limit) const
{
    if (Status s = Permissions::require(actor, Action::ReadLiveRecords); !s)
        return s.error();
    return DeviceRepository(m_db, m_clock).search(text, std::max(1, limit));
}

Result<QList<Device>> DeviceService::forCustomer(const Actor& actor, const QString& customerId) const
{
    if (Status s = Permissions::require(actor, Action::ReadLiveRecords); !s)
        return s.error();
    return DeviceRepository(m_db, m_clock).forCustomer(customerId);
}

Result<QDate> DeviceService::warrantyEndFor(const Device& device) const
{
    auto product = ProductRepository(m_db, m_clock).findByModel(device.model.trimmed());
    if (!product)
        return product.error();
    const Product rule = product->value_or(Product());
    return rule.warrantyEnd(device.invoiceDate.isValid() ? device.invoiceDate : device.installedOn);
}

Result<Device> DeviceService::save(const Actor& actor, Device device)
{
    if (Status s = Permissions::require(actor, Action::WriteCustomers); !s)
        return s.error();
    device.model = device.model.trimmed();
    device.serialNumber = device.serialNumber.trimmed();
    device.product = device.product.trimmed();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    DeviceRepository repo(m_db, m_clock);
    if (!device.serialNumber.isEmpty()) {
        auto same = repo.findBySerial(device.serialNumber);
        if (!same)
            return same.error();
        if (same->has_value() && (*same)->meta.id != device.meta.id)
            return Error::data(
                tr("The serial number %1 is on another device already; check the nameplate, or "
                   "open that device instead.")
                    .arg(device.serialNumber),
                QStringLiteral("serial_number"));
    }
    auto product = ProductRepository(m_db, m_clock).findByModel(device.model);
    if (!product)
        return product.error();
    if (product->has_value() && device.product.isEmpty())
        device.product = (*product)->product;
    if (!device.warrantyEnd.isValid()) {
        auto end = warrantyEndFor(device);
        if (!end)
            return end.error();
        device.warrantyEnd = end.value();
    }
    auto saved =
        device.meta.isStored() ? repo.update(device, actor.stamp()) : repo.insert(device, actor.stamp());
    if (!saved)
        return saved.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return saved;
}

Result<QList<Product>> DeviceService::products(const Actor& actor, const QString& text, bool retiredToo) const
{
    if (Status s = Permissions::require(actor, Action::ReadLiveRecords); !s)
        return s.error();
    return ProductRepository(m_db, m_clock).search(text, retiredToo);
}

Result<Product> DeviceService::saveProduct(const Actor& actor, Product product)
{
    if (Status s = Permissions::require(actor, Action::ManageSetup); !s)
        return s.error();
    product.model = product.model.trimmed();
    product.product = product.product.trimmed();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    ProductRepository repo(m_db, m_clock);
    auto same = repo.findByModel(product.model);
    if (!same)
        return same.error();
    if (same->has_value() && (*same)->meta.id != product.meta.id)
        return Error::data(
            tr("The model %1 is set up already; open it in the list to change it.").arg(product.model),
            QStringLiteral("model"));
    auto saved =
        product.meta.isStored() ? repo.update(product, actor.stamp()) : repo.insert(product, actor.stamp());
    if (!saved)
        return saved.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return saved;
}

Status DeviceService::setProductActive(const Actor& actor, const QString& id, bool active)
{
    if (Status s = Permissions::require(actor, Action::ManageSetup); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    ProductRepository repo(m_db, m_clock);
    auto p = repo.get(id);
    if (!p)
        return p.error();
    if (p->active == active)
        return {};
    p->active = active;
    if (auto saved = repo.update(*p, actor.stamp()); !saved)
        return saved.error();
    return tx.commit();
}

} // namespace threerings
