#pragma once

#include "core/auth/Actor.h"
#include "ui/shell/ConsoleOptions.h"
#include "ui/shell/ConsoleServices.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QAction;
class QLabel;
class QMenu;

namespace threerings {
class CallScript;
class CallSession;
class CallTracker;
class Clock;
class Database;
class Line;
class Session;
} // namespace threerings

namespace threerings::ui {

class AgentStateControl;
class CallAlert;
class CallPanel;
class CallWorkspace;
class FirstStartWizard;
class FormDesk;
class SupervisorDesk;
class SyncPanel;
class IdleLock;
class MyDayView;
class DialDialog;
class Ringback;
class Ringtone;
class TrainingDesk;

// The console's frame: menus, the call area, and the status bar that names the database and the line.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `options`: what the executable decided for the views (ConsoleOptions; the defaults are the shipped
    // ones).
    MainWindow(Database& db, const Clock& clock, Line& line, const ConsoleServices& services,
               const ConsoleOptions& options = {}, QWidget* parent = nullptr);
    // The signed-in console: names the person in the status bar, offers "Switch user…" and locks
    // itself after the idle time of the session's AuthService.
    MainWindow(Database& db, const Clock& clock, Line& line, const ConsoleServices& services,
               Session& session, const ConsoleOptions& options = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    CallTracker& callTracker() const { return *m_tracker; }
    CallSession& callSession() const { return *m_callSession; }
    CallAlert* callAlert() const { return m_alert; }
    CallPanel* callPanel() const { return m_panel; }
    CallWorkspace* callWorkspace() const { return m_workspace; }
    CallScript& callScript() const { return *m_script; }
    QMenu* adminMenu() const { return m_adminMenu; }
    QAction* adminAction() const { return m_admin; }
    QAction* callbackPolicyAction() const { return m_callbackPolicy; }
    Ringtone* ringtone() const { return m_ringtone; }
    // Call ▸ Dial a number… (Ctrl+D), with `number` filled in (a tel: link hands one over).
    DialDialog* openDialDialog(const QString& number = {});
    // The ringback of a call the agent placed.
    Ringback* ringback() const { return m_ringback; }
    const ConsoleOptions& options() const { return m_options; }
    // The forms of issue 6: My work (F5), the Forms menu and the form views.
    FormDesk* formDesk() const { return m_desk; }
    // The supervisor's desk (issue 7, Supervisor ▸ Supervisor's desk…), opened on a sheet:
    // "KIND[:day|week|month|quarter]" (THREERINGS_OPEN=supervisor:KIND…).
    SupervisorDesk* openSupervisorDesk(const QString& spec = {});
    QAction* supervisorDeskAction() const { return m_supervisorDeskAction; }
    // Training (issue 10): the Training menu and the practice windows.
    TrainingDesk* trainingDesk() const { return m_training; }

    // The first-start walk-through (Admin ▸ Set-up walk-through…), opened over the console; null when the
    // person may not set the hotline up. offerFirstStart opens it only while the hotline is not set up
    // (core/site/HotlineSetup): the console calls it once the window shows.
    FirstStartWizard* openFirstStart();
    FirstStartWizard* offerFirstStart();
    QAction* firstStartAction() const { return m_firstStartAction; }

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
    // How long a problem or a refusal stays in the status bar.
    static constexpr int problemMessageMs = 8000;
    void buildMenus();
    void updateLineStatus();
    void chooseDatabase();
    void showShortcuts();
    void showAbout();
    void updateUserStatus();
    void showSignIn();
    void showUnlock();
    void onSessionChanged();
    // The person signed out: their form views, desk, consoles and dialogs close (PersonWindows).
    void closePersonWindows();
    void refreshMyDay();
    // Who uses the console now: the session's person, else the call session's agent (tests).
    Actor actor() const;
    void updateAdminMenu();
    void showScriptAdmin();
    void showCallbackPolicy();

    Database& m_db;
    const Clock& m_clock;
    const ConsoleOptions m_options;
    CallTracker* m_tracker = nullptr;
    CallSession* m_callSession = nullptr;
    ConsoleServices m_services;
    CallScript* m_script = nullptr;
    CallWorkspace* m_workspace = nullptr;
    QMenu* m_adminMenu = nullptr;
    QAction* m_admin = nullptr;
    QAction* m_callbackPolicy = nullptr;
    QAction* m_supervisorDeskAction = nullptr;
    QMenu* m_supervisorMenu = nullptr;
    QPointer<SupervisorDesk> m_supervisorDesk;
    QAction* m_siteConfig = nullptr;
    QAction* m_accountsAction = nullptr;
    QAction* m_setupAction = nullptr;
    QAction* m_firstStartAction = nullptr;
    QPointer<FirstStartWizard> m_firstStart;
    MyDayView* m_myDay = nullptr;
    AgentStateControl* m_stateControl = nullptr;
    CallAlert* m_alert = nullptr;
    CallPanel* m_panel = nullptr;
    Ringtone* m_ringtone = nullptr;
    Ringback* m_ringback = nullptr;
    bool m_myWorkWasShown = true; // My work before a form took its room
    FormDesk* m_desk = nullptr;
    SyncPanel* m_sync = nullptr;
    TrainingDesk* m_training = nullptr;
    QLabel* m_dbLabel = nullptr;
    QLabel* m_lineLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    Session* m_session = nullptr;
    IdleLock* m_idleLock = nullptr;
    QAction* m_openDb = nullptr;
    int m_myDayTicks = 0;
};

} // namespace threerings::ui
