#pragma once

#include <QWidget>

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

Q_SIGNALS:
    void problem(const QString& message);

private:
    AgentStates& m_states;
    const Clock& m_clock;
    QLabel* m_state = nullptr;
    QToolButton* m_ready = nullptr;
    QToolButton* m_notReady = nullptr;
};

} // namespace threerings::ui
