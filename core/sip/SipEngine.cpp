#include "core/sip/SipEngine.h"

#include "core/settings/Settings.h"
#include "core/sip/SipIdentity.h"
#include "core/util/OwnerOnly.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>
#include <QThread>
#include <algorithm>
#include <linphone++/linphone.hh>

namespace threerings {

namespace {

constexpr int iterateIntervalMs = 10;
// Line::Party, as ints (see SipEngine.h).
constexpr int partyCaller = 0;
constexpr int partyAgent = 1;
constexpr int partyLine = 2;
// Line::DialFailure, as ints.
constexpr int dialFailureBusy = 0;
constexpr int dialFailureNoAnswer = 1;
constexpr int dialFailureRejected = 2;
constexpr int dialFailureUnreachable = 3;
constexpr int dialFailureCancelled = 4;

std::string str(const QString& s)
{
    return s.toStdString();
}

QString qstr(const std::string& s)
{
    return QString::fromStdString(s);
}

QString callIdOf(const std::shared_ptr<linphone::Call>& call)
{
    return call && call->getCallLog() ? qstr(call->getCallLog()->getCallId()) : QString();
}

class Listener final : public linphone::CoreListener
{
public:
    explicit Listener(SipEngine* engine) : m_engine(engine) {}

    void onCallStateChanged(const std::shared_ptr<linphone::Core>&,
                            const std::shared_ptr<linphone::Call>& call, linphone::Call::State state,
                            const std::string& message) override
    {
        m_engine->onCallState(call, static_cast<int>(state), message);
    }
    void onAccountRegistrationStateChanged(const std::shared_ptr<linphone::Core>&,
                                           const std::shared_ptr<linphone::Account>&,
                                           linphone::RegistrationState state,
                                           const std::string& message) override
    {
        m_engine->onRegistration(static_cast<int>(state), message);
    }
    void onTransferStateChanged(const std::shared_ptr<linphone::Core>&,
                                const std::shared_ptr<linphone::Call>& call,
                                linphone::Call::State state) override
    {
        m_engine->onTransferState(call, static_cast<int>(state));
    }

private:
    SipEngine* m_engine;
};

} // namespace

SipEngine::SipEngine(QObject* parent) : QObject(parent), m_iterate(this)
{
    m_iterate.setInterval(iterateIntervalMs);
    m_iterate.setTimerType(Qt::PreciseTimer);
    connect(&m_iterate, &QTimer::timeout, this, [this] {
        if (m_core)
            m_core->iterate();
    });
}

SipEngine::~SipEngine() = default;

void SipEngine::start(const SipConfig& config)
{
    m_config = config;
    QString dir = config.dataDir;
    if (dir.isEmpty())
        dir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                  .filePath(QStringLiteral("sip"));
    // linphone keeps its call log and credentials here, and the recordings below: owner-only.
    if (!OwnerOnly::makePath(dir)) {
        Q_EMIT startFailed(tr("Cannot create the SIP line's folder %1; check that it is writable.").arg(dir));
        return;
    }
    if (m_config.recordDir.isEmpty())
        m_config.recordDir = QDir(dir).filePath(QStringLiteral("recordings"));

    // linphone's own log only when asked for (SipConfig::debugLog); otherwise it would fill the console's
    // stderr.
    linphone::LoggingService::get()->setLogLevel(config.debugLog ? linphone::LogLevel::Message
                                                                 : linphone::LogLevel::Fatal);
    auto factory = linphone::Factory::get();
    factory->setDataDir(str(dir));
    factory->setConfigDir(str(dir));
    auto lc = factory->createConfig(str(QDir(dir).filePath(QStringLiteral("linphonerc"))));
    lc->setString("storage", "uri", str(QDir(dir).filePath(QStringLiteral("linphone.db"))));
    lc->setString("storage", "call_logs_db_uri", str(QDir(dir).filePath(QStringLiteral("call-history.db"))));
    lc->setString("misc", "zrtp_secrets_file", str(QDir(dir).filePath(QStringLiteral("zidcache"))));
    lc->setString("sip", "bind_address", str(config.listenAddress));
    lc->setString("rtp", "bind_address", str(config.listenAddress));
    lc->setInt("sip", "auto_net_state_mon", 1); // re-register when the network comes back
    lc->setInt("sip", "inc_timeout", 3600);     // the console decides when a ringing call goes back
    lc->setInt("sip", "use_ipv6", 0);
    lc->setInt("sound", "echocancellation", 0);
    lc->setInt("video", "capture", 0);
    lc->setInt("video", "display", 0);
    lc->setInt("video", "automatically_initiate", 0);
    lc->setInt("video", "automatically_accept", 0);
    lc->setInt("misc", "max_calls", 2);
    lc->setInt("misc", "store_friends", 0);
    lc->setInt("misc", "hide_chat_rooms_from_removed_proxies", 1);
    lc->setInt("net", "firewall_policy", 0); // no STUN, ICE or TURN

    m_core = factory->createCoreWithConfig(lc, nullptr);
    if (!m_core) {
        Q_EMIT startFailed(tr("The SIP line could not start (liblinphone refused its settings)."));
        return;
    }
    m_core->enableIpv6(false);
    m_core->setUseFiles(config.nullAudio);
    m_core->setRing("");     // the console rings with its own tone
    m_core->setRingback(""); // the console plays its own ringback (ui Ringback) while a placed call rings
    m_core->enableVideoCapture(false);
    m_core->enableVideoDisplay(false);
    m_core->setIncTimeout(3600);
    m_core->setInCallTimeout(0);
    m_core->setNortpTimeout(config.noRtpTimeoutS);
    m_core->setUserAgent("ThreeRings", THREERINGS_VERSION);
    m_core->setAudioPort(-1); // a free RTP port per call

    auto transports = factory->createTransports();
    const int port = config.port;
    transports->setUdpPort(config.transport == SipConfig::Transport::Udp || !config.registerAccount ? port
                                                                                                    : 0);
    transports->setTcpPort(config.transport == SipConfig::Transport::Tcp || !config.registerAccount ? port
                                                                                                    : 0);
    transports->setTlsPort(config.transport == SipConfig::Transport::Tls ? (port == 5060 ? 5061 : port) : 0);
    transports->setDtlsPort(0);
    m_core->setTransports(transports);

    if (!config.codecs.isEmpty()) {
        bool any = false;
        for (const auto& pt : m_core->getAudioPayloadTypes()) {
            const bool on = config.codecs.contains(qstr(pt->getMimeType()), Qt::CaseInsensitive);
            pt->enable(on);
            any = any || on;
        }
        if (!any)
            Q_EMIT problem(tr("None of the codecs in %1 (%2) is available; the line offers none.")
                               .arg(Setting::SipCodecs.key(), config.codecs.join(QStringLiteral(", "))));
    }

    m_listener = std::make_shared<Listener>(this);
    m_core->addListener(m_listener);
    if (m_core->start() != 0) {
        m_core.reset();
        Q_EMIT startFailed(tr("The SIP line could not start; is port %1 already in use?").arg(port));
        return;
    }

    QStringList devices;
    for (const auto& d : m_core->getExtendedAudioDevices()) {
        devices << qstr(d->getId());
        const QString id = qstr(d->getId());
        if (!config.inputDevice.isEmpty() && id == config.inputDevice)
            m_core->setDefaultInputAudioDevice(d);
        if (!config.outputDevice.isEmpty() && id == config.outputDevice)
            m_core->setDefaultOutputAudioDevice(d);
    }
    if (!config.ringerDevice.isEmpty())
        (void)m_core->setRingerDevice(str(config.ringerDevice));

    if (config.registerAccount) {
        const QString identity = config.identity();
        auto params = m_core->createAccountParams();
        auto idAddress = factory->createAddress(str(identity));
        const QString server = QStringLiteral("sip:%1;transport=%2")
                                   .arg(config.proxy.isEmpty() ? config.domain : config.proxy,
                                        SipConfig::transportName(config.transport));
        auto serverAddress = factory->createAddress(str(server));
        if (!idAddress || !serverAddress) {
            Q_EMIT registration(RegistrationState::Failed,
                                tr("The SIP account %1 via %2 is not a valid address; check user, domain "
                                   "and proxy.")
                                    .arg(identity, server));
        } else {
            params->setIdentityAddress(idAddress);
            params->setServerAddress(serverAddress);
            params->enableRegister(true);
            auto account = m_core->createAccount(params);
            m_core->addAuthInfo(factory->createAuthInfo(str(config.user), "", str(config.password), "", "",
                                                        str(config.domain)));
            m_core->addAccount(account);
            m_core->setDefaultAccount(account);
        }
    } else {
        Q_EMIT registration(RegistrationState::None, {});
    }

    m_iterate.start();
    auto used = m_core->getTransportsUsed();
    Q_EMIT started(used->getUdpPort(), used->getTcpPort(), devices);
}

void SipEngine::stop()
{
    m_iterate.stop();
    if (!m_core)
        return;
    m_core->terminateAllCalls();
    m_core->removeListener(m_listener);
    m_core->stop();
    m_calls.clear();
    m_core.reset();
    m_listener.reset();
}

SipEngine::Entry* SipEngine::find(const QString& callId)
{
    auto it = m_calls.find(callId);
    return it == m_calls.end() || it->second.ended ? nullptr : &it->second;
}

QString SipEngine::recordPathFor(const QString& callId) const
{
    QString safe = callId;
    for (QChar& c : safe)
        if (!c.isLetterOrNumber() && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    const QString name = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
                         QLatin1Char('-') + safe.left(40) + QStringLiteral(".wav");
    return QDir(m_config.recordDir).filePath(name);
}

void SipEngine::answer(const QString& callId)
{
    Entry* e = find(callId);
    if (!e || e->state != CallState::Ringing) {
        Q_EMIT problem(tr("The call %1 can no longer be answered; the caller may have hung up.").arg(callId));
        return;
    }
    auto params = m_core->createCallParams(e->call);
    params->enableVideo(false);
    if (m_config.recordCalls && OwnerOnly::makePath(m_config.recordDir)) {
        e->recordFile = recordPathFor(callId);
        params->setRecordFile(str(e->recordFile));
    }
    if (e->call->acceptWithParams(params) != 0)
        Q_EMIT problem(tr("The call could not be answered (the line refused)."));
}

void SipEngine::hangUp(const QString& callId)
{
    Entry* e = find(callId);
    if (!e)
        return; // already gone: its end was or will be reported
    e->endedBy = partyAgent;
    const linphone::Call::State s = e->call->getState();
    if (s == linphone::Call::State::IncomingReceived || s == linphone::Call::State::IncomingEarlyMedia)
        (void)e->call->decline(linphone::Reason::Busy); // 486: the PBX offers it elsewhere
    else
        (void)e->call->terminate();
}

void SipEngine::hold(const QString& callId)
{
    Entry* e = find(callId);
    if (!e || e->state != CallState::Connected)
        return;
    e->state = CallState::Holding;
    if (e->call->pause() != 0) {
        e->state = CallState::Connected;
        Q_EMIT problem(tr("The call could not be put on hold (the line refused)."));
    }
}

void SipEngine::resume(const QString& callId)
{
    Entry* e = find(callId);
    if (!e || e->state != CallState::OnHold)
        return;
    e->state = CallState::Resuming;
    if (e->call->resume() != 0) {
        e->state = CallState::OnHold;
        Q_EMIT problem(tr("The call could not be resumed (the line refused)."));
    }
}

QString SipEngine::uriFor(const QString& target, const std::shared_ptr<linphone::Call>& call) const
{
    const QString uri = target.trimmed();
    if (uri.startsWith(QLatin1String("sip:")) || uri.startsWith(QLatin1String("sips:")))
        return uri;
    if (uri.contains(QLatin1Char('@')))
        return QStringLiteral("sip:") + uri;
    QString domain = m_config.registerAccount || !m_config.domain.isEmpty() ? m_config.domain : QString();
    if (domain.isEmpty())
        domain = m_config.proxy;
    if (domain.isEmpty() && call && call->getRemoteAddress()) {
        domain = qstr(call->getRemoteAddress()->getDomain());
        if (const int port = call->getRemoteAddress()->getPort(); port > 0)
            domain += QLatin1Char(':') + QString::number(port);
    }
    return domain.isEmpty() ? QString() : QStringLiteral("sip:%1@%2").arg(uri, domain);
}

QString SipEngine::dial(const QString& target, QString* error)
{
    if (!m_core) {
        *error = tr("The SIP line has not started; it cannot place calls.");
        return {};
    }
    const QString uri = uriFor(target, nullptr);
    auto address = uri.isEmpty() ? nullptr : linphone::Factory::get()->createAddress(str(uri));
    if (!address) {
        *error = uri.isEmpty() ? tr("The SIP line has no domain or proxy to call %1 through; set %2.")
                                     .arg(target, Setting::SipDomain.key())
                               : tr("%1 is not a number or SIP address the line can call.").arg(target);
        return {};
    }
    auto params = m_core->createCallParams(nullptr);
    params->enableVideo(false);
    QString recordFile;
    if (m_config.recordCalls && OwnerOnly::makePath(m_config.recordDir)) {
        recordFile = recordPathFor(target);
        params->setRecordFile(str(recordFile));
    }
    auto call = m_core->inviteAddressWithParams(address, params);
    const QString id = callIdOf(call);
    if (!call || id.isEmpty()) {
        *error = tr("The line could not call %1.").arg(target);
        return {};
    }
    Entry& e = m_calls[id];
    e.call = call;
    e.state = CallState::Ringing;
    e.outgoing = true;
    e.reported = true;
    e.recordFile = recordFile;
    return id;
}

void SipEngine::transfer(const QString& callId, const QString& target)
{
    Entry* e = find(callId);
    if (!e)
        return;
    auto address = linphone::Factory::get()->createAddress(str(uriFor(target, e->call)));
    if (!address) {
        Q_EMIT problem(tr("%1 is not a number or SIP address the call can be transferred to.").arg(target));
        return;
    }
    e->transferTarget = target;
    if (e->call->transferTo(address) != 0) {
        e->transferTarget.clear();
        Q_EMIT problem(tr("The call could not be transferred to %1 (the line refused).").arg(target));
    }
}

void SipEngine::onTransferState(const std::shared_ptr<linphone::Call>& call, int state)
{
    const QString id = callIdOf(call);
    Entry* e = find(id);
    if (!e || e->transferTarget.isEmpty())
        return;
    const auto s = static_cast<linphone::Call::State>(state);
    if (s == linphone::Call::State::Connected) {
        // The transferee reached the target (NOTIFY 200): the call is theirs now; it ends here.
        e->endedBy = partyAgent;
        Q_EMIT transferred(id, e->transferTarget);
        if (call->getState() != linphone::Call::State::End &&
            call->getState() != linphone::Call::State::Released)
            (void)call->terminate();
    } else if (s == linphone::Call::State::Error) {
        Q_EMIT problem(
            tr("The transfer to %1 failed; the caller is still on the line.").arg(e->transferTarget));
        e->transferTarget.clear();
    }
}

void SipEngine::setAvailable(bool available)
{
    m_available = available;
    if (!available)
        return;
    // Queue: a call that waited while the agent was not Ready is offered now.
    for (auto& [id, e] : m_calls)
        if (!e.ended && !e.reported && e.state == CallState::Ringing) {
            offer(id, e);
            break;
        }
}

void SipEngine::playTestTone()
{
    if (m_core)
        m_core->playDtmf('5', 1500);
}

void SipEngine::setNetworkReachable(bool reachable)
{
    if (m_core)
        m_core->setNetworkReachable(reachable);
}

void SipEngine::offer(const QString& callId, Entry& e)
{
    e.reported = true;
    QString from;
    if (auto remote = e.call->getRemoteAddress())
        from = qstr(remote->asStringUriOnly());
    QString pai;
    if (auto rp = e.call->getRemoteParams())
        pai = qstr(rp->getCustomHeader("P-Asserted-Identity"));
    Q_EMIT incoming(callId, sipCallerNumber(from, pai), QDateTime::currentMSecsSinceEpoch());
}

void SipEngine::endWith(const QString& callId, Entry& e, int party)
{
    if (e.ended)
        return;
    e.ended = true;
    if (e.outgoing && e.state == CallState::Ringing) {
        // Never answered: why, from the final response (Line::DialFailure as int).
        int failure = dialFailureUnreachable;
        const int code = e.call->getErrorInfo() ? e.call->getErrorInfo()->getProtocolCode() : 0;
        if (party == partyAgent)
            failure = dialFailureCancelled;
        else if (code == 486 || code == 600)
            failure = dialFailureBusy;
        else if (code == 480 || code == 408)
            failure = dialFailureNoAnswer;
        else if (code == 603)
            failure = dialFailureRejected;
        Q_EMIT dialFailed(callId, failure);
    }
    if (!e.recordFile.isEmpty())
        OwnerOnly::tighten(e.recordFile); // whenever linphone made it, in whatever folder
    if (e.reported)
        Q_EMIT ended(callId, party, e.state == CallState::Ringing);
}

void SipEngine::onCallState(const std::shared_ptr<linphone::Call>& call, int state,
                            const std::string& message)
{
    Q_UNUSED(message)
    using S = linphone::Call::State;
    const QString id = callIdOf(call);
    const auto s = static_cast<S>(state);
    if (m_config.debugLog)
        qDebug("sip call %s state %d (%s)", qPrintable(id), state, message.c_str());
    if (s == S::IncomingReceived) {
        const bool busyElsewhere =
            std::any_of(m_calls.begin(), m_calls.end(), [](const auto& kv) { return !kv.second.ended; });
        if (busyElsewhere || (!m_available && m_config.whenNotReady == SipConfig::NotReady::Busy)) {
            // One call at a time, and none for an agent who is not Ready: 486 Busy Here at once.
            (void)call->decline(linphone::Reason::Busy);
            return;
        }
        Entry& e = m_calls[id];
        e.call = call;
        e.state = CallState::Ringing;
        if (m_available)
            offer(id, e);
        return;
    }
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return; // a call declined at once, or not ours
    Entry& e = it->second;
    switch (s) {
    case S::OutgoingRinging:
    case S::OutgoingEarlyMedia:
        if (e.outgoing && e.state == CallState::Ringing)
            Q_EMIT remoteRinging(id);
        break;
    case S::StreamsRunning:
        if (e.state == CallState::Ringing) {
            e.state = CallState::Connected;
            if (e.reported)
                Q_EMIT answered(id);
            if (!e.recordFile.isEmpty()) {
                {
                    // The caller's voice: the file is the agent's account's alone.
                    const OwnerOnly::Scope ownerOnly;
                    call->startRecording();
                }
                OwnerOnly::tighten(e.recordFile);
                Q_EMIT recording(id, e.recordFile);
            }
        } else if (e.state == CallState::Resuming || e.state == CallState::OnHold) {
            e.state = CallState::Connected;
            Q_EMIT resumed(id);
        }
        break;
    case S::Paused:
        if (e.state == CallState::Holding) {
            e.state = CallState::OnHold;
            Q_EMIT held(id);
        }
        break;
    case S::Error:
        endWith(id, e, e.endedBy >= 0 ? e.endedBy : partyLine);
        break;
    case S::End:
        endWith(id, e, e.endedBy >= 0 ? e.endedBy : partyCaller);
        break;
    case S::Released:
        endWith(id, e, e.endedBy >= 0 ? e.endedBy : partyLine);
        m_calls.erase(it);
        break;
    default:
        break;
    }
}

void SipEngine::onRegistration(int state, const std::string& message)
{
    using R = linphone::RegistrationState;
    RegistrationState r = RegistrationState::None;
    switch (static_cast<R>(state)) {
    case R::Progress:
        r = RegistrationState::Progress;
        break;
    case R::Ok:
        r = RegistrationState::Ok;
        break;
    case R::Cleared:
        r = RegistrationState::Cleared;
        break;
    case R::Failed:
        r = RegistrationState::Failed;
        break;
    case R::None:
        r = RegistrationState::None;
        break;
    }
    Q_EMIT registration(r, qstr(message));
}

} // namespace threerings
