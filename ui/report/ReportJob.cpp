#include "ui/report/ReportJob.h"

#include "core/db/Database.h"
#include "core/report/Reports.h"

#include <QPointer>
#include <QThread>

namespace threerings::ui {

ReportJob::ReportJob(QString dbPath, const Clock& clock, BusinessCalendar calendar, Actor actor,
                     QObject* parent)
    : QObject(parent), m_dbPath(std::move(dbPath)), m_clock(clock), m_calendar(std::move(calendar)),
      m_actor(std::move(actor))
{}

ReportJob::~ReportJob()
{
    cancel();
    reap();
}

bool ReportJob::running() const
{
    return m_thread && m_thread->isRunning();
}

void ReportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ReportJob::reap()
{
    if (m_thread)
        m_retired << m_thread;
    m_thread = nullptr;
    for (QThread* t : std::as_const(m_retired)) {
        t->wait();
        delete t;
    }
    m_retired.clear();
}

void ReportJob::start(const QString& kind, const ReportPeriod& period)
{
    cancel();
    // The cancelled computation stops at its next step; its result is dropped by the generation. It is
    // not waited for here (a query may take a second): it is reaped with the next job or at the end.
    for (auto it = m_retired.begin(); it != m_retired.end();) {
        if ((*it)->isFinished()) {
            delete *it;
            it = m_retired.erase(it);
        } else {
            ++it;
        }
    }
    if (m_thread)
        m_retired << m_thread;
    m_thread = nullptr;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const int generation = ++m_generation;
    QPointer<ReportJob> self(this);
    auto cancelFlag = m_cancel;
    const QString path = m_dbPath;
    const Clock* clock = &m_clock;
    const BusinessCalendar calendar = m_calendar;
    const Actor actor = m_actor;
    m_thread = QThread::create([=] {
        const auto deliver = [self, generation](auto&& fn) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, fn] {
                    if (self && self->m_generation == generation)
                        fn(self.data());
                },
                Qt::QueuedConnection);
        };
        auto db = Database::open(path, Database::Open::MustExist, Database::Checks::Deferred);
        if (!db) {
            const QString message = db.error().message;
            deliver([message](ReportJob* j) { emit j->failed(message); });
            return;
        }
        Reports reports(**db, *clock, calendar);
        auto report = reports.build(
            actor, kind, period, [&](int p) { deliver([p](ReportJob* j) { emit j->progress(p); }); },
            cancelFlag.get());
        if (cancelFlag->load())
            return;
        if (!report) {
            const QString message = report.error().message;
            deliver([message](ReportJob* j) { emit j->failed(message); });
            return;
        }
        const Report r = report.value();
        deliver([r](ReportJob* j) { emit j->finished(r); });
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace threerings::ui
