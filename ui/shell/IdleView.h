#pragma once

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

    static QString summaryText(const CallTracker::Summary& s);

private:
    QLabel* m_title = nullptr;
    QLabel* m_line = nullptr;
    QLabel* m_last = nullptr;
};

} // namespace threerings::ui
