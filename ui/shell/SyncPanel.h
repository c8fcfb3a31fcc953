#pragma once

#include "core/auth/Actor.h"
#include "core/sync/SyncEngine.h"

#include <QLabel>
#include <QObject>
#include <functional>

class QAction;
class QMainWindow;
class QMenu;

namespace threerings {
class Database;
class Session;
class SyncController;
} // namespace threerings

namespace threerings::ui {

// The console's side of replication: starts the sync worker when the database has a server, shows
// its state in the status bar (connected, queued changes, last sync, conflicts, errors) and adds
// Admin ▸ Server… for admins. The network is only touched on the worker's thread.
class SyncPanel : public QObject
{
    Q_OBJECT

public:
    SyncPanel(QMainWindow& window, QMenu* adminMenu, Database& db, std::function<Actor()> actor);
    ~SyncPanel() override;

    QLabel* label() const { return m_label; }
    QAction* serverAction() const { return m_serverAction; }
    void showStatus(const SyncStatus& status);
    void showServerSettings();
    // The values that lost a conflict (supervisors and admins); opened from the status bar.
    void showConflicts();
    // The changes of this console the server refused (admins all, everybody else their own); from the status
    // bar.
    void showRefusals();
    // (Re)starts the sync worker with the server this database has now (after a site file set it).
    void startIfConfigured();
    // Syncs as the person signed in to `session` when the console's server has no fixed login, and follows
    // who signs in and out.
    void attachSession(Session& session);

signals:
    // Records of these tables arrived from other consoles.
    void changesArrived(const QStringList& tables);

private:
    void showTable(const QString& objectName, const QString& title, const QStringList& headers,
                   const QList<QStringList>& rows);
    // Another person signed in, or out: the sync follows (each person syncs as their own server login).
    void followSession();

    QMainWindow& m_window;
    Database& m_db;
    Session* m_session = nullptr;
    QString m_syncingAs; // the job number whose login syncs now; empty for a fixed login or none
    std::function<Actor()> m_actor;
    QLabel* m_label = nullptr;
    QAction* m_serverAction = nullptr;
    SyncController* m_controller = nullptr;
};

} // namespace threerings::ui
