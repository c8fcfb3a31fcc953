#include "ui/shell/IdleView.h"

#include "core/calls/CallRecorder.h"
#include "core/calls/CallerNumber.h"
#include "core/util/HotlineTime.h"
#include "ui/call/ActiveCallView.h"

#include <QLabel>
#include <QVBoxLayout>

namespace threerings::ui {

IdleView::IdleView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("idleView"));
    QFont title = font();
    title.setPointSizeF(font().pointSizeF() * 2.0);
    QFont medium = font();
    medium.setPointSizeF(font().pointSizeF() * 1.15);

    m_title = new QLabel(tr("The line is idle."), this);
    m_title->setObjectName(QStringLiteral("idleTitle"));
    m_title->setFont(title);
    m_title->setAlignment(Qt::AlignCenter);
    m_line = new QLabel(this);
    m_line->setFont(medium);
    m_line->setAlignment(Qt::AlignCenter);
    m_line->setForegroundRole(QPalette::PlaceholderText);
    m_readiness = new QLabel(this);
    m_readiness->setObjectName(QStringLiteral("idleReadiness"));
    m_readiness->setFont(medium);
    m_readiness->setAlignment(Qt::AlignCenter);
    m_readiness->setWordWrap(true);
    m_last = new QLabel(this);
    m_last->setObjectName(QStringLiteral("lastCall"));
    m_last->setFont(medium);
    m_last->setAlignment(Qt::AlignCenter);
    m_last->setWordWrap(true);

    auto* col = new QVBoxLayout(this);
    col->addStretch(2);
    col->addWidget(m_title);
    col->addSpacing(6);
    col->addWidget(m_line);
    col->addSpacing(12);
    col->addWidget(m_readiness);
    col->addSpacing(24);
    col->addWidget(m_last);
    col->addStretch(3);
    setLastCall(std::nullopt);
}

void IdleView::setLineName(const QString& name)
{
    m_line->setText(tr("Line: %1").arg(name));
}

QString IdleView::summaryText(const CallTracker::Summary& s)
{
    const QString number = formatCallerNumber(s.callerNumber);
    const QString at = s.ringStartedAt.toTimeZone(hotlineTimeZone()).toString(QStringLiteral("HH:mm"));
    if (s.outgoing) {
        if (!s.answered)
            return tr("Last call you placed: %1 at %2 — %3.")
                .arg(number, at,
                     DialResults::label(s.failure ? CallRecorder::dialResultOf(*s.failure)
                                                  : DialResult::NoAnswer));
        if (s.endedBy == Line::Party::Line)
            return tr("Last call you placed: %1 at %2 — the line dropped it after %3: you placed it, so you "
                      "call again.")
                .arg(number, at, ActiveCallView::durationText(s.talkMs));
        return tr("Last call you placed: %1 at %2 — talked %3.")
            .arg(number, at, ActiveCallView::durationText(s.talkMs));
    }
    if (s.answered && s.endedBy == Line::Party::Line)
        return tr("Last call: %1 at %2 — the line dropped it after %3: the caller calls again, stay Ready "
                  "for them.")
            .arg(number, at, ActiveCallView::durationText(s.talkMs));
    if (!s.answered) {
        if (s.endedBy == Line::Party::Caller)
            return tr("Last call: %1 at %2 — the caller hung up before it was answered (abandoned).")
                .arg(number, at);
        return tr("Last call: %1 at %2 — not answered.").arg(number, at);
    }
    QString ended;
    switch (s.endedBy) {
    case Line::Party::Caller:
        ended = tr("the caller hung up");
        break;
    case Line::Party::Agent:
        ended = tr("you hung up");
        break;
    case Line::Party::Line:
        ended = tr("the line dropped the call");
        break;
    }
    return tr("Last call: %1 at %2 — answered at ring %3, talked %4, %5.")
        .arg(number, at)
        .arg(s.ringsAtAnswer)
        .arg(ActiveCallView::durationText(s.talkMs), ended);
}

void IdleView::setAgentState(const AgentStates& states, bool signedIn, const QString& readyKeys)
{
    const AgentState state = states.state();
    const QString reason = states.reason();
    QString text;
    const char* colour = "#b3261e";
    if (!signedIn) {
        text = tr("Nobody is signed in: no calls ring here. Sign in to take calls.");
    } else if (!states.takesCalls()) {
        text = tr(
            "You do not take calls here: only people with the agent role are offered the hotline's calls.");
        colour = "";
    } else if (state == AgentState::Ready) {
        text = tr("You are Ready: the next call rings here.");
        colour = "#2e7d4f";
    } else if (state == AgentState::NotReady && reason == AgentStateNames::signedInReason()) {
        text = tr("You are Not Ready: no calls ring here yet. Press %1 when you are at the phone.")
                   .arg(readyKeys);
    } else if (state == AgentState::NotReady) {
        text = tr("You are Not Ready (%1): no calls ring here. Press %2 when you are back.")
                   .arg(AgentStateNames::reasonLabel(reason), readyKeys);
    }
    m_readiness->setText(text);
    m_readiness->setStyleSheet(*colour ? QStringLiteral("color: %1;").arg(QLatin1String(colour)) : QString());
}

void IdleView::setLastCall(const std::optional<CallTracker::Summary>& last)
{
    m_last->setText(last ? summaryText(*last) : tr("No calls yet in this session."));
}

} // namespace threerings::ui
