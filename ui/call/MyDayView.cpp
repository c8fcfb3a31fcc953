#include "ui/call/MyDayView.h"

#include <QFormLayout>
#include <QLabel>

namespace threerings::ui {

MyDayView::MyDayView(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("myDay"));
    setFrameShape(QFrame::StyledPanel);
    auto* title = new QLabel(tr("My day"), this);
    QFont f = title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    title->setFont(f);
    const auto make = [this](const char* name) {
        auto* l = new QLabel(this);
        l->setObjectName(QString::fromLatin1(name));
        return l;
    };
    m_calls = make("myDayCalls");
    m_share = make("myDayShare");
    m_rings = make("myDayMeanRings");
    m_abandoned = make("myDayAbandoned");
    m_skipped = make("myDaySkippedSteps");
    m_skipped->setToolTip(tr("Required script steps left unsaid in today's calls"));
    m_states = make("myDayStates");
    m_states->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(title);
    form->addRow(tr("Calls taken"), m_calls);
    form->addRow(tr("Within three rings"), m_share);
    form->addRow(tr("Mean rings"), m_rings);
    form->addRow(tr("Abandoned / missed"), m_abandoned);
    form->addRow(tr("Script steps skipped"), m_skipped);
    form->addRow(tr("Time in states"), m_states);
    setFigures({});
}

QString MyDayView::duration(qint64 ms)
{
    const qint64 m = ms / 60'000;
    return m >= 60 ? tr("%1 h %2 min").arg(m / 60).arg(m % 60, 2, 10, QLatin1Char('0')) : tr("%1 min").arg(m);
}

void MyDayView::setFigures(const MyDayFigures& d)
{
    m_calls->setText(tr("%1 of %2 offered").arg(d.answered).arg(d.offered));
    m_share->setText(d.answered > 0 ? tr("%1 %").arg(qRound(d.shareWithinThreeRings() * 100)) : tr("—"));
    m_rings->setText(d.answered > 0 ? QString::number(d.meanRings, 'f', 1) : tr("—"));
    m_abandoned->setText(tr("%1 / %2").arg(d.abandoned).arg(d.ringNoAnswer));
    m_skipped->setText(QString::number(d.skippedScriptSteps));
    m_skipped->setStyleSheet(d.skippedScriptSteps > 0 ? QStringLiteral("color: #b3261e;") : QString());
    QStringList lines;
    for (AgentState s : {AgentState::Ready, AgentState::OnCall, AgentState::WrapUp, AgentState::NotReady})
        lines << tr("%1: %2").arg(AgentStateNames::label(s), duration(d.msInState.value(s)));
    m_states->setText(lines.join(QLatin1Char('\n')));
}

} // namespace threerings::ui
