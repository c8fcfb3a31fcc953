#include "ui/shell/MainWindow.h"

#include "core/auth/AccountService.h"
#include "core/auth/AuthService.h"
#include "core/auth/Permissions.h"
#include "core/auth/Session.h"
#include "core/calendar/CalendarService.h"
#include "core/calls/AgentStates.h"
#include "core/calls/CallScript.h"
#include "core/calls/CallSession.h"
#include "core/calls/CallTracker.h"
#include "core/calls/CallerNumber.h"
#include "core/calls/Line.h"
#include "core/db/Database.h"
#include "core/settings/SettingsReader.h"
#include "core/site/HotlineSetup.h"
#include "ui/admin/AccountsDialog.h"
#include "ui/admin/CallbackPolicyDialog.h"
#include "ui/admin/FirstStartWizard.h"
#include "ui/admin/ScriptAdminDialog.h"
#include "ui/admin/SetupDialog.h"
#include "ui/admin/SiteConfigDialog.h"
#include "ui/call/AgentStateControl.h"
#include "ui/call/CallAlert.h"
#include "ui/call/CallPanel.h"
#include "ui/call/CallWorkspace.h"
#include "ui/call/CallerCardView.h"
#include "ui/call/DialDialog.h"
#include "ui/call/MyDayView.h"
#include "ui/call/Ringback.h"
#include "ui/call/Ringtone.h"
#include "ui/call/ScriptPanel.h"
#include "ui/call/WrapUpView.h"
#include "ui/forms/FormDesk.h"
#include "ui/forms/FormServices.h"
#include "ui/report/SupervisorDesk.h"
#include "ui/shell/GuideDialog.h"
#include "ui/shell/IdleLock.h"
#include "ui/shell/IdleView.h"
#include "ui/shell/PersonWindows.h"
#include "ui/shell/ShortcutTable.h"
#include "ui/shell/ShortcutsDialog.h"
#include "ui/shell/SignInDialog.h"
#include "ui/shell/SyncPanel.h"
#include "ui/training/TrainingDesk.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace threerings::ui {

namespace {

// The signed-in person's roles as they read them: "supervisor, trainer" → "主管, 培训师".
QString roleLabels(const QList<Role>& roles)
{
    QStringList labels;
    for (Role role : roles)
        labels << Permissions::roleLabel(role);
    return labels.join(QStringLiteral(", "));
}

// The scripts and phrase lists follow the console's language: Chinese, else English.
QString wordsLanguage()
{
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}
} // namespace

MainWindow::MainWindow(Database& db, const Clock& clock, Line& line, const ConsoleServices& services,
                       const ConsoleOptions& options, QWidget* parent)
    : QMainWindow(parent), m_db(db), m_clock(clock), m_options(options), m_services(services)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ThreeRings hotline console — %1").arg(QFileInfo(m_db.path()).fileName()));

    const auto settings = SettingsReader::open(m_db, m_clock);
    m_tracker = new CallTracker(line, m_clock, RingCadence::fromSettings(*settings), this);
    m_ringtone = new Ringtone(this, m_options.silent);
    connect(m_tracker, &CallTracker::ringStarted, m_ringtone, &Ringtone::ring);
    m_ringback = new Ringback(*m_tracker, m_options.silent, this);

    // The session comes before the panel: when a call rings, the caller's card is ready before the banner
    // is drawn.
    m_callSession =
        new CallSession(m_db, m_clock, *m_tracker, CallSession::Options::fromSettings(*settings), this);
    m_alert = new CallAlert(this);
    connect(m_tracker, &CallTracker::stateChanged, this, [this](CallTracker::State state) {
        if (state == CallTracker::State::Ringing && m_tracker->state() == CallTracker::State::Ringing)
            m_alert->ringing(formatCallerNumber(m_tracker->callerNumber()));
    });

    // The script comes after the session, so the call's record is saved before the script run and the notes
    // refer to it.
    m_script = new CallScript(m_db, m_clock, *m_tracker, *m_callSession, wordsLanguage(), this);

    auto* central = new QWidget(this);
    m_panel = new CallPanel(*m_tracker, central);
    m_workspace = new CallWorkspace(*m_tracker, *m_callSession, *m_script, m_services.words, m_panel);
    m_panel->setDetailWidget(m_workspace);
    const auto showProblem = [this](const QString& message) {
        statusBar()->showMessage(message, problemMessageMs);
    };
    connect(m_panel, &CallPanel::problem, this, showProblem);
    connect(m_callSession, &CallSession::problem, this, showProblem);
    connect(m_script, &CallScript::problem, this, showProblem);
    connect(m_script, &CallScript::runRecorded, this, &MainWindow::refreshMyDay);
    connect(m_workspace, &CallWorkspace::problem, this, showProblem);
    connect(m_workspace, &CallWorkspace::message, this, showProblem);
    connect(WrapUpView::attach(*m_panel, *m_callSession), &WrapUpView::problem, this, showProblem);

    auto* side = new QWidget(central);
    side->setObjectName(QStringLiteral("agentSide"));
    side->setFixedWidth(250);
    m_stateControl = new AgentStateControl(m_callSession->states(), m_clock, side);
    connect(m_stateControl, &AgentStateControl::problem, this, showProblem);
    const auto showReadiness = [this] {
        m_panel->idleView()->setAgentState(m_callSession->states(), !m_callSession->agent().isNobody(),
                                           shortcut(ShortcutId::Ready).keysText());
    };
    connect(&m_callSession->states(), &AgentStates::changed, this, showReadiness);
    showReadiness();
    m_myDay = new MyDayView(side);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 24, 24, 24);
    sideLayout->addWidget(m_stateControl);
    sideLayout->addWidget(m_myDay);
    sideLayout->addStretch();
    auto* row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_panel, 1);
    row->addWidget(side);
    setCentralWidget(central);
    connect(m_callSession, &CallSession::recordChanged, this, &MainWindow::refreshMyDay);
    auto* clockTimer = new QTimer(this);
    clockTimer->setInterval(1000);
    connect(clockTimer, &QTimer::timeout, m_stateControl, &AgentStateControl::refresh);
    connect(clockTimer, &QTimer::timeout, this, [this] {
        // Time in states moves on by itself; the counts change with the records.
        if (++m_myDayTicks % 30 == 0)
            refreshMyDay();
    });
    clockTimer->start();
    if (Status s = m_callSession->start(Actor{}); !s)
        showProblem(s.error().message);

    m_dbLabel = new QLabel(this);
    m_dbLabel->setObjectName(QStringLiteral("databaseStatus"));
    m_dbLabel->setText(
        tr("Database: %1 (schema %2)").arg(QDir::toNativeSeparators(m_db.path())).arg(m_db.schemaVersion()));
    m_dbLabel->setToolTip(m_dbLabel->text());
    m_lineLabel = new QLabel(this);
    m_lineLabel->setObjectName(QStringLiteral("lineStatus"));
    m_lineLabel->setContentsMargins(6, 0, 6, 0);
    m_dbLabel->setContentsMargins(6, 0, 6, 0);
    statusBar()->addPermanentWidget(m_lineLabel);
    statusBar()->addPermanentWidget(m_dbLabel);
    statusBar()->setStyleSheet(QStringLiteral("QStatusBar { border-top: 1px solid palette(mid); }"));
    connect(m_tracker, &CallTracker::stateChanged, this, &MainWindow::updateLineStatus);
    updateLineStatus();

    m_desk = new FormDesk(*this, m_db, m_clock, *m_callSession, m_services.calendar.consoleCalendar(),
                          m_services.guard);
    row->insertWidget(1, m_desk->formArea(), 1); // the forms beside the call, never over it
    // The form takes the room of the agent's side and My work while it is open; they come back after it.
    connect(m_desk, &FormDesk::formAreaShown, this, [this, side](bool shown) {
        side->setVisible(!shown);
        if (shown)
            m_myWorkWasShown = m_desk->myWorkDock()->isVisible();
        m_desk->myWorkDock()->setVisible(!shown && m_myWorkWasShown);
    });
    m_training = new TrainingDesk(
        *this, m_services.training, m_services.words, m_clock, [this] { return actor(); },
        m_options.practice);
    buildMenus();
    // Replication with the team's server (issue 8): status bar, Admin ▸ Server…, records arriving.
    m_sync = new SyncPanel(*this, m_adminMenu, m_db, [this] { return actor(); });
    connect(m_sync, &SyncPanel::changesArrived, m_desk, &FormDesk::refreshWork);
    resize(1280, 720);
}

MainWindow::MainWindow(Database& db, const Clock& clock, Line& line, const ConsoleServices& services,
                       Session& session, const ConsoleOptions& options, QWidget* parent)
    : MainWindow(db, clock, line, services, options, parent)
{
    m_session = &session;
    m_sync->attachSession(session);
    // An admin at another console changed this person's account: new roles apply from the next action; an
    // account switched off is signed out at once.
    connect(m_sync, &SyncPanel::changesArrived, this, [this](const QStringList& tables) {
        if (tables.contains(QStringLiteral("users")))
            m_session->refresh();
    });
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userStatus"));
    m_userLabel->setContentsMargins(6, 0, 6, 0);
    statusBar()->insertPermanentWidget(0, m_userLabel);
    connect(m_session, &Session::changed, this, &MainWindow::updateUserStatus);
    updateUserStatus();

    QMenu* console = menuBar()->actions().constFirst()->menu();
    QAction* quit = console->actions().constLast();
    QAction* lock = new QAction(tr("&Lock the console"), this);
    applyShortcut(lock, ShortcutId::Lock);
    connect(lock, &QAction::triggered, this, &MainWindow::lockConsole);
    QAction* switchUserAction = new QAction(tr("S&witch user…"), this);
    connect(switchUserAction, &QAction::triggered, this, &MainWindow::switchUser);
    console->insertActions(quit, {lock, switchUserAction});
    console->insertSeparator(quit);

    m_idleLock = new IdleLock(m_session->auth().idleLockMs(), this);
    connect(m_session, &Session::changed, this, &MainWindow::onSessionChanged);
    onSessionChanged();
    connect(m_idleLock, &IdleLock::idle, this, &MainWindow::lockConsole);
}

MainWindow::~MainWindow() = default;

void MainWindow::onSessionChanged()
{
    updateAdminMenu();
    const Actor& who = m_session->actor();
    if (m_session->state() == Session::State::SignedOut) {
        // The person's windows close first, while the call session still names them: a form keeps its
        // typing as their draft. Then the console acts for nobody until the next person signs in.
        closePersonWindows();
        if (!m_callSession->agent().isNobody())
            m_callSession->signOut();
        refreshMyDay();
        m_desk->sessionChanged();
        m_training->sessionChanged();
        return;
    }
    if (who.userId == m_callSession->agent().userId && !who.userId.isEmpty())
        return; // locking and unlocking keep the agent's state
    if (Status s = m_callSession->start(who); !s)
        statusBar()->showMessage(s.error().message, problemMessageMs);
    refreshMyDay();
    m_desk->sessionChanged();
    m_training->sessionChanged();
}

void MainWindow::closePersonWindows()
{
    m_desk->signOut();
    m_training->signOut();
    PersonWindows::retire(m_supervisorDesk);
    m_supervisorDesk = nullptr;
    PersonWindows::closeAll();
}

void MainWindow::refreshMyDay()
{
    // Nobody signed in, or a trainee (no live calls): the figures are blank, not the last person's.
    auto figures = m_callSession->myDay();
    m_myDay->setFigures(figures ? *figures : MyDayFigures{});
    m_stateControl->refresh();
    updateAdminMenu();
}

Actor MainWindow::actor() const
{
    return m_session ? m_session->actor() : m_callSession->agent();
}

void MainWindow::updateAdminMenu()
{
    if (!m_adminMenu)
        return;
    const bool allowed = Permissions::allows(actor(), Action::ManageScripts);
    const bool policy = Permissions::allows(actor(), Action::ManageCallbackPolicy);
    const bool site = Permissions::allows(actor(), Action::ManageSite);
    const bool accounts = Permissions::allows(actor(), Action::ManageAccounts);
    const bool setup = Permissions::allows(actor(), Action::ManageSetup) ||
                       Permissions::allows(actor(), Action::ManageScripts);
    m_adminMenu->menuAction()->setVisible(allowed || policy || site || accounts || setup);
    if (m_setupAction)
        m_setupAction->setVisible(setup);
    if (m_firstStartAction) // until the hotline is set up
        m_firstStartAction->setVisible(HotlineSetup(m_db, m_clock).offeredTo(actor()));
    if (m_siteConfig)
        m_siteConfig->setVisible(site);
    if (m_accountsAction)
        m_accountsAction->setVisible(accounts);
    m_admin->setEnabled(allowed);
    m_admin->setVisible(allowed);
    m_callbackPolicy->setEnabled(policy);
    m_callbackPolicy->setVisible(policy);
    if (m_supervisorMenu)
        m_supervisorMenu->menuAction()->setVisible(Permissions::allows(actor(), Action::ReadReports));
}

void MainWindow::updateUserStatus()
{
    if (!m_userLabel)
        return;
    const Actor& who = m_session->actor();
    switch (m_session->state()) {
    case Session::State::SignedOut:
        m_userLabel->setText(tr("Nobody signed in"));
        break;
    case Session::State::Active:
        m_userLabel->setText(tr("%1 (%2) · signed in").arg(who.label(), roleLabels(who.roles)));
        break;
    case Session::State::Locked:
        m_userLabel->setText(tr("%1 (%2) · locked").arg(who.label(), roleLabels(who.roles)));
        break;
    }
}

void MainWindow::lockConsole()
{
    if (!m_session || m_session->state() != Session::State::Active)
        return;
    m_idleLock->stop();
    m_session->lock();
    showUnlock();
}

void MainWindow::showUnlock()
{
    auto* dialog = new SignInDialog(*m_session, SignInDialog::Mode::Unlock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result == QDialog::Accepted) {
            m_idleLock->restart();
            return;
        }
        if (dialog->signOutRequested() && !m_tracker->hasCall()) {
            m_session->signOut();
            showSignIn();
            return;
        }
        if (dialog->signOutRequested())
            statusBar()->showMessage(tr("A call is on the line; it must end before someone else signs in."),
                                     problemMessageMs);
        // A locked console stays locked until its person comes back or signs out.
        QMetaObject::invokeMethod(this, &MainWindow::showUnlock, Qt::QueuedConnection);
    });
    dialog->open();
}

void MainWindow::switchUser()
{
    if (!m_session)
        return;
    if (m_tracker->hasCall()) {
        statusBar()->showMessage(tr("A call is on the line; finish it before switching user."),
                                 problemMessageMs);
        return;
    }
    m_session->signOut();
    showSignIn();
}

void MainWindow::showSignIn()
{
    m_idleLock->stop();
    auto* dialog = new SignInDialog(*m_session, SignInDialog::Mode::SignIn, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted)
            m_idleLock->restart();
        else
            close(); // nobody signed in: the console does not stay open
    });
    dialog->open();
}

void MainWindow::buildMenus()
{
    QMenu* console = menuBar()->addMenu(tr("&Console"));
    m_openDb = console->addAction(tr("&Open another database…"), this, &MainWindow::chooseDatabase);
    applyShortcut(m_openDb, ShortcutId::OpenDatabase);
    console->addSeparator();
    QAction* quit = console->addAction(tr("&Quit"), this, &QWidget::close);
    applyShortcut(quit, ShortcutId::Quit);

    QMenu* call = menuBar()->addMenu(tr("C&all"));
    call->addAction(m_panel->answerAction());
    call->addAction(m_panel->holdAction());
    call->addAction(m_panel->hangUpAction());
    call->addActions({m_stateControl->readyAction(), m_stateControl->notReadyAction()});
    QAction* dialNumber = call->addAction(tr("&Dial a number…"), this, [this] { (void)openDialDialog(); });
    applyShortcut(dialNumber, ShortcutId::DialNumber);
    call->addSeparator();
    call->addAction(m_desk->newProblemFormAction());

    QMenu* script = menuBar()->addMenu(tr("&Script"));
    ScriptPanel* panel = m_workspace->scriptPanel();
    script->addActions({panel->nextAction(), panel->backAction(), panel->skipAction()});
    script->addSeparator();
    script->addActions(
        {m_workspace->phraseGuideAction(), m_workspace->knowledgeAction(), m_workspace->callerCardAction()});

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* sound = view->addAction(tr("Ring &sound"));
    sound->setCheckable(true);
    sound->setChecked(!m_ringtone->isMuted());
    sound->setEnabled(m_ringtone->hasOutput());
    if (!m_ringtone->hasOutput())
        sound->setToolTip(tr("No audio output was found; the console rings on screen only."));
    connect(sound, &QAction::toggled, this, [this](bool on) { m_ringtone->setMuted(!on); });
    QAction* fullScreen = view->addAction(tr("&Full screen"));
    fullScreen->setCheckable(true);
    applyShortcut(fullScreen, ShortcutId::FullScreen);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });

    // Only for those who may change the words (admins, trainers); hidden from everyone else.
    m_adminMenu = menuBar()->addMenu(tr("A&dmin"));
    m_adminMenu->setObjectName(QStringLiteral("adminMenu"));
    m_admin = m_adminMenu->addAction(tr("&Scripts and phrase lists…"), this, &MainWindow::showScriptAdmin);
    m_admin->setObjectName(QStringLiteral("scriptAdminAction"));
    m_callbackPolicy = m_adminMenu->addAction(tr("&Callback policy…"), this, &MainWindow::showCallbackPolicy);
    m_callbackPolicy->setObjectName(QStringLiteral("callbackPolicyAction"));
    // Supervisors and admins: the day's and the month's sheets (issue 7).
    m_supervisorMenu = menuBar()->addMenu(tr("S&upervisor"));
    m_supervisorDeskAction =
        m_supervisorMenu->addAction(tr("Supervisor's &desk…"), this, [this] { openSupervisorDesk(); });
    m_supervisorDeskAction->setObjectName(QStringLiteral("supervisorDeskAction"));
    // Supervisors correct and merge customer records (the set-up's other pages are read-only to them).
    QAction* customers = m_supervisorMenu->addAction(tr("&Customers and devices…"), this, [this] {
        SetupDialog dialog(m_db, m_clock, actor(), this);
        dialog.showKind(QStringLiteral("customers"));
        dialog.exec();
    });
    customers->setObjectName(QStringLiteral("customersAction"));
    m_siteConfig = m_adminMenu->addAction(tr("Si&te configuration…"), this, [this] {
        SiteConfigDialog dialog(m_db, m_clock, actor(), this);
        connect(&dialog, &SiteConfigDialog::serverSet, m_sync, &SyncPanel::startIfConfigured);
        dialog.exec();
    });
    m_siteConfig->setObjectName(QStringLiteral("siteConfigAction"));
    m_accountsAction = m_adminMenu->addAction(tr("&Accounts…"), this, [this] {
        AccountService accounts(m_db, m_clock);
        AccountsDialog dialog(accounts, actor(), this);
        dialog.exec();
    });
    m_accountsAction->setObjectName(QStringLiteral("accountsAction"));
    m_setupAction = m_adminMenu->addAction(tr("&Hotline set-up…"), this, [this] {
        SetupDialog dialog(m_db, m_clock, actor(), this, &m_services.calendar);
        dialog.exec();
    });
    m_setupAction->setObjectName(QStringLiteral("setupAction"));
    m_firstStartAction =
        m_adminMenu->addAction(tr("Set-up &walk-through…"), this, [this] { openFirstStart(); });
    m_firstStartAction->setObjectName(QStringLiteral("firstStartAction"));
    updateAdminMenu();
    m_desk->addMenu(menuBar());
    m_training->addMenu(menuBar());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    applyShortcut(keys, ShortcutId::ShortcutsHelp);
    QAction* guide = help->addAction(tr("&User guide"), this, [this] {
        auto* dialog = new GuideDialog(actor().roles, wordsLanguage(), this, m_options.guideDir);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    applyShortcut(guide, ShortcutId::UserGuide);
    help->addAction(tr("&About ThreeRings"), this, &MainWindow::showAbout);
}

void MainWindow::updateLineStatus()
{
    QString state;
    switch (m_tracker->state()) {
    case CallTracker::State::Idle:
        state = tr("idle");
        break;
    case CallTracker::State::Ringing:
        state = tr("ringing");
        break;
    case CallTracker::State::Connected:
        state = tr("in a call");
        break;
    case CallTracker::State::OnHold:
        state = tr("caller on hold");
        break;
    }
    m_lineLabel->setText(tr("Line %1 · %2").arg(state, m_tracker->line().displayName()));
    // Switching databases mid-call would lose the call's record.
    if (m_openDb)
        m_openDb->setEnabled(!m_tracker->hasCall());
}

void MainWindow::chooseDatabase()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open another database"), QFileInfo(m_db.path()).absolutePath(),
                                     tr("ThreeRings databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        Q_EMIT openDatabaseRequested(path);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About ThreeRings"),
        tr("<h3>ThreeRings %1</h3>"
           "<p>The console for the agents, supervisors and trainers of an 800 service hotline: "
           "pick up within three rings, follow the script, keep every record.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QStringLiteral(THREERINGS_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_tracker->hasCall()) {
        const auto answer =
            QMessageBox::question(this, tr("A call is on the line"),
                                  tr("A call is still on the line. Quitting now hangs it up. Quit anyway?"));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        (void)m_tracker->hangUp();
    }
    m_callSession->stop();
    event->accept();
}

void MainWindow::showBackupResult(const QString& written, const QString& error)
{
    if (!error.isEmpty())
        statusBar()->showMessage(tr("Today's backup failed: %1").arg(error), 4 * problemMessageMs);
    else if (!written.isEmpty())
        statusBar()->showMessage(tr("Today's backup was written to %1").arg(written), problemMessageMs);
}

DialDialog* MainWindow::openDialDialog(const QString& number)
{
    auto* dialog = new DialDialog(*m_callSession, number, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    PersonWindows::bind(dialog);
    dialog->show();
    dialog->numberEdit()->setFocus();
    return dialog;
}

} // namespace threerings::ui
