// Call figures: ring to banner painted, screen-pop data ready, cold start and resident memory on a
// database of a million demo customers (built once with DemoData, or --db to reuse one).

#include "../support/ConsoleCore.h"
#include "Bench.h"
#include "core/auth/UserRepository.h"
#include "core/calendar/BusinessCalendar.h"
#include "core/calendar/CalendarRepository.h"
#include "core/calls/AgentStates.h"
#include "core/calls/CallSession.h"
#include "core/calls/ScreenPopQueries.h"
#include "core/calls/SimulatedLine.h"
#include "core/customers/CustomerRepository.h"
#include "core/db/Database.h"
#include "core/demo/DemoData.h"
#include "core/site/Defaults.h"
#include "core/util/Clock.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>

namespace threerings::bench {

namespace {

[[noreturn]] void die(const QString& what)
{
    std::fprintf(stderr, "threerings-bench: %s\n", qPrintable(what));
    std::exit(4);
}

QString sizeName(qint64 customers)
{
    return customers >= 1000000 ? QStringLiteral("%1m").arg(customers / 1000000)
                                : QStringLiteral("%1k").arg(customers / 1000);
}

// The demo database the call figures read: --db when given (made there when missing), else one in the work
// folder. The accounts' password is "bench8000".
QString demoDatabase(const Options& o, qint64 customers)
{
    const QString path = o.db.isEmpty() ? o.work->filePath(QStringLiteral("calls-demo.sqlite")) : o.db;
    SystemClock clock;
    const bool exists = QFile::exists(path);
    auto db = Database::open(path, Database::Open::CreateIfMissing);
    if (!db)
        die(db.error().message);
    if (!exists) {
        if (Status s = Defaults::ensure(**db, clock); !s)
            die(s.error().message);
        auto calendar = CalendarRepository(**db, clock).load();
        if (!calendar)
            die(calendar.error().message);
        DemoOptions d;
        d.customers = customers;
        d.calls = std::min<qint64>(customers, 20000);
        d.password = QStringLiteral("bench8000");
        d.hashLimits = PasswordHasher::interactive();
        if (auto r = DemoData(**db, clock, *calendar).generate(d); !r)
            die(r.error().message);
    }
    return path;
}

double p99(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(double(v.size()) * 0.99))];
}

// The screen pop's statements through the raw C API, prepared once: the same indexed reads.
struct RawScreenPop
{
    explicit RawScreenPop(const QString& path)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
        const char* sql[] = {
            "SELECT * FROM customers WHERE phone_mobile = ?1 AND phone_mobile <> '' UNION SELECT * FROM "
            "customers "
            "WHERE phone_office = ?1 AND phone_office <> '' ORDER BY updated_at DESC, id LIMIT 4",
            "SELECT name FROM outlets WHERE id = ?1",
            "SELECT d.*, (SELECT count(*) FROM problem_forms f WHERE f.device_id = d.id AND f.category = "
            "'technical') FROM devices d WHERE d.customer_id = ?1 ORDER BY d.product, d.id",
            "SELECT * FROM calls WHERE customer_id = ?1 ORDER BY ring_at DESC LIMIT 5",
            "SELECT * FROM problem_forms WHERE customer_id = ?1 ORDER BY accepted_at DESC LIMIT 5",
            "SELECT count(*) FROM problem_forms WHERE customer_id = ?1 AND category = 'technical'",
            "SELECT number, state, CASE WHEN state = 'accepted' THEN transfer_due_at ELSE result_due_at END "
            "FROM "
            "problem_forms WHERE customer_id = ?1 AND state NOT IN ('resolved', 'reviewed')",
            "SELECT description, status, test_due_at FROM consultations WHERE customer_id = ?1 AND status <> "
            "'finished'",
            "SELECT c.form_number, c.state, c.due_on FROM callbacks c JOIN problem_forms f ON f.id = "
            "c.form_id "
            "WHERE f.customer_id = ?1 AND c.state <> 'done'",
        };
        for (const char* s : sql) {
            sqlite3_stmt* st = nullptr;
            if (sqlite3_prepare_v2(db, s, -1, &st, nullptr) != SQLITE_OK)
                die(QString::fromUtf8(sqlite3_errmsg(db)));
            statements.push_back(st);
        }
    }
    ~RawScreenPop()
    {
        for (sqlite3_stmt* st : statements)
            sqlite3_finalize(st);
        sqlite3_close(db);
    }
    static void drain(sqlite3_stmt* st)
    {
        while (sqlite3_step(st) == SQLITE_ROW)
            for (int c = 0; c < sqlite3_column_count(st); ++c)
                (void)sqlite3_column_text(st, c);
        sqlite3_reset(st);
    }
    void lookup(const QByteArray& e164)
    {
        sqlite3_stmt* find = statements[0];
        sqlite3_bind_text(find, 1, e164.constData(), int(e164.size()), SQLITE_STATIC);
        QByteArray id, outlet;
        if (sqlite3_step(find) == SQLITE_ROW) {
            id = reinterpret_cast<const char*>(sqlite3_column_text(find, 0));
            outlet = reinterpret_cast<const char*>(sqlite3_column_text(find, 6));
        }
        while (sqlite3_step(find) == SQLITE_ROW) {
        }
        sqlite3_reset(find);
        if (id.isEmpty())
            return;
        sqlite3_bind_text(statements[1], 1, outlet.constData(), int(outlet.size()), SQLITE_STATIC);
        drain(statements[1]);
        for (size_t i = 2; i < statements.size(); ++i) {
            sqlite3_bind_text(statements[i], 1, id.constData(), int(id.size()), SQLITE_STATIC);
            drain(statements[i]);
        }
    }
    sqlite3* db = nullptr;
    std::vector<sqlite3_stmt*> statements;
};

const Register screenPop(
    QStringLiteral("screen-pop"),
    QStringLiteral(
        "p99 ms from a caller's number to the screen pop's data (ScreenPopQueries::lookup) on the demo "
        "database; baseline: p99 of the same indexed statements through the raw C API"),
    [](const Options& o) {
        const qint64 customers = o.customers > 0 ? o.customers : (o.smoke ? 300 : 1000000);
        const QString path = demoDatabase(o, customers);
        SystemClock clock;
        auto db = Database::open(path, Database::Open::MustExist);
        if (!db)
            die(db.error().message);
        const QStringList numbers =
            CustomerRepository(**db, clock).somePhones(o.smoke ? 100 : 2000).valueOr({});
        ScreenPopQueries pop(**db, clock);
        RawScreenPop raw(path);
        std::vector<double> ours, base;
        for (int round = 0; round < 2; ++round) // the first round warms the page cache for both
            for (const QString& n : numbers) {
                QElapsedTimer t;
                t.start();
                auto card = pop.lookup(n);
                const double a = double(t.nsecsElapsed()) / 1e6;
                if (!card || !card->known())
                    die(QStringLiteral("the screen pop did not find %1").arg(n));
                const QByteArray e164 = n.toUtf8();
                t.restart();
                raw.lookup(e164);
                const double b = double(t.nsecsElapsed()) / 1e6;
                if (round == 1) {
                    ours.push_back(a);
                    base.push_back(b);
                }
            }
        return std::vector<Figure>{{QStringLiteral("screen-pop-p99-") + sizeName(customers), p99(ours),
                                    QStringLiteral("ms"), p99(base)}};
    });

const Register ringToBanner(
    QStringLiteral("ring-to-banner"),
    QStringLiteral(
        "p99 ms from the line's incoming call to the ringing banner painted (call saved, screen pop "
        "read, window repainted offscreen) on the demo database; baseline: p99 of repainting the idle "
        "window"),
    [](const Options& o) {
        const qint64 customers = o.customers > 0 ? o.customers : (o.smoke ? 300 : 1000000);
        const QString path = demoDatabase(o, customers);
        SystemClock clock;
        auto db = Database::open(path, Database::Open::MustExist);
        if (!db)
            die(db.error().message);
        const QStringList numbers =
            CustomerRepository(**db, clock).somePhones(o.smoke ? 30 : 300).valueOr({});
        SimulatedLine line(clock, SimulatedLine::Behaviour{0, 0, 0, 0});
        test::ConsoleCore core(**db, clock);
        ui::MainWindow window(**db, clock, line, core.services());
        // The demo's agent 1001 at the console, Ready (agents sign in Not Ready).
        const auto agent = UserRepository(**db, clock).findByJobNumber(QStringLiteral("1001"));
        if (!agent)
            die(agent.error().message);
        Actor actor;
        actor.userId = agent->meta.id;
        actor.jobNumber = agent->jobNumber;
        actor.roles = agent->roles;
        if (Status s = window.callSession().start(actor); !s)
            die(s.error().message);
        if (Status s = window.callSession().states().setReady(); !s)
            die(s.error().message);
        window.show();
        QApplication::processEvents();
        std::vector<double> ring, idle;
        for (const QString& n : numbers) {
            QElapsedTimer t;
            t.start();
            window.repaint();
            idle.push_back(double(t.nsecsElapsed()) / 1e6);
            t.restart();
            auto id = line.placeIncomingCall(n);
            window.repaint();
            ring.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!id)
                die(id.error().message);
            (void)line.callerHangsUp(*id);
            QApplication::processEvents();
        }
        return std::vector<Figure>{{QStringLiteral("ring-to-banner-p99-") + sizeName(customers), p99(ring),
                                    QStringLiteral("ms"), p99(idle)}};
    });

#ifdef THREERINGS_WITH_AUTOMATION
const Register coldStart(
    QStringLiteral("cold-start"),
    QStringLiteral(
        "ms from launching the console (signed in by THREERINGS_USER) to its window painted on the "
        "demo database, and its resident memory then (the integrity check runs on a worker after the "
        "window shows); baseline: opening the file and reading its schema version through the raw C API "
        "(no baseline for memory)"),
    [](const Options& o) {
        const qint64 customers = o.customers > 0 ? o.customers : (o.smoke ? 300 : 1000000);
        const QString path = demoDatabase(o, customers);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("THREERINGS_USER"), QStringLiteral("1001"));
        env.insert(QStringLiteral("THREERINGS_PASSWORD"), QStringLiteral("bench8000"));
        env.insert(QStringLiteral("THREERINGS_EXIT_WHEN_READY"), QStringLiteral("1"));
        double best = 1e300;
        double rssMb = 0;
        for (int i = 0; i < 3; ++i) {
            QProcess p;
            p.setProcessEnvironment(env);
            QElapsedTimer t;
            t.start();
            p.start(QStringLiteral(THREERINGS_BINARY), {QStringLiteral("--db"), path});
            if (!p.waitForStarted(10000) || !p.waitForReadyRead(60000))
                die(QStringLiteral("the console did not start: %1")
                        .arg(QString::fromUtf8(p.readAllStandardError())));
            const double ms = double(t.nsecsElapsed()) / 1e6;
            const QByteArray line = p.readAllStandardOutput();
            p.waitForFinished(30000);
            if (!line.contains("ready rss="))
                die(QStringLiteral("the console said: %1").arg(QString::fromUtf8(line)));
            best = std::min(best, ms);
            rssMb = line.mid(line.indexOf("rss=") + 4).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
        const double raw =
            seconds(
                [&] {
                    sqlite3* db = nullptr;
                    sqlite3_open(path.toUtf8().constData(), &db);
                    sqlite3_exec(db, "PRAGMA user_version; PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON",
                                 nullptr, nullptr, nullptr);
                    sqlite3_close(db);
                },
                3) *
            1000;
        return std::vector<Figure>{
            {QStringLiteral("cold-start-") + sizeName(customers), best, QStringLiteral("ms"), raw},
            {QStringLiteral("resident-memory-") + sizeName(customers), rssMb, QStringLiteral("MB"), 0}};
    });
#endif

} // namespace

} // namespace threerings::bench
