#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace threerings {
class Session;
}

namespace threerings::ui {

// Asks for a job number and password and signs in through the Session. In unlock mode (a locked
// console) the job number is fixed to the signed-in person's; "Sign out" lets someone else in,
// which the caller allows only when nothing on screen would be lost.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        SignIn,
        Unlock,
    };

    SignInDialog(Session& session, Mode mode, QWidget* parent = nullptr);

    // Set when the person chose "Sign out" on a locked console.
    bool signOutRequested() const { return m_signOut; }

    void accept() override;

private:
    // A first sign-in code was right: the person chooses their own password next.
    void askForOwnPassword(const QString& code, const QString& message);
    void showError(const QString& message);
    // Shows or hides the fields for choosing a password (and fixes the job number and code meanwhile).
    void setChoosing(bool choosing);

    Session& m_session;
    Mode m_mode;
    QLineEdit* m_job = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_newLabel = nullptr;
    QLineEdit* m_newPassword = nullptr;
    QLabel* m_againLabel = nullptr;
    QLineEdit* m_again = nullptr;
    QLabel* m_welcome = nullptr;
    QPushButton* m_ok = nullptr;
    QString m_code; // the first sign-in code, while the person chooses their password
    QLabel* m_error = nullptr;
    bool m_signOut = false;
};

} // namespace threerings::ui
