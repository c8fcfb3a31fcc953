#include "ui/call/CallPanel.h"

#include "core/calls/CallTracker.h"
#include "ui/call/ActiveCallView.h"
#include "ui/call/RingBanner.h"
#include "ui/shell/IdleView.h"
#include "ui/shell/ShortcutTable.h"

#include <QAction>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace threerings::ui {

CallPanel::CallPanel(CallTracker& tracker, QWidget* parent) : QWidget(parent), m_tracker(tracker)
{
    setObjectName(QStringLiteral("callPanel"));

    m_answer = new QAction(tr("&Answer"), this);
    m_answer->setObjectName(QStringLiteral("answerAction"));
    applyShortcut(m_answer, ShortcutId::Answer);
    m_answer->setToolTip(tr("Answer the ringing call (F2 or Space)"));
    m_hold = new QAction(tr("&Hold"), this);
    m_hold->setObjectName(QStringLiteral("holdAction"));
    applyShortcut(m_hold, ShortcutId::Hold);
    m_hold->setCheckable(true);
    m_hold->setToolTip(tr("Put the caller on hold, or take them off hold (F3)"));
    m_hangUp = new QAction(tr("Hang &up"), this);
    m_hangUp->setObjectName(QStringLiteral("hangUpAction"));
    applyShortcut(m_hangUp, ShortcutId::HangUp);
    m_hangUp->setToolTip(tr("End the call (F4). Let the caller hang up first when you can."));

    const auto report = [this](const Status& s) {
        if (!s)
            Q_EMIT problem(s.error().message);
        refresh();
    };
    connect(m_answer, &QAction::triggered, this, [this, report] { report(m_tracker.answer()); });
    connect(m_hangUp, &QAction::triggered, this, [this, report] { report(m_tracker.hangUp()); });
    connect(m_hold, &QAction::triggered, this, [this, report] { report(m_tracker.toggleHold()); });

    m_idle = new IdleView(this);
    m_idle->setLineName(m_tracker.line().displayName());
    m_banner = new RingBanner(this);
    m_active = new ActiveCallView(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_idle);
    m_stack->addWidget(m_banner);
    m_stack->addWidget(m_active);

    m_buttons = new QWidget(this);
    auto* row = new QHBoxLayout(m_buttons);
    row->setContentsMargins(0, 0, 0, 0);
    row->addStretch();
    QToolButton* answer = bigButton(m_answer);
    // The one action that matters while it rings gets the one strong colour on screen.
    answer->setStyleSheet(QStringLiteral("QToolButton:enabled { background: #2e7d4f; color: white; border: "
                                         "1px solid #245f3d; border-radius: 4px; }"
                                         "QToolButton:enabled:hover { background: #35905b; }"
                                         "QToolButton:enabled:pressed { background: #245f3d; }"));
    row->addWidget(answer);
    row->addWidget(bigButton(m_hold));
    row->addWidget(bigButton(m_hangUp));

    // While idle the message sits in the middle of the area; a call's banner and buttons sit at the top, and
    // the space below is left for what the call brings up (the caller's record, the script).
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(24, 24, 24, 24);
    m_layout->setSpacing(16);
    m_layout->addWidget(m_stack, 1);
    m_layout->addWidget(m_buttons);
    m_layout->addStretch(0);

    connect(&m_tracker, &CallTracker::stateChanged, this, &CallPanel::onStateChanged);
    connect(&m_tracker, &CallTracker::ticked, this, &CallPanel::refresh);
    onStateChanged();
}

QToolButton* CallPanel::bigButton(QAction* action)
{
    auto* b = new QToolButton(m_buttons);
    b->setDefaultAction(action);
    b->setObjectName(action->objectName().replace(QStringLiteral("Action"), QStringLiteral("Button")));
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Space answers; a focused button must not catch a second Space press and hang up.
    b->setFocusPolicy(Qt::NoFocus);
    b->setMinimumSize(160, 48);
    QFont f = b->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    b->setFont(f);
    return b;
}

void CallPanel::onStateChanged()
{
    using State = CallTracker::State;
    const State s = m_tracker.state();
    m_answer->setEnabled(s == State::Ringing && !m_tracker.isOutgoing());
    m_hold->setEnabled(s == State::Connected || s == State::OnHold);
    m_hold->setChecked(s == State::OnHold);
    m_hold->setText(s == State::OnHold ? tr("Resume") : tr("&Hold"));
    m_hangUp->setEnabled(s != State::Idle);
    m_buttons->setVisible(s != State::Idle);
    const bool wrappingUp = s == State::Idle && m_wrapUp;
    if (m_detail)
        m_detail->setVisible(s != State::Idle || wrappingUp);
    const bool bare = s == State::Idle && !wrappingUp;
    m_layout->setStretch(0, bare ? 1 : 0);
    m_layout->setStretch(2, bare ? 0 : 1);

    switch (s) {
    case State::Idle:
        m_idle->setLineName(m_tracker.line().displayName());
        m_idle->setLastCall(m_tracker.lastCall());
        m_stack->setCurrentWidget(wrappingUp ? m_wrapUp : static_cast<QWidget*>(m_idle));
        break;
    case State::Ringing:
        m_banner->setCaller(m_tracker.callerNumber());
        m_stack->setCurrentWidget(m_banner);
        break;
    case State::Connected:
    case State::OnHold:
        m_active->setCall(m_tracker.callerNumber(), m_tracker.ringsAtAnswer());
        m_active->setOnHold(s == State::OnHold);
        m_stack->setCurrentWidget(m_active);
        break;
    }
    refresh();
}

void CallPanel::setDetailWidget(QWidget* detail)
{
    // Takes the place of the stretch below the buttons.
    delete m_layout->takeAt(2);
    m_detail = detail;
    m_layout->insertWidget(2, m_detail, m_tracker.state() == CallTracker::State::Idle ? 0 : 1);
    m_detail->setVisible(m_tracker.hasCall());
}

void CallPanel::showWrapUp(QWidget* view)
{
    if (view == m_wrapUp)
        return;
    if (view && m_stack->indexOf(view) < 0)
        m_stack->addWidget(view);
    m_wrapUp = view;
    onStateChanged();
}

void CallPanel::refresh()
{
    switch (m_tracker.state()) {
    case CallTracker::State::Idle:
        break;
    case CallTracker::State::Ringing:
        if (m_tracker.isOutgoing())
            m_banner->setDialling(m_tracker.remoteRinging(), m_tracker.diallingMs());
        else
            m_banner->setRingState(m_tracker.ringState());
        break;
    case CallTracker::State::Connected:
    case CallTracker::State::OnHold:
        m_active->setTalkMs(m_tracker.talkMs());
        break;
    }
}

} // namespace threerings::ui
