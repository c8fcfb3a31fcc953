#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace threerings {
class AccountService;
}

namespace threerings::ui {

// The very first start on a database without accounts: creates the admin, who then adds the others.
class FirstAdminDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstAdminDialog(AccountService& accounts, QWidget* parent = nullptr);

    QString jobNumber() const;
    QString password() const;

    void accept() override;

private:
    AccountService& m_accounts;
    QLineEdit* m_job = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace threerings::ui
