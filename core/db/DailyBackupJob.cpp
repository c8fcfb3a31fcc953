#include "core/db/DailyBackupJob.h"

#include "core/db/Backup.h"
#include "core/db/Database.h"
#include "core/util/Clock.h"
#include "core/util/HotlineTime.h"

#include <QPointer>
#include <QThread>

namespace threerings {

DailyBackupJob::DailyBackupJob(QString dbPath, const Clock& clock, QObject* parent)
    : QObject(parent), m_dbPath(std::move(dbPath)), m_clock(clock)
{
    m_timer.setInterval(15 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &DailyBackupJob::runIfDue);
}

DailyBackupJob::~DailyBackupJob()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void DailyBackupJob::start()
{
    m_timer.start();
    runIfDue();
}

void DailyBackupJob::runIfDue()
{
    const QDate today = m_clock.now().toTimeZone(hotlineTimeZone()).date();
    if (m_running || today.toString(Qt::ISODate) == m_lastDay)
        return;
    m_running = true;
    m_lastDay = today.toString(Qt::ISODate);
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    const QString path = m_dbPath;
    QPointer<DailyBackupJob> self(this);
    m_thread = QThread::create([path, today, self] {
        auto r = Backup::daily(path, Database::backupDirFor(path), today);
        const QString written = r.ok() ? r.value() : QString();
        const QString error = r.ok() ? QString() : r.error().message;
        QMetaObject::invokeMethod(
            self.data(),
            [self, written, error] {
                if (!self)
                    return;
                self->m_running = false;
                emit self->finished(written, error);
            },
            Qt::QueuedConnection);
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace threerings
