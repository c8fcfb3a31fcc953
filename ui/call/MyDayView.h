#pragma once

#include "core/calls/MyDayFigures.h"

#include <QFrame>

class QLabel;

namespace threerings::ui {

// "My day", always on screen: calls taken, the share answered within three rings, mean rings, abandoned
// and missed calls, and the time spent in each agent state.
class MyDayView : public QFrame
{
    Q_OBJECT

public:
    explicit MyDayView(QWidget* parent = nullptr);

    void setFigures(const MyDayFigures& figures);
    static QString duration(qint64 ms);

private:
    QLabel* m_calls = nullptr;
    QLabel* m_share = nullptr;
    QLabel* m_rings = nullptr;
    QLabel* m_abandoned = nullptr;
    QLabel* m_skipped = nullptr;
    QLabel* m_states = nullptr;
};

} // namespace threerings::ui
