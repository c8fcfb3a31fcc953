#pragma once

#include <QWidget>

class QAction;
class QStackedWidget;
class QVBoxLayout;
class QToolButton;

namespace threerings {
class CallTracker;
}

namespace threerings::ui {

class ActiveCallView;
class IdleView;
class RingBanner;

// The central call area: idle, ringing (banner with the live ring count) or connected (call timer), with the
// Answer, Hold and Hang up actions. It renders the CallTracker and sends the actions to it; the menus of the
// main window share the same QAction objects.
class CallPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CallPanel(CallTracker& tracker, QWidget* parent = nullptr);

    QAction* answerAction() const { return m_answer; }
    QAction* hangUpAction() const { return m_hangUp; }
    QAction* holdAction() const { return m_hold; }
    IdleView* idleView() const { return m_idle; }

    // Redraws from the tracker; the tracker's tick calls it while a call is on.
    void refresh();
    // What a call brings up (the screen pop), shown below the banner and the buttons while a call is on.
    void setDetailWidget(QWidget* detail);
    // Wrap-up after an answered call: `view` (the wrap-up's choices) takes the banner's place while the line
    // is idle, and the call's details stay below it; nullptr when the wrap-up is over.
    void showWrapUp(QWidget* view);

Q_SIGNALS:
    // An action failed (say, the caller hung up a moment before); the text is for the status bar.
    void problem(const QString& message);

private:
    void onStateChanged();
    QToolButton* bigButton(QAction* action);

    CallTracker& m_tracker;
    QVBoxLayout* m_layout = nullptr;
    QStackedWidget* m_stack = nullptr;
    IdleView* m_idle = nullptr;
    RingBanner* m_banner = nullptr;
    ActiveCallView* m_active = nullptr;
    QWidget* m_buttons = nullptr;
    QWidget* m_detail = nullptr;
    QWidget* m_wrapUp = nullptr;
    QAction* m_answer = nullptr;
    QAction* m_hangUp = nullptr;
    QAction* m_hold = nullptr;
};

} // namespace threerings::ui
