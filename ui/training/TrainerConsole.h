#pragma once

#include "core/auth/Actor.h"
#include "core/training/Scenario.h"

#include <QList>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace threerings {
class TrainingService;
} // namespace threerings

namespace threerings::ui {

class ProgressView;
class ScenarioEditor;

// The trainer's console (SPEC §7): write scenarios (a JSON editor with validation naming the field; import
// and export files), start a practice call for a trainee, watch it live (polling the session's events every
// 300 ms, so it works from a second console on the same database), make the caller say a line or spring a
// trap, add remarks, end it and see the scorecard (PDF on request); and the trainees' progress.
class TrainerConsole : public QWidget
{
    Q_OBJECT

public:
    static constexpr int PollMs = 300;

    TrainerConsole(TrainingService& training, Actor trainer, QWidget* parent = nullptr);
    ~TrainerConsole() override;

    // The trainer the console acts as (another trainer signing in gets a console of their own).
    const Actor& trainer() const { return m_trainer; }
    QTabWidget* tabs() const { return m_tabs; }
    QListWidget* scenarioList() const { return m_list; }
    QPlainTextEdit* editor() const { return m_editor; }
    ScenarioEditor* form() const { return m_form; }
    // Form (0) or JSON (1): the one shown is the one saved.
    QTabWidget* editTabs() const { return m_editTabs; }
    QLabel* editorMessage() const { return m_message; }
    QComboBox* traineeBox() const { return m_trainee; }
    QTextBrowser* watch() const { return m_watch; }
    const QString& watchedSession() const { return m_sessionId; }

    // What the buttons do (also for tests).
    bool saveEditedScenario();
    // The selected scenario in the editor under a new key, to write a new one from.
    void newFromCurrent();
    bool startSessionFor(const QString& traineeId);
    void watchSession(const QString& sessionId);
    void poll();
    bool springTrap(const QString& trapId);
    bool callerSays(const QString& text);
    bool addRemark(const QString& text);
    bool endSession();

private:
    void buildScenarioTab();
    void buildSessionTab();
    void loadScenarios();
    void showScenario(int row);
    void importFile();
    void exportFile();
    void loadTrainees();
    void loadOpenSessions();
    void savePdf();
    void say(const QString& message, bool error);
    QString language() const;

    TrainingService& m_training;
    Actor m_trainer;
    QList<Scenario> m_scenarios;
    QString m_sessionId;
    int m_lastSeq = 0;

    QTabWidget* m_tabs = nullptr;
    QComboBox* m_language = nullptr;
    QListWidget* m_list = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    ScenarioEditor* m_form = nullptr;
    QTabWidget* m_editTabs = nullptr;
    QLabel* m_message = nullptr;
    QComboBox* m_trainee = nullptr;
    QComboBox* m_sessionScenario = nullptr;
    QListWidget* m_open = nullptr;
    QTextBrowser* m_watch = nullptr;
    QLabel* m_status = nullptr;
    QLineEdit* m_callerLine = nullptr;
    QComboBox* m_trap = nullptr;
    QLineEdit* m_remark = nullptr;
    QTextBrowser* m_card = nullptr;
    QTimer* m_poll = nullptr;
    ProgressView* m_progress = nullptr;
};

} // namespace threerings::ui
