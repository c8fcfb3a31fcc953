#pragma once

#include "core/sip/SipConfig.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace threerings {
class Database;
class Clock;
class SipLine;
struct Actor;
} // namespace threerings

namespace threerings::ui {

// Admin ▸ Phone line…: which line the console starts on (simulated or SIP, the setting line.kind), the SIP
// account (or none, for direct calls), where the line listens, the audio devices with a test tone, the codecs
// offered, what a call meets while the agent is not Ready, and call recording. Saved through SipConfig::save
// (admins only); the password goes to the OS keychain. The line uses the new setup from the console's next
// start.
class SipSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SipSettingsDialog(Database& db, const Clock& clock, const Actor& actor, SipLine* line,
                      QWidget* parent = nullptr);

    SipConfig config() const;
    // Saves; false (with the error shown in the dialog) when refused or invalid.
    bool save();

private:
    void load(const SipConfig& c);
    void updateEnabled();

    Database& m_db;
    const Clock& m_clock;
    const Actor& m_actor;
    SipLine* m_line;
    QComboBox* m_lineKind = nullptr;
    QCheckBox* m_register = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_domain = nullptr;
    QLineEdit* m_proxy = nullptr;
    QComboBox* m_transport = nullptr;
    QLineEdit* m_password = nullptr;
    QSpinBox* m_port = nullptr;
    QComboBox* m_input = nullptr;
    QComboBox* m_output = nullptr;
    QComboBox* m_ringer = nullptr;
    QListWidget* m_codecs = nullptr;
    QComboBox* m_notReady = nullptr;
    QCheckBox* m_record = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace threerings::ui
