#include "ui/admin/ServerSettingsDialog.h"

#include "core/sync/ServerPassword.h"
#include "core/sync/SyncEngine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace threerings::ui {

ServerSettingsDialog::ServerSettingsDialog(Database& db, Actor actor, QWidget* parent)
    : QDialog(parent), m_db(db), m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("serverSettingsDialog"));
    setWindowTitle(tr("Server"));
    auto current = SyncEngine::configured(db);
    if (current)
        m_config = current.value();
    m_host = new QLineEdit(m_config.host, this);
    m_host->setObjectName(QStringLiteral("host"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(m_config.port);
    m_database =
        new QLineEdit(m_config.database.isEmpty() ? QStringLiteral("threerings") : m_config.database, this);
    m_database->setObjectName(QStringLiteral("database"));
    m_tls = new QComboBox(this);
    m_tls->setObjectName(QStringLiteral("tls"));
    const QList<QPair<QString, QString>> modes{
        {QStringLiteral("verify-full"), tr("Verify the server's certificate and name (recommended)")},
        {QStringLiteral("verify-ca"), tr("Verify the server's certificate")},
        {QStringLiteral("require"), tr("Encrypt, do not verify")},
        {QStringLiteral("prefer"), tr("Encrypt when the server offers it")},
        {QStringLiteral("disable"), tr("No encryption (a trusted network only)")}};
    for (const auto& [mode, label] : modes)
        m_tls->addItem(label, mode);
    m_tls->setCurrentIndex(current ? std::max(0, m_tls->findData(m_config.sslMode)) : 0);
    m_ca = new QLineEdit(m_config.sslRootCert, this);
    m_ca->setObjectName(QStringLiteral("ca"));
    m_ca->setPlaceholderText(tr("certificate authority file (.crt)"));
    m_user = new QLineEdit(m_config.user, this);
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(tr("empty: each person signs in as their own login (recommended)"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(current ? tr("unchanged") : QString());
    m_pushExisting =
        new QCheckBox(tr("Send the records this console already has (the team's first console)"), this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&TLS:"), m_tls);
    form->addRow(tr("&Certificate authority:"), m_ca);
    form->addRow(tr("&Login:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ServerSettingsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pushExisting);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void ServerSettingsDialog::accept()
{
    ServerConfig c;
    c.host = m_host->text().trimmed();
    c.port = m_port->value();
    c.database = m_database->text().trimmed();
    c.user = m_user->text().trimmed();
    c.sslMode = m_tls->currentData().toString();
    c.sslRootCert = m_ca->text().trimmed();
    c.password = m_password->text();
    const auto fail = [this](const QString& message, QWidget* field) {
        m_error->setText(message);
        m_error->show();
        if (field)
            field->setFocus();
    };
    if (c.host.isEmpty())
        return fail(tr("Enter the server's host name."), m_host);
    if (c.database.isEmpty())
        return fail(tr("Enter the database name on the server."), m_database);
    if (auto checked = ServerConfig::parse(c.toUrl()); !checked)
        return fail(checked.error().message, nullptr);
    // Without a login each person syncs as their own, with the password they sign in with: nothing to keep.
    if (c.user.isEmpty())
        c.password.clear();
    const bool typed = !c.password.isEmpty();
    if (!typed && !c.user.isEmpty()) {
        if (Status s = ServerPassword::resolve(c); !s)
            return fail(tr("Enter the password of the server login."), m_password);
    }
    if (Status s = SyncEngine::configure(m_actor, m_db, c, m_pushExisting->isChecked()); !s)
        return fail(s.error().message, nullptr);
    if (typed) {
        if (Status kept = ServerPassword::store(c); !kept)
            m_keychainProblem = kept.error().message;
    }
    m_config = c;
    QDialog::accept();
}

} // namespace threerings::ui
