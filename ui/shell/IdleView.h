#pragma once

#include "core/calls/AgentStates.h"
#include "core/calls/CallTracker.h"

#include <QWidget>

class QLabel;

namespace threerings::ui {

// No call on the line: says so, names the line, and recalls how the last call went.
class IdleView : public QWidget
{
    Q_OBJECT

public:
    explicit IdleView(QWidget* parent = nullptr);

    void setLineName(const QString& name);
    void setLastCall(const std::optional<CallTracker::Summary>& last);
    // Whether calls ring here: Ready, Not Ready and why, nobody signed in, or a person who takes no calls
    // (not an agent). `readyKeys` is the Ready key's text.
    void setAgentState(const AgentStates& states, bool signedIn, const QString& readyKeys);

    static QString summaryText(const CallTracker::Summary& s);

private:
    QLabel* m_title = nullptr;
    QLabel* m_line = nullptr;
    QLabel* m_last = nullptr;
    QLabel* m_readiness = nullptr;
};

} // namespace threerings::ui
