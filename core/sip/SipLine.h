#pragma once

#include "core/calls/Line.h"
#include "core/sip/SipConfig.h"
#include "core/sip/SipEngine.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QThread>

namespace threerings {

// The console's phone on a real SIP line (a PBX such as Asterisk or FreeSWITCH, or a carrier's trunk),
// through liblinphone. It implements the same Line as SimulatedLine, so the console, the call records and
// the ring count work the same on both.
//
// The linphone core lives on the line's own thread (SipEngine, with its iterate timer); this object stays
// on the console's thread, keeps what it needs to answer synchronously (which calls are on, in which state)
// and passes each request on as a queued call. An incoming INVITE gets 180 Ringing from linphone at once;
// answering sends 200 OK, holding and resuming send re-INVITEs, transfer sends REFER, hanging up a ringing
// call sends 486 Busy Here (the PBX offers it elsewhere). The caller's number comes from
// P-Asserted-Identity, else From.
class SipLine final : public Line
{
    Q_OBJECT

public:
    using Registration = SipEngine::RegistrationState;

    explicit SipLine(SipConfig config, QObject* parent = nullptr);
    ~SipLine() override;

    // Starts the line's thread and the linphone core; started() or startFailed() follows.
    void start();
    bool isStarted() const { return m_udpPort > 0 || m_tcpPort > 0; }
    // The ports the line listens on once started (0 when not listening on that transport).
    int udpPort() const { return m_udpPort; }
    int tcpPort() const { return m_tcpPort; }
    const SipConfig& config() const { return m_config; }
    // linphone's audio device ids, once started.
    QStringList audioDevices() const { return m_devices; }
    Registration registration() const { return m_registration; }
    QString registrationMessage() const { return m_registrationMessage; }
    // A human line for the status bar: "SIP: registered as sip:8001@pbx", "SIP: direct on port 5060" …
    QString registrationText() const;
    bool isRecordingCalls() const { return m_config.recordCalls; }
    // The file the call's audio is being recorded to; empty when it is not recorded.
    QString recordingFile(const QString& callId) const { return m_recordings.value(callId); }

    QString displayName() const override;
    Status answer(const QString& callId) override;
    Status hangUp(const QString& callId) override;
    Status hold(const QString& callId) override;
    Status resume(const QString& callId) override;
    Status transfer(const QString& callId, const QString& number) override;
    bool canDial() const override { return isStarted(); }
    // INVITE to the number (a Chinese E.164 number is dialled as its national digits, as PBXs expect) at
    // the account's domain, else the proxy, else sip.domain; the line's id of the call at once.
    Result<QString> dial(const QString& number) override;
    void setAgentAvailable(bool available) override;

    // Plays a short tone on the chosen output device (settings: test the audio).
    void playTestTone();
    // Tells linphone the network went away or came back (it re-registers when it is back).
    void setNetworkReachable(bool reachable);

Q_SIGNALS:
    void started();
    void startFailed(const QString& message);
    void registrationChanged(threerings::SipEngine::RegistrationState state, const QString& message);
    // A call's audio is being recorded to `path`.
    void recordingStarted(const QString& callId, const QString& path);
    // The line could not do what was asked; the text is for the status bar.
    void problem(const QString& message);
    // When linphone saw the INVITE (ms since the epoch), just before incomingCall(): for the figures.
    void inviteReceived(const QString& callId, qint64 receivedAtMs);

private:
    enum class State
    {
        Ringing,
        Connected,
        OnHold
    };
    Status check(const QString& callId) const;
    void stopEngine();

    SipConfig m_config;
    QThread m_thread;
    SipEngine* m_engine = nullptr; // lives on m_thread
    QHash<QString, State> m_calls;
    QSet<QString> m_outgoing;
    QHash<QString, QString> m_recordings;
    QStringList m_devices;
    int m_udpPort = 0;
    int m_tcpPort = 0;
    Registration m_registration = Registration::None;
    QString m_registrationMessage;
};

} // namespace threerings
