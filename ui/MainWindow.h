#pragma once

#include <QMainWindow>

class QAction;
class QLabel;

namespace threerings {
class CallTracker;
class Clock;
class Database;
class Line;
class Session;
} // namespace threerings

namespace threerings::ui {

class CallPanel;
class IdleLock;
class Ringtone;

// The console's frame: menus, the call area, and the status bar that names the database and the line.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database& db, const Clock& clock, Line& line, QWidget* parent = nullptr);
    // The signed-in console: names the person in the status bar, offers "Switch user…" and locks
    // itself after the idle time of the session's AuthService.
    MainWindow(Database& db, const Clock& clock, Line& line, Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    CallTracker& callTracker() const { return *m_tracker; }
    CallPanel* callPanel() const { return m_panel; }
    Ringtone* ringtone() const { return m_ringtone; }

    // Tells the agent how the day's automatic backup went (a failure stays visible longer).
    void showBackupResult(const QString& written, const QString& error);
    // Locks the console now (as the idle time does): the unlock dialog opens over the kept screen.
    void lockConsole();
    void switchUser();

Q_SIGNALS:
    // The agent picked another database file; the application decides whether and how to switch.
    void openDatabaseRequested(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void updateLineStatus();
    void chooseDatabase();
    void showShortcuts();
    void showAbout();
    void updateUserStatus();
    void showSignIn();
    void showUnlock();

    Database& m_db;
    const Clock& m_clock;
    CallTracker* m_tracker = nullptr;
    CallPanel* m_panel = nullptr;
    Ringtone* m_ringtone = nullptr;
    QLabel* m_dbLabel = nullptr;
    QLabel* m_lineLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    Session* m_session = nullptr;
    IdleLock* m_idleLock = nullptr;
    QAction* m_openDb = nullptr;
    QList<QAction*> m_shortcutActions;
};

} // namespace threerings::ui
