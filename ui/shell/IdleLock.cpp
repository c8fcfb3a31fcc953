#include "ui/shell/IdleLock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace threerings::ui {

IdleLock::IdleLock(qint64 idleMs, QObject* parent) : QObject(parent), m_idleMs(idleMs)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::idle);
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    restart();
}

IdleLock::~IdleLock()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleLock::restart()
{
    if (m_idleMs > 0)
        m_timer->start(int(qMin<qint64>(m_idleMs, std::numeric_limits<int>::max())));
}

void IdleLock::stop()
{
    m_timer->stop();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_timer->isActive())
            restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace threerings::ui
