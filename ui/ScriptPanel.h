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

// The script beside the call: the current step large enough to read aloud, then every step of the call with
// its tick (said), the current one marked and the required ones left unsaid in red. The agent says the step
// and presses F6 (or Ctrl+Right) to tick it and move on, Ctrl+Left goes back, F7 skips; clicking a step's
// box ticks it. It renders CallScript (core) and sends the keys to it.
class ScriptPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ScriptPanel(CallScript& script, QWidget* parent = nullptr);

    QAction* nextAction() const { return m_next; }
    QAction* backAction() const { return m_back; }
    QAction* skipAction() const { return m_skip; }
    // A button in the panel for an action kept elsewhere (the phrase guide).
    void addButton(QAction* action);

    void refresh();

private:
    void onItemChanged(QListWidgetItem* item);
    QToolButton* button(QAction* action);

    CallScript& m_script;
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
