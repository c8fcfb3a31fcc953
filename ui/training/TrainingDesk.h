#pragma once

#include "core/auth/Actor.h"
#include "ui/training/PracticeAutoplay.h"

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
class TrainingService;
class WordsService;
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

    // `autoplay` goes to every practice window it opens (demos, screenshots).
    TrainingDesk(QMainWindow& window, TrainingService& training, WordsService& words, const Clock& clock,
                 std::function<Actor()> actor, PracticeAutoplay autoplay = {});
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

private:
    // The practice file beside the console's database, opened on first use; false (and a message) when it
    // cannot be opened.
    bool practiceOpen();

    QMainWindow& m_window;
    TrainingService& m_training;
    WordsService& m_words;
    const Clock& m_clock;
    std::function<Actor()> m_actor;
    PracticeAutoplay m_autoplay;
    QMenu* m_menu = nullptr;
    QAction* m_console = nullptr;
    QAction* m_practice = nullptr;
    QAction* m_progress = nullptr;
    QTimer* m_waiting = nullptr;
    QPointer<PracticeWindow> m_practiceWindow;
    QPointer<TrainerConsole> m_trainerConsole;
};

} // namespace threerings::ui
