#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace threerings {

class Clock;

// Takes the day's backup of the console's database on a worker thread (the GUI never waits for
// it), at start and whenever the day changes while the console stays open.
class DailyBackupJob : public QObject
{
    Q_OBJECT

public:
    DailyBackupJob(QString dbPath, const Clock& clock, QObject* parent = nullptr);
    ~DailyBackupJob() override;

    void start();
    bool running() const { return m_running; }

signals:
    // `written` is empty when today's backup already existed; `error` is empty on success.
    void finished(const QString& written, const QString& error);

private:
    void runIfDue();

    QString m_dbPath;
    const Clock& m_clock;
    QTimer m_timer;
    QString m_lastDay;
    bool m_running = false;
    QThread* m_thread = nullptr;
};

} // namespace threerings
