#pragma once

#include "core/customers/CustomerService.h"
#include "core/customers/DeviceService.h"
#include "core/customers/OutletService.h"
#include "ui/admin/SetupPage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace threerings::ui {

// The hotline's customers: found by any part of a name, unit or phone; every field corrected, three phones;
// two records of one person merged (supervisors and admins), the merged one's numbers still finding the
// person. The customer's devices are listed under the form.
class CustomersPage : public SetupPage
{
    Q_OBJECT

public:
    CustomersPage(CustomerService& customers, DeviceService& devices, OutletService& outlets,
                  const Actor& actor, QWidget* parent = nullptr);

    // For tests: fill the form as a person would.
    void fill(const Customer& customer);
    // Folds the record `goneId` into the selected one, as Merge… does after the person confirms.
    Status mergeIntoSelected(const QString& goneId);
    QString historyText() const;

protected:
    QStringList headers() const override;
    Result<QList<QStringList>> rows(const QString& search, bool retiredToo) override;
    void load(int index) override;
    Result<QString> store() override;
    Status storeActive(int index, bool active) override;
    QString emptyText() const override;

private:
    void askMerge();
    void fillOutlets();

    CustomerService& m_customers;
    DeviceService& m_devices;
    OutletService& m_outlets;
    QList<Customer> m_shown;
    Customer m_loaded;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_unit = nullptr;
    QLineEdit* m_mobile = nullptr;
    QLineEdit* m_office = nullptr;
    QLineEdit* m_other = nullptr;
    QComboBox* m_outlet = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_notes = nullptr;
    QPushButton* m_merge = nullptr;
    QLabel* m_history = nullptr;
};

} // namespace threerings::ui
