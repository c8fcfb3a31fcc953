#pragma once

#include "core/auth/Actor.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>
#include <memory>

class QAction;
class QMainWindow;
class QMenu;
class QMenuBar;
class QTimer;

namespace threerings {
class Clock;
class Database;
class PracticeStore;
} // namespace threerings

namespace threerings::ui {

class PracticeWindow;
class TrainerConsole;

// Training in the console (SPEC §7): the Training menu (the trainer's console, a practice call, who is
// ready), and for a signed-in trainee a check every 2 s for a practice call their trainer started, which
// then opens in its PRACTICE window. THREERINGS_OPEN=trainer-console|practice|training-progress opens one
// at start (screenshots).
class TrainingDesk : public QObject
{
    Q_OBJECT

public:
    static constexpr int WaitingCheckMs = 2000;

    TrainingDesk(QMainWindow& window, Database& db, const Clock& clock, std::function<Actor()> actor);
    ~TrainingDesk() override;

    QMenu* addMenu(QMenuBar* bar);
    // Someone signed in or out: the menu follows their roles, a trainee's waiting call is looked for.
    void sessionChanged();
    // The person signed out: the trainer's console and the practice window close.
    void signOut();

    TrainerConsole* openTrainerConsole();
    // Opens the signed-in trainee's waiting practice call; nullptr (and a message) when there is none.
    PracticeWindow* openPractice(bool quiet = false);
    QWidget* openProgress();

    // The practice file beside the console's database, opened on first use; nullptr (and a message) when it
    // cannot be opened.
    PracticeStore* practice();

private:
    QMainWindow& m_window;
    Database& m_db;
    const Clock& m_clock;
    std::function<Actor()> m_actor;
    std::unique_ptr<PracticeStore> m_practiceStore;
    QMenu* m_menu = nullptr;
    QAction* m_console = nullptr;
    QAction* m_practice = nullptr;
    QAction* m_progress = nullptr;
    QTimer* m_waiting = nullptr;
    QPointer<PracticeWindow> m_practiceWindow;
    QPointer<TrainerConsole> m_trainerConsole;
};

} // namespace threerings::ui
