#pragma once

#include "core/customers/DeviceService.h"
#include "ui/admin/SetupPage.h"

class QLineEdit;
class QSpinBox;

namespace threerings::ui {

// The models the hotline services, each with its product and warranty rule (三包: months from the invoice).
class ProductsPage : public SetupPage
{
    Q_OBJECT

public:
    ProductsPage(DeviceService& devices, const Actor& actor, QWidget* parent = nullptr);

    // For tests: fill the form as a person would.
    void fill(const Product& product);

protected:
    QStringList headers() const override;
    Result<QList<QStringList>> rows(const QString& search, bool retiredToo) override;
    void load(int index) override;
    Result<QString> store() override;
    Status storeActive(int index, bool active) override;
    QString emptyText() const override;

private:
    DeviceService& m_devices;
    QList<Product> m_shown;
    Product m_loaded;
    QLineEdit* m_model = nullptr;
    QLineEdit* m_product = nullptr;
    QSpinBox* m_months = nullptr;
};

} // namespace threerings::ui
