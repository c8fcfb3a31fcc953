#pragma once

#include "core/customers/CustomerService.h"
#include "core/customers/DeviceService.h"
#include "core/customers/OutletService.h"
#include "core/forms/FormReader.h"
#include "ui/admin/SetupPage.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace threerings::ui {

// Customers' devices: serial number, model and product, the customer (by phone), the outlet, installed on,
// invoice date and warranty end (from the model's rule unless typed), with the device's repair history.
class DevicesPage : public SetupPage
{
    Q_OBJECT

public:
    struct Typed
    {
        QString serial, model, product, customerPhone, outletId, installedOn, invoiceDate, warrantyEnd;
    };

    DevicesPage(DeviceService& devices, CustomerService& customers, OutletService& outlets,
                const FormReader& repairs, const Actor& actor, QWidget* parent = nullptr);

    // For tests: fill the form as a person would.
    void fill(const Typed& typed);
    QString historyText() const;
    QString warrantyText() const;

protected:
    QStringList headers() const override;
    Result<QList<QStringList>> rows(const QString& search, bool retiredToo) override;
    void load(int index) override;
    Result<QString> store() override;
    Status storeActive(int index, bool active) override;
    QString emptyText() const override;

private:
    DeviceService& m_devices;
    CustomerService& m_customers;
    OutletService& m_outlets;
    const FormReader& m_repairs;
    QList<Device> m_shown;
    Device m_loaded;
    QLineEdit* m_serial = nullptr;
    QComboBox* m_model = nullptr;
    QLineEdit* m_product = nullptr;
    QLineEdit* m_customer = nullptr;
    QComboBox* m_outlet = nullptr;
    QLineEdit* m_installed = nullptr;
    QLineEdit* m_invoice = nullptr;
    QLineEdit* m_warranty = nullptr;
    QLabel* m_warrantyState = nullptr;
    QLabel* m_history = nullptr;
};

} // namespace threerings::ui
