// The supervisor's desk (issue 7): the daily callback sheet and a month of service level on a big
// file, each beside the same SQL run raw through the SQLite C API on the same file in the same run.
//
//   threerings-bench --db /tmp/rep5m.sqlite report-daily-callbacks report-service-level-month
//
// Without --db a file is made in the work folder: 20k calls for --smoke, 500k otherwise.

#include "Bench.h"
#include "core/calendar/BusinessCalendar.h"
#include "core/db/Database.h"
#include "core/report/Reports.h"
#include "core/util/Clock.h"

#include <QDateTime>
#include <QFile>
#include <cstdio>
#include <sqlite3.h>

namespace threerings::bench {
namespace {

std::unique_ptr<Database> openOrDie(const QString& path, Database::Open mode)
{
    auto db = Database::open(path, mode, Database::Checks::Deferred);
    if (!db) {
        std::fprintf(stderr, "threerings-bench: %s\n", qPrintable(db.error().message));
        std::exit(4);
    }
    return std::move(db.value());
}

// A file with agents, `calls` calls over 60 days from 2026-10-01 (Beijing) and a few hundred callbacks.
QString makeFile(const Options& o, qint64 calls)
{
    const QString path = o.work->filePath(QStringLiteral("reports-%1.sqlite").arg(calls));
    if (QFile::exists(path))
        return path;
    openOrDie(path, Database::Open::CreateIfMissing).reset();
    rawExec(
        path,
        QStringLiteral(
            "BEGIN;"
            "INSERT INTO departments(id, name, created_at, updated_at) VALUES ('d1', '热线一组', 0, 0);"
            "INSERT INTO users(id, job_number, name, department_id, roles, created_at, updated_at) "
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 8) "
            "SELECT 'a'||i, (1000+i), '坐席'||i, 'd1', 'agent', 0, 0 FROM n;"
            "INSERT INTO calls(id, direction, agent_id, ring_at, answered_at, rings_at_answer, ended_at, "
            "abandoned, category, created_at, updated_at) "
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i+1 FROM n WHERE i < %1 - 1) "
            "SELECT 'c'||i, 'in', CASE WHEN i % 20 = 0 THEN NULL ELSE 'a'||(1 + i % 8) END, "
            "1790784000000 + i * (5184000000 / %1), "
            "CASE WHEN i % 20 = 0 THEN NULL ELSE 1790784000000 + i * (5184000000 / %1) + (1 + i % 5) * 4000 "
            "END, "
            "CASE WHEN i % 20 = 0 THEN NULL ELSE 1 + i % 5 END, "
            "1790784000000 + i * (5184000000 / %1) + 90000, i % 20 = 0, "
            "CASE i % 4 WHEN 0 THEN 'technical' WHEN 1 THEN 'service' WHEN 2 THEN 'sales' ELSE 'other' END, "
            "0, 0 FROM n;"
            "INSERT INTO problem_forms(id, number, agent_id, category, accepted_at, state, created_at, "
            "updated_at) VALUES ('f1', '20261001-1001-001', 'a1', 'technical', 0, 'resolved', 0, 0);"
            "INSERT INTO callbacks(id, form_id, form_number, due_on, state, created_at, updated_at) "
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i+1 FROM n WHERE i < 3000) "
            "SELECT 'cb'||i, 'f1', '20261001-1001-'||i, date('2026-10-01', '+'||(i % 60)||' days'), "
            "CASE WHEN i % 3 = 0 THEN 'due' ELSE 'done' END, 0, 0 FROM n;"
            "COMMIT;")
            .arg(calls));
    return path;
}

// Steps every row of `sql` with the bound integers/texts; returns the rows seen.
qint64 rawRows(sqlite3* db, const char* sql, const QList<QVariant>& binds)
{
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "threerings-bench: %s\n", sqlite3_errmsg(db));
        std::exit(4);
    }
    QList<QByteArray> keep;
    for (int i = 0; i < binds.size(); ++i) {
        if (binds.at(i).typeId() == QMetaType::QString) {
            keep << binds.at(i).toString().toUtf8();
            sqlite3_bind_text(st, i + 1, keep.last().constData(), int(keep.last().size()), SQLITE_STATIC);
        } else {
            sqlite3_bind_int64(st, i + 1, binds.at(i).toLongLong());
        }
    }
    qint64 n = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(st); ++c)
            (void)sqlite3_column_text(st, c);
        ++n;
    }
    sqlite3_finalize(st);
    return n;
}

QString scalarText(sqlite3* db, const char* sql)
{
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
    QString out;
    if (sqlite3_step(st) == SQLITE_ROW)
        out = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    return out;
}

const Register reports(
    QStringLiteral("report-figures"),
    QStringLiteral(
        "ms for the daily callback sheet of the busiest callback day and for a month of service level "
        "(the middle month of the calls); baseline: the same SQL through the raw C API"),
    [](const Options& o) {
        const QString path = !o.db.isEmpty() ? o.db : makeFile(o, o.smoke ? 20000 : 500000);
        auto db = openOrDie(path, Database::Open::MustExist); // migrates (schema 8 adds the report indexes)
        const SystemClock clock;
        const BusinessCalendar calendar;
        const QTimeZone zone = calendar.timeZone();

        sqlite3* raw = nullptr;
        sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
        const QDate day = QDate::fromString(
            scalarText(raw,
                       "SELECT due_on FROM callbacks GROUP BY due_on ORDER BY count(*) DESC, due_on LIMIT 1"),
            Qt::ISODate);
        const qint64 mid =
            scalarText(raw, "SELECT (min(ring_at) + max(ring_at)) / 2 FROM calls").toLongLong();
        const QDate midDay = QDateTime::fromMSecsSinceEpoch(mid, zone).date();
        const ReportPeriod month = ReportPeriod::month(midDay.year(), midDay.month());
        const Reports reports(*db, clock, calendar);

        int sheetRows = 0;
        const double ours = seconds(
            [&] {
                auto r = reports.dailyCallbacks(day);
                sheetRows = r ? r->rowCount() : -1;
            },
            5);
        const QString d = day.toString(Qt::ISODate);
        const double base = seconds(
            [&] {
                rawRows(
                    raw,
                    "SELECT cb.form_number, cb.outlet_name, cb.acceptor_phone, cb.acceptor_name, cb.outcome, "
                    "cb.result, cb.evaluation, cb.repairer, cb.fault_level, cb.remarks, COALESCE(u.name, "
                    "''), "
                    "cb.called_on, cb.state, cb.attempts, cb.due_on FROM callbacks cb "
                    "LEFT JOIN users u ON u.id = cb.callback_agent_id "
                    "WHERE cb.due_on = ? OR (cb.due_on < ? AND cb.state <> 'done') "
                    "ORDER BY cb.due_on, cb.form_number",
                    {d, d});
                rawRows(raw, "SELECT * FROM callback_sheet_signoffs WHERE day = ?", {d});
            },
            5);

        qint64 monthCalls = 0;
        const double oursMonth = seconds([&] { (void)reports.serviceLevel(month); }, 3);
        const qint64 start = month.startMs(zone), end = month.endMs(zone), offset = 8 * 3600000LL;
        const double baseMonth = seconds(
            [&] {
                rawRows(raw,
                        "SELECT COALESCE(agent_id, ''), (ring_at + ?) / 86400000 AS d, count(*), "
                        "count(answered_at), "
                        "sum(answered_at IS NOT NULL AND rings_at_answer <= 3), "
                        "total(CASE WHEN answered_at IS NOT NULL THEN rings_at_answer END), sum(abandoned), "
                        "count(CASE WHEN answered_at IS NOT NULL AND ended_at >= answered_at THEN 1 END), "
                        "total(CASE WHEN answered_at IS NOT NULL AND ended_at >= answered_at THEN ended_at - "
                        "answered_at END) FROM calls WHERE ring_at >= ? AND ring_at < ? AND direction = 'in' "
                        "GROUP BY agent_id, d",
                        {offset, start, end});
                rawRows(
                    raw,
                    "SELECT agent_id, state, total(min(COALESCE(to_at, ?), ?) - max(from_at, ?)), count(*) "
                    "FROM agent_states WHERE from_at < ? AND COALESCE(to_at, ?) > ? GROUP BY agent_id, state",
                    {end, end, start, end, end, start});
                rawRows(raw,
                        "SELECT agent_id, total(json_array_length(skipped_steps)) FROM script_runs "
                        "WHERE finished_at >= ? AND finished_at < ? GROUP BY agent_id",
                        {start, end});
                rawRows(raw,
                        "SELECT agent_id, count(*) FROM phrase_hits WHERE found_at >= ? AND found_at < ? "
                        "GROUP BY agent_id",
                        {start, end});
            },
            3);
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(raw, "SELECT count(*) FROM calls WHERE ring_at >= ? AND ring_at < ?", -1, &st,
                           nullptr);
        sqlite3_bind_int64(st, 1, start);
        sqlite3_bind_int64(st, 2, end);
        if (sqlite3_step(st) == SQLITE_ROW)
            monthCalls = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        sqlite3_close(raw);
        std::fprintf(stderr,
                     "report-figures: callback sheet of %s: %d rows; service level of %s: %lld calls\n",
                     qPrintable(d), sheetRows, qPrintable(month.label()), static_cast<long long>(monthCalls));
        return std::vector<Figure>{
            {QStringLiteral("report-daily-callbacks"), ours * 1000, QStringLiteral("ms"), base * 1000},
            {QStringLiteral("report-service-level-month"), oursMonth * 1000, QStringLiteral("ms"),
             baseMonth * 1000}};
    });

} // namespace
} // namespace threerings::bench
