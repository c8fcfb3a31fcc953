#include "core/sip/SipLine.h"

#include "core/model/PhoneNumber.h"

namespace threerings {

SipLine::SipLine(SipConfig config, QObject* parent) : Line(parent), m_config(std::move(config))
{
    qRegisterMetaType<threerings::SipConfig>("threerings::SipConfig");
    m_thread.setObjectName(QStringLiteral("sip-line"));
    m_engine = new SipEngine; // no parent: it moves to the line's thread
    m_engine->moveToThread(&m_thread);

    connect(m_engine, &SipEngine::started, this, [this](int udp, int tcp, const QStringList& devices) {
        m_udpPort = udp;
        m_tcpPort = tcp;
        m_devices = devices;
        Q_EMIT started();
    });
    connect(m_engine, &SipEngine::startFailed, this, &SipLine::startFailed);
    connect(m_engine, &SipEngine::problem, this, &SipLine::problem);
    connect(m_engine, &SipEngine::registration, this, [this](Registration state, const QString& message) {
        m_registration = state;
        m_registrationMessage = message;
        Q_EMIT registrationChanged(state, message);
    });
    connect(m_engine, &SipEngine::incoming, this,
            [this](const QString& id, const QString& number, qint64 at) {
                m_calls.insert(id, State::Ringing);
                Q_EMIT inviteReceived(id, at);
                Q_EMIT incomingCall(id, number);
            });
    connect(m_engine, &SipEngine::answered, this, [this](const QString& id) {
        if (!m_calls.contains(id))
            return;
        m_calls[id] = State::Connected;
        Q_EMIT callAnswered(id);
    });
    connect(m_engine, &SipEngine::held, this, [this](const QString& id) {
        if (!m_calls.contains(id))
            return;
        m_calls[id] = State::OnHold;
        Q_EMIT callHeld(id);
    });
    connect(m_engine, &SipEngine::resumed, this, [this](const QString& id) {
        if (!m_calls.contains(id))
            return;
        m_calls[id] = State::Connected;
        Q_EMIT callResumed(id);
    });
    connect(m_engine, &SipEngine::transferred, this, [this](const QString& id, const QString& target) {
        if (m_calls.contains(id))
            Q_EMIT callTransferred(id, target);
    });
    connect(m_engine, &SipEngine::recording, this, [this](const QString& id, const QString& path) {
        m_recordings.insert(id, path);
        Q_EMIT recordingStarted(id, path);
        Q_EMIT callRecording(id, path);
    });
    connect(m_engine, &SipEngine::remoteRinging, this, [this](const QString& id) {
        if (m_outgoing.contains(id))
            Q_EMIT remoteRinging(id);
    });
    connect(m_engine, &SipEngine::dialFailed, this, [this](const QString& id, int failure) {
        if (m_outgoing.contains(id))
            Q_EMIT callFailed(id, static_cast<DialFailure>(failure));
    });
    connect(m_engine, &SipEngine::ended, this, [this](const QString& id, int party, bool wasRinging) {
        if (!m_calls.remove(id))
            return;
        m_recordings.remove(id);
        const bool placed = m_outgoing.remove(id);
        const auto by = static_cast<Party>(party);
        if (wasRinging && by == Party::Caller && !placed)
            Q_EMIT callerGoneWhileRinging(id);
        Q_EMIT callEnded(id, by);
    });
}

SipLine::~SipLine()
{
    stopEngine();
}

void SipLine::stopEngine()
{
    if (!m_engine)
        return;
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_engine, &SipEngine::stop, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    delete m_engine;
    m_engine = nullptr;
}

void SipLine::start()
{
    if (m_thread.isRunning())
        return;
    if (const QString problem = m_config.problem(); !problem.isEmpty()) {
        Q_EMIT startFailed(problem);
        return;
    }
    m_thread.start();
    QMetaObject::invokeMethod(
        m_engine, [e = m_engine, c = m_config] { e->start(c); }, Qt::QueuedConnection);
}

QString SipLine::registrationText() const
{
    if (!isStarted())
        return tr("SIP line not started");
    switch (m_registration) {
    case Registration::Ok:
        return tr("SIP: registered as %1").arg(m_config.identity());
    case Registration::Progress:
        return tr("SIP: registering as %1…").arg(m_config.identity());
    case Registration::Failed:
        return tr("SIP: registration failed (%1); retrying").arg(m_registrationMessage);
    case Registration::Cleared:
        return tr("SIP: not registered");
    case Registration::None:
        break;
    }
    if (m_config.registerAccount)
        return tr("SIP: registering as %1…").arg(m_config.identity());
    return tr("SIP: direct calls on port %1").arg(m_udpPort > 0 ? m_udpPort : m_tcpPort);
}

QString SipLine::displayName() const
{
    if (m_config.registerAccount)
        return tr("SIP line %1").arg(m_config.identity());
    return tr("SIP line (direct)");
}

Status SipLine::check(const QString& callId) const
{
    if (!m_calls.contains(callId))
        return Error::notFound(tr("There is no call %1 on the line; it may have ended already.").arg(callId));
    return {};
}

Status SipLine::answer(const QString& callId)
{
    if (Status s = check(callId); !s)
        return s;
    if (m_outgoing.contains(callId))
        return Error::conflict(tr("The other end answers a call you placed."));
    if (m_calls.value(callId) != State::Ringing)
        return Error::conflict(tr("The call has already been answered."));
    QMetaObject::invokeMethod(
        m_engine, [e = m_engine, callId] { e->answer(callId); }, Qt::QueuedConnection);
    return {};
}

Status SipLine::hangUp(const QString& callId)
{
    if (Status s = check(callId); !s)
        return s;
    QMetaObject::invokeMethod(
        m_engine, [e = m_engine, callId] { e->hangUp(callId); }, Qt::QueuedConnection);
    return {};
}

Status SipLine::hold(const QString& callId)
{
    if (Status s = check(callId); !s)
        return s;
    if (m_calls.value(callId) != State::Connected)
        return Error::conflict(tr("Only a connected call can be put on hold."));
    QMetaObject::invokeMethod(
        m_engine, [e = m_engine, callId] { e->hold(callId); }, Qt::QueuedConnection);
    return {};
}

Status SipLine::resume(const QString& callId)
{
    if (Status s = check(callId); !s)
        return s;
    if (m_calls.value(callId) != State::OnHold)
        return Error::conflict(tr("The call is not on hold."));
    QMetaObject::invokeMethod(
        m_engine, [e = m_engine, callId] { e->resume(callId); }, Qt::QueuedConnection);
    return {};
}

Status SipLine::transfer(const QString& callId, const QString& number)
{
    if (Status s = check(callId); !s)
        return s;
    if (m_calls.value(callId) == State::Ringing)
        return Error::conflict(tr("Answer the call before transferring it."));
    if (number.trimmed().isEmpty())
        return Error::data(tr("Enter the number to transfer the call to."), QStringLiteral("number"));
    QMetaObject::invokeMethod(
        m_engine, [e = m_engine, callId, number] { e->transfer(callId, number); }, Qt::QueuedConnection);
    return {};
}

Result<QString> SipLine::dial(const QString& number)
{
    if (!isStarted())
        return Error::usage(tr("The SIP line has not started; it cannot place calls."));
    if (!m_calls.isEmpty())
        return Error::conflict(tr("The line is busy with another call."));
    QString target = number.trimmed();
    if (target.isEmpty())
        return Error::data(tr("Enter the number to call."), QStringLiteral("number"));
    if (target.startsWith(QLatin1String("+86")))
        target = PhoneNumber::display(target).remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    QString id;
    QString error;
    // Blocking: the INVITE is built on the line's thread, which answers at its next turn (≤ 10 ms).
    QMetaObject::invokeMethod(
        m_engine, [e = m_engine, target, &id, &error] { id = e->dial(target, &error); },
        Qt::BlockingQueuedConnection);
    if (id.isEmpty())
        return Error::usage(error);
    m_calls.insert(id, State::Ringing);
    m_outgoing.insert(id);
    Q_EMIT outgoingCall(id, number);
    return id;
}

void SipLine::setAgentAvailable(bool available)
{
    QMetaObject::invokeMethod(
        m_engine, [e = m_engine, available] { e->setAvailable(available); }, Qt::QueuedConnection);
}

void SipLine::playTestTone()
{
    QMetaObject::invokeMethod(
        m_engine, [e = m_engine] { e->playTestTone(); }, Qt::QueuedConnection);
}

void SipLine::setNetworkReachable(bool reachable)
{
    QMetaObject::invokeMethod(
        m_engine, [e = m_engine, reachable] { e->setNetworkReachable(reachable); }, Qt::QueuedConnection);
}

} // namespace threerings
