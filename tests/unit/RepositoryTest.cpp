#include "TestSupport.h"
#include "core/auth/DepartmentRepository.h"
#include "core/auth/UserRepository.h"
#include "core/calls/CallRepository.h"
#include "core/customers/CustomerRepository.h"
#include "core/customers/DeviceRepository.h"
#include "core/customers/OutletRepository.h"
#include "core/db/Transaction.h"
#include "core/forms/CallbackRepository.h"
#include "core/forms/ComplaintRepository.h"
#include "core/forms/ConsultationRepository.h"
#include "core/forms/ProblemFormRepository.h"
#include "core/forms/RatingRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace threerings;

using test::count;

TEST_CASE("customers round trip with normalized phones and are found by any way of writing them")
{
    test::TempDb t;
    OutletRepository outlets(*t.db, t.clock);
    Outlet o;
    o.code = QStringLiteral("QD01");
    o.name = QStringLiteral("青岛维修中心");
    auto outlet = outlets.insert(o, QStringLiteral("admin"));
    if (!outlet)
        FAIL(outlet.error().message.toStdString());
    CHECK(outlets.findByCode(QStringLiteral("QD01"))->meta.id == outlet->meta.id);

    CustomerRepository customers(*t.db, t.clock);
    Customer c;
    c.name = QStringLiteral("王先生");
    c.unit = QStringLiteral("青岛银行");
    c.phoneMobile = QStringLiteral("138 1234 5678");
    c.phoneOffice = QStringLiteral("0532-88886666");
    c.outletId = outlet->meta.id;
    auto stored = customers.insert(c, QStringLiteral("u1"));
    REQUIRE(stored.ok());
    CHECK(stored->meta.revision == 1);
    CHECK(stored->meta.createdBy == QStringLiteral("u1"));
    CHECK(stored->meta.createdAt == t.clock.nowMs());
    CHECK(stored->phoneMobile == QStringLiteral("+8613812345678"));

    auto read = customers.get(stored->meta.id);
    REQUIRE(read.ok());
    CHECK(read->name == c.name);
    CHECK(read->unit == c.unit);
    CHECK(read->phoneOffice == QStringLiteral("+8653288886666"));
    CHECK(read->outletId == outlet->meta.id);
    CHECK(read->meta.revision == 1);

    for (const char* way : {"13812345678", "+86 138-1234-5678", "(0532) 8888 6666"}) {
        auto found = customers.findByPhone(QString::fromLatin1(way));
        REQUIRE(found.ok());
        REQUIRE(found->size() == 1);
        CHECK(found->first().meta.id == stored->meta.id);
    }
    CHECK(customers.findByPhone(QStringLiteral("13900000000"))->isEmpty());
    CHECK_FALSE(customers.findByPhone(QStringLiteral("not a phone")).ok());
    CHECK(customers.get(QStringLiteral("missing")).error().kind == Error::Kind::NotFound);

    SECTION("the phone lookup uses the partial indexes")
    {
        QSqlQuery q(t.db->connection());
        REQUIRE(q.exec(
            QStringLiteral("EXPLAIN QUERY PLAN SELECT * FROM customers WHERE phone_mobile = '+1' AND "
                           "phone_mobile <> '' UNION SELECT * FROM customers WHERE phone_office = '+1' "
                           "AND phone_office <> ''")));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + QLatin1Char('\n');
        CHECK(plan.contains(QStringLiteral("customers_phone_mobile")));
        CHECK(plan.contains(QStringLiteral("customers_phone_office")));
    }
}

TEST_CASE("an update with a stale revision is a conflict and writes nothing")
{
    test::TempDb t;
    CustomerRepository customers(*t.db, t.clock);
    Customer c;
    c.name = QStringLiteral("李女士");
    auto first = customers.insert(c, {});
    REQUIRE(first.ok());
    Customer mine = first.value();
    Customer theirs = first.value();

    t.clock.advanceMs(1000);
    theirs.address = QStringLiteral("青岛市市南区");
    auto saved = customers.update(theirs, QStringLiteral("other"));
    REQUIRE(saved.ok());
    CHECK(saved->meta.revision == 2);
    CHECK(saved->meta.updatedBy == QStringLiteral("other"));
    CHECK(saved->meta.updatedAt == t.clock.nowMs());

    mine.notes = QStringLiteral("mine");
    auto conflict = customers.update(mine, QStringLiteral("me"));
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().kind == Error::Kind::Conflict);
    auto now = customers.get(first->meta.id);
    CHECK(now->notes.isEmpty());
    CHECK(now->address == QStringLiteral("青岛市市南区"));
    CHECK(now->meta.revision == 2);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = 'customers'")) == 2);
}

TEST_CASE("the outbox row is written in the same transaction and rolled back with it")
{
    test::TempDb t;
    CustomerRepository customers(*t.db, t.clock);
    Customer c;
    c.name = QStringLiteral("张先生");
    c.phoneMobile = QStringLiteral("13912345678");
    QString id;
    {
        Transaction outer(*t.db);
        REQUIRE(outer.ok());
        auto r = customers.insert(c, QStringLiteral("u7"));
        REQUIRE(r.ok());
        id = r->meta.id;
        QSqlQuery q(t.db->connection());
        REQUIRE(q.exec(
            QStringLiteral("SELECT table_name, row_id, op, revision, changed_by, fields FROM outbox")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("customers"));
        CHECK(q.value(1).toString() == id);
        CHECK(q.value(2).toString() == QStringLiteral("insert"));
        CHECK(q.value(3).toInt() == 1);
        CHECK(q.value(4).toString() == QStringLiteral("u7"));
        const QJsonObject fields = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        CHECK(fields.value(QStringLiteral("phone_mobile")).toString() == QStringLiteral("+8613912345678"));
        // no commit: the outer transaction rolls back
    }
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM customers")) == 0);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM outbox")) == 0);
    CHECK(customers.get(id).error().kind == Error::Kind::NotFound);
}

TEST_CASE("each repository round-trips its records")
{
    test::TempDb t;
    DepartmentRepository departments(*t.db, t.clock);
    UserRepository users(*t.db, t.clock);
    CustomerRepository customers(*t.db, t.clock);
    DeviceRepository devices(*t.db, t.clock);
    CallRepository calls(*t.db, t.clock);
    ProblemFormRepository forms(*t.db, t.clock);
    ConsultationRepository consultations(*t.db, t.clock);
    CallbackRepository callbacks(*t.db, t.clock);
    ComplaintRepository complaints(*t.db, t.clock);
    RatingRepository ratings(*t.db, t.clock);

    Department d;
    d.name = QStringLiteral("技术支持部");
    d.kind = QStringLiteral("technical");
    auto dep = departments.insert(d, {});
    REQUIRE(dep.ok());
    CHECK(departments.findByName(d.name)->kind == QStringLiteral("technical"));

    User u;
    u.jobNumber = QStringLiteral("1007");
    u.name = QStringLiteral("刘敏");
    u.departmentId = dep->meta.id;
    u.roles = {Role::Agent, Role::Supervisor};
    auto agent = users.insert(u, {});
    REQUIRE(agent.ok());
    auto agentRead = users.findByJobNumber(QStringLiteral("1007"));
    REQUIRE(agentRead.ok());
    CHECK(agentRead->roles == u.roles);
    CHECK(agentRead->active);
    CHECK(agentRead->departmentId == dep->meta.id);
    CHECK(users.list()->size() == 1);

    Customer c;
    c.name = QStringLiteral("王先生");
    auto cust = customers.insert(c, {});
    REQUIRE(cust.ok());

    Device dv;
    dv.customerId = cust->meta.id;
    dv.product = QStringLiteral("ATM");
    dv.serialNumber = QStringLiteral("SN-1");
    dv.installedOn = QDate(2025, 3, 1);
    auto dev = devices.insert(dv, {});
    REQUIRE(dev.ok());
    CHECK(devices.get(dev->meta.id)->installedOn == QDate(2025, 3, 1));
    CHECK(devices.forCustomer(cust->meta.id)->size() == 1);

    Call call;
    call.callerNumber = QStringLiteral("138 1234 5678");
    call.customerId = cust->meta.id;
    call.agentId = agent->meta.id;
    call.ringAt = t.clock.now();
    call.answeredAt = t.clock.now().addSecs(6);
    call.ringsAtAnswer = 2;
    call.category = Category::Technical;
    call.summary = QStringLiteral("吞卡");
    auto storedCall = calls.insert(call, agent->meta.id);
    REQUIRE(storedCall.ok());
    auto callRead = calls.get(storedCall->meta.id);
    REQUIRE(callRead.ok());
    CHECK(callRead->callerNumber == QStringLiteral("+8613812345678"));
    CHECK(callRead->ringAt == call.ringAt);
    CHECK(callRead->answeredAt == call.answeredAt);
    CHECK(callRead->ringsAtAnswer == 2);
    CHECK(callRead->category == Category::Technical);
    CHECK_FALSE(callRead->endedAt.isValid());
    Call ended = callRead.value();
    ended.endedAt = t.clock.now().addSecs(120);
    ended.hungUpBy = HungUpBy::Caller;
    REQUIRE(calls.update(ended, agent->meta.id).ok());
    CHECK(calls.get(ended.meta.id)->hungUpBy == HungUpBy::Caller);

    ProblemForm f;
    f.agentId = agent->meta.id;
    f.callId = storedCall->meta.id;
    f.customerId = cust->meta.id;
    f.deviceId = dev->meta.id;
    f.category = Category::Service;
    f.customerName = c.name;
    f.phoneOffice = QStringLiteral("0532-88886666");
    f.description = QStringLiteral("工程师未按时上门");
    f.consultedOn = QDate(2026, 11, 25);
    auto form = forms.create(f, agent->meta.id);
    REQUIRE(form.ok());
    CHECK(form->number == QStringLiteral("20261125-1007-001"));
    auto formRead = forms.findByNumber(form->number);
    REQUIRE(formRead.ok());
    CHECK(formRead->category == Category::Service);
    CHECK(formRead->state == FormState::Accepted);
    CHECK(formRead->phoneOffice == QStringLiteral("+8653288886666"));
    CHECK(formRead->consultedOn == QDate(2026, 11, 25));
    CHECK(formRead->acceptedAt == t.clock.now());
    ProblemForm transferred = formRead.value();
    transferred.state = FormState::Transferred;
    transferred.handlerDepartmentId = dep->meta.id;
    transferred.transferredAt = t.clock.now();
    auto tr = forms.update(transferred, agent->meta.id);
    REQUIRE(tr.ok());
    CHECK(forms.get(form->meta.id)->state == FormState::Transferred);
    CHECK(forms.get(form->meta.id)->number == form->number);

    Consultation cs;
    cs.agentId = agent->meta.id;
    cs.callerName = QStringLiteral("赵先生");
    cs.callerPhone = QStringLiteral("13712345678");
    cs.description = QStringLiteral("如何重启");
    cs.advice = QStringLiteral("长按电源键");
    cs.status = ConsultationStatus::Unfinished;
    auto cons = consultations.insert(cs, {});
    REQUIRE(cons.ok());
    CHECK(consultations.get(cons->meta.id)->callerPhone == QStringLiteral("+8613712345678"));
    CHECK(consultations.unfinished()->size() == 1);

    CallbackRecord cb;
    cb.formId = form->meta.id;
    cb.formNumber = form->number;
    cb.dueOn = QDate(2026, 11, 26);
    cb.acceptorName = QStringLiteral("王先生");
    auto storedCb = callbacks.insert(cb, {});
    REQUIRE(storedCb.ok());
    CHECK(callbacks.dueOn(QDate(2026, 11, 26))->size() == 1);
    CallbackRecord done = storedCb.value();
    done.outcome = CallbackOutcome::Working;
    done.state = CallbackState::Done;
    done.calledOn = QDate(2026, 11, 26);
    REQUIRE(callbacks.update(done, {}).ok());
    CHECK(callbacks.get(done.meta.id)->outcome == CallbackOutcome::Working);

    Complaint cp;
    cp.no = QStringLiteral("TS-2026-001");
    cp.customerId = cust->meta.id;
    cp.matter = QStringLiteral("维修拖延");
    cp.acceptorId = agent->meta.id;
    cp.departmentId = dep->meta.id;
    auto complaint = complaints.insert(cp, {});
    REQUIRE(complaint.ok());
    CHECK(complaints.get(complaint->meta.id)->complainedAt == t.clock.now());
    ComplaintReport rp;
    rp.no = QStringLiteral("HB-2026-001");
    rp.complaintId = complaint->meta.id;
    rp.phone = QStringLiteral("13812345678");
    rp.cause = QStringLiteral("配件缺货");
    rp.penaltyOpinion = QStringLiteral("警告");
    auto report = complaints.addReport(rp, {});
    REQUIRE(report.ok());
    CHECK(complaints.get(complaint->meta.id)->reportNo == QStringLiteral("HB-2026-001"));
    auto reports = complaints.reports(complaint->meta.id);
    REQUIRE(reports->size() == 1);
    CHECK(reports->first().phone == QStringLiteral("+8613812345678"));
    CHECK_FALSE(reports->first().satisfied.has_value());
    ComplaintReport satisfied = reports->first();
    satisfied.satisfied = true;
    REQUIRE(complaints.updateReport(satisfied, {}).ok());
    CHECK(complaints.getReport(satisfied.meta.id)->satisfied == std::optional<bool>(true));

    Rating r;
    r.unit = QStringLiteral("青岛银行");
    r.engineer = QStringLiteral("1007");
    r.technicalScore = 180;
    r.attitudeScore = -50;
    auto rating = ratings.insert(r, {});
    REQUIRE(rating.ok());
    auto ratingRead = ratings.get(rating->meta.id);
    CHECK(ratingRead->ratedOn == QDate(2026, 11, 25));
    CHECK(ratingRead->attitudeScore == -50);
}

TEST_CASE("repositories share a caller's writer and outer transaction")
{
    test::TempDb t;
    RecordWriter writer(*t.db, t.clock);
    int next = 0;
    writer.setIdSource([&] { return QStringLiteral("id-%1").arg(++next); });
    CustomerRepository customers(*t.db, t.clock, writer);
    Transaction tx(*t.db);
    for (int i = 0; i < 3; ++i) {
        Customer c;
        c.name = QStringLiteral("C%1").arg(i);
        REQUIRE(customers.insert(c, {}).ok());
    }
    REQUIRE(tx.commit().ok());
    CHECK(customers.get(QStringLiteral("id-3"))->name == QStringLiteral("C2"));
}
