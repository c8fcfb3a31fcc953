// The supervisor's sheets (issue 7) against answers worked out by hand on a small fixture.

#include "core/report/Reports.h"

#include "TestSupport.h"
#include "core/report/ReportWriter.h"
#include "core/util/HotlineTime.h"

#include <QBuffer>
#include <QProcess>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace threerings;
using threerings::test::actorWith;
using threerings::test::beijing;

namespace {

qint64 ms(int d, int hh, int mm, int ss = 0)
{
    return beijing(2026, 11, d, hh, mm).toMSecsSinceEpoch() + ss * 1000;
}

QString n(qint64 v)
{
    return QString::number(v);
}

// Two agents of team 热线一组, a supervisor; calls, states, script runs and phrase hits on
// Tuesday 2026-11-24; callbacks, forms, complaints and ratings around it.
struct Fixture
{
    Fixture()
    {
        QString sql = QStringLiteral(
            "INSERT INTO departments(id, name, kind, created_at, updated_at) VALUES "
            "('dA', '热线一组', 'service', 0, 0), ('dT', '技术部', 'technical', 0, 0), "
            "('dS', '服务部', 'service', 0, 0);"
            "INSERT INTO users(id, job_number, name, department_id, roles, created_at, updated_at) VALUES "
            "('u1', '1001', 'Li Na', 'dA', 'agent', 0, 0), ('u2', '1002', 'Wang Fang', 'dA', 'agent', 0, 0), "
            "('u3', '3001', 'Zhao Lei', NULL, 'supervisor', 0, 0), ('h1', '2001', 'Handler Sun', 'dT', "
            "'handler', 0, 0);");
        // id, agent, ring, rings (NULL = not answered), handle seconds, category, abandoned, direction
        const auto call = [&](const char* id, const char* agent, qint64 ring, int rings, int handle,
                              const char* category, int abandoned = 0, const char* direction = "in") {
            const QString answered = rings > 0 ? n(ring + rings * 4000) : QStringLiteral("NULL");
            const QString ended = rings > 0 ? n(ring + rings * 4000 + handle * 1000) : n(ring + 20000);
            sql += QStringLiteral(
                       "INSERT INTO calls(id, direction, agent_id, ring_at, answered_at, rings_at_answer, "
                       "ended_at, abandoned, category, created_at, updated_at) VALUES ('%1', '%2', %3, %4, "
                       "%5, %6, %7, %8, '%9', 0, 0);")
                       .arg(QString::fromUtf8(id), QString::fromUtf8(direction),
                            agent ? QStringLiteral("'%1'").arg(QString::fromUtf8(agent))
                                  : QStringLiteral("NULL"),
                            n(ring), answered, rings > 0 ? n(rings) : QStringLiteral("NULL"), ended,
                            n(abandoned), QString::fromUtf8(category));
        };
        call("c1", "u1", ms(24, 9, 0), 2, 120, "technical");
        call("c2", "u1", ms(24, 10, 0), 4, 60, "service");
        call("c3", "u2", ms(24, 10, 30), 3, 90, "technical");
        call("c4", nullptr, ms(24, 11, 0), 0, 0, "", 1);
        call("c5", "u2", ms(24, 11, 15), 1, 30, "sales");
        call("c6", "u1", ms(25, 9, 0), 1, 30, "technical");            // the next day
        call("c7", "u1", ms(24, 14, 0), 1, 30, "technical", 0, "out"); // a callback call, not counted
        call("c8", "u2", ms(23, 23, 59, 59), 1, 30, "technical");      // the day before, by a second

        const auto state = [&](const char* id, const char* agent, const char* s, qint64 from, qint64 to) {
            sql += QStringLiteral("INSERT INTO agent_states(id, agent_id, state, from_at, to_at, created_at, "
                                  "updated_at) VALUES ('%1', '%2', '%3', %4, %5, 0, 0);")
                       .arg(QString::fromUtf8(id), QString::fromUtf8(agent), QString::fromUtf8(s), n(from),
                            n(to));
        };
        state("s1", "u1", "ready", ms(24, 8, 30), ms(24, 9, 0));
        state("s2", "u1", "wrap_up", ms(24, 9, 2, 8), ms(24, 9, 3, 8));
        state("s3", "u1", "wrap_up", ms(24, 10, 1, 16), ms(24, 10, 1, 46));
        sql += QStringLiteral(
                   "INSERT INTO script_runs(id, call_id, agent_id, script_key, skipped_steps, finished_at, "
                   "created_at, "
                   "updated_at) VALUES ('r1', 'c1', 'u1', 'incoming', '[\"greet\",\"apology\"]', %1, 0, 0), "
                   "('r2', 'c3', 'u2', 'incoming', '[]', %2, 0, 0);"
                   "INSERT INTO phrase_hits(id, call_id, agent_id, phrase, found_at, created_at, updated_at) "
                   "VALUES "
                   "('p1', 'c3', 'u2', '不知道', %2, 0, 0);")
                   .arg(n(ms(24, 9, 3)), n(ms(24, 10, 32)));

        // Problem forms: resolved repairs for the complaint rate, open ones for the deadlines.
        const auto form = [&](const char* id, const char* state, const char* dept, qint64 resultAt,
                              qint64 transferDue, qint64 resultDue) {
            const auto opt = [](qint64 v) { return v ? n(v) : QStringLiteral("NULL"); };
            sql += QStringLiteral(
                       "INSERT INTO problem_forms(id, number, agent_id, category, accepted_at, handler_id, "
                       "handler_department_id, state, result_at, transfer_due_at, result_due_at, "
                       "created_at, updated_at) VALUES ('%1', 'F-%1', 'u1', 'technical', %2, 'h1', '%3', "
                       "'%4', %5, %6, %7, 0, 0);")
                       .arg(QString::fromUtf8(id), n(ms(2, 9, 0)), QString::fromUtf8(dept),
                            QString::fromUtf8(state), opt(resultAt), opt(transferDue), opt(resultDue));
        };
        form("f1", "resolved", "dT", ms(3, 10, 0), 0, 0);
        form("f2", "resolved", "dT", ms(10, 10, 0), 0, 0);
        form("f3", "reviewed", "dT", ms(20, 10, 0), 0, 0);
        form("f4", "resolved", "dS", ms(21, 10, 0), 0, 0);
        form("f5", "resolved", "dT", beijing(2026, 10, 15, 10, 0).toMSecsSinceEpoch(), 0, 0);
        form("f6", "transferred", "dT", 0, 0, ms(24, 10, 0)); // result 2 working hours late at 12:00
        form("f7", "accepted", "dT", 0, ms(24, 14, 30), 0);   // transfer due in 1 working hour
        form("f8", "transferred", "dT", 0, 0, ms(26, 10, 0)); // far off

        const auto complaint = [&](const char* id, const char* dept, qint64 at) {
            sql += QStringLiteral(
                       "INSERT INTO complaints(id, no, department_id, complained_at, state, created_at, "
                       "updated_at) VALUES ('%1', 'K-%1', '%2', %3, 'closed', 0, 0);")
                       .arg(QString::fromUtf8(id), QString::fromUtf8(dept), n(at));
        };
        complaint("k1", "dT", ms(12, 10, 0));
        complaint("k2", "dS", ms(22, 10, 0));
        complaint("k3", "dT", beijing(2026, 10, 20, 10, 0).toMSecsSinceEpoch());

        const auto callback = [&](const char* id, const char* due, const char* state, const char* outcome,
                                  const char* result, const char* agent) {
            sql += QStringLiteral(
                       "INSERT INTO callbacks(id, form_id, form_number, outlet_name, acceptor_phone, "
                       "acceptor_name, due_on, outcome, result, evaluation, repairer, fault_level, "
                       "callback_agent_id, state, created_at, updated_at) VALUES ('%1', 'f1', "
                       "'20261123-1001-%1', '北京网点', '010-1234', '李四', '%2', '%4', '%5', '满意', "
                       "'张工', '一般', %6, '%3', 0, 0);")
                       .arg(QString::fromUtf8(id), QString::fromUtf8(due), QString::fromUtf8(state),
                            QString::fromUtf8(outcome), QString::fromUtf8(result),
                            agent ? QStringLiteral("'%1'").arg(QString::fromUtf8(agent))
                                  : QStringLiteral("NULL"));
        };
        callback("001", "2026-11-24", "done", "working", "已修好", "u1");
        callback("002", "2026-11-24", "due", "", "", nullptr);
        callback("003", "2026-11-23", "retry", "unreachable", "", nullptr); // carried over
        callback("004", "2026-11-23", "done", "working", "", "u1");         // done the day before
        callback("005", "2026-11-25", "due", "", "", nullptr);              // tomorrow

        sql += QStringLiteral(
            "INSERT INTO ratings(id, rated_on, project_type, engineer, technical_score, attitude_score, "
            "complaint_id, "
            "created_at, updated_at) VALUES ('g1', '2026-11-05', 'aftersales', '张工', 80, 90, NULL, 0, 0), "
            "('g2', '2026-11-18', 'aftersales', '张工', 100, 100, NULL, 0, 0), "
            "('g3', '2026-11-19', 'aftersales', '王工', -20, 10, 'k1', 0, 0), "
            "('g4', '2026-10-19', 'aftersales', '王工', 150, 150, NULL, 0, 0);");
        REQUIRE(t.db->execScript(sql).ok());
        t.clock.set(beijing(2026, 11, 24, 12, 0));
    }

    Reports reports() { return Reports(*t.db, t.clock, BusinessCalendar()); }
    Report build(const QString& kind, const ReportPeriod& period)
    {
        auto r = reports().build(actorWith(QStringLiteral("supervisor"), QStringLiteral("u3")), kind, period);
        REQUIRE(r.ok());
        return r.value();
    }

    test::TempDb t;
};

int rowOf(const ReportSection& s, const QString& key, const QVariant& value)
{
    for (int r = 0; r < s.rows.size(); ++r) {
        if (s.value(r, key) == value)
            return r;
    }
    FAIL("no row with " << key.toStdString() << " = " << value.toString().toStdString());
    return -1;
}

} // namespace

TEST_CASE("Daily callback sheet lists the day's callbacks and those carried over, with the sign-off",
          "[reports]")
{
    Fixture f;
    // Carried over from the 22nd and done on the 24th: the 24th's work, on the 24th's sheet as done.
    REQUIRE(
        QSqlQuery(f.t.db->connection())
            .exec(QStringLiteral("UPDATE callbacks SET due_on = '2026-11-22', state = 'done', called_on = "
                                 "'2026-11-24', outcome = 'working' WHERE id = '004'")));
    Report r = f.build(QStringLiteral("daily-callbacks"), ReportPeriod::day(QDate(2026, 11, 24)));
    const ReportSection& s = r.sections.first();
    REQUIRE(s.rows.size() == 4);
    CHECK(s.value(0, QStringLiteral("form_number")).toString() == QStringLiteral("20261123-1001-004"));
    CHECK(s.value(0, QStringLiteral("state")).toString() == QStringLiteral("done"));
    // Ordered by due day, then form number: the carried-over 003 first.
    CHECK(s.value(1, QStringLiteral("form_number")).toString() == QStringLiteral("20261123-1001-003"));
    CHECK(s.value(1, QStringLiteral("state")).toString().contains(QStringLiteral("2026-11-23")));
    CHECK(s.value(2, QStringLiteral("form_number")).toString() == QStringLiteral("20261123-1001-001"));
    CHECK(s.value(2, QStringLiteral("result")).toString().toStdString() == "working; 已修好; 满意");
    CHECK(s.value(2, QStringLiteral("acceptor")).toString() == QStringLiteral("010-1234 李四"));
    CHECK(s.value(2, QStringLiteral("repairer")).toString() == QStringLiteral("张工"));
    CHECK(s.value(2, QStringLiteral("fault_level")).toString() == QStringLiteral("一般"));
    CHECK(s.value(2, QStringLiteral("callback_agent")).toString() == QStringLiteral("Li Na"));
    CHECK(s.value(2, QStringLiteral("state")).toString() == QStringLiteral("done"));
    CHECK(s.value(3, QStringLiteral("state")).toString() == QStringLiteral("open"));
    CHECK(r.footer.join(QLatin1Char('\n')).contains(QStringLiteral("2 still open")));

    // The technical manager signs; the sheet then names them; a second signature is refused.
    Reports reports = f.reports();
    CHECK(reports
              .signOffCallbackSheet(actorWith(QStringLiteral("agent"), QStringLiteral("u1")),
                                    QDate(2026, 11, 24), QStringLiteral("Li Na"))
              .error()
              .kind == Error::Kind::Refused);
    const Actor supervisor = actorWith(QStringLiteral("supervisor"), QStringLiteral("u3"));
    CHECK(reports.signOffCallbackSheet(supervisor, QDate(2026, 11, 24), QStringLiteral(" ")).error().kind ==
          Error::Kind::Data);
    // Two callbacks are still open: the signature names them and waits for the manager to sign anyway.
    const Status withOpen =
        reports.signOffCallbackSheet(supervisor, QDate(2026, 11, 24), QStringLiteral("Zhao Lei"));
    REQUIRE_FALSE(withOpen.ok());
    CHECK(withOpen.error().field == QStringLiteral("open"));
    CHECK(withOpen.error().message.contains(QStringLiteral("20261123-1001-003")));
    CHECK(withOpen.error().message.contains(QStringLiteral("20261123-1001-002")));
    CHECK(reports.openOnCallbackSheet(supervisor, QDate(2026, 11, 24))->size() == 2);
    const Status signed_ =
        reports.signOffCallbackSheet(supervisor, QDate(2026, 11, 24), QStringLiteral("Zhao Lei"), {}, true);
    INFO((signed_.ok() ? std::string() : signed_.error().message.toStdString()));
    REQUIRE(signed_.ok());
    const Status again =
        reports.signOffCallbackSheet(supervisor, QDate(2026, 11, 24), QStringLiteral("Zhao Lei"), {}, true);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == Error::Kind::Conflict);
    CHECK(again.error().message.contains(QStringLiteral("already")));
    r = f.build(QStringLiteral("daily-callbacks"), ReportPeriod::day(QDate(2026, 11, 24)));
    CHECK(r.footer.contains(QStringLiteral("Technical manager: Zhao Lei")));
    CHECK(test::count(*f.t.db, QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = "
                                              "'callback_sheet_signoffs'")) == 1);
}

TEST_CASE("Sheets show phones as the console reads them out, not as stored E.164", "[reports]")
{
    Fixture f;
    REQUIRE(
        f.t.db
            ->execScript(QStringLiteral("UPDATE callbacks SET acceptor_phone = '+8615724216910' WHERE id = "
                                        "'002';"))
            .ok());
    const Report r = f.build(QStringLiteral("daily-callbacks"), ReportPeriod::day(QDate(2026, 11, 24)));
    const ReportSection& s = r.sections.first();
    const int row = rowOf(s, QStringLiteral("form_number"), QStringLiteral("20261123-1001-002"));
    CHECK(s.value(row, QStringLiteral("acceptor")).toString() == QStringLiteral("157 2421 6910 李四"));

    // Every export prints the same: no E.164 left in the CSV or the JSON.
    QBuffer csv, json;
    REQUIRE(csv.open(QIODevice::WriteOnly));
    REQUIRE(json.open(QIODevice::WriteOnly));
    REQUIRE(ReportWriter::writeCsv(r, csv).ok());
    REQUIRE(ReportWriter::writeJson(r, json).ok());
    for (const QByteArray& out : {csv.data(), json.data()}) {
        CHECK(out.contains("157 2421 6910"));
        CHECK_FALSE(out.contains("+8615724216910"));
    }

    // A consultation awaiting the caller's test, with no name: the deadlines list it by the phone.
    REQUIRE(f.t.db
                ->execScript(QStringLiteral("INSERT INTO consultations(id, agent_id, caller_phone, status, "
                                            "consulted_at, test_due_at, created_at, updated_at) VALUES "
                                            "('s1', 'u1', '+8613812345678', 'awaiting_test', 0, %1, 0, 0);")
                                 .arg(beijing(2026, 11, 24, 10, 0).toMSecsSinceEpoch()))
                .ok());
    const Report late = f.reports().deadlines(beijing(2026, 11, 24, 12, 0)).value();
    const ReportSection& items = late.sections.first();
    const int test = rowOf(items, QStringLiteral("number"), QStringLiteral("138 1234 5678"));
    CHECK(items.value(test, QStringLiteral("kind")).toString() ==
          QStringLiteral("Consultation: caller's test result"));
}

TEST_CASE("Reports need a supervisor or an admin", "[reports]")
{
    Fixture f;
    auto r = f.reports().build(actorWith(QStringLiteral("agent"), QStringLiteral("u1")),
                               QStringLiteral("tally"), ReportPeriod::day(QDate(2026, 11, 24)));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == Error::Kind::Refused);
    CHECK(f.reports()
              .build(actorWith(QStringLiteral("admin"), QStringLiteral("u3")), QStringLiteral("tally"),
                     ReportPeriod::day(QDate(2026, 11, 24)))
              .ok());
}

TEST_CASE("Call tally counts a day's handled calls per agent and category, with tally marks", "[reports]")
{
    Fixture f;
    const Report r = f.build(QStringLiteral("tally"), ReportPeriod::day(QDate(2026, 11, 24)));
    const ReportSection& s = *r.section(QStringLiteral("tally"));
    REQUIRE(s.rows.size() == 3); // 1001, 1002, total: the abandoned call is no handled call
    const int li = rowOf(s, QStringLiteral("job_number"), QStringLiteral("1001"));
    CHECK(s.value(li, QStringLiteral("technical")).toInt() == 1);
    CHECK(s.value(li, QStringLiteral("service")).toInt() == 1);
    CHECK(s.value(li, QStringLiteral("total")).toInt() == 2);
    const int wang = rowOf(s, QStringLiteral("job_number"), QStringLiteral("1002"));
    CHECK(s.value(wang, QStringLiteral("technical")).toInt() == 1);
    CHECK(s.value(wang, QStringLiteral("sales")).toInt() == 1);
    const int total = s.totalRows.constFirst();
    CHECK(s.value(total, QStringLiteral("technical")).toInt() == 2);
    CHECK(s.value(total, QStringLiteral("other")).toInt() == 0);
    CHECK(s.value(total, QStringLiteral("total")).toInt() == 4);

    const ReportSection& h = *r.section(QStringLiteral("per_hour"));
    CHECK(h.rows.size() == 24);
    CHECK(h.value(9, QStringLiteral("calls")).toInt() == 1);
    CHECK(h.value(10, QStringLiteral("calls")).toInt() == 2);
    CHECK(h.value(11, QStringLiteral("calls")).toInt() == 2);
    CHECK(h.value(0, QStringLiteral("calls")).toInt() == 0);

    CHECK(tallyMarks(12) == QStringLiteral("正正丅"));
    CHECK(tallyMarks(5) == QStringLiteral("正"));
    CHECK(tallyMarks(0).isEmpty());
    CHECK(formatCell(s.columns.at(s.columnIndex(QStringLiteral("total"))), 7) == QStringLiteral("正丅 7"));

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    REQUIRE(ReportWriter::writeCsv(r, csv).ok());
    const QStringList lines = QString::fromUtf8(csv.data()).split(QStringLiteral("\r\n"));
    CHECK(lines.contains(
        QStringLiteral("Job no.,Agent,Technical quality,Technical quality (tally marks),Service,"
                       "Service (tally marks),Sales,Sales (tally marks),Other,Other (tally marks),"
                       "Total,Total (tally marks),Wrong numbers,Silent or nuisance")));
    CHECK(lines.contains(QStringLiteral("1001,Li Na,1,一,1,一,0,,0,,2,丅,0,0")));
}

TEST_CASE("Service level per agent, team and day matches the hand count", "[reports]")
{
    Fixture f;
    const Report r = f.build(QStringLiteral("service-level"), ReportPeriod::day(QDate(2026, 11, 24)));
    const ReportSection& s = *r.section(QStringLiteral("agents"));
    const int li = rowOf(s, QStringLiteral("job_number"), QStringLiteral("1001"));
    CHECK(s.value(li, QStringLiteral("offered")).toInt() == 2);
    CHECK(s.value(li, QStringLiteral("answered")).toInt() == 2);
    CHECK(s.value(li, QStringLiteral("within_three_share")).toDouble() == Approx(0.5));
    CHECK(s.value(li, QStringLiteral("mean_rings")).toDouble() == Approx(3.0));
    CHECK(s.value(li, QStringLiteral("mean_handle_s")).toDouble() == Approx(90.0));
    CHECK(s.value(li, QStringLiteral("mean_wrap_up_s")).toDouble() == Approx(45.0));
    CHECK(s.value(li, QStringLiteral("ready_min")).toDouble() == Approx(30.0));
    CHECK(s.value(li, QStringLiteral("wrap_up_min")).toDouble() == Approx(1.5));
    CHECK(s.value(li, QStringLiteral("skipped_steps")).toInt() == 2);
    CHECK(s.value(li, QStringLiteral("banned_phrases")).toInt() == 0);
    const int wang = rowOf(s, QStringLiteral("job_number"), QStringLiteral("1002"));
    CHECK(s.value(wang, QStringLiteral("within_three_share")).toDouble() == Approx(1.0));
    CHECK(s.value(wang, QStringLiteral("mean_rings")).toDouble() == Approx(2.0));
    CHECK(s.value(wang, QStringLiteral("mean_handle_s")).toDouble() == Approx(60.0));
    CHECK(s.value(wang, QStringLiteral("banned_phrases")).toInt() == 1);
    CHECK(s.value(wang, QStringLiteral("mean_wrap_up_s")).isNull());

    const int team = rowOf(s, QStringLiteral("name"), QStringLiteral("Team: 热线一组"));
    CHECK(s.value(team, QStringLiteral("offered")).toInt() == 4);
    CHECK(s.value(team, QStringLiteral("within_three_share")).toDouble() == Approx(0.75));
    const int all = s.totalRows.constLast();
    CHECK(s.value(all, QStringLiteral("offered")).toInt() == 5);
    CHECK(s.value(all, QStringLiteral("answered")).toInt() == 4);
    CHECK(s.value(all, QStringLiteral("within_three_share")).toDouble() == Approx(0.6));
    CHECK(s.value(all, QStringLiteral("mean_rings")).toDouble() == Approx(2.5));
    CHECK(s.value(all, QStringLiteral("abandoned")).toInt() == 1);
    CHECK(s.value(all, QStringLiteral("mean_handle_s")).toDouble() == Approx(75.0));

    // The week: the 23rd's last-second call and the 25th's call join in, one per day.
    const Report w = f.build(QStringLiteral("service-level"), ReportPeriod::week(QDate(2026, 11, 24)));
    const ReportSection& d = *w.section(QStringLiteral("per_day"));
    REQUIRE(d.rows.size() == 7);
    CHECK(d.value(0, QStringLiteral("date")).toDate() == QDate(2026, 11, 23));
    CHECK(d.value(0, QStringLiteral("offered")).toInt() == 1);
    CHECK(d.value(1, QStringLiteral("offered")).toInt() == 5);
    CHECK(d.value(2, QStringLiteral("offered")).toInt() == 1);
    CHECK(d.value(3, QStringLiteral("offered")).toInt() == 0);

    // A cancelled computation ends with an error rather than a half-counted sheet.
    const std::atomic_bool cancel{true};
    auto cancelled = f.reports().serviceLevel(ReportPeriod::day(QDate(2026, 11, 24)), {}, &cancel);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().message.contains(QStringLiteral("cancelled")));
}

TEST_CASE("Deadlines list late and nearly due items by department with working hours late", "[reports]")
{
    Fixture f;
    const Report r = f.reports().deadlines(beijing(2026, 11, 24, 12, 0)).value();
    const ReportSection& s = r.sections.first();
    REQUIRE(s.rows.size() == 3);
    const int result = rowOf(s, QStringLiteral("number"), QStringLiteral("F-f6"));
    CHECK(s.value(result, QStringLiteral("hours_late")).toDouble() == Approx(2.0));
    CHECK(s.value(result, QStringLiteral("department")).toString() == QStringLiteral("技术部"));
    CHECK(s.value(result, QStringLiteral("handler")).toString() == QStringLiteral("Handler Sun"));
    const int transfer = rowOf(s, QStringLiteral("number"), QStringLiteral("F-f7"));
    CHECK(s.value(transfer, QStringLiteral("hours_late")).toDouble() == Approx(-1.0));
    CHECK(s.value(transfer, QStringLiteral("status")).toString() == QStringLiteral("due soon"));
    const int callback = rowOf(s, QStringLiteral("number"), QStringLiteral("20261123-1001-003"));
    CHECK(s.value(callback, QStringLiteral("hours_late")).toDouble() == Approx(3.5));
    // Sorted by department: the callback (no department) first.
    CHECK(callback == 0);
}

TEST_CASE("Complaint rate per department for a month and a quarter", "[reports]")
{
    Fixture f;
    const Report m = f.build(QStringLiteral("complaint-rate"), ReportPeriod::month(2026, 11));
    const ReportSection& s = *m.section(QStringLiteral("departments"));
    const int tech = rowOf(s, QStringLiteral("department"), QStringLiteral("技术部"));
    CHECK(s.value(tech, QStringLiteral("complaints")).toInt() == 1);
    CHECK(s.value(tech, QStringLiteral("repairs")).toInt() == 3);
    CHECK(s.value(tech, QStringLiteral("rate")).toDouble() == Approx(1.0 / 3.0));
    const int service = rowOf(s, QStringLiteral("department"), QStringLiteral("服务部"));
    CHECK(s.value(service, QStringLiteral("rate")).toDouble() == Approx(1.0));
    CHECK(s.value(s.totalRows.constFirst(), QStringLiteral("rate")).toDouble() == Approx(0.5));
    const ReportSection& months = *m.section(QStringLiteral("per_month"));
    REQUIRE(months.rows.size() == 11);
    CHECK(months.value(9, QStringLiteral("complaints")).toInt() == 1); // October
    CHECK(months.value(9, QStringLiteral("repairs")).toInt() == 1);

    const Report q = f.build(QStringLiteral("complaint-rate"), ReportPeriod::quarter(2026, 4));
    const ReportSection& qs = *q.section(QStringLiteral("departments"));
    const int qTech = rowOf(qs, QStringLiteral("department"), QStringLiteral("技术部"));
    CHECK(qs.value(qTech, QStringLiteral("complaints")).toInt() == 2);
    CHECK(qs.value(qTech, QStringLiteral("repairs")).toInt() == 4);
    CHECK(qs.value(qs.totalRows.constFirst(), QStringLiteral("rate")).toDouble() == Approx(0.6));
}

TEST_CASE("Customer ratings per engineer per month", "[reports]")
{
    Fixture f;
    const Report r = f.build(QStringLiteral("ratings"), ReportPeriod::month(2026, 11));
    const ReportSection& s = r.sections.first();
    REQUIRE(s.rows.size() == 2);
    const int zhang = rowOf(s, QStringLiteral("engineer"), QStringLiteral("张工"));
    CHECK(s.value(zhang, QStringLiteral("ratings")).toInt() == 2);
    CHECK(s.value(zhang, QStringLiteral("technical_mean")).toDouble() == Approx(90.0));
    CHECK(s.value(zhang, QStringLiteral("attitude_mean")).toDouble() == Approx(95.0));
    CHECK(s.value(zhang, QStringLiteral("score_total")).toInt() == 370);
    CHECK(s.value(zhang, QStringLiteral("lowest")).toInt() == 170);
    const int wang = rowOf(s, QStringLiteral("engineer"), QStringLiteral("王工"));
    CHECK(s.value(wang, QStringLiteral("lowest")).toInt() == -10);
    CHECK(s.value(wang, QStringLiteral("complaints")).toInt() == 1);
}

TEST_CASE("Weekly summary gathers the week's sheets for the general manager", "[reports]")
{
    Fixture f;
    const Report r = f.build(QStringLiteral("weekly"),
                             Reports::defaultPeriod(QStringLiteral("weekly"), QDate(2026, 11, 26)));
    CHECK(r.from == QDate(2026, 11, 23));
    CHECK(r.to == QDate(2026, 11, 29));
    const ReportSection& sl = *r.section(QStringLiteral("service_level_agents"));
    CHECK(sl.value(sl.totalRows.constLast(), QStringLiteral("offered")).toInt() == 7);
    const ReportSection& cb = *r.section(QStringLiteral("callbacks"));
    CHECK(cb.value(0, QStringLiteral("done")).toInt() == 2);
    CHECK(cb.value(0, QStringLiteral("open")).toInt() == 3);
    const ReportSection& c = *r.section(QStringLiteral("complaint_rate"));
    CHECK(c.value(c.totalRows.constFirst(), QStringLiteral("complaints")).toInt() == 0);
    const ReportSection& late = *r.section(QStringLiteral("late"));
    CHECK(late.rows.size() == 2); // at 12:00 on the 24th (the clock): f6 and callback 003
    CHECK(r.section(QStringLiteral("ratings")) != nullptr);
    const ReportSection& t = *r.section(QStringLiteral("tally"));
    CHECK(t.columns.at(t.columnIndex(QStringLiteral("total"))).type == ReportColumn::Type::Integer);
    CHECK(t.value(t.totalRows.constFirst(), QStringLiteral("total")).toInt() == 6); // c8, c1–c3, c5, c6
}

TEST_CASE("The xlsx workbook holds the sheet's rows with typed cells", "[reports]")
{
    Fixture f;
    const Report r = f.build(QStringLiteral("complaint-rate"), ReportPeriod::month(2026, 11));
    const QString path = f.t.dir.filePath(QStringLiteral("rate.xlsx"));
    REQUIRE(ReportWriter::writeXlsx(r, path).ok());
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml")});
    REQUIRE(unzip.waitForFinished(20000));
    const QString sheet = QString::fromUtf8(unzip.readAllStandardOutput());
    // Title, heading, three rows (技术部, 服务部, total), a blank line and the footer.
    CHECK(sheet.count(QStringLiteral("<row ")) == 6);
    CHECK(sheet.contains(QStringLiteral("<v>0.5</v>")));
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), path, QStringLiteral("xl/sharedStrings.xml")});
    REQUIRE(unzip.waitForFinished(20000));
    const QString strings = QString::fromUtf8(unzip.readAllStandardOutput());
    CHECK(strings.contains(QStringLiteral("技术部")));
    CHECK(strings.contains(QStringLiteral("Complaint rate")));
    // A folder that does not exist: an error that names the file.
    const auto bad = ReportWriter::writeXlsx(r, QStringLiteral("/nonexistent/dir/x.xlsx"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("/nonexistent/dir/x.xlsx")));
}

TEST_CASE("Report periods parse months and quarters and cover local days", "[reports]")
{
    CHECK(ReportPeriod::parseMonth(QStringLiteral("2026-02")).value().to == QDate(2026, 2, 28));
    CHECK(ReportPeriod::parseQuarter(QStringLiteral("2026-Q4")).value().from == QDate(2026, 10, 1));
    CHECK(ReportPeriod::parseQuarter(QStringLiteral("2026-Q4")).value().to == QDate(2026, 12, 31));
    CHECK_FALSE(ReportPeriod::parseMonth(QStringLiteral("2026-13")).ok());
    CHECK_FALSE(ReportPeriod::parseQuarter(QStringLiteral("2026-Q5")).ok());
    const ReportPeriod d = ReportPeriod::day(QDate(2026, 11, 24));
    CHECK(d.startMs(hotlineTimeZone()) == beijing(2026, 11, 24, 0, 0).toMSecsSinceEpoch());
    CHECK(d.endMs(hotlineTimeZone()) - d.startMs(hotlineTimeZone()) == 86400000);
    CHECK(ReportPeriod::week(QDate(2026, 11, 29)).from == QDate(2026, 11, 23));
}
