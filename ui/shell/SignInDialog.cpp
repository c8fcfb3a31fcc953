#include "ui/shell/SignInDialog.h"

#include "core/auth/AuthService.h"
#include "core/auth/PasswordHasher.h"
#include "core/auth/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace threerings::ui {

SignInDialog::SignInDialog(Session& session, Mode mode, QWidget* parent)
    : QDialog(parent), m_session(session), m_mode(mode)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(mode == Mode::SignIn ? tr("Sign in to ThreeRings") : tr("The console is locked"));
    auto* layout = new QVBoxLayout(this);
    if (mode == Mode::Unlock) {
        auto* note = new QLabel(
            tr("The console locked itself after a while without use. Everything on screen is kept; type the "
               "password of %1 to go on.")
                .arg(session.actor().label()),
            this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    auto* form = new QFormLayout;
    m_job = new QLineEdit(this);
    m_job->setObjectName(QStringLiteral("jobNumber"));
    if (mode == Mode::Unlock) {
        m_job->setText(session.actor().jobNumber);
        m_job->setReadOnly(true);
    }
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Your password, or the first sign-in code an admin gave you."));
    form->addRow(tr("&Job number:"), m_job);
    form->addRow(tr("&Password:"), m_password);
    m_newPassword = new QLineEdit(this);
    m_newPassword->setObjectName(QStringLiteral("newPassword"));
    m_newPassword->setEchoMode(QLineEdit::Password);
    m_again = new QLineEdit(this);
    m_again->setObjectName(QStringLiteral("newPasswordAgain"));
    m_again->setEchoMode(QLineEdit::Password);
    m_newLabel = new QLabel(tr("&New password:"), this);
    m_newLabel->setBuddy(m_newPassword);
    m_againLabel = new QLabel(tr("New password &again:"), this);
    m_againLabel->setBuddy(m_again);
    form->addRow(m_newLabel, m_newPassword);
    form->addRow(m_againLabel, m_again);
    m_welcome = new QLabel(this);
    m_welcome->setObjectName(QStringLiteral("choosePasswordNote"));
    m_welcome->setWordWrap(true);
    layout->addWidget(m_welcome);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(this);
    m_ok =
        buttons->addButton(mode == Mode::SignIn ? tr("Sign in") : tr("Unlock"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("signInButton"));
    m_ok->setDefault(true);
    if (mode == Mode::Unlock) {
        QPushButton* out = buttons->addButton(tr("Sign out…"), QDialogButtonBox::DestructiveRole);
        out->setObjectName(QStringLiteral("signOutButton"));
        out->setToolTip(tr("Sign %1 out so that someone else can sign in.").arg(session.actor().label()));
        connect(out, &QPushButton::clicked, this, [this] {
            m_signOut = true;
            QDialog::reject();
        });
    } else {
        buttons->addButton(QDialogButtonBox::Cancel);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setChoosing(false);
    (mode == Mode::SignIn ? m_job : m_password)->setFocus();
}

void SignInDialog::accept()
{
    if (!m_code.isEmpty()) {
        if (m_newPassword->text() != m_again->text()) {
            showError(tr("The two new passwords differ; type the same password in both fields."));
            m_again->clear();
            m_newPassword->selectAll();
            m_newPassword->setFocus();
            return;
        }
        auto actor = m_session.enrol(m_job->text(), m_code, m_newPassword->text());
        if (!actor) {
            if (actor.error().field != AuthService::ChoosePasswordField) {
                // The code itself failed (expired, locked, the server): back to signing in.
                m_code.clear();
                setChoosing(false);
                m_password->clear();
                m_password->setFocus();
            } else {
                m_again->clear();
                m_newPassword->selectAll();
                m_newPassword->setFocus();
            }
            showError(actor.error().message);
            return;
        }
        QDialog::accept();
        return;
    }
    Status result;
    if (m_mode == Mode::Unlock) {
        result = m_session.unlock(m_password->text());
    } else if (auto actor = m_session.signIn(m_job->text(), m_password->text()); !actor) {
        if (actor.error().field == AuthService::ChoosePasswordField) {
            askForOwnPassword(m_password->text(), actor.error().message);
            return;
        }
        result = actor.error();
    }
    if (!result) {
        showError(result.error().message);
        m_password->clear();
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}

void SignInDialog::askForOwnPassword(const QString& code, const QString& message)
{
    m_code = code;
    m_error->hide();
    m_welcome->setText(message + QLatin1Char(' ') +
                       tr("It needs at least %1 characters; the code works only until you have chosen it.")
                           .arg(PasswordHasher::MinimumLength));
    setChoosing(true);
    m_newPassword->setFocus();
}

void SignInDialog::setChoosing(bool choosing)
{
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_newLabel, m_newPassword, m_againLabel, m_again, m_welcome})
        w->setVisible(choosing);
    m_job->setReadOnly(choosing || m_mode == Mode::Unlock);
    m_password->setEnabled(!choosing);
    if (m_mode == Mode::SignIn)
        m_ok->setText(choosing ? tr("Choose password") : tr("Sign in"));
}

void SignInDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace threerings::ui
