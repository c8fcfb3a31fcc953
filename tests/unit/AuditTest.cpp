#include "TestSupport.h"
#include "core/auth/AccountService.h"
#include "core/auth/AuditRepository.h"
#include "core/auth/UserRepository.h"
#include "core/calendar/CalendarRepository.h"
#include "core/customers/CustomerRepository.h"
#include "core/db/Database.h"
#include "core/forms/ComplaintRepository.h"
#include "core/forms/ProblemFormRepository.h"
#include "core/report/Exporter.h"
#include "core/site/Defaults.h"

#include <QBuffer>
#include <QSqlError>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace threerings;

namespace {

using test::count;

struct Forms
{
    Forms()
    {
        REQUIRE(Defaults::ensure(*t.db, t.clock));
        User u;
        u.jobNumber = QStringLiteral("1001");
        u.name = QStringLiteral("王芳");
        agentUser = UserRepository(*t.db, t.clock).insert(u, {}).value();
        agent = test::actorWith(QStringLiteral("agent"), agentUser.meta.id);
        ProblemForm f;
        f.agentId = agentUser.meta.id;
        f.category = Category::Service;
        f.customerName = QStringLiteral("李先生");
        f.phoneMobile = QStringLiteral("13812345678");
        f.description = QStringLiteral("工程师未按时上门");
        form = forms.create(agent, f).value();
    }
    test::TempDb t;
    ProblemFormRepository forms{*t.db, t.clock};
    User agentUser;
    Actor agent;
    Actor supervisor = test::actorWith(QStringLiteral("supervisor"), QStringLiteral("sup-1"));
    ProblemForm form;
};

} // namespace

TEST_CASE("every changed field is written to the audit trail in the same transaction")
{
    Forms f;
    ProblemForm changed = f.form;
    changed.description = QStringLiteral("工程师迟到两小时");
    REQUIRE(f.forms.update(f.agent, changed));

    AuditRepository audit(*f.t.db, f.t.clock);
    auto trail = audit.forRecord(f.supervisor, QStringLiteral("problem_forms"), f.form.meta.id);
    REQUIRE(trail.ok());
    REQUIRE(trail->size() == 2);
    CHECK(trail->at(0).op == QStringLiteral("insert"));
    const AuditEntry& e = trail->at(1);
    CHECK(e.op == QStringLiteral("update"));
    CHECK(e.field == QStringLiteral("description")); // only the field that changed
    CHECK(e.oldValue == QStringLiteral("工程师未按时上门"));
    CHECK(e.newValue == QStringLiteral("工程师迟到两小时"));
    CHECK(e.changedBy == f.agentUser.meta.id);
    CHECK(e.changedByJobNumber == QStringLiteral("1001"));
    CHECK(e.changedAt == f.t.clock.nowMs());

    // Agents may not read the trail.
    CHECK(audit.forRecord(f.agent, QStringLiteral("problem_forms"), f.form.meta.id).error().kind ==
          Error::Kind::Refused);
}

TEST_CASE("audit rows cannot be changed or deleted")
{
    Forms f;
    const int before = count(*f.t.db, QStringLiteral("SELECT count(*) FROM audit_log"));
    REQUIRE(before > 0);
    QSqlQuery q(f.t.db->connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET new_value = 'forged'")));
    CHECK(q.lastError().text().contains(QStringLiteral("cannot be changed")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log")));
    CHECK(q.lastError().text().contains(QStringLiteral("cannot be deleted")));
    CHECK(count(*f.t.db, QStringLiteral("SELECT count(*) FROM audit_log")) == before);
    CHECK(count(*f.t.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE new_value = 'forged'")) == 0);
}

TEST_CASE("password hashes are never copied into the audit trail")
{
    test::TempDb t;
    AccountService accounts(*t.db, t.clock, PasswordHasher(PasswordHasher::cheapest()));
    User u;
    u.jobNumber = QStringLiteral("9001");
    u.name = QStringLiteral("赵磊");
    u.roles = {Role::Admin};
    auto admin = accounts.addPerson({}, u, QStringLiteral("admin-pass-1"));
    REQUIRE(admin.ok());
    REQUIRE(accounts.setPasswordUnchecked(admin->meta.id, QStringLiteral("admin-pass-2"), admin->meta.id));
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE new_value LIKE '%argon2%' OR "
                                      "old_value LIKE '%argon2%'")) == 0);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE field = 'password_hash'")) == 1);
}

TEST_CASE("password hashes never enter the outbox, so no export and no server sees them")
{
    test::TempDb t;
    AccountService accounts(*t.db, t.clock, PasswordHasher(PasswordHasher::cheapest()));
    User u;
    u.jobNumber = QStringLiteral("9001");
    u.name = QStringLiteral("赵磊");
    u.roles = {Role::Admin};
    auto admin = accounts.addPerson(Actor::systemActor(), u, QStringLiteral("admin-pass-1"));
    REQUIRE(admin.ok());
    REQUIRE(accounts.setPasswordUnchecked(admin->meta.id, QStringLiteral("admin-pass-2"), admin->meta.id));
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = 'accounts'")) >= 2);
    CHECK(
        count(*t.db, QStringLiteral("SELECT count(*) FROM outbox WHERE fields LIKE '%argon2%' OR fields LIKE "
                                    "'%password_hash%'")) == 0);

    Exporter::Options options;
    options.kind = QStringLiteral("audit");
    options.format = Exporter::Format::Csv;
    options.actor = test::actorWith(QStringLiteral("admin"));
    QBuffer out;
    REQUIRE(out.open(QIODevice::WriteOnly));
    REQUIRE(Exporter(*t.db).run(options, out).ok());
    CHECK(out.data().contains("accounts"));
    CHECK_FALSE(out.data().contains("argon2"));
}

TEST_CASE("an outbox written before holds no password hash once the file is opened")
{
    test::TempDb t;
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral(
        "INSERT INTO outbox (table_name, row_id, op, revision, changed_at, fields) VALUES ('accounts', 'a1', "
        "'insert', 1, 1, '{\"failed_attempts\":0,\"password_hash\":\"$argon2id$v=19$secret\"}')")));
    // Back to schema 12: what the later migrations added goes too, so that they run again as on a file of
    // then.
    for (const char* undo : {"ALTER TABLE customers DROP COLUMN do_not_call",
                             "DROP INDEX calls_record",
                             "ALTER TABLE calls DROP COLUMN purpose",
                             "ALTER TABLE calls DROP COLUMN record_kind",
                             "ALTER TABLE calls DROP COLUMN record_id",
                             "ALTER TABLE calls DROP COLUMN dial_result",
                             "DROP TABLE form_chases",
                             "ALTER TABLE calls DROP COLUMN outcome",
                             "ALTER TABLE accounts DROP COLUMN enrol_until",
                             "DROP INDEX complaints_problem_form",
                             "ALTER TABLE complaints DROP COLUMN problem_form_id",
                             "ALTER TABLE problem_forms DROP COLUMN complaint_answer",
                             "DROP TRIGGER customers_text_insert",
                             "DROP TRIGGER customers_text_delete",
                             "DROP TRIGGER customers_text_update",
                             "DROP TABLE customers_text",
                             "DROP INDEX customers_phone_other",
                             "DROP INDEX customers_merged_into",
                             "DROP INDEX customers_name",
                             "DROP INDEX devices_model",
                             "DROP INDEX customers_mobile_tail",
                             "DROP INDEX customers_office_tail",
                             "DROP INDEX customers_other_tail",
                             "ALTER TABLE customers DROP COLUMN search_text",
                             "DROP TABLE products",
                             "ALTER TABLE customers DROP COLUMN phone_other",
                             "ALTER TABLE customers DROP COLUMN merged_into",
                             "ALTER TABLE devices DROP COLUMN outlet_id",
                             "ALTER TABLE devices DROP COLUMN invoice_date",
                             "ALTER TABLE devices DROP COLUMN warranty_end"})
        REQUIRE(q.exec(QLatin1String(undo)));
    for (const char* column :
         {"departments DROP COLUMN phone", "departments DROP COLUMN routes", "departments DROP COLUMN active",
          "outlets DROP COLUMN province", "outlets DROP COLUMN city", "outlets DROP COLUMN active",
          "kb_entries DROP COLUMN category", "kb_entries DROP COLUMN active"})
        REQUIRE(q.exec(QStringLiteral("ALTER TABLE ") + QLatin1String(column)));
    REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 12")));
    q.finish();
    const QString path = t.db->path();
    t.db.reset();
    auto again = Database::open(path, Database::Open::MustExist);
    INFO((again ? QString() : again.error().message).toStdString());
    REQUIRE(again.ok());
    CHECK(count(**again, QStringLiteral("SELECT count(*) FROM outbox WHERE fields LIKE '%argon2%'")) == 0);
    CHECK(count(**again,
                QStringLiteral("SELECT count(*) FROM outbox WHERE fields = '{\"failed_attempts\":0}'")) == 1);
}

TEST_CASE("only a supervisor reviews a problem form")
{
    Forms f;
    ProblemForm reviewed = f.form;
    reviewed.review = QStringLiteral("处理及时");
    reviewed.reviewedBy = f.agentUser.meta.id;
    reviewed.reviewedAt = f.t.clock.now();
    auto byAgent = f.forms.update(f.agent, reviewed);
    REQUIRE_FALSE(byAgent);
    CHECK(byAgent.error().kind == Error::Kind::Refused);
    CHECK(f.forms.get(f.form.meta.id)->review.isEmpty());
    for (const char* role : {"handler", "trainer", "admin", "trainee"})
        CHECK_FALSE(f.forms.update(test::actorWith(QString::fromLatin1(role)), reviewed));
    REQUIRE(f.forms.update(f.supervisor, reviewed));
    CHECK(f.forms.get(f.form.meta.id)->review == QStringLiteral("处理及时"));
    // The agent may still change other fields of the form, and the review stays.
    ProblemForm later = f.forms.get(f.agent, f.form.meta.id).value();
    later.description = QStringLiteral("补充说明");
    REQUIRE(f.forms.update(f.agent, later));
    // A trainee sees no live forms.
    CHECK(f.forms.get(test::actorWith(QStringLiteral("trainee")), f.form.meta.id).error().kind ==
          Error::Kind::Refused);
}

TEST_CASE("penalty opinions are hidden from and refused to everybody but supervisors")
{
    Forms f;
    ComplaintRepository complaints(*f.t.db, f.t.clock);
    Complaint cp;
    cp.no = QStringLiteral("TS-2026-001");
    cp.matter = QStringLiteral("维修拖延");
    cp.acceptorId = f.agentUser.meta.id;
    auto complaint = complaints.insert(cp, {});
    REQUIRE(complaint.ok());
    ComplaintReport rp;
    rp.no = QStringLiteral("HB-2026-001");
    rp.complaintId = complaint->meta.id;
    rp.cause = QStringLiteral("配件缺货");
    rp.penaltyOpinion = QStringLiteral("警告");
    CHECK(complaints.addReport(f.agent, rp).error().kind == Error::Kind::Refused);
    auto stored = complaints.addReport(f.supervisor, rp);
    REQUIRE(stored.ok());

    auto seen = complaints.getReport(f.agent, stored->meta.id);
    REQUIRE(seen.ok());
    CHECK(seen->penaltyOpinion.isEmpty());
    CHECK(complaints.reports(f.agent, complaint->meta.id)->first().penaltyOpinion.isEmpty());
    CHECK(complaints.getReport(f.supervisor, stored->meta.id)->penaltyOpinion == QStringLiteral("警告"));

    // The agent saves the report read blanked: the opinion stays. Writing one is refused.
    ComplaintReport edit = seen.value();
    edit.remarks = QStringLiteral("已回访");
    REQUIRE(complaints.updateReport(f.agent, edit));
    CHECK(complaints.getReport(stored->meta.id)->penaltyOpinion == QStringLiteral("警告"));
    edit = complaints.getReport(f.agent, stored->meta.id).value();
    edit.penaltyOpinion = QStringLiteral("不处罚");
    CHECK(complaints.updateReport(f.agent, edit).error().kind == Error::Kind::Refused);
    CHECK(complaints.getReport(stored->meta.id)->penaltyOpinion == QStringLiteral("警告"));

    // The export leaves the column empty for whoever may not read it.
    auto exportAs = [&](const Actor& actor, const QString& kind) -> Result<QString> {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        Exporter::Options o;
        o.kind = kind;
        o.actor = actor;
        auto rows = Exporter(*f.t.db).run(o, out);
        if (!rows)
            return rows.error();
        return QString::fromUtf8(out.data());
    };
    CHECK(exportAs(f.supervisor, QStringLiteral("complaint-reports"))->contains(QStringLiteral("警告")));
    auto agentCsv = exportAs(f.agent, QStringLiteral("complaint-reports"));
    REQUIRE(agentCsv.ok());
    CHECK(agentCsv->contains(QStringLiteral("penalty_opinion")));
    CHECK_FALSE(agentCsv->contains(QStringLiteral("警告")));
    CHECK(exportAs(f.agent, QStringLiteral("audit")).error().kind == Error::Kind::Refused);
    CHECK(exportAs(test::actorWith(QStringLiteral("admin")), QStringLiteral("audit")).ok());
    CHECK(exportAs(test::actorWith(QStringLiteral("trainee")), QStringLiteral("calls")).error().kind ==
          Error::Kind::Refused);
    CHECK(exportAs(Actor(), QStringLiteral("calls")).error().kind == Error::Kind::Refused);
}

TEST_CASE("only an admin changes the business calendar")
{
    Forms f;
    CalendarRepository calendar(*f.t.db, f.t.clock);
    for (const char* role : {"agent", "handler", "supervisor", "trainer", "trainee"}) {
        const Status s = calendar.setHoliday(QDate(2026, 12, 24), QStringLiteral("x"),
                                             test::actorWith(QString::fromLatin1(role)));
        REQUIRE_FALSE(s);
        CHECK(s.error().kind == Error::Kind::Refused);
    }
    CHECK(calendar.setHoliday(QDate(2026, 12, 24), QStringLiteral("x"),
                              test::actorWith(QStringLiteral("admin"))));
}
