#include "core/report/ReportQueries.h"

#include "core/db/Database.h"
#include "core/db/RecordWriter.h"
#include "core/db/Transaction.h"
#include "core/util/Clock.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>
#include <sqlite3.h>

namespace threerings {

namespace {

// What happened on a call of the simulated line (demos, training) is left out of the sheets, as the call is;
// calls_simulated holds the few such calls.
QString notOnSimulatedCall()
{
    return QStringLiteral("(call_id IS NULL OR call_id NOT IN (SELECT id FROM calls WHERE simulated = 1))");
}

} // namespace

ReportQueries::ReportQueries(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

Result<QList<QVariantList>> ReportQueries::rows(const QString& sql, const QVariantList& binds) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Error::data(tr("The report could not be read: %1. Run 'threerings init' to bring the database "
                              "up to date.")
                               .arg(q.lastError().text()));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Error::data(tr("The report could not be read: %1.").arg(q.lastError().text()));
    QList<QVariantList> out;
    const int n = q.record().count();
    while (q.next()) {
        QVariantList row;
        row.reserve(n);
        for (int i = 0; i < n; ++i)
            row << q.value(i);
        out << row;
    }
    return out;
}

Result<QList<ReportQueries::Person>> ReportQueries::people() const
{
    auto r = rows(QStringLiteral("SELECT u.id, u.job_number, u.name, COALESCE(u.department_id, ''), "
                                 "COALESCE(d.name, ''), u.roles FROM users u LEFT JOIN departments d ON "
                                 "d.id = u.department_id ORDER BY u.job_number"),
                  {});
    if (!r)
        return r.error();
    QList<Person> out;
    for (const QVariantList& v : *r)
        out << Person{v[0].toString(), v[1].toString(), v[2].toString(),
                      v[3].toString(), v[4].toString(), rolesFromText(v[5].toString())};
    return out;
}

Result<QList<QPair<QString, QString>>> ReportQueries::departments() const
{
    auto r = rows(QStringLiteral("SELECT id, name FROM departments ORDER BY name"), {});
    if (!r)
        return r.error();
    QList<QPair<QString, QString>> out;
    for (const QVariantList& v : *r)
        out << qMakePair(v[0].toString(), v[1].toString());
    return out;
}

Result<QList<QVariantList>> ReportQueries::callbackSheet(const QDate& day) const
{
    const QString d = day.toString(Qt::ISODate);
    return rows(
        QStringLiteral(
            "SELECT cb.form_number, cb.outlet_name, cb.acceptor_phone, cb.acceptor_name, cb.outcome, "
            "cb.result, cb.evaluation, cb.repairer, cb.fault_level, cb.remarks, COALESCE(u.name, ''), "
            "cb.called_on, cb.state, cb.attempts, cb.due_on FROM callbacks cb "
            "LEFT JOIN users u ON u.id = cb.callback_agent_id "
            "WHERE cb.due_on = ? OR (cb.due_on < ? AND (cb.state <> 'done' OR cb.called_on = ?)) "
            "ORDER BY cb.due_on, cb.form_number"),
        {d, d, d});
}

Result<std::optional<ReportQueries::SignOff>> ReportQueries::signOff(const QDate& day) const
{
    auto r = rows(QStringLiteral("SELECT day, COALESCE(signed_by, ''), signer_name, signed_at, remarks "
                                 "FROM callback_sheet_signoffs WHERE day = ?"),
                  {day.toString(Qt::ISODate)});
    if (!r)
        return r.error();
    if (r->isEmpty())
        return std::optional<SignOff>();
    const QVariantList& v = r->first();
    return std::optional<SignOff>(
        SignOff{v[0].toString(), v[1].toString(), v[2].toString(), v[3].toLongLong(), v[4].toString()});
}

Result<ReportQueries::SignOff> ReportQueries::writeSignOff(const QDate& day, const QString& signerId,
                                                           const QString& signerName, const QString& remarks)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return Error::data(tr("The sign-off could not be saved: the database is busy. Try again."));
    auto existing = signOff(day);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error::conflict(tr("The callback sheet of %1 was signed off by %2 already.")
                                   .arg(day.toString(Qt::ISODate), (*existing)->signerName));
    RecordWriter writer(m_db, m_clock);
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    auto id =
        writer.insert(QStringLiteral("callback_sheet_signoffs"),
                      {{QStringLiteral("day"), day.toString(Qt::ISODate)},
                       {QStringLiteral("signed_by"), signerId.isEmpty() ? QVariant() : QVariant(signerId)},
                       {QStringLiteral("signer_name"), signerName},
                       {QStringLiteral("signed_at"), now},
                       {QStringLiteral("remarks"), remarks.isNull() ? QStringLiteral("") : remarks}},
                      signerId);
    if (!id)
        return id.error();
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    return SignOff{day.toString(Qt::ISODate), signerId, signerName, now, remarks};
}

Result<QList<QVariantList>> ReportQueries::tally(qint64 startMs, qint64 endMs) const
{
    return rows(
        QStringLiteral("SELECT COALESCE(agent_id, ''), category, count(*), outcome FROM calls "
                       "WHERE ring_at >= ? AND ring_at < ? AND direction = 'in' AND answered_at IS NOT NULL "
                       "AND abandoned = 0 AND simulated = 0 GROUP BY agent_id, category, outcome"),
        {startMs, endMs});
}

Result<QList<QVariantList>> ReportQueries::callsPerHour(qint64 startMs, qint64 endMs, qint64 offsetMs) const
{
    return rows(QStringLiteral("SELECT ((ring_at + ?) / 3600000) % 24 AS h, count(*) FROM calls "
                               "WHERE ring_at >= ? AND ring_at < ? AND direction = 'in' AND simulated = 0 "
                               "GROUP BY h ORDER BY h"),
                {offsetMs, startMs, endMs});
}

Result<QList<QVariantList>> ReportQueries::callStats(qint64 startMs, qint64 endMs, qint64 offsetMs,
                                                     const std::function<bool(double)>& step) const
{
    // One pass over the covering index calls_report in ring order, summed per agent and local day here:
    // the same figures as "GROUP BY agent_id, day" without sorting a month of calls in a temp B-tree
    // (the benchmark keeps that query as its baseline).
    sqlite3* h = m_db.handle();
    if (!h)
        return Error::data(tr("The report could not be read: the database is not open."));
    sqlite3_stmt* st = nullptr;
    const char* sql =
        "SELECT agent_id, ring_at, answered_at, rings_at_answer, abandoned, ended_at FROM calls "
        "INDEXED BY calls_report WHERE ring_at >= ? AND ring_at < ? AND direction = 'in' AND simulated = 0";
    if (sqlite3_prepare_v2(h, sql, -1, &st, nullptr) != SQLITE_OK)
        return Error::data(tr("The report could not be read: %1. Run 'threerings init' to bring the database "
                              "up to date.")
                               .arg(QString::fromUtf8(sqlite3_errmsg(h))));
    sqlite3_bind_int64(st, 1, startMs);
    sqlite3_bind_int64(st, 2, endMs);

    struct Sums
    {
        qint64 offered = 0, answered = 0, within3 = 0, abandoned = 0, handled = 0;
        double rings = 0, handleMs = 0;
    };
    const qint64 firstDay = (startMs + offsetMs) / 86400000;
    const qint64 days = std::max<qint64>(1, (endMs + offsetMs) / 86400000 - firstDay + 1);
    QList<QByteArray> agents; // a handful of agents: a linear search beats hashing each row's key
    QList<QList<Sums>> sums;  // [agent][day]
    int last = -1;
    int rc = SQLITE_ROW;
    qint64 seen = 0;
    const double span = double(std::max<qint64>(1, endMs - startMs));
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        // Rows come in ring order, so the ring time says how far through the period the scan is.
        if (step && (++seen & 0x3fff) == 0 && !step(double(sqlite3_column_int64(st, 1) - startMs) / span)) {
            sqlite3_finalize(st);
            return Error::usage(tr("The report was cancelled."));
        }
        const char* agent = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
        const int len = sqlite3_column_bytes(st, 0);
        const QByteArrayView key = agent ? QByteArrayView(agent, len) : QByteArrayView();
        if (last < 0 || agents.at(last) != key) {
            last = -1;
            for (int i = 0; i < agents.size(); ++i) {
                if (agents.at(i) == key) {
                    last = i;
                    break;
                }
            }
            if (last < 0) {
                agents << key.toByteArray();
                sums << QList<Sums>(days);
                last = int(agents.size() - 1);
            }
        }
        const qint64 day =
            std::clamp<qint64>((sqlite3_column_int64(st, 1) + offsetMs) / 86400000 - firstDay, 0, days - 1);
        Sums& x = sums[last][day];
        ++x.offered;
        x.abandoned += sqlite3_column_int64(st, 4);
        if (sqlite3_column_type(st, 2) != SQLITE_NULL) {
            const qint64 answered = sqlite3_column_int64(st, 2);
            const qint64 rings = sqlite3_column_int64(st, 3);
            ++x.answered;
            x.rings += double(rings);
            if (sqlite3_column_type(st, 3) != SQLITE_NULL && rings <= 3)
                ++x.within3;
            if (sqlite3_column_type(st, 5) != SQLITE_NULL) {
                const qint64 ended = sqlite3_column_int64(st, 5);
                if (ended >= answered) {
                    ++x.handled;
                    x.handleMs += double(ended - answered);
                }
            }
        }
    }
    const QString error = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(h));
    sqlite3_finalize(st);
    if (!error.isEmpty())
        return Error::data(tr("The report could not be read: %1.").arg(error));

    QList<QVariantList> out;
    for (int a = 0; a < agents.size(); ++a) {
        const QString agent = QString::fromUtf8(agents.at(a));
        for (qint64 d = 0; d < days; ++d) {
            const Sums& x = sums.at(a).at(d);
            if (x.offered == 0)
                continue;
            out << QVariantList{agent,   firstDay + d, x.offered, x.answered, x.within3,
                                x.rings, x.abandoned,  x.handled, x.handleMs};
        }
    }
    return out;
}

Result<QList<QVariantList>> ReportQueries::stateTimes(qint64 startMs, qint64 endMs, qint64 nowMs) const
{
    return rows(QStringLiteral("SELECT agent_id, state, "
                               "total(min(COALESCE(to_at, ?), ?) - max(from_at, ?)), count(*) "
                               "FROM agent_states WHERE from_at < ? AND COALESCE(to_at, ?) > ? "
                               "GROUP BY agent_id, state"),
                {nowMs, endMs, startMs, endMs, nowMs, startMs});
}

Result<QList<QVariantList>> ReportQueries::skippedSteps(qint64 startMs, qint64 endMs) const
{
    return rows(QStringLiteral("SELECT COALESCE(agent_id, ''), total(json_array_length(skipped_steps)) "
                               "FROM script_runs WHERE finished_at >= ? AND finished_at < ? AND ") +
                    notOnSimulatedCall() + QStringLiteral(" GROUP BY agent_id"),
                {startMs, endMs});
}

Result<QList<QVariantList>> ReportQueries::phraseHits(qint64 startMs, qint64 endMs) const
{
    return rows(QStringLiteral("SELECT COALESCE(agent_id, ''), count(*) FROM phrase_hits "
                               "WHERE found_at >= ? AND found_at < ? AND ") +
                    notOnSimulatedCall() + QStringLiteral(" GROUP BY agent_id"),
                {startMs, endMs});
}

Result<QList<QVariantList>> ReportQueries::openDeadlines(qint64 offsetMs) const
{
    // Callbacks are due on a local day: their clock runs out at the start of the day after.
    return rows(
        QStringLiteral(
            "SELECT 'transfer', f.number, COALESCE(a.name, ''), COALESCE(d.name, ''), f.transfer_due_at "
            "FROM problem_forms f LEFT JOIN users a ON a.id = f.agent_id "
            "LEFT JOIN departments d ON d.id = a.department_id "
            "WHERE f.state = 'accepted' AND f.transfer_due_at IS NOT NULL "
            "UNION ALL "
            "SELECT 'result', f.number, COALESCE(h.name, ''), COALESCE(d.name, ''), f.result_due_at "
            "FROM problem_forms f LEFT JOIN users h ON h.id = f.handler_id "
            "LEFT JOIN departments d ON d.id = f.handler_department_id "
            "WHERE f.state IN ('transferred', 'planned', 'reopened') AND f.result_due_at IS NOT NULL "
            "UNION ALL "
            "SELECT 'complaint_reply', c.no, COALESCE(h.name, ''), COALESCE(d.name, ''), c.reply_due_at "
            "FROM complaints c LEFT JOIN departments d ON d.id = c.department_id "
            "LEFT JOIN users h ON h.id = d.head_user_id "
            "WHERE c.state IN ('forwarded', 'reopened') AND c.reply_due_at IS NOT NULL "
            "UNION ALL "
            "SELECT 'complaint_callback', c.no, COALESCE(a.name, ''), COALESCE(d.name, ''), "
            "c.callback_due_at "
            "FROM complaints c LEFT JOIN users a ON a.id = c.acceptor_id "
            "LEFT JOIN departments d ON d.id = a.department_id "
            "WHERE c.state = 'handled' AND c.callback_due_at IS NOT NULL "
            "UNION ALL "
            "SELECT 'test', COALESCE(NULLIF(s.caller_name, ''), s.caller_phone), COALESCE(a.name, ''), "
            "COALESCE(d.name, ''), s.test_due_at FROM consultations s LEFT JOIN users a ON a.id = s.agent_id "
            "LEFT JOIN departments d ON d.id = a.department_id "
            "WHERE s.status = 'awaiting_test' AND s.test_due_at IS NOT NULL "
            "UNION ALL "
            "SELECT 'callback', cb.form_number, COALESCE(a.name, ''), COALESCE(d.name, ''), "
            "(julianday(cb.due_on) - 2440587.5 + 1) * 86400000 - ? "
            "FROM callbacks cb LEFT JOIN users a ON a.id = cb.callback_agent_id "
            "LEFT JOIN departments d ON d.id = a.department_id WHERE cb.state <> 'done'"),
        {offsetMs});
}

Result<QList<QVariantList>> ReportQueries::complaintsPerMonth(qint64 startMs, qint64 endMs,
                                                              qint64 offsetMs) const
{
    return perDepartmentMonth("complaints", "department_id", "complained_at", startMs, endMs, offsetMs);
}

Result<QList<QVariantList>> ReportQueries::repairsPerMonth(qint64 startMs, qint64 endMs,
                                                           qint64 offsetMs) const
{
    return perDepartmentMonth("problem_forms", "handler_department_id", "result_at", startMs, endMs,
                              offsetMs);
}

Result<QList<QVariantList>> ReportQueries::perDepartmentMonth(const char* table, const char* department,
                                                              const char* at, qint64 startMs, qint64 endMs,
                                                              qint64 offsetMs) const
{
    // The names are this file's constants; every value is bound.
    const QString d = QString::fromLatin1(department), t = QString::fromLatin1(at);
    return rows(QStringLiteral("SELECT COALESCE(%1, ''), "
                               "strftime('%Y-%m', (%2 + ?) / 1000, 'unixepoch') AS m, count(*) "
                               "FROM %3 WHERE %2 >= ? AND %2 < ? GROUP BY %1, m")
                    .arg(d, t, QString::fromLatin1(table)),
                {offsetMs, startMs, endMs});
}

Result<QList<QVariantList>> ReportQueries::ratings(const QDate& from, const QDate& to) const
{
    return rows(
        QStringLiteral("SELECT engineer, substr(rated_on, 1, 7) AS m, count(*), total(technical_score), "
                       "total(attitude_score), min(technical_score + attitude_score), "
                       "count(complaint_id) FROM ratings WHERE rated_on >= ? AND rated_on <= ? "
                       "GROUP BY engineer, m ORDER BY m, engineer"),
        {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
}

Result<QPair<qint64, qint64>> ReportQueries::callbackCounts(const QDate& from, const QDate& to) const
{
    auto r = rows(QStringLiteral("SELECT count(CASE WHEN state = 'done' THEN 1 END), "
                                 "count(CASE WHEN state <> 'done' THEN 1 END) FROM callbacks "
                                 "WHERE due_on >= ? AND due_on <= ?"),
                  {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!r)
        return r.error();
    if (r->isEmpty())
        return qMakePair(qint64(0), qint64(0));
    return qMakePair(r->first().at(0).toLongLong(), r->first().at(1).toLongLong());
}

} // namespace threerings
