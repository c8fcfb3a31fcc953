#pragma once

#include <QFrame>

class QAction;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace threerings {
class CallScript;
}

namespace threerings::ui {

class ScriptDriver;

// The script beside the call: the current step large enough to read aloud, then every step of the call with
// its tick (said), the current one marked and the required ones left unsaid in red. The agent says the step
// and presses F6 (or Ctrl+Right) to tick it and move on, Ctrl+Left goes back, F7 skips; clicking a step's
// box ticks it. It renders a ScriptDriver and sends the keys to it: a real call's CallScript (core), or a
// practice call's session (the trainee's PRACTICE window shows this same panel).
class ScriptPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ScriptPanel(CallScript& script, QWidget* parent = nullptr);
    explicit ScriptPanel(ScriptDriver& driver, QWidget* parent = nullptr);

    QAction* nextAction() const { return m_next; }
    QAction* backAction() const { return m_back; }
    QAction* skipAction() const { return m_skip; }
    // A button in the panel for an action kept elsewhere (the phrase guide).
    void addButton(QAction* action);

    void refresh();

private:
    void build();
    void onItemChanged(QListWidgetItem* item);
    QToolButton* button(QAction* action);

    ScriptDriver* m_script = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_stepTitle = nullptr;
    QLabel* m_words = nullptr;
    QWidget* m_branches = nullptr;
    QHBoxLayout* m_branchRow = nullptr;
    QListWidget* m_steps = nullptr;
    QHBoxLayout* m_buttonRow = nullptr;
    QAction* m_next = nullptr;
    QAction* m_back = nullptr;
    QAction* m_skip = nullptr;
    bool m_filling = false;
};

} // namespace threerings::ui
