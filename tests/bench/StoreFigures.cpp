// Storage figures: demo-data generation, form inserts through the repositories, open-and-migrate.

#include "Bench.h"
#include "core/auth/UserRepository.h"
#include "core/calendar/CalendarRepository.h"
#include "core/customers/CustomerRepository.h"
#include "core/db/Database.h"
#include "core/db/Transaction.h"
#include "core/demo/DemoData.h"
#include "core/forms/ProblemFormRepository.h"
#include "core/site/Defaults.h"
#include "core/util/Clock.h"

#include <QDir>
#include <QFile>
#include <QUuid>
#include <cstdio>
#include <sqlite3.h>

namespace threerings::bench {

std::unique_ptr<Database> openFresh(const QString& path, const Clock& clock)
{
    QFile::remove(path);
    auto db = Database::open(path, Database::Open::CreateIfMissing);
    if (!db || !Defaults::ensure(**db, clock)) {
        std::fprintf(stderr, "threerings-bench: cannot create %s\n", qPrintable(path));
        std::exit(4);
    }
    return std::move(db).value();
}

namespace {

QString migration(int version)
{
    const QStringList files =
        QDir(QStringLiteral(":/migrations"))
            .entryList({QStringLiteral("%1_*.sql").arg(version, 4, 10, QLatin1Char('0'))});
    QFile f(QStringLiteral(":/migrations/") + files.value(0));
    f.open(QIODevice::ReadOnly);
    return QString::fromUtf8(f.readAll());
}

} // namespace

double rawCustomerInserts(const QString& path, qint64 rows)
{
    sqlite3* db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON", nullptr,
                 nullptr, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(
        db,
        "INSERT INTO customers (id, name, unit, phone_mobile, phone_office, outlet_id, address, notes, "
        "created_at, created_by, updated_at, updated_by, revision) VALUES (?,?,?,?,?,NULL,?,'',?,NULL,?,"
        "NULL,1)",
        -1, &st, nullptr);
    const double s = seconds([&] {
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        for (qint64 i = 0; i < rows; ++i) {
            const QByteArray id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
            const QByteArray mobile = "+86138" + QByteArray::number(10000000 + i);
            sqlite3_bind_text(st, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(st, 2, "王芳", -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 3, "中国工商银行青岛分行市南支行", -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 4, mobile.constData(), int(mobile.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(st, 5, "+8653288886666", -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 6, "青岛市市南区香港中路8号", -1, SQLITE_STATIC);
            sqlite3_bind_int64(st, 7, 1764032400000LL + i);
            sqlite3_bind_int64(st, 8, 1764032400000LL + i);
            sqlite3_step(st);
            sqlite3_reset(st);
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    });
    sqlite3_finalize(st);
    sqlite3_close(db);
    return s;
}

namespace {

const Register demoRate(
    QStringLiteral("demo-data-rate"),
    QStringLiteral(
        "rows/s written by demo-data; baseline: the same number of customer rows by raw prepared inserts"),
    [](const Options& o) {
        const qint64 customers = o.customers > 0 ? o.customers : (o.smoke ? 300 : 20000);
        const qint64 calls = customers * 3;
        SystemClock clock;
        const QString path = o.work->filePath(QStringLiteral("demo.sqlite"));
        auto db = openFresh(path, clock);
        auto calendar = CalendarRepository(*db, clock).load();
        DemoSummary summary;
        const double s = seconds([&] {
            auto r = DemoData(*db, clock, *calendar).generate({customers, calls, 7, {}});
            if (!r) {
                std::fprintf(stderr, "threerings-bench: %s\n", qPrintable(r.error().message));
                std::exit(4);
            }
            summary = *r;
        });
        db.reset();
        const QString rawPath = o.work->filePath(QStringLiteral("demo-raw.sqlite"));
        openFresh(rawPath, clock).reset();
        const double raw = rawCustomerInserts(rawPath, summary.rows());
        return std::vector<Figure>{{QStringLiteral("demo-data-rate"), double(summary.rows()) / s,
                                    QStringLiteral("rows/s"), double(summary.rows()) / raw}};
    });

const Register formRate(
    QStringLiteral("form-insert-rate"),
    QStringLiteral("problem forms/s created through ProblemFormRepository in one transaction; baseline: raw "
                   "prepared inserts of the same rows"),
    [](const Options& o) {
        const int forms = o.smoke ? 500 : 20000;
        ManualClock clock(QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone("Asia/Shanghai")));
        const QString path = o.work->filePath(QStringLiteral("forms.sqlite"));
        auto db = openFresh(path, clock);
        User agent;
        agent.jobNumber = QStringLiteral("1001");
        agent.name = QStringLiteral("王芳");
        auto storedAgent = UserRepository(*db, clock).insert(agent, {});
        // The repository (and its prepared statements) goes before the database it writes to.
        auto repo = std::make_unique<ProblemFormRepository>(*db, clock);
        const double s = seconds([&] {
            Transaction tx(*db);
            for (int i = 0; i < forms; ++i) {
                ProblemForm f;
                f.agentId = storedAgent->meta.id;
                f.category = Category::Technical;
                f.customerName = QStringLiteral("李明");
                f.phoneMobile = QStringLiteral("+8613812345678");
                f.address = QStringLiteral("青岛市市南区香港中路8号");
                f.description = QStringLiteral("ATM 吞卡,客户卡片无法退出");
                auto r = repo->create(f, storedAgent->meta.id);
                if (!r) {
                    std::fprintf(stderr, "threerings-bench: %s\n", qPrintable(r.error().message));
                    std::exit(4);
                }
            }
            (void)tx.commit();
        });
        const QString agentId = storedAgent->meta.id;
        repo.reset();
        db.reset();

        sqlite3* raw = nullptr;
        sqlite3_open(path.toUtf8().constData(), &raw);
        sqlite3_exec(raw, "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON", nullptr, nullptr, nullptr);
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(
            raw,
            "INSERT INTO problem_forms (id, number, agent_id, category, customer_name, phone_mobile, "
            "address, description, accepted_at, transfer_due_at, state, created_at, created_by, "
            "updated_at, updated_by, revision) VALUES (?,?,?,'technical',?,?,?,?,?,?,'accepted',?,?,?,?,1)",
            -1, &st, nullptr);
        const QByteArray agentUtf8 = agentId.toUtf8();
        const double base = seconds([&] {
            sqlite3_exec(raw, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
            for (int i = 0; i < forms; ++i) {
                const QByteArray id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
                const QByteArray number = "20261125-9999-" + QByteArray::number(i);
                sqlite3_bind_text(st, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
                sqlite3_bind_text(st, 2, number.constData(), int(number.size()), SQLITE_TRANSIENT);
                sqlite3_bind_text(st, 3, agentUtf8.constData(), int(agentUtf8.size()), SQLITE_STATIC);
                sqlite3_bind_text(st, 4, "李明", -1, SQLITE_STATIC);
                sqlite3_bind_text(st, 5, "+8613812345678", -1, SQLITE_STATIC);
                sqlite3_bind_text(st, 6, "青岛市市南区香港中路8号", -1, SQLITE_STATIC);
                sqlite3_bind_text(st, 7, "ATM 吞卡,客户卡片无法退出", -1, SQLITE_STATIC);
                for (int c : {8, 9, 10, 12})
                    sqlite3_bind_int64(st, c, 1764032400000LL + i);
                sqlite3_bind_text(st, 11, agentUtf8.constData(), int(agentUtf8.size()), SQLITE_STATIC);
                sqlite3_bind_text(st, 13, agentUtf8.constData(), int(agentUtf8.size()), SQLITE_STATIC);
                sqlite3_step(st);
                sqlite3_reset(st);
            }
            sqlite3_exec(raw, "COMMIT", nullptr, nullptr, nullptr);
        });
        sqlite3_finalize(st);
        sqlite3_close(raw);
        return std::vector<Figure>{
            {QStringLiteral("form-insert-rate"), forms / s, QStringLiteral("forms/s"), forms / base}};
    });

const Register openMigrate(
    QStringLiteral("open-migrate"),
    QStringLiteral(
        "ms to open a schema-1 database of 1M customers and migrate it (checks included), and to open "
        "it once migrated; baseline: the same pragmas and scripts through the raw C API"),
    [](const Options& o) {
        const qint64 customers = o.customers > 0 ? o.customers : (o.smoke ? 2000 : 1000000);
        const QString a = o.work->filePath(QStringLiteral("old-a.sqlite"));
        const QString b = o.work->filePath(QStringLiteral("old-b.sqlite"));
        QFile::remove(a);
        rawExec(
            a,
            migration(1) +
                QStringLiteral(
                    "INSERT INTO customers(id,name,unit,phone_mobile,phone_office,address,created_at,"
                    "updated_at) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE "
                    "i<%1) SELECT lower(hex(randomblob(16))), '王芳'||i, '中国工商银行青岛分行市南支行', "
                    "'+86138'||(10000000+i), '+8653288'||(100000+i%899999), '青岛市市南区香港中路'||i||'号', "
                    "1764032400000, 1764032400000 FROM n; PRAGMA user_version=1;")
                    .arg(customers));
        QFile::remove(b);
        QFile::copy(a, b);

        const double ours = seconds([&] {
            auto db = Database::open(a, Database::Open::MustExist);
            if (!db) {
                std::fprintf(stderr, "threerings-bench: %s\n", qPrintable(db.error().message));
                std::exit(4);
            }
        });
        QString script = QStringLiteral("BEGIN IMMEDIATE;");
        for (int v = 2; v <= Database::latestSchemaVersion(); ++v)
            script += migration(v);
        script += QStringLiteral("PRAGMA user_version=%1; COMMIT;").arg(Database::latestSchemaVersion());
        auto rawOpen = [](const QString& path, const QString& extra) {
            sqlite3* db = nullptr;
            sqlite3_open(path.toUtf8().constData(), &db);
            sqlite3_exec(db,
                         "PRAGMA quick_check; PRAGMA user_version; PRAGMA journal_mode=WAL; "
                         "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON",
                         nullptr, nullptr, nullptr);
            if (!extra.isEmpty())
                sqlite3_exec(db, extra.toUtf8().constData(), nullptr, nullptr, nullptr);
            sqlite3_close(db);
        };
        const double raw = seconds([&] { rawOpen(b, script); });
        const double reopen = seconds([&] { (void)Database::open(a, Database::Open::MustExist); }, 3);
        const double rawReopen = seconds([&] { rawOpen(b, {}); }, 3);
        const QString size = customers >= 1000000 ? QStringLiteral("%1m").arg(customers / 1000000)
                                                  : QStringLiteral("%1k").arg(customers / 1000);
        return std::vector<Figure>{
            {QStringLiteral("open-migrate-") + size, ours * 1000, QStringLiteral("ms"), raw * 1000},
            {QStringLiteral("open-") + size, reopen * 1000, QStringLiteral("ms"), rawReopen * 1000}};
    });

} // namespace

} // namespace threerings::bench
