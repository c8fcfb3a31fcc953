#pragma once

#include <QFrame>

class QLabel;

namespace threerings::ui {

// The connected call: who is on the line, how long the call has run, how many rings it took to answer,
// and whether it is on hold.
class ActiveCallView : public QFrame
{
    Q_OBJECT

public:
    explicit ActiveCallView(QWidget* parent = nullptr);

    void setCall(const QString& number, int ringsAtAnswer);
    void setOnHold(bool onHold);
    void setTalkMs(qint64 ms);

    static QString durationText(qint64 ms);

private:
    QLabel* m_number = nullptr;
    QLabel* m_timer = nullptr;
    QLabel* m_rings = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_reminder = nullptr;
};

} // namespace threerings::ui
