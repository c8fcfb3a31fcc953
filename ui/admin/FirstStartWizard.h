#pragma once

#include "core/auth/Actor.h"
#include "core/model/Department.h"

#include <QWizard>
#include <memory>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace threerings {
class CalendarService;
class Clock;
class Database;
class HotlineSetup;
} // namespace threerings

namespace threerings::ui {

// The first start of a new hotline: the admin who was just created is walked through the unit's name and the
// hotline number, the first departments and outlets, the imports, and what is left. Each page is saved
// through core (HotlineSetup) when the admin goes on, so Later keeps what was done and the walk-through
// resumes from Admin ▸ Set-up walk-through… until Finish marks the hotline set up.
class FirstStartWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        IdentityPage,
        DepartmentsPage,
        OutletsPage,
        ImportsPage,
        SummaryPage,
    };

    // `calendar`: the console's own calendar service, handed to Hotline set-up… (see SetupDialog).
    FirstStartWizard(Database& db, const Clock& clock, const Actor& actor, QWidget* parent = nullptr,
                     CalendarService* calendar = nullptr);
    ~FirstStartWizard() override;

    // For tests and the pages: the fields as the admin fills them.
    QLineEdit* unitNameField() const { return m_unit; }
    QLineEdit* hotlineNumberField() const { return m_number; }
    QTableWidget* departmentTable() const { return m_departments; }
    QTableWidget* outletTable() const { return m_outlets; }
    // Adds a row to the outlets table; `kind` as stored (appointed, own, head_office).
    void addOutletRow(const QString& code = {}, const QString& name = {},
                      const QString& kind = QStringLiteral("appointed"), const QString& city = {});
    // What the current page last said went wrong (empty when nothing did).
    QString lastError() const;
    QString summaryText() const;

    bool validateCurrentPage() override;
    void accept() override;

protected:
    void initializePage(int id) override;

private:
    QWizardPage* buildIdentityPage();
    QWizardPage* buildDepartmentsPage();
    QWizardPage* buildOutletsPage();
    QWizardPage* buildImportsPage();
    QWizardPage* buildSummaryPage();
    void loadDepartments();
    void loadOutlets();
    void refreshSummary();
    Status saveIdentity();
    Status saveDepartments();
    Status saveOutlets();
    // Under the fields of `pageId` (the current page when -1); the other pages' messages go.
    void showError(const QString& message, int pageId = -1);

    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
    CalendarService* m_calendar = nullptr;
    std::unique_ptr<HotlineSetup> m_setup;
    QLineEdit* m_unit = nullptr;
    QLineEdit* m_number = nullptr;
    QTableWidget* m_departments = nullptr;
    QList<Department> m_shownDepartments; // the stored ones the table shows, or the proposals
    bool m_proposing = false;             // the table offers the proposals (none stored yet)
    QTableWidget* m_outlets = nullptr;
    QLabel* m_outletsStored = nullptr;
    QLabel* m_summary = nullptr;
    QList<QLabel*> m_errors; // one per page
};

} // namespace threerings::ui
