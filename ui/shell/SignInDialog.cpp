#include "ui/shell/SignInDialog.h"

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
    form->addRow(tr("&Job number:"), m_job);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* ok =
        buttons->addButton(mode == Mode::SignIn ? tr("Sign in") : tr("Unlock"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("signInButton"));
    ok->setDefault(true);
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
    (mode == Mode::SignIn ? m_job : m_password)->setFocus();
}

void SignInDialog::accept()
{
    Status result;
    if (m_mode == Mode::Unlock) {
        result = m_session.unlock(m_password->text());
    } else if (auto actor = m_session.signIn(m_job->text(), m_password->text()); !actor) {
        result = actor.error();
    }
    if (!result) {
        m_error->setText(result.error().message);
        m_error->show();
        m_password->clear();
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace threerings::ui
