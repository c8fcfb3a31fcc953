#include "ui/call/RingBanner.h"

#include "core/calls/CallerNumber.h"
#include "core/calls/RingCounter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace threerings::ui {

namespace {

QFont scaled(const QFont& base, double factor, bool bold)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

} // namespace

RingBanner::RingBanner(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("ringBanner"));
    setFrameShape(QFrame::StyledPanel);

    m_heading = new QLabel(tr("Incoming call"), this);
    m_heading->setFont(scaled(font(), 1.2, false));
    m_number = new QLabel(this);
    m_number->setObjectName(QStringLiteral("callerNumber"));
    m_number->setFont(scaled(font(), 2.6, true));
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("ringHint"));
    m_hint->setFont(scaled(font(), 1.15, false));
    m_hint->setWordWrap(true);

    auto* left = new QVBoxLayout;
    left->addWidget(m_heading);
    left->addWidget(m_number);
    left->addSpacing(8);
    left->addWidget(m_hint);
    left->addStretch();

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("ringCount"));
    m_count->setFont(scaled(font(), 5.0, true));
    m_count->setAlignment(Qt::AlignCenter);
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(QStringLiteral("88")) + 24);
    m_countCaption = new QLabel(this);
    m_countCaption->setObjectName(QStringLiteral("ringCaption"));
    m_countCaption->setFont(scaled(font(), 1.1, false));
    m_countCaption->setAlignment(Qt::AlignCenter);

    auto* right = new QVBoxLayout;
    right->addWidget(m_count);
    right->addWidget(m_countCaption);
    right->addStretch();

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(28, 20, 28, 20);
    row->addLayout(left, 1);
    row->addSpacing(24);
    row->addLayout(right);

    applyLook();
}

void RingBanner::setCaller(const QString& number)
{
    m_number->setText(number.isEmpty() ? tr("Unknown number") : formatCallerNumber(number));
}

void RingBanner::setDialling(bool remoteRinging, qint64 elapsedMs)
{
    m_heading->setText(tr("Calling"));
    m_count->setText(QString::number(elapsedMs / 1000));
    m_countCaption->setText(tr("seconds"));
    m_hint->setText(remoteRinging ? tr("It rings at the other end. F4 cancels the call.")
                                  : tr("Dialling … F4 cancels the call."));
    if (m_overdue) {
        m_overdue = false;
        applyLook();
    }
}

void RingBanner::setRingState(const RingState& state)
{
    m_heading->setText(tr("Incoming call"));
    m_count->setText(QString::number(state.ring));
    const bool overdue = state.overdue;
    if (overdue) {
        m_countCaption->setText(tr("rings — overdue"));
        m_hint->setText(tr("Past the third ring. Answer now and begin with the apology: "
                           "“Sorry to have kept you waiting.”"));
    } else {
        m_countCaption->setText(tr("ring %1 of %2").arg(state.ring).arg(RingCounter::ringsAllowed));
        m_hint->setText(tr("Pick up within three rings: press F2 or Space to answer."));
    }
    if (overdue != m_overdue) {
        m_overdue = overdue;
        applyLook();
    }
}

void RingBanner::applyLook()
{
    // Muted tones: amber while on time, a dark red once overdue. Text stays dark for contrast.
    const QString frame = m_overdue ? QStringLiteral("#fbe9e7") : QStringLiteral("#fff6e0");
    const QString border = m_overdue ? QStringLiteral("#b3261e") : QStringLiteral("#d9a63a");
    const QString count = m_overdue ? QStringLiteral("#b3261e") : QStringLiteral("#3b3b3b");
    setStyleSheet(
        QStringLiteral("QFrame#ringBanner { background: %1; border: 2px solid %2; border-radius: 6px; }"
                       "QFrame#ringBanner QLabel { color: #202020; background: transparent; }"
                       "QLabel#ringCount { color: %3; }"
                       "QLabel#ringCaption { color: %3; }")
            .arg(frame, border, count));
}

} // namespace threerings::ui
