#include "ui/call/AgentStateControl.h"

#include "core/calls/AgentStates.h"
#include "core/util/Clock.h"
#include "ui/call/MyDayView.h"
#include "ui/shell/ShortcutTable.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace threerings::ui {

AgentStateControl::AgentStateControl(AgentStates& states, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_states(states), m_clock(clock)
{
    setObjectName(QStringLiteral("agentStateControl"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("agentState"));
    m_state->setWordWrap(true);
    QFont f = m_state->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_state->setFont(f);

    // Ready ends wrap-up and breaks; the key works anywhere in the console window.
    m_readyAction = new QAction(tr("&Ready for the next call"), this);
    m_readyAction->setObjectName(QStringLiteral("readyAction"));
    applyShortcut(m_readyAction, ShortcutId::Ready);
    connect(m_readyAction, &QAction::triggered, this, [this] {
        if (!m_ready->isEnabled())
            return;
        if (Status s = m_states.setReady(); !s)
            Q_EMIT problem(s.error().message);
    });
    addAction(m_readyAction);
    m_ready = new QToolButton(this);
    m_ready->setObjectName(QStringLiteral("readyButton"));
    m_ready->setText(tr("Ready"));
    m_ready->setToolTip(tr("Ready for the next call (%1)").arg(shortcut(ShortcutId::Ready).keysText()));
    m_ready->setFocusPolicy(Qt::NoFocus);
    connect(m_ready, &QToolButton::clicked, m_readyAction, &QAction::trigger);
    m_notReady = new QToolButton(this);
    m_notReady->setObjectName(QStringLiteral("notReadyButton"));
    m_notReady->setText(tr("Not ready"));
    m_notReady->setFocusPolicy(Qt::NoFocus);
    m_notReady->setPopupMode(QToolButton::InstantPopup);
    auto* reasons = new QMenu(m_notReady);
    for (const QString& reason : AgentStateNames::notReadyReasons())
        reasons->addAction(AgentStateNames::reasonLabel(reason), this, [this, reason] {
            if (Status s = m_states.setNotReady(reason); !s)
                Q_EMIT problem(s.error().message);
        });
    m_notReady->setMenu(reasons);
    m_notReady->setToolTip(
        tr("Not ready: choose the reason (%1)").arg(shortcut(ShortcutId::NotReady).keysText()));
    m_notReadyAction = new QAction(tr("&Not ready…"), this);
    m_notReadyAction->setObjectName(QStringLiteral("notReadyAction"));
    applyShortcut(m_notReadyAction, ShortcutId::NotReady);
    connect(m_notReadyAction, &QAction::triggered, this, [this] {
        if (m_notReady->isEnabled())
            m_notReady->showMenu();
    });
    addAction(m_notReadyAction);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_ready);
    buttons->addWidget(m_notReady);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addLayout(buttons);

    connect(&m_states, &AgentStates::changed, this, &AgentStateControl::refresh);
    refresh();
}

void AgentStateControl::refresh()
{
    const AgentState s = m_states.state();
    QString text = AgentStateNames::label(s);
    if (s == AgentState::NotReady && !m_states.reason().isEmpty())
        text = tr("%1 — %2").arg(text, AgentStateNames::reasonLabel(m_states.reason()));
    if (s == AgentState::WrapUp)
        text = tr("%1 — %2 s left").arg(text).arg((m_states.wrapUpLeftMs() + 999) / 1000);
    text +=
        QLatin1Char('\n') + tr("since %1").arg(MyDayView::duration(m_states.since().msecsTo(m_clock.now())));
    m_state->setText(text);
    const char* colour = s == AgentState::Ready      ? "#2e7d4f"
                         : s == AgentState::NotReady ? "#b3261e"
                                                     : "#8a5a00";
    m_state->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(colour)));
    // A person who does not take calls (not an agent, nobody signed in) has no state to choose.
    const bool takesCalls = m_states.takesCalls();
    m_ready->setEnabled(takesCalls && s != AgentState::Ready && s != AgentState::OnCall);
    m_notReady->setEnabled(takesCalls && s != AgentState::OnCall);
    m_readyAction->setEnabled(m_ready->isEnabled());
    m_notReadyAction->setEnabled(m_notReady->isEnabled());
}

} // namespace threerings::ui
