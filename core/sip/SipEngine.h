#pragma once

#include "core/sip/SipConfig.h"

#include <QObject>
#include <QTimer>
#include <map>
#include <memory>
#include <string>

namespace linphone {
class Call;
class Core;
class CoreListener;
} // namespace linphone

namespace threerings {

// The linphone core and everything that touches it. It lives on SipLine's own thread: it is created
// there, its iterate timer runs there, and every slot below is invoked there (queued from SipLine). It
// reports through queued signals only, so no linphone call happens on any other thread.
class SipEngine : public QObject
{
    Q_OBJECT

public:
    // The party values are those of Line::Party (0 caller, 1 agent, 2 line), kept as int so this header
    // needs nothing of the line.
    enum class RegistrationState
    {
        None,
        Progress,
        Ok,
        Cleared,
        Failed
    };
    Q_ENUM(RegistrationState)

    explicit SipEngine(QObject* parent = nullptr);
    ~SipEngine() override;

    // Slots run on the engine's thread.
    void start(const threerings::SipConfig& config);
    void stop();
    void answer(const QString& callId);
    void hangUp(const QString& callId);
    void hold(const QString& callId);
    void resume(const QString& callId);
    void transfer(const QString& callId, const QString& target);
    // Sends an INVITE to `target` (digits, user@host or a sip: URI); returns the call's id, or empty with
    // `error` set. Invoked blocking from the console's thread, so the id is known at once.
    QString dial(const QString& target, QString* error);
    void setAvailable(bool available);
    void playTestTone();
    void setNetworkReachable(bool reachable);

    // Called by the listener (on this thread, inside iterate()).
    void onCallState(const std::shared_ptr<linphone::Call>& call, int state, const std::string& message);
    void onRegistration(int state, const std::string& message);
    void onTransferState(const std::shared_ptr<linphone::Call>& call, int state);

Q_SIGNALS:
    void started(int udpPort, int tcpPort, const QStringList& audioDevices);
    void startFailed(const QString& message);
    void incoming(const QString& callId, const QString& number, qint64 receivedAtMs);
    void answered(const QString& callId);
    void held(const QString& callId);
    void resumed(const QString& callId);
    void transferred(const QString& callId, const QString& target);
    void recording(const QString& callId, const QString& path);
    void ended(const QString& callId, int party, bool wasRinging);
    // A placed call: it rings at the other end (180, or 183 with early media); it failed before an answer
    // (`failure`: Line::DialFailure as int).
    void remoteRinging(const QString& callId);
    void dialFailed(const QString& callId, int failure);
    void registration(threerings::SipEngine::RegistrationState state, const QString& message);
    void problem(const QString& message);

private:
    enum class CallState
    {
        Ringing,
        Connected,
        Holding,
        OnHold,
        Resuming
    };
    struct Entry
    {
        std::shared_ptr<linphone::Call> call;
        CallState state = CallState::Ringing;
        int endedBy = -1;      // set when the console ends it (agent), -1 until then
        bool reported = false; // incoming() was emitted (a placed call: from the start)
        bool outgoing = false;
        bool ended = false;
        QString transferTarget;
        QString recordFile;
    };

    Entry* find(const QString& callId);
    void offer(const QString& callId, Entry& e);
    void endWith(const QString& callId, Entry& e, int party);
    QString recordPathFor(const QString& callId) const;
    // sip:target@domain (the account's domain, else the proxy, else the remote party's host).
    QString uriFor(const QString& target, const std::shared_ptr<linphone::Call>& call) const;

    SipConfig m_config;
    std::shared_ptr<linphone::Core> m_core;
    std::shared_ptr<linphone::CoreListener> m_listener;
    QTimer m_iterate;
    std::map<QString, Entry> m_calls;
    bool m_available = true;
};

} // namespace threerings
