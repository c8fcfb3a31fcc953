#pragma once

#include <QObject>

class QSystemTrayIcon;
class QWidget;

namespace threerings::ui {

// Makes a ringing call impossible to miss when the console is minimised or behind other windows: a tray
// notification (where the desktop has a tray; offscreen and many CI sessions have none) and the window
// raised and activated.
class CallAlert : public QObject
{
    Q_OBJECT

public:
    explicit CallAlert(QWidget* window);

    bool hasTray() const { return m_tray != nullptr; }
    // How many times the window had to be brought forward.
    int raisedCount() const { return m_raised; }

    void ringing(const QString& caller);

private:
    QWidget* m_window;
    QSystemTrayIcon* m_tray = nullptr;
    int m_raised = 0;
};

} // namespace threerings::ui
