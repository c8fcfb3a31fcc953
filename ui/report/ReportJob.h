#pragma once

#include "core/auth/Actor.h"
#include "core/calendar/BusinessCalendar.h"
#include "core/report/Report.h"
#include "core/report/ReportPeriod.h"

#include <QList>
#include <QObject>
#include <atomic>
#include <memory>

class QThread;

namespace threerings {
class Clock;
}

namespace threerings::ui {

// Computes one sheet on a worker thread with a connection of its own (the file opened again, as
// IntegrityCheckJob does), so the desk stays responsive while a month over millions of calls is
// counted. Results come back on the thread that started the job.
class ReportJob : public QObject
{
    Q_OBJECT

public:
    ReportJob(QString dbPath, const Clock& clock, BusinessCalendar calendar, Actor actor,
              QObject* parent = nullptr);
    ~ReportJob() override;

    // Starts computing; a job already running is cancelled and its result dropped.
    void start(const QString& kind, const ReportPeriod& period);
    void cancel();
    bool running() const;

signals:
    void progress(int percent);
    void finished(const threerings::Report& report);
    void failed(const QString& message);

private:
    void reap();

    QString m_dbPath;
    const Clock& m_clock;
    BusinessCalendar m_calendar;
    Actor m_actor;
    QThread* m_thread = nullptr;
    QList<QThread*> m_retired; // cancelled jobs still finishing their query
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_generation = 0;
};

} // namespace threerings::ui
