#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QToolButton;

namespace threerings {
class AgentStates;
class Clock;
} // namespace threerings

namespace threerings::ui {

// The agent's state, large enough to see across the room, with Ready and Not Ready (a reason) buttons.
class AgentStateControl : public QWidget
{
    Q_OBJECT

public:
    AgentStateControl(AgentStates& states, const Clock& clock, QWidget* parent = nullptr);

    void refresh();
    // Ready (F12) and Not ready (Shift+F12: the reasons menu), for the Call menu.
    QAction* readyAction() const { return m_readyAction; }
    QAction* notReadyAction() const { return m_notReadyAction; }

Q_SIGNALS:
    void problem(const QString& message);

private:
    AgentStates& m_states;
    const Clock& m_clock;
    QLabel* m_state = nullptr;
    QToolButton* m_ready = nullptr;
    QToolButton* m_notReady = nullptr;
    QAction* m_readyAction = nullptr;
    QAction* m_notReadyAction = nullptr;
};

} // namespace threerings::ui
