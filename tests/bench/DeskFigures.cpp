// The supervisor's desk while a big quarter is counted: the longest gap of the window's event loop,
// beside the longest gap of the same loop left idle for as long (what the platform itself costs).

#include "Bench.h"
#include "core/auth/Actor.h"
#include "core/calendar/CalendarService.h"
#include "core/db/Database.h"
#include "core/report/ReportPeriod.h"
#include "core/util/Clock.h"
#include "ui/report/SupervisorDesk.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimeZone>
#include <QTimer>
#include <algorithm>
#include <cstdio>

namespace threerings::bench {

namespace {

[[noreturn]] void fail(const QString& what)
{
    std::fprintf(stderr, "threerings-bench: %s\n", qPrintable(what));
    std::exit(4);
}

// `calls` calls over October and November 2026 by four agents, written raw.
void fillCalls(const QString& path, int calls)
{
    const qint64 start =
        QDateTime(QDate(2026, 10, 1), QTime(0, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();
    const qint64 step = 61LL * 86400000 / calls;
    rawExec(path,
            QStringLiteral(
                "INSERT INTO users(id, job_number, name, roles, created_at, updated_at) VALUES "
                "('a1', '1001', 'Li Na', 'agent', 0, 0), ('a2', '1002', 'Wang Fang', 'agent', 0, 0), "
                "('a3', '1003', 'Zhang Wei', 'agent', 0, 0), ('a4', '1004', 'Liu Yang', 'agent', 0, 0);"
                "INSERT INTO calls(id, direction, agent_id, ring_at, answered_at, rings_at_answer, ended_at, "
                "abandoned, category, created_at, updated_at) "
                "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i+1 FROM n WHERE i < %1 - 1) "
                "SELECT 'c'||i, 'in', 'a'||(1 + i % 4), %2 + i * %3, %2 + i * %3 + (1 + i % 5) * 4000, "
                "1 + i % 5, %2 + i * %3 + 90000, 0, 'technical', 0, 0 FROM n;")
                .arg(calls)
                .arg(start)
                .arg(step));
}

// The longest gap between ticks of a 10 ms timer while `busy` says the work goes on (or for `forMs`).
qint64 worstGap(const std::function<bool()>& busy, qint64 forMs)
{
    QElapsedTimer clock;
    qint64 last = 0, worst = 0;
    QTimer tick;
    tick.setInterval(10);
    QEventLoop loop;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        const qint64 now = clock.elapsed();
        worst = std::max(worst, now - last);
        last = now;
        if ((busy && !busy()) || (!busy && now >= forMs))
            loop.quit();
    });
    clock.start();
    tick.start();
    loop.exec();
    return worst;
}

const Register desk(
    QStringLiteral("desk-responsiveness"),
    QStringLiteral(
        "ms, the longest event-loop gap of the supervisor's desk while a quarter of calls is counted "
        "on its worker; baseline: the longest gap of the same loop idle for as long"),
    [](const Options& o) {
        const int calls = o.smoke ? 20000 : 400000;
        const QString path = o.work->filePath(QStringLiteral("desk.sqlite"));
        {
            auto db = Database::open(path, Database::Open::CreateIfMissing);
            if (!db)
                fail(db.error().message);
        }
        fillCalls(path, calls);
        auto db = Database::open(path, Database::Open::MustExist);
        if (!db)
            fail(db.error().message);
        ManualClock clock(QDateTime(QDate(2026, 11, 30), QTime(17, 0), QTimeZone("Asia/Shanghai")));
        Actor supervisor;
        supervisor.userId = QStringLiteral("bench-supervisor");
        supervisor.roles = {Role::Supervisor};
        const CalendarService calendar(**db, clock);
        ui::SupervisorDesk view(**db, clock, calendar, supervisor);
        view.show();
        view.setPeriod(ReportPeriod::Kind::Quarter, QDate(2026, 11, 15));
        QElapsedTimer counting;
        counting.start();
        view.showSheet(QStringLiteral("service-level"));
        const qint64 busyGap = worstGap([&] { return view.busy(); }, 0);
        const qint64 took = counting.elapsed();
        const qint64 idleGap = worstGap({}, std::max<qint64>(took, 100));
        return std::vector<Figure>{{QStringLiteral("desk-event-loop-gap-quarter-%1k-calls").arg(calls / 1000),
                                    double(busyGap), QStringLiteral("ms"), double(idleGap)}};
    });

} // namespace

} // namespace threerings::bench
