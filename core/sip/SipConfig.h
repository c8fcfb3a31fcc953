#pragma once

#include "core/settings/Settings.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace threerings {

class Clock;
class Database;
class SettingsReader;
class SettingsRepository;
struct Actor;

// How the console's SIP line is set up: the account it registers (or none, for calls sent straight to the
// console), where it listens, the audio devices and codecs, and whether calls are recorded. Read from the
// settings (Setting::Sip…, admin); the password never is: it comes from the OS keychain (or, headless, from
// THREERINGS_SIP_PASSWORD; ui/sip/SipKeychain reads both).
struct SipConfig
{
    Q_DECLARE_TR_FUNCTIONS(SipConfig)

public:
    enum class Transport
    {
        Udp,
        Tcp,
        Tls
    };

    // What the line does with a call that arrives while the agent is not Ready.
    enum class NotReady
    {
        Busy,  // 486 Busy Here at once: the PBX's queue offers it to someone else
        Queue, // it keeps ringing at the caller and is offered when the agent becomes Ready
    };

    // Setting::LineKind: true ("sip") when the console starts on this SIP line, false ("simulated") when
    // it starts on the simulated training/demo line. --sip and --simulate override it.
    bool useSipLine = false;
    bool registerAccount = false; // false: no registration, direct calls to this console's address
    QString user;
    QString domain;
    QString proxy; // registrar / outbound proxy host[:port]; the domain when empty
    QString password;
    Transport transport = Transport::Udp;

    QString listenAddress;                      // empty: every interface; 127.0.0.1 in tests
    int port = Setting::SipPort.defaultValue(); // -1: a free port chosen by the line
    QStringList codecs;  // audio codecs offered, by MIME type (PCMA, PCMU, opus …); empty: linphone's
    QString inputDevice; // linphone audio device ids; empty: the default
    QString outputDevice;
    QString ringerDevice;
    bool nullAudio = false; // no sound card: silence in, nothing out (CI, servers)
    int noRtpTimeoutS = 30; // a call whose audio stopped for this long is dropped by the line
    NotReady whenNotReady = NotReady::Busy;
    bool recordCalls = false; // one file per call, kept with the call record
    QString recordDir;        // where recordings go; <data dir>/recordings when empty
    QString dataDir;          // linphone's config file and databases; a folder of the app's data when empty
    bool debugLog = false;    // linphone's own log and every call state on stderr (tests, troubleshooting)

    static QString transportName(Transport t);
    static Transport transportFrom(const QString& name);

    // The SIP settings of the table (Setting::SipRegister … SipRecordDir) and Setting::LineKind, which line
    // the console starts on.
    static SipConfig fromSettings(const SettingsReader& settings);
    // The same settings and their values as stored, the line kind included (never the password).
    QList<std::pair<const SettingEntry*, QString>> toSettingsValues() const;
    // Saves the SIP settings and the line kind in one transaction; admins only (Action::ManagePhoneLine).
    // Checked first: a refused or invalid setup changes nothing. The line uses them from its next start.
    static Status save(Database& db, const Clock& clock, const Actor& actor, const SipConfig& config);
    // Empty when the line can start; else what to fix, naming the setting.
    QString problem() const;
    // sip:user@domain, or empty without an account.
    QString identity() const;
};

} // namespace threerings
