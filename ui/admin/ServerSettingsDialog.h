#pragma once

#include "core/auth/Actor.h"
#include "core/sync/ServerConfig.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace threerings {
class Database;
}

namespace threerings::ui {

// Admin ▸ Server…: host, port, database, TLS mode and certificate authority, the login and its
// password. The password goes to the OS keychain (never to a file); the rest is kept in this
// database. Saving does not touch the network: the sync worker connects and reports in the status bar.
class ServerSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    ServerSettingsDialog(Database& db, Actor actor, QWidget* parent = nullptr);

    // The server as saved, with the password typed (in memory only).
    const ServerConfig& config() const { return m_config; }
    // Why the password could not go to the keychain, when it could not.
    QString keychainProblem() const { return m_keychainProblem; }

    void accept() override;

private:
    Database& m_db;
    Actor m_actor;
    ServerConfig m_config;
    QString m_keychainProblem;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QComboBox* m_tls = nullptr;
    QLineEdit* m_ca = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_pushExisting = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace threerings::ui
