// Customer figures: importing a customer list (CSV and XLSX) through SetupTables, and finding customers by
// any fragment of a phone or name on the imported file.

#include "Bench.h"
#include "core/auth/Actor.h"
#include "core/customers/CustomerService.h"
#include "core/customers/SetupTables.h"
#include "core/db/Database.h"
#include "core/util/Clock.h"
#include "core/util/TableFile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>

namespace threerings::bench {

namespace {

const char16_t* const surnames[] = {u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵", u"吴", u"周",
                                    u"徐", u"孙", u"马", u"朱", u"胡", u"郭", u"何", u"高", u"林", u"罗"};
const char16_t* const given[] = {u"伟", u"芳", u"娜", u"秀", u"英", u"敏", u"静", u"丽", u"强", u"磊",
                                 u"军", u"洋", u"勇", u"艳", u"杰", u"娟", u"涛", u"明", u"超", u"霞"};

QString name(QRandomGenerator& r)
{
    QString n = QString::fromUtf16(surnames[r.bounded(20)]) + QString::fromUtf16(given[r.bounded(20)]);
    if (r.bounded(2) == 1)
        n += QString::fromUtf16(given[r.bounded(20)]);
    return n;
}

// A customer list as a hotline would have it: name, unit, mobile, office phone, address.
QString writeCsv(const QString& path, qint64 rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "threerings-bench: cannot write %s\n", qPrintable(path));
        std::exit(4);
    }
    QRandomGenerator r(17);
    f.write("用户姓名,用户单位,手机,办公电话,通讯地址\r\n");
    for (qint64 i = 0; i < rows; ++i) {
        const QString line = QStringLiteral("%1,%2,138 %3 %4,0532-8%5,青岛市市南区香港中路%6号\r\n")
                                 .arg(name(r), QStringLiteral("农商银行第%1支行").arg(i % 5000))
                                 .arg((10000000 + i) / 10000, 4, 10, QLatin1Char('0'))
                                 .arg((10000000 + i) % 10000, 4, 10, QLatin1Char('0'))
                                 .arg(i % 10000000, 7, 10, QLatin1Char('0'))
                                 .arg(i % 300);
        f.write(line.toUtf8());
    }
    return path;
}

// Reads and imports `file` into a new database at `dbPath`; returns the seconds taken.
double importFile(const QString& file, const QString& dbPath, qint64 rows)
{
    SystemClock clock;
    auto db = openFresh(dbPath, clock);
    const double s = seconds([&] {
        auto table = readTableFile(file);
        if (!table) {
            std::fprintf(stderr, "threerings-bench: %s\n", qPrintable(table.error().message));
            std::exit(4);
        }
        auto out =
            SetupTables(*db, clock).import(Actor::systemActor(), QStringLiteral("customers"), *table, false);
        if (!out || !out->written || out->added != rows) {
            std::fprintf(stderr, "threerings-bench: the import wrote %lld of %lld customers: %s\n",
                         out ? qint64(out->added) : 0LL, rows,
                         out ? qPrintable(SetupTables::describe(file, *out).value(0))
                             : qPrintable(out.error().message));
            std::exit(4);
        }
    });
    return s;
}

qint64 rowsFor(const Options& o)
{
    return o.customers > 0 ? o.customers : (o.smoke ? 300 : 1000000);
}

double rawRate(const Options& o, qint64 rows)
{
    SystemClock clock;
    const QString rawPath = o.work->filePath(QStringLiteral("import-raw.sqlite"));
    openFresh(rawPath, clock).reset();
    return double(rows) / rawCustomerInserts(rawPath, rows);
}

const Register importCsv(
    QStringLiteral("customer-import"),
    QStringLiteral("customers/s imported from a CSV and from an XLSX file (read, checked, written with their "
                   "outbox and audit rows); baseline: raw prepared inserts of the same number of rows"),
    [](const Options& o) {
        const qint64 rows = rowsFor(o);
        const QString csv = writeCsv(o.work->filePath(QStringLiteral("customers.csv")), rows);
        const QString csvDb = o.work->filePath(QStringLiteral("import-csv.sqlite"));
        const double csvSeconds = importFile(csv, csvDb, rows);
        // The XLSX is the console's own export of the imported customers.
        const QString xlsx = o.work->filePath(QStringLiteral("customers.xlsx"));
        {
            SystemClock clock;
            auto db = Database::open(csvDb, Database::Open::MustExist);
            QFile f(xlsx);
            if (!db || !f.open(QIODevice::WriteOnly) ||
                !SetupTables(**db, clock)
                     .write(Actor::systemActor(), QStringLiteral("customers"), SetupTables::Format::Xlsx,
                            f)) {
                std::fprintf(stderr, "threerings-bench: cannot export %s\n", qPrintable(xlsx));
                std::exit(4);
            }
        }
        const double xlsxSeconds =
            importFile(xlsx, o.work->filePath(QStringLiteral("import-xlsx.sqlite")), rows);
        const double raw = rawRate(o, rows);
        return std::vector<Figure>{
            {QStringLiteral("customer-import-csv"), double(rows) / csvSeconds, QStringLiteral("rows/s"), raw},
            {QStringLiteral("customer-import-xlsx"), double(rows) / xlsxSeconds, QStringLiteral("rows/s"),
             raw}};
    });

double p95(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return ms.empty() ? 0 : ms.at(std::min(ms.size() - 1, size_t(double(ms.size()) * 0.95)));
}

const Register search(
    QStringLiteral("customer-search"),
    QStringLiteral("p95 ms of CustomerService::search by phone fragments (last 4 digits, middle digits, as "
                   "written with spaces), full names, surnames and unit fragments; baseline: the same texts "
                   "found with plain LIKE '%…%' over the customers table"),
    [](const Options& o) {
        const qint64 rows = rowsFor(o);
        const QString path = o.work->filePath(QStringLiteral("import-csv.sqlite"));
        if (!QFile::exists(path))
            importFile(writeCsv(o.work->filePath(QStringLiteral("customers.csv")), rows), path, rows);
        SystemClock clock;
        auto db = Database::open(path, Database::Open::MustExist);
        if (!db) {
            std::fprintf(stderr, "threerings-bench: %s\n", qPrintable(db.error().message));
            std::exit(4);
        }
        QRandomGenerator r(5);
        QStringList texts;
        for (int i = 0; i < 100; ++i) {
            const qint64 n = 10000000 + r.bounded(rows);
            const QString digits = QStringLiteral("138%1").arg(n, 8, 10, QLatin1Char('0'));
            texts << digits.right(4) << digits.mid(3, 6)
                  << digits.left(3) + QLatin1Char(' ') + digits.mid(3, 4) << name(r)
                  << QString::fromUtf16(surnames[r.bounded(20)])
                  << QStringLiteral("第%1支").arg(r.bounded(5000));
        }
        CustomerService customers(**db, clock);
        std::vector<double> ours;
        for (const QString& t : texts) {
            QElapsedTimer timer;
            timer.start();
            auto found = customers.search(Actor::systemActor(), t);
            ours.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!found) {
                std::fprintf(stderr, "threerings-bench: %s\n", qPrintable(found.error().message));
                std::exit(4);
            }
        }
        db->reset();
        sqlite3* raw = nullptr;
        sqlite3_open(path.toUtf8().constData(), &raw);
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(
            raw,
            "SELECT * FROM customers WHERE name LIKE ?1 OR unit LIKE ?1 OR phone_mobile LIKE ?1 "
            "OR phone_office LIKE ?1 OR phone_other LIKE ?1 LIMIT 200",
            -1, &st, nullptr);
        std::vector<double> plain;
        for (const QString& t : texts) {
            const QByteArray like =
                (QLatin1Char('%') + QString(t).remove(QLatin1Char(' ')) + QLatin1Char('%')).toUtf8();
            QElapsedTimer timer;
            timer.start();
            sqlite3_bind_text(st, 1, like.constData(), int(like.size()), SQLITE_TRANSIENT);
            while (sqlite3_step(st) == SQLITE_ROW) {
            }
            sqlite3_reset(st);
            plain.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        sqlite3_finalize(st);
        sqlite3_close(raw);
        return std::vector<Figure>{
            {QStringLiteral("customer-search-p95"), p95(ours), QStringLiteral("ms"), p95(plain)}};
    });

} // namespace

} // namespace threerings::bench
