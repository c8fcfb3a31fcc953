#pragma once

#include <QObject>

class QTimer;

namespace threerings::ui {

// Watches the application's keyboard and mouse input and says when nobody touched it for the
// given time, so the console can lock itself.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    // `idleMs` 0 switches the lock off.
    IdleLock(qint64 idleMs, QObject* parent = nullptr);
    ~IdleLock() override;

    void restart();
    void stop();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer* m_timer = nullptr;
    qint64 m_idleMs = 0;
};

} // namespace threerings::ui
