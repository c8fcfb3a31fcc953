// Replication figures (issue 8), against the PostgreSQL server named by THREERINGS_TEST_PG_URL (a
// superuser of a throwaway cluster: eval "$(scripts/pg-cluster.sh start)"). Without it they are skipped
// with a message. Each run makes a database of its own on the server and drops it at the end.

#include "Bench.h"
#include "core/db/Database.h"
#include "core/db/RecordWriter.h"
#include "core/db/Transaction.h"
#include "core/sync/ServerConfig.h"
#include "core/sync/ServerSchema.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncWorker.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <algorithm>
#include <cstdio>

namespace threerings::bench {

namespace {

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "threerings-bench: %s\n", qPrintable(message));
    std::exit(4);
}

// A database of its own on the test server, with the ThreeRings schema; dropped at the end.
struct BenchServer
{
    BenchServer()
    {
        auto c = ServerConfig::parse(qEnvironmentVariable("THREERINGS_TEST_PG_URL"));
        if (!c)
            die(c.error().message);
        cluster = c.value();
        name = QStringLiteral("bench_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(10));
        {
            auto db = cluster.open(QStringLiteral("bench-cluster"));
            if (!db)
                die(db.error().message);
            QSqlQuery q(db.value());
            if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
                die(q.lastError().text());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bench-cluster"));
        config = cluster;
        config.database = name;
        auto db = config.open(QStringLiteral("bench-admin"));
        if (!db)
            die(db.error().message);
        if (auto v = ServerSchema::init(db.value()); !v)
            die(v.error().message);
    }
    ~BenchServer()
    {
        QSqlDatabase::database(QStringLiteral("bench-admin"), false).close();
        QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
        {
            auto db = cluster.open(QStringLiteral("bench-cluster"));
            if (db) {
                QSqlQuery q(db.value());
                q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bench-cluster"));
    }
    QSqlDatabase admin() const { return QSqlDatabase::database(QStringLiteral("bench-admin")); }
    // A person's own login with `role`, as consoles sign in: their changes pass all of the server's checks
    // (the superuser's would skip the rules).
    ServerConfig person(const QString& login, const QString& role) const
    {
        QSqlDatabase db = admin();
        const QString password = QStringLiteral("bench-") + login;
        if (Status s = ServerSchema::addPerson(db, login, password, {role}); !s)
            die(s.error().message);
        ServerConfig c = config;
        c.user = login;
        c.password = password;
        return c;
    }

    ServerConfig cluster;
    ServerConfig config;
    QString name;
};

bool haveServer()
{
#if defined(__SANITIZE_ADDRESS__)
    std::fprintf(stderr, "threerings-bench: sync figures skipped in a sanitizer build\n");
    return false;
#endif
    if (!qEnvironmentVariableIsEmpty("THREERINGS_TEST_PG_URL") && ServerConfig::driverAvailable())
        return true;
    std::fprintf(stderr, "threerings-bench: sync figures skipped: no PostgreSQL server (run eval \"$(scripts/"
                         "pg-cluster.sh start)\" or set THREERINGS_TEST_PG_URL)\n");
    return false;
}

std::unique_ptr<Database> freshLocal(const QString& path)
{
    auto db = Database::open(path, Database::Open::CreateIfMissing);
    if (!db)
        die(db.error().message);
    return std::move(db).value();
}

// `changes` outbox rows: new customers, and every tenth change an update of an earlier one.
void writeChanges(Database& db, const Clock& clock, int changes)
{
    RecordWriter writer(db, clock);
    Transaction tx(db);
    QStringList ids;
    for (int i = 0; i < changes; ++i) {
        if (i % 10 == 9) {
            auto r = writer.update(
                QStringLiteral("customers"), ids.at(i / 2 % ids.size()),
                {{QStringLiteral("notes"), QStringLiteral("called back, device works (%1)").arg(i)}},
                QString());
            if (!r)
                die(r.error().message);
            continue;
        }
        auto id = writer.insert(
            QStringLiteral("customers"),
            {{QStringLiteral("name"), QStringLiteral("客户 %1").arg(i)},
             {QStringLiteral("unit"), QStringLiteral("青岛银行 第%1支行").arg(i % 300)},
             {QStringLiteral("phone_mobile"), QStringLiteral("+86139%1").arg(10000000 + i)},
             {QStringLiteral("address"), QStringLiteral("山东省青岛市市南区香港中路 %1 号").arg(i)},
             {QStringLiteral("notes"), QStringLiteral("")}},
            QString());
        if (!id)
            die(id.error().message);
        ids << id.value();
    }
    if (Status s = tx.commit(); !s)
        die(s.error().message);
}

// The baseline: the same outbox rows upserted into a plain table by multi-row INSERT … ON CONFLICT,
// 1000 rows a statement, every value bound.
double rawUpserts(const BenchServer& server, Database& local)
{
    QSqlDatabase pg = server.admin();
    QSqlQuery q(pg);
    if (!q.exec(QStringLiteral(
            "CREATE TABLE raw_changes (seq bigserial PRIMARY KEY, console_id text NOT NULL, "
            "origin_seq bigint NOT NULL, table_name text NOT NULL, row_id text NOT NULL, op text "
            "NOT NULL, revision integer NOT NULL, changed_at bigint NOT NULL, fields jsonb NOT "
            "NULL, UNIQUE (console_id, origin_seq))")))
        die(q.lastError().text());
    struct Row
    {
        qint64 seq;
        QString table, id, op;
        int revision;
        qint64 at;
        QString fields;
    };
    std::vector<Row> rows;
    QSqlQuery read(local.connection());
    read.exec(QStringLiteral(
        "SELECT seq, table_name, row_id, op, revision, changed_at, fields FROM outbox ORDER BY seq"));
    while (read.next())
        rows.push_back({read.value(0).toLongLong(), read.value(1).toString(), read.value(2).toString(),
                        read.value(3).toString(), read.value(4).toInt(), read.value(5).toLongLong(),
                        read.value(6).toString()});
    const int batch = 1000;
    return seconds([&] {
        for (size_t from = 0; from < rows.size(); from += batch) {
            const size_t n = std::min(rows.size() - from, size_t(batch));
            QStringList tuples;
            for (size_t i = 0; i < n; ++i)
                tuples << QStringLiteral("(?,?,?,?,?,?,?,?::jsonb)");
            QSqlQuery up(pg);
            up.prepare(
                QStringLiteral("INSERT INTO raw_changes (console_id, origin_seq, table_name, row_id, op, "
                               "revision, changed_at, fields) VALUES %1 ON CONFLICT (console_id, origin_seq) "
                               "DO NOTHING")
                    .arg(tuples.join(QLatin1Char(','))));
            for (size_t i = from; i < from + n; ++i) {
                const Row& r = rows[i];
                up.addBindValue(QStringLiteral("raw"));
                up.addBindValue(r.seq);
                up.addBindValue(r.table);
                up.addBindValue(r.id);
                up.addBindValue(r.op);
                up.addBindValue(r.revision);
                up.addBindValue(r.at);
                up.addBindValue(r.fields);
            }
            if (!up.exec())
                die(up.lastError().text());
        }
    });
}

const Register pushRate(
    QStringLiteral("sync-push-rate"),
    QStringLiteral(
        "changes/s pushed from the outbox to the server as an agent's login, through the server's "
        "checks (100k; every tenth an update); baseline: the same rows by raw multi-row upserts into a "
        "plain table of the same server"),
    [](const Options& o) -> std::vector<Figure> {
        if (!haveServer())
            return {};
        const int changes = o.smoke ? 2000 : 100000;
        BenchServer server;
        SystemClock clock;
        auto local = freshLocal(o.work->filePath(QStringLiteral("sync-push.sqlite")));
        writeChanges(*local, clock, changes);
        const ServerConfig agent = server.person(QStringLiteral("bench_agent"), QStringLiteral("agent"));
        if (Status s = SyncEngine::configure(*local, agent, true); !s)
            die(s.error().message);
        // The baseline first: a push prunes the rows it sent from the outbox.
        const double raw = rawUpserts(server, *local);
        double pushed = 0;
        {
            SyncEngine engine(*local, clock);
            if (Status s = engine.connect(agent); !s)
                die(s.error().message);
            pushed = seconds([&] {
                for (;;) {
                    auto n = engine.push(1000);
                    if (!n)
                        die(n.error().message);
                    if (n.value() == 0)
                        break;
                }
            });
        }
        return {
            {QStringLiteral("sync-push-rate"), changes / pushed, QStringLiteral("changes/s"), changes / raw}};
    });

double percentile95(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(double(v.size()) * 0.95))];
}

// Waits (running the event loop) until `done` or `ms` have passed.
bool waitFor(const std::function<bool()>& done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
        QThread::usleep(1000);
    }
    return true;
}

const Register propagation(
    QStringLiteral("sync-propagation-p95"),
    QStringLiteral("ms from a write on one console to the row in another console's file, both sync workers "
                   "running (p95); baseline: a raw INSERT + NOTIFY heard on a second connection (p95)"),
    [](const Options& o) -> std::vector<Figure> {
        if (!haveServer())
            return {};
        const int samples = o.smoke ? 5 : 60;
        BenchServer server;
        SystemClock clock;
        const QString pathA = o.work->filePath(QStringLiteral("sync-a.sqlite"));
        const QString pathB = o.work->filePath(QStringLiteral("sync-b.sqlite"));
        auto a = freshLocal(pathA);
        auto b = freshLocal(pathB);
        // Both consoles sync as a person's own login, as a hotline's do (never as the schema's owner).
        const ServerConfig agent = server.person(QStringLiteral("bench_floor"), QStringLiteral("agent"));
        if (!SyncEngine::configure(*a, agent, true) || !SyncEngine::configure(*b, agent, false))
            die(QStringLiteral("cannot configure the consoles"));
        SyncController workerA;
        SyncController workerB;
        bool connectedA = false;
        bool connectedB = false;
        QObject context;
        QObject::connect(&workerA, &SyncController::statusChanged, &context,
                         [&](const SyncStatus& s) { connectedA = s.connected; });
        QObject::connect(&workerB, &SyncController::statusChanged, &context,
                         [&](const SyncStatus& s) { connectedB = s.connected; });
        workerA.start(pathA, agent);
        workerB.start(pathB, agent);
        if (!waitFor([&] { return connectedA && connectedB; }, 10000))
            die(QStringLiteral("the sync workers did not connect"));
        RecordWriter writer(*a, clock);
        QSqlQuery seen(b->connection());
        seen.prepare(QStringLiteral("SELECT 1 FROM customers WHERE id = ?"));
        std::vector<double> ms;
        for (int i = 0; i < samples; ++i) {
            QElapsedTimer t;
            t.start();
            auto id = writer.insert(QStringLiteral("customers"),
                                    {{QStringLiteral("name"), QStringLiteral("来电 %1").arg(i)},
                                     {QStringLiteral("notes"), QStringLiteral("")}},
                                    QString());
            if (!id)
                die(id.error().message);
            const bool arrived = waitFor(
                [&] {
                    seen.bindValue(0, id.value());
                    const bool found = seen.exec() && seen.next();
                    seen.finish();
                    return found;
                },
                10000);
            if (!arrived)
                die(QStringLiteral("a change did not arrive within 10 s"));
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
            QThread::msleep(37); // not in step with the workers' tick
        }
        workerA.stop();
        workerB.stop();

        // Baseline: the server's own announcement, heard on a second connection.
        std::vector<double> raw;
        {
            auto listener = server.config.open(QStringLiteral("bench-listen"));
            if (!listener)
                die(listener.error().message);
            int heard = 0;
            QSqlDriver* driver = listener->driver();
            driver->subscribeToNotification(QStringLiteral("bench_raw"));
            QObject::connect(driver, &QSqlDriver::notification, &context, [&] { ++heard; });
            QSqlQuery q(server.admin());
            q.exec(QStringLiteral("CREATE TABLE raw_rows (id text PRIMARY KEY)"));
            for (int i = 0; i < samples; ++i) {
                const int before = heard;
                QElapsedTimer t;
                t.start();
                q.prepare(QStringLiteral("INSERT INTO raw_rows VALUES (?)"));
                q.addBindValue(QString::number(i));
                q.exec();
                q.exec(QStringLiteral("NOTIFY bench_raw"));
                if (!waitFor([&] { return heard > before; }, 5000))
                    die(QStringLiteral("the raw notification was not heard"));
                raw.push_back(double(t.nsecsElapsed()) / 1e6);
            }
            driver->unsubscribeFromNotification(QStringLiteral("bench_raw"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bench-listen"));
        return {{QStringLiteral("sync-propagation-p95"), percentile95(ms), QStringLiteral("ms"),
                 percentile95(raw)}};
    });

const Register catchUp(
    QStringLiteral("sync-catch-up-rate"),
    QStringLiteral(
        "changes/s a new console takes when it joins a team whose server holds 1M changes (customers, "
        "every tenth an update), pulled and applied as an agent's login; baseline: the same rows read "
        "raw by one streaming SELECT of the same server. The total time is printed"),
    [](const Options& o) -> std::vector<Figure> {
        if (!haveServer())
            return {};
        const qint64 changes = o.customers > 0 ? o.customers : (o.smoke ? 5000 : 1'000'000);
        BenchServer server;
        {
            // The team's history, written straight into the change log (as the installer: no checks to time).
            QSqlQuery q(server.admin());
            const QString sql = QStringLiteral(
                "INSERT INTO tr_changes (console_id, origin_seq, table_name, row_id, op, revision, hlc, "
                "changed_at, "
                "fields) SELECT 'team/p_history', s, 'customers', 'c' || (CASE WHEN s %% 10 = 0 THEN s - 5 "
                "ELSE s END), "
                "CASE WHEN s %% 10 = 0 THEN 'update' ELSE 'insert' END, 1, 1764000000000 + s, 1764000000000 "
                "+ s, "
                "CASE WHEN s %% 10 = 0 THEN jsonb_build_object('notes', 'called back ' || s) ELSE "
                "jsonb_build_object('name', '客户 ' || s, 'phone_mobile', '+86139' || (10000000 + s), "
                "'address', "
                "'山东省青岛市市南区香港中路 ' || s || ' 号', 'notes', '') END FROM generate_series(1, %1) "
                "s");
            if (!q.exec(sql.arg(changes).replace(QStringLiteral("%%"), QStringLiteral("%"))))
                die(q.lastError().text());
        }
        SystemClock clock;
        auto local = freshLocal(o.work->filePath(QStringLiteral("sync-catch-up.sqlite")));
        const ServerConfig agent = server.person(QStringLiteral("bench_joiner"), QStringLiteral("agent"));
        if (Status s = SyncEngine::configure(*local, agent, false); !s)
            die(s.error().message);
        qint64 applied = 0;
        double took = 0;
        {
            SyncEngine engine(*local, clock);
            if (Status s = engine.connect(agent); !s)
                die(s.error().message);
            took = seconds([&] {
                for (;;) {
                    auto n = engine.pull(5000);
                    if (!n)
                        die(n.error().message);
                    if (n.value() == 0)
                        break;
                    applied += n.value();
                }
            });
        }
        if (applied != changes)
            die(QStringLiteral("the new console took %1 of %2 changes").arg(applied).arg(changes));
        double raw = 0;
        {
            auto reader = agent.open(QStringLiteral("bench-raw-read"));
            if (!reader)
                die(reader.error().message);
            QSqlQuery q(reader.value());
            q.setForwardOnly(true);
            qint64 rows = 0;
            raw = seconds([&] {
                if (!q.exec(QStringLiteral(
                        "SELECT seq, console_id, table_name, row_id, op, revision, hlc, changed_at, "
                        "changed_by, fields::text, coalesce(base::text, '{}') FROM tr_changes "
                        "ORDER BY seq")))
                    die(q.lastError().text());
                while (q.next())
                    rows += q.value(9).toString().size() > 0;
            });
            if (rows != changes)
                die(QStringLiteral("the raw read saw %1 rows").arg(rows));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bench-raw-read"));
        std::printf("sync-catch-up: %lld changes taken in %.1f s (raw read %.1f s)\n",
                    static_cast<long long>(changes), took, raw);
        return {{QStringLiteral("sync-catch-up-rate"), changes / took, QStringLiteral("changes/s"),
                 changes / raw}};
    });

} // namespace

} // namespace threerings::bench
