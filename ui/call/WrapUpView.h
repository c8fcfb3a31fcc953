#pragma once

#include <QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;
class QTimer;

namespace threerings {
class CallSession;
}

namespace threerings::ui {

class CallPanel;

// Wrap-up, in the call panel after an answered call: the time left, what was opened on the call, and the two
// choices that finish it, one key each: the category (1–4: technical quality, service, sales, other) and how
// the call ended (5–0: solved on the phone, problem form, consultation, complaint, wrong number, silent or
// nuisance). Enter finishes the call and makes the agent Ready (CallSession::finishCall, then Ready); the
// agent cannot be Ready before. The choices start from the problem form opened on the call, if any.
class WrapUpView : public QWidget
{
    Q_OBJECT

public:
    explicit WrapUpView(CallSession& session, QWidget* parent = nullptr);
    // Puts a wrap-up view into `panel` for every wrap-up of `session`'s agent, with the keyboard in it.
    static WrapUpView* attach(CallPanel& panel, CallSession& session);

    // Reads the call again (a new wrap-up, a form saved in the meantime).
    void refresh();
    // Finishes the call with the choices made, and makes the agent Ready; false (with the reason shown)
    // when a choice is missing or the save failed.
    bool finish();

Q_SIGNALS:
    void problem(const QString& message);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateTimeLeft();

    CallSession& m_session;
    QLabel* m_left = nullptr;
    QLabel* m_opened = nullptr;
    QLabel* m_error = nullptr;
    QButtonGroup* m_categories = nullptr;
    QButtonGroup* m_outcomes = nullptr;
    QPushButton* m_finish = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace threerings::ui
