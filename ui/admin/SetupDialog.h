#pragma once

#include "core/auth/Actor.h"

#include <QDialog>
#include <memory>

class QLabel;
class QPushButton;
class QProgressBar;
class QTabWidget;
class QTableWidget;

namespace threerings {
class CalendarService;
class Clock;
class Database;
class CustomerService;
class DepartmentService;
class DeviceService;
class KnowledgeService;
class OutletService;
class FormReader;
} // namespace threerings

namespace threerings::ui {

class CustomersPage;
class CalendarPage;
class DepartmentsPage;
class DevicesPage;
class KnowledgePage;
class OutletsPage;
class ProductsPage;
class SetupPage;

// Admin ▸ Hotline set-up…: the hotline's own departments, outlets, knowledge base, products, customers and
// devices, one page per kind, with Import… and Export… of the list shown.
class SetupDialog : public QDialog
{
    Q_OBJECT

public:
    // `calendar`: the console's own calendar service, so its deadlines follow a change made here at once; the
    // dialog makes one of its own when there is none.
    SetupDialog(Database& db, const Clock& clock, const Actor& actor, QWidget* parent = nullptr,
                CalendarService* calendar = nullptr);
    ~SetupDialog() override;

    DepartmentsPage* departments() const { return m_departmentsPage; }
    OutletsPage* outlets() const { return m_outletsPage; }
    KnowledgePage* knowledge() const { return m_knowledgePage; }
    ProductsPage* products() const { return m_productsPage; }
    CustomersPage* customers() const { return m_customersPage; }
    DevicesPage* devices() const { return m_devicesPage; }
    CalendarPage* calendar() const { return m_calendarPage; }
    // The kind of the page shown (one of SetupTables::kinds()).
    QString currentKind() const;
    void showKind(const QString& kind);
    // Writes the page's kind to `path` (.csv, .xlsx or .json); the message says what happened.
    void exportTo(const QString& path);
    QString lastMessage() const;

private:
    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
    std::unique_ptr<DepartmentService> m_departments;
    std::unique_ptr<OutletService> m_outlets;
    std::unique_ptr<KnowledgeService> m_knowledge;
    std::unique_ptr<CustomerService> m_customers;
    std::unique_ptr<DeviceService> m_devices;
    std::unique_ptr<FormReader> m_repairs;
    std::unique_ptr<CalendarService> m_ownCalendar;
    QTabWidget* m_tabs = nullptr;
    DepartmentsPage* m_departmentsPage = nullptr;
    OutletsPage* m_outletsPage = nullptr;
    KnowledgePage* m_knowledgePage = nullptr;
    ProductsPage* m_productsPage = nullptr;
    CustomersPage* m_customersPage = nullptr;
    DevicesPage* m_devicesPage = nullptr;
    CalendarPage* m_calendarPage = nullptr;
    QList<std::pair<QString, QWidget*>> m_pages; // kind → its page, in tab order
    QLabel* m_message = nullptr;
};

// Admin ▸ Import…: a CSV or XLSX file checked row by row (every bad row with its row number, column and fix),
// then imported all at once.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Database& db, const Clock& clock, const Actor& actor, const QString& kind,
                 QWidget* parent = nullptr);

    // Checks `path` (a dry run); returns whether it can be imported as it is.
    bool check(const QString& path);
    // Imports the checked file; returns whether it was written.
    bool importChecked();
    QString summary() const;
    int problemCount() const;

private:
    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
    QString m_kind;
    QString m_path;
    QLabel* m_file = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_problems = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace threerings::ui
