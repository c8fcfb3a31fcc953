#include "core/db/IntegrityCheckJob.h"

#include "core/db/Database.h"

#include <QPointer>
#include <QThread>

namespace threerings {

IntegrityCheckJob::IntegrityCheckJob(QString dbPath, QObject* parent)
    : QObject(parent), m_dbPath(std::move(dbPath))
{}

IntegrityCheckJob::~IntegrityCheckJob()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void IntegrityCheckJob::start()
{
    if (m_thread)
        return;
    const QString path = m_dbPath;
    QPointer<IntegrityCheckJob> self(this);
    m_thread = QThread::create([path, self] {
        const Status s = Database::quickCheck(path);
        const QString problem = s.ok() ? QString() : s.error().message;
        QMetaObject::invokeMethod(
            self.data(),
            [self, problem] {
                if (self)
                    emit self->finished(problem);
            },
            Qt::QueuedConnection);
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace threerings
