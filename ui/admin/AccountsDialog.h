#pragma once

#include "core/auth/AccountService.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace threerings::ui {

// Admin ▸ Accounts…: the hotline's people and their accounts. An admin adds a person, changes their roles
// and department, sets a new password, and switches an account off or on again. Each is an AccountService
// call (admins only); in a team the change reaches every console and the person's server login with the
// next sync.
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    AccountsDialog(AccountService& accounts, const Actor& actor, QWidget* parent = nullptr);

    // The job number of the selected row (empty when none).
    QString selectedJobNumber() const;
    // For tests: the dialogs below with their answers given.
    void addPerson(const User& person, const QString& password);
    void setRoles(const QString& jobNumber, const QList<Role>& roles);
    void setDepartment(const QString& jobNumber, const QString& departmentName);
    void setPassword(const QString& jobNumber, const QString& password);
    void setActive(const QString& jobNumber, bool active);
    // Issues the person a first sign-in code (AccountService::issueFirstSignInCode); an empty code when
    // refused (the message says why).
    AccountService::IssuedCode issueCode(const QString& jobNumber);
    QString lastMessage() const;

private:
    void reload();
    void updateButtons();
    // Shows what the call said: done, or its refusal naming the field and the fix.
    void report(const Status& status, const QString& done);
    void askAdd();
    void askRoles();
    void askDepartment();
    void askPassword();
    void askCode();

    AccountService& m_accounts;
    Actor m_actor;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_roles = nullptr;
    QPushButton* m_department = nullptr;
    QPushButton* m_password = nullptr;
    QPushButton* m_code = nullptr;
    QPushButton* m_deactivate = nullptr;
    QPushButton* m_reactivate = nullptr;
    QList<AccountInfo> m_rows;
    QList<Department> m_departments;
};

} // namespace threerings::ui
