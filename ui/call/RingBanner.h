#pragma once

#include <QFrame>

class QLabel;

namespace threerings {
struct RingState;
}

namespace threerings::ui {

// The ringing call: who calls, a large live ring count, and the reminder of the three-ring rule. Past the
// third ring it turns red and says to open with the apology (SPEC §2.2).
class RingBanner : public QFrame
{
    Q_OBJECT

public:
    explicit RingBanner(QWidget* parent = nullptr);

    void setCaller(const QString& number);
    void setRingState(const RingState& state);
    // A call the agent placed: whom, whether it rings at the other end yet, and for how long it has.
    void setDialling(bool remoteRinging, qint64 elapsedMs);
    bool isOverdue() const { return m_overdue; }

private:
    void applyLook();

    QLabel* m_heading = nullptr;
    QLabel* m_number = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_countCaption = nullptr;
    QLabel* m_hint = nullptr;
    bool m_overdue = false;
};

} // namespace threerings::ui
