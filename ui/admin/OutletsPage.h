#pragma once

#include "core/customers/OutletService.h"
#include "ui/admin/SetupPage.h"

class QComboBox;
class QLineEdit;

namespace threerings::ui {

// The hotline's outlets (网点): code, name, kind (for callback sampling), province, city, phone, address.
class OutletsPage : public SetupPage
{
    Q_OBJECT

public:
    OutletsPage(OutletService& outlets, const Actor& actor, QWidget* parent = nullptr);

    // For tests: fill the form as a person would.
    void fill(const Outlet& outlet);

protected:
    QStringList headers() const override;
    Result<QList<QStringList>> rows(const QString& search, bool retiredToo) override;
    void load(int index) override;
    Result<QString> store() override;
    Status storeActive(int index, bool active) override;
    QString emptyText() const override;

private:
    OutletService& m_outlets;
    QList<Outlet> m_shown;
    Outlet m_loaded;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_province = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_address = nullptr;
};

} // namespace threerings::ui
