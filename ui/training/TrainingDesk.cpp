#include "ui/training/TrainingDesk.h"

#include "core/auth/Permissions.h"
#include "core/training/TrainingService.h"
#include "ui/shell/PersonWindows.h"
#include "ui/training/PracticeWindow.h"
#include "ui/training/ProgressView.h"
#include "ui/training/TrainerConsole.h"

#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>

namespace threerings::ui {

TrainingDesk::TrainingDesk(QMainWindow& window, TrainingService& training, WordsService& words,
                           const Clock& clock, std::function<Actor()> actor, PracticeAutoplay autoplay)
    : QObject(&window), m_window(window), m_training(training), m_words(words), m_clock(clock),
      m_actor(std::move(actor)), m_autoplay(std::move(autoplay))
{
    m_waiting = new QTimer(this);
    m_waiting->setInterval(WaitingCheckMs);
    connect(m_waiting, &QTimer::timeout, this, [this] { openPractice(true); });
}

TrainingDesk::~TrainingDesk() = default;

bool TrainingDesk::practiceOpen()
{
    if (Status s = m_training.open(); !s) {
        m_window.statusBar()->showMessage(s.error().message, 8000);
        return false;
    }
    return true;
}

QMenu* TrainingDesk::addMenu(QMenuBar* bar)
{
    m_menu = bar->addMenu(tr("&Training"));
    m_menu->setObjectName(QStringLiteral("trainingMenu"));
    m_console = m_menu->addAction(tr("&Trainer's console…"), this, [this] { openTrainerConsole(); });
    m_practice = m_menu->addAction(tr("&Practice call"), this, [this] { openPractice(); });
    m_progress = m_menu->addAction(tr("&Who is ready…"), this, [this] { openProgress(); });
    sessionChanged();
    return m_menu;
}

void TrainingDesk::sessionChanged()
{
    const Actor who = m_actor();
    const bool trainer = Permissions::allows(who, Action::ManageScenarios);
    const bool trainee = who.hasRole(Role::Trainee);
    const bool progress = Permissions::allows(who, Action::ReadTrainingProgress);
    if (m_menu) {
        m_console->setVisible(trainer);
        m_practice->setVisible(trainee);
        m_progress->setVisible(progress);
        m_menu->menuAction()->setVisible(trainer || trainee || progress);
    }
    if (trainee && !who.system)
        m_waiting->start();
    else
        m_waiting->stop();
}

void TrainingDesk::signOut()
{
    m_waiting->stop();
    PersonWindows::retire(m_trainerConsole);
    m_trainerConsole = nullptr;
    PersonWindows::retire(m_practiceWindow);
    m_practiceWindow = nullptr;
}

TrainerConsole* TrainingDesk::openTrainerConsole()
{
    const Actor who = m_actor();
    if (Status s = Permissions::require(who, Action::ManageScenarios); !s) {
        m_window.statusBar()->showMessage(s.error().message, 8000);
        return nullptr;
    }
    if (!practiceOpen())
        return nullptr;
    if (m_trainerConsole && m_trainerConsole->trainer().userId != who.userId) {
        // Another trainer signed in since: their own console, with their own name on what it writes.
        PersonWindows::retire(m_trainerConsole);
        m_trainerConsole = nullptr;
    }
    if (!m_trainerConsole) {
        m_trainerConsole = new TrainerConsole(m_training, who, &m_window);
        PersonWindows::bind(m_trainerConsole);
    }
    m_trainerConsole->show();
    m_trainerConsole->raise();
    return m_trainerConsole;
}

PracticeWindow* TrainingDesk::openPractice(bool quiet)
{
    if (m_practiceWindow) {
        if (!quiet) {
            m_practiceWindow->show();
            m_practiceWindow->raise();
        }
        return m_practiceWindow;
    }
    const Actor who = m_actor();
    if (Status s = Permissions::require(who, Action::UsePractice); !s) {
        if (!quiet)
            m_window.statusBar()->showMessage(s.error().message, 8000);
        return nullptr;
    }
    if (!practiceOpen())
        return nullptr;
    auto open = m_training.waitingFor(who);
    if (!open || !open->has_value()) {
        if (!quiet)
            m_window.statusBar()->showMessage(
                open ? tr("No practice call is waiting for you; ask your trainer to start one.")
                     : open.error().message,
                8000);
        return nullptr;
    }
    m_practiceWindow = new PracticeWindow(m_training, m_words, m_clock, who, **open, m_autoplay, &m_window);
    PersonWindows::bind(m_practiceWindow);
    // The console says PRACTICE too while the practice call is open, so nobody takes it for a real one.
    const QString title = m_window.windowTitle();
    m_window.setWindowTitle(tr("PRACTICE — %1").arg(title));
    connect(m_practiceWindow, &QObject::destroyed, &m_window,
            [this, title] { m_window.setWindowTitle(title); });
    m_practiceWindow->show();
    m_practiceWindow->raise();
    return m_practiceWindow;
}

QWidget* TrainingDesk::openProgress()
{
    const Actor who = m_actor();
    if (Status s = Permissions::require(who, Action::ReadTrainingProgress); !s) {
        m_window.statusBar()->showMessage(s.error().message, 8000);
        return nullptr;
    }
    if (!practiceOpen())
        return nullptr;
    auto* view = new ProgressView(m_training, who, &m_window);
    view->setObjectName(QStringLiteral("trainingProgress"));
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    PersonWindows::bind(view);
    view->setWindowTitle(tr("Trainees: who is ready"));
    view->resize(800, 500);
    view->show();
    return view;
}

} // namespace threerings::ui
