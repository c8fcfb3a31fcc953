#include "ui/call/ActiveCallView.h"

#include "core/calls/CallerNumber.h"
#include "core/calls/RingCounter.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QStyle>

namespace threerings::ui {

ActiveCallView::ActiveCallView(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("activeCall"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("QFrame#activeCall { background: #eef4f0; border: 2px solid #5b8a6b;"
                                 " border-radius: 6px; }"
                                 "QFrame#activeCall QLabel { color: #202020; background: transparent; }"
                                 "QLabel#callState[hold=\"true\"] { color: #8a5a00; }"));

    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 2.2);
    big.setBold(true);
    QFont medium = font();
    medium.setPointSizeF(font().pointSizeF() * 1.2);

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("callState"));
    m_state->setFont(medium);
    m_number = new QLabel(this);
    m_number->setObjectName(QStringLiteral("connectedNumber"));
    m_number->setFont(big);
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rings = new QLabel(this);
    m_rings->setObjectName(QStringLiteral("ringsAtAnswer"));
    m_rings->setFont(medium);
    m_rings->setWordWrap(true);
    m_reminder = new QLabel(tr("Close with thanks, then wait for the caller to hang up first."), this);
    m_reminder->setWordWrap(true);

    QFont clock = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    clock.setPointSizeF(font().pointSizeF() * 3.0);
    clock.setBold(true);
    m_timer = new QLabel(this);
    m_timer->setObjectName(QStringLiteral("callTimer"));
    m_timer->setFont(clock);
    m_timer->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(24, 12, 24, 12); // compact: the script and the card need the height
    grid->addWidget(m_state, 0, 0);
    grid->addWidget(m_number, 1, 0);
    grid->addWidget(m_timer, 0, 1, 2, 1);
    grid->addWidget(m_rings, 2, 0, 1, 2);
    grid->addWidget(m_reminder, 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setRowStretch(4, 1);

    setOnHold(false);
    setTalkMs(0);
}

QString ActiveCallView::durationText(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms) / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void ActiveCallView::setCall(const QString& number, int ringsAtAnswer)
{
    m_number->setText(number.isEmpty() ? tr("Unknown number") : formatCallerNumber(number));
    if (RingCounter::isOverdue(ringsAtAnswer))
        m_rings->setText(
            tr("Answered at ring %1, past the third: begin with “Sorry to have kept you waiting.”")
                .arg(ringsAtAnswer));
    else
        m_rings->setText(tr("Answered at ring %1.").arg(ringsAtAnswer));
}

void ActiveCallView::setOnHold(bool onHold)
{
    m_state->setText(onHold ? tr("On hold — do not keep the caller waiting long") : tr("Connected"));
    m_state->setProperty("hold", onHold);
    m_state->style()->unpolish(m_state);
    m_state->style()->polish(m_state);
}

void ActiveCallView::setTalkMs(qint64 ms)
{
    m_timer->setText(durationText(ms));
}

} // namespace threerings::ui
