#include "core/sync/SyncWorker.h"

#include "core/db/Database.h"
#include "core/sync/ServerPassword.h"

#include <QMetaObject>
#include <QTimer>

namespace threerings {

namespace {

const QString channel = QStringLiteral("threerings_changes");
constexpr int tickMs = 100; // a local look at the outbox; the server is not asked
constexpr int maxBackoffMs = 15000;
constexpr qint64 safetyPullMs = 30000; // a pull now and then, in case an announcement was missed

bool operator==(const SyncStatus& a, const SyncStatus& b)
{
    return a.configured == b.configured && a.connected == b.connected && a.queued == b.queued &&
           a.lastSyncAt == b.lastSyncAt && a.conflicts == b.conflicts && a.error == b.error;
}

} // namespace

SyncWorker::SyncWorker(QString dbPath, ServerConfig config)
    : m_dbPath(std::move(dbPath)), m_config(std::move(config))
{}

SyncWorker::~SyncWorker()
{
    stop();
}

void SyncWorker::start()
{
    auto db = Database::open(m_dbPath, Database::Open::MustExist, Database::Checks::Deferred);
    if (!db) {
        publish(db.error().message);
        return;
    }
    m_db = std::move(db).value();
    m_engine = std::make_unique<SyncEngine>(*m_db, m_clock);
    if (Status s = ServerPassword::resolve(m_config); !s) {
        m_engine.reset();
        publish(s.error().message);
        return;
    }
    m_tick = new QTimer(this);
    m_tick->setInterval(tickMs);
    connect(m_tick, &QTimer::timeout, this, [this] { cycle(false); });
    m_tick->start();
    cycle(true);
}

void SyncWorker::stop()
{
    if (m_tick)
        m_tick->stop();
    m_engine.reset();
    m_db.reset();
}

void SyncWorker::syncNow()
{
    m_nextAttemptAt = 0;
    cycle(true);
}

void SyncWorker::ensureConnected()
{
    if (m_engine->connected())
        return;
    const qint64 now = m_clock.nowMs();
    if (now < m_nextAttemptAt)
        return;
    if (Status s = m_engine->connect(m_config); !s) {
        m_lastError = s.error().message;
        m_nextAttemptAt = now + m_backoffMs;
        m_backoffMs = std::min(m_backoffMs * 2, maxBackoffMs);
        return;
    }
    m_backoffMs = 1000;
    m_pullWanted = true;
    QSqlDriver* driver = m_engine->server().driver();
    if (driver->subscribeToNotification(channel))
        connect(driver, &QSqlDriver::notification, this, &SyncWorker::onNotification, Qt::UniqueConnection);
}

void SyncWorker::onNotification(const QString& name, QSqlDriver::NotificationSource source, const QVariant&)
{
    if (name != channel || source == QSqlDriver::SelfSource)
        return;
    m_pullWanted = true;
    cycle(true);
}

void SyncWorker::cycle(bool pullToo)
{
    if (!m_engine)
        return;
    ensureConnected();
    QString error = m_engine->connected() ? QString() : m_lastError;
    if (m_engine->connected()) {
        for (;;) {
            auto pushed = m_engine->push();
            if (!pushed) {
                error = pushed.error().message;
                break;
            }
            if (pushed.value() == 0)
                break;
        }
        const qint64 now = m_clock.nowMs();
        if (error.isEmpty() && (pullToo || m_pullWanted || now - m_lastPullAt > safetyPullMs)) {
            m_pullWanted = false;
            m_lastPullAt = now;
            for (;;) {
                auto pulled = m_engine->pull();
                if (!pulled) {
                    error = pulled.error().message;
                    m_pullWanted = true;
                    break;
                }
                if (pulled.value() == 0)
                    break;
            }
            if (error.isEmpty())
                (void)m_engine->markSynced(); // shown as "last sync"; a failure here shows next time
            const QSet<QString> tables = m_engine->takeAppliedTables();
            if (!tables.isEmpty())
                emit changesArrived(QStringList(tables.begin(), tables.end()));
        }
        if (!error.isEmpty()) {
            m_lastError = error;
            m_nextAttemptAt = m_clock.nowMs() + m_backoffMs;
        }
    }
    publish(error);
}

void SyncWorker::publish(const QString& error)
{
    SyncStatus s = m_engine ? m_engine->status() : SyncStatus{};
    s.configured = true;
    s.error = error;
    if (m_published && s == m_last)
        return;
    m_last = s;
    m_published = true;
    emit statusChanged(s);
}

SyncController::SyncController(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<threerings::SyncStatus>();
    m_thread.setObjectName(QStringLiteral("sync"));
}

SyncController::~SyncController()
{
    stop();
}

Status SyncController::start(const QString& dbPath)
{
    stop();
    ServerConfig config;
    {
        auto db = Database::open(dbPath, Database::Open::MustExist, Database::Checks::Deferred);
        if (!db)
            return db.error();
        auto configured = SyncEngine::configured(**db);
        if (!configured)
            return configured.error();
        config = configured.value();
    }
    start(dbPath, config); // the worker looks up the password (keychain) on its own thread
    return {};
}

void SyncController::start(const QString& dbPath, const ServerConfig& config)
{
    stop();
    m_worker = new SyncWorker(dbPath, config);
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &SyncWorker::statusChanged, this, &SyncController::statusChanged);
    connect(m_worker, &SyncWorker::changesArrived, this, &SyncController::changesArrived);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, "start", Qt::QueuedConnection);
}

void SyncController::stop()
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(m_worker, "stop", Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker; // its thread has ended; nothing runs in it any more
    m_worker = nullptr;
}

void SyncController::syncNow()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, "syncNow", Qt::QueuedConnection);
}

} // namespace threerings
