// Training figures: the trainer's live watch polls a session's new events every 300 ms.

#include "Bench.h"
#include "core/db/Database.h"
#include "core/db/Transaction.h"
#include "core/training/Scenario.h"
#include "core/training/TrainingRepository.h"
#include "core/util/Clock.h"

#include <QFile>
#include <cstdio>
#include <sqlite3.h>

namespace threerings::bench {

namespace {

const Register practicePoll(
    QStringLiteral("practice-poll"),
    QStringLiteral(
        "microseconds for one poll of the trainer's console (the events after the last seen of one "
        "session) in a practice file of 400 sessions x 200 events; baseline: the same query as raw "
        "SQLite with a prepared statement"),
    [](const Options& o) {
        const int sessions = o.smoke ? 20 : 400;
        const int perSession = o.smoke ? 50 : 200;
        SystemClock clock;
        const QString path = o.work->filePath(QStringLiteral("practice.sqlite"));
        QFile::remove(path);
        auto opened = Database::open(path, Database::Open::CreateIfMissing);
        if (!opened) {
            std::fprintf(stderr, "threerings-bench: cannot create %s\n", qPrintable(path));
            std::exit(4);
        }
        auto db = std::move(opened).value();
        TrainingRepository repo(*db, clock);
        const Scenario scenario = Scenario::shipped(QStringLiteral("zh_CN")).value().constFirst();
        const Actor trainer = Actor::systemActor();
        QString watched;
        {
            Transaction tx(*db);
            for (int s = 0; s < sessions; ++s) {
                auto r = repo.startSession(trainer, scenario, QStringLiteral("trainee-%1").arg(s));
                if (!r) {
                    std::fprintf(stderr, "threerings-bench: %s\n", qPrintable(r.error().message));
                    std::exit(4);
                }
                for (int e = 0; e < perSession; ++e)
                    (void)repo.appendEvent(
                        trainer, r->meta.id, PracticeEvent::Kind::TraineeLine, e * 1000,
                        {{QStringLiteral("text"), QStringLiteral("您好!800热线,为您服务")}});
                watched = r->meta.id;
            }
            (void)tx.commit();
        }
        const int after = perSession - 3; // the trainer has seen all but the last three
        const int repeat = o.smoke ? 200 : 2000;
        qsizetype got = 0;
        const double ours = seconds(
            [&] {
                for (int i = 0; i < repeat; ++i)
                    got += repo.events(watched, after)->size();
            },
            3);
        sqlite3* raw = nullptr;
        sqlite3_open(path.toUtf8().constData(), &raw);
        sqlite3_stmt* q = nullptr;
        sqlite3_prepare_v2(
            raw,
            "SELECT seq, at_ms, kind, data FROM practice_events WHERE session_id = ? AND seq > ? "
            "ORDER BY seq",
            -1, &q, nullptr);
        const QByteArray id = watched.toUtf8();
        qsizetype plain = 0;
        const double baseline = seconds(
            [&] {
                for (int i = 0; i < repeat; ++i) {
                    sqlite3_bind_text(q, 1, id.constData(), int(id.size()), SQLITE_STATIC);
                    sqlite3_bind_int(q, 2, after);
                    while (sqlite3_step(q) == SQLITE_ROW) {
                        (void)sqlite3_column_text(q, 3);
                        ++plain;
                    }
                    sqlite3_reset(q);
                }
            },
            3);
        sqlite3_finalize(q);
        sqlite3_close(raw);
        if (got == 0 || plain == 0)
            std::fprintf(stderr, "threerings-bench: practice-poll read nothing\n");
        return std::vector<Figure>{{QStringLiteral("practice-poll"), ours / repeat * 1e6,
                                    QStringLiteral("us"), baseline / repeat * 1e6}};
    });

} // namespace

} // namespace threerings::bench
