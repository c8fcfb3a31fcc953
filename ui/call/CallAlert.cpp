#include "ui/call/CallAlert.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QWidget>

namespace threerings::ui {

CallAlert::CallAlert(QWidget* window) : QObject(window), m_window(window)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(window->style()->standardIcon(QStyle::SP_MessageBoxInformation), this);
        m_tray->setToolTip(tr("ThreeRings hotline console"));
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        });
        m_tray->show();
    }
}

void CallAlert::ringing(const QString& caller)
{
    const bool hidden = m_window->isMinimized() || !m_window->isVisible() || !m_window->isActiveWindow();
    if (!hidden)
        return;
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(tr("Incoming call"), tr("%1 is calling — answer within three rings.").arg(caller),
                            QSystemTrayIcon::Information, 10'000);
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
    QApplication::alert(m_window);
    ++m_raised;
}

} // namespace threerings::ui
