#pragma once

#include "core/sync/ServerConfig.h"
#include "core/sync/SyncEngine.h"
#include "core/util/Clock.h"

#include <QObject>
#include <QSqlDriver>
#include <QStringList>
#include <QThread>
#include <memory>

class QTimer;

namespace threerings {

class Database;

// Runs replication on its own thread with its own connections (the local file and the server):
// pushes soon after a local change (the outbox is looked at every few hundred milliseconds, a local
// query), pulls when the server announces a change (LISTEN threerings_changes), reconnects with a
// growing pause when the server or the network is gone. The GUI only hears signals.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    // `config` carries the password (ServerPassword::resolve); it stays in memory.
    SyncWorker(QString dbPath, ServerConfig config);
    ~SyncWorker() override;

    // Called on the worker's thread (queued from the controller).
    Q_INVOKABLE void start();
    Q_INVOKABLE void stop();
    Q_INVOKABLE void syncNow();

signals:
    void statusChanged(const threerings::SyncStatus& status);
    // Records of these tables arrived from other consoles (views showing them may refresh).
    void changesArrived(const QStringList& tables);

private:
    void cycle(bool pullToo);
    void ensureConnected();
    void onNotification(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);
    void publish(const QString& error);

    QString m_dbPath;
    ServerConfig m_config;
    SystemClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SyncEngine> m_engine;
    QTimer* m_tick = nullptr;
    qint64 m_nextAttemptAt = 0;
    int m_backoffMs = 1000;
    qint64 m_lastPullAt = 0;
    bool m_pullWanted = true;
    QString m_lastError;
    SyncStatus m_last;
    bool m_published = false;
};

// Owns the worker's thread on the GUI side and forwards its signals.
class SyncController : public QObject
{
    Q_OBJECT

public:
    explicit SyncController(QObject* parent = nullptr);
    ~SyncController() override;

    // Starts replication of `dbPath` with the configured server; the worker takes the password from
    // the environment or the keychain. An error (no server configured) is returned and nothing starts.
    Status start(const QString& dbPath);
    // Starts with this server and password (just entered by an admin).
    void start(const QString& dbPath, const ServerConfig& config);
    void stop();
    bool running() const { return m_worker != nullptr; }
    void syncNow();

signals:
    void statusChanged(const threerings::SyncStatus& status);
    void changesArrived(const QStringList& tables);

private:
    QThread m_thread;
    SyncWorker* m_worker = nullptr;
};

} // namespace threerings

Q_DECLARE_METATYPE(threerings::SyncStatus)
