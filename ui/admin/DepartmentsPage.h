#pragma once

#include "core/auth/DepartmentService.h"
#include "core/model/User.h"
#include "ui/admin/SetupPage.h"

#include <QMap>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace threerings::ui {

// The hotline's departments: name, kind, head, phone and the form categories transferred to them.
class DepartmentsPage : public SetupPage
{
    Q_OBJECT

public:
    DepartmentsPage(DepartmentService& departments, QList<User> staff, const Actor& actor,
                    QWidget* parent = nullptr);

    // For tests: fill the form as a person would.
    void fill(const QString& name, const QString& kind, const QString& headJobNumber, const QString& phone,
              const QList<Category>& routes);

protected:
    QStringList headers() const override;
    Result<QList<QStringList>> rows(const QString& search, bool retiredToo) override;
    void load(int index) override;
    Result<QString> store() override;
    Status storeActive(int index, bool active) override;
    QString emptyText() const override;

private:
    DepartmentService& m_departments;
    QList<User> m_staff;
    QList<Department> m_shown;
    Department m_loaded;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_head = nullptr;
    QLineEdit* m_phone = nullptr;
    QMap<Category, QCheckBox*> m_routes;
};

} // namespace threerings::ui
