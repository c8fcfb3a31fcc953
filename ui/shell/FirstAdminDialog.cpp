#include "ui/shell/FirstAdminDialog.h"

#include "core/auth/AccountService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace threerings::ui {

FirstAdminDialog::FirstAdminDialog(AccountService& accounts, QWidget* parent)
    : QDialog(parent), m_accounts(accounts)
{
    setObjectName(QStringLiteral("firstAdminDialog"));
    setWindowTitle(tr("Create the admin account"));
    auto* layout = new QVBoxLayout(this);
    auto* note =
        new QLabel(tr("This database has no accounts yet. Create the admin's account; the admin then "
                      "adds everybody else."),
                   this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* form = new QFormLayout;
    auto field = [this, form](const char* name, const QString& label, bool secret) {
        auto* e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        if (secret)
            e->setEchoMode(QLineEdit::Password);
        form->addRow(label, e);
        return e;
    };
    m_job = field("jobNumber", tr("&Job number:"), false);
    m_name = field("name", tr("&Name:"), false);
    m_password = field("password", tr("&Password:"), true);
    m_repeat = field("repeatPassword", tr("&Repeat password:"), true);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("firstAdminError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdminDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString FirstAdminDialog::jobNumber() const
{
    return m_job->text().trimmed();
}

QString FirstAdminDialog::password() const
{
    return m_password->text();
}

void FirstAdminDialog::accept()
{
    QString message;
    if (m_password->text() != m_repeat->text()) {
        message = tr("The two passwords differ; type the same one twice.");
    } else {
        User admin;
        admin.jobNumber = m_job->text();
        admin.name = m_name->text();
        admin.roles = {Role::Admin};
        if (auto added = m_accounts.addPerson({}, admin, m_password->text()); !added)
            message = added.error().message;
    }
    if (!message.isEmpty()) {
        m_error->setText(message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace threerings::ui
