#include "core/forms/ProblemFormWorkflow.h"

#include "FormsWorld.h"
#include "core/forms/CallbackRepository.h"
#include "core/forms/NotificationRepository.h"
#include "core/forms/ProblemFormRepository.h"

using namespace threerings;
using namespace threerings::test;

namespace {

ProblemForm newForm(const Actor& agent)
{
    Call call;
    call.callerNumber = QStringLiteral("13812345678");
    call.category = Category::Technical;
    call.summary = QStringLiteral("ATM 吞卡");
    Customer c;
    c.name = QStringLiteral("陈先生");
    c.address = QStringLiteral("北京市海淀区");
    return ProblemFormWorkflow::fromCall(call, &c, agent);
}

} // namespace

TEST_CASE("a problem form's life from the call to the review, each step signed")
{
    FormsWorld w;
    w.t.clock.set(beijing(2026, 11, 25, 9, 0));
    ProblemFormWorkflow flow(*w.t.db, w.t.clock, w.calendar);

    auto form = flow.accept(w.agent, newForm(w.agent));
    REQUIRE(form);
    CHECK(form->number == QStringLiteral("20261125-1001-001"));
    CHECK(form->customerName == QStringLiteral("陈先生"));
    CHECK(form->phoneMobile == QStringLiteral("+8613812345678"));
    CHECK(form->agentId == w.agent.userId);
    CHECK(form->state == FormState::Accepted);
    CHECK(form->transferDueAt == beijing(2026, 11, 25, 11, 0));

    w.t.clock.set(beijing(2026, 11, 25, 9, 30));
    auto transferred = flow.transfer(w.agent, form->meta.id, w.handler.userId);
    REQUIRE(transferred);
    CHECK(transferred->state == FormState::Transferred);
    CHECK(transferred->transferredBy == w.agent.userId);
    CHECK(transferred->transferredAt == beijing(2026, 11, 25, 9, 30));
    CHECK(transferred->handlerDepartmentId == w.technical.meta.id);
    CHECK(transferred->resultDueAt == beijing(2026, 11, 27, 9, 30));
    NotificationRepository notes(*w.t.db, w.t.clock);
    auto unread = notes.unreadFor(w.handler.userId);
    REQUIRE(unread);
    REQUIRE(unread->size() == 1);
    CHECK(unread->first().kind == QStringLiteral("form_transferred"));

    w.t.clock.set(beijing(2026, 11, 25, 14, 0));
    auto planned = flow.plan(w.handler, form->meta.id, QStringLiteral("派工程师上门更换读卡器"));
    REQUIRE(planned);
    CHECK(planned->planBy == w.handler.userId);
    CHECK(planned->planAt == beijing(2026, 11, 25, 14, 0));

    w.t.clock.set(beijing(2026, 11, 26, 10, 0));
    auto resolved = flow.resolve(w.handler, form->meta.id, QStringLiteral("读卡器已更换,测试正常"));
    REQUIRE(resolved);
    CHECK(resolved->state == FormState::Resolved);
    CHECK(resolved->resultBy == w.handler.userId);
    auto callbacks = CallbackRepository(*w.t.db, w.t.clock).dueOn(QDate(2026, 11, 27));
    REQUIRE(callbacks);
    REQUIRE(callbacks->size() == 1);
    CHECK(callbacks->first().formNumber == form->number);
    CHECK(callbacks->first().acceptorName == QStringLiteral("陈先生"));

    // Only a supervisor reviews.
    auto refused = flow.review(w.agent, form->meta.id, QStringLiteral("ok"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::Refused);
    w.t.clock.set(beijing(2026, 11, 26, 16, 0));
    auto reviewed = flow.review(w.supervisor, form->meta.id, QStringLiteral("处理及时"));
    REQUIRE(reviewed);
    CHECK(reviewed->state == FormState::Reviewed);
    CHECK(reviewed->reviewedBy == w.supervisor.userId);
    CHECK(reviewed->reviewedAt == beijing(2026, 11, 26, 16, 0));
}

TEST_CASE("a step out of order says which step is missing and changes nothing")
{
    FormsWorld w;
    ProblemFormWorkflow flow(*w.t.db, w.t.clock, w.calendar);
    auto form = flow.accept(w.agent, newForm(w.agent));
    REQUIRE(form);
    const int outbox = count(*w.t.db, QStringLiteral("SELECT count(*) FROM outbox"));

    auto r = flow.resolve(w.handler, form->meta.id, QStringLiteral("done"));
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(QStringLiteral("transfer")));
    auto p = flow.plan(w.handler, form->meta.id, QStringLiteral("plan"));
    REQUIRE_FALSE(p);
    CHECK(p.error().message.contains(QStringLiteral("transferred")));
    auto v = flow.review(w.supervisor, form->meta.id, QStringLiteral("ok"));
    REQUIRE_FALSE(v);
    CHECK(v.error().message.contains(QStringLiteral("no result")));
    REQUIRE(flow.transfer(w.agent, form->meta.id, w.handler.userId));
    auto r2 = flow.resolve(w.handler, form->meta.id, QStringLiteral("done"));
    REQUIRE_FALSE(r2);
    CHECK(r2.error().message.contains(QStringLiteral("plan")));
    // An agent may not write the handler's plan.
    auto p2 = flow.plan(w.agent, form->meta.id, QStringLiteral("plan"));
    REQUIRE_FALSE(p2);
    CHECK(p2.error().kind == Error::Kind::Refused);
    CHECK(count(*w.t.db, QStringLiteral("SELECT count(*) FROM outbox")) ==
          outbox + 2); // transfer + notification
    CHECK(ProblemFormRepository(*w.t.db, w.t.clock).get(form->meta.id)->state == FormState::Transferred);
}

TEST_CASE("bad form input names the field and saves nothing")
{
    FormsWorld w;
    ProblemFormWorkflow flow(*w.t.db, w.t.clock, w.calendar);
    const int before = count(*w.t.db, QStringLiteral("SELECT count(*) FROM outbox"));

    ProblemForm f = newForm(w.agent);
    f.phoneMobile = QStringLiteral("not a number");
    auto r = flow.accept(w.agent, f);
    REQUIRE_FALSE(r);
    CHECK(r.error().field == QStringLiteral("phone_mobile"));

    f = newForm(w.agent);
    f.category.reset();
    r = flow.accept(w.agent, f);
    REQUIRE_FALSE(r);
    CHECK(r.error().field == QStringLiteral("category"));
    CHECK(r.error().message.contains(QStringLiteral("category")));

    f = newForm(w.agent);
    f.description = QString(5000, QLatin1Char('x'));
    r = flow.accept(w.agent, f);
    REQUIRE_FALSE(r);
    CHECK(r.error().field == QStringLiteral("description"));

    auto ok = flow.accept(w.agent, newForm(w.agent));
    REQUIRE(ok);
    REQUIRE(flow.transfer(w.agent, ok->meta.id, w.handler.userId));
    const int after = count(*w.t.db, QStringLiteral("SELECT count(*) FROM outbox"));
    auto longPlan = flow.plan(w.handler, ok->meta.id, QString(5000, QLatin1Char('p')));
    REQUIRE_FALSE(longPlan);
    CHECK(longPlan.error().field == QStringLiteral("plan"));
    auto noTarget = flow.transfer(w.agent, ok->meta.id, {});
    REQUIRE_FALSE(noTarget);
    CHECK(count(*w.t.db, QStringLiteral("SELECT count(*) FROM outbox")) == after);
    CHECK(count(*w.t.db, QStringLiteral("SELECT count(*) FROM problem_forms")) == 1);
    CHECK(before < after);
}

TEST_CASE("form deadlines run across a weekend, the National Day holiday and a swapped Saturday")
{
    FormsWorld w;
    ProblemFormWorkflow flow(*w.t.db, w.t.clock, w.calendar);

    // Friday 17:00 + 2 working hours: half an hour on Friday, 1.5 h on Monday from 08:30.
    w.t.clock.set(beijing(2026, 11, 27, 17, 0));
    auto weekend = flow.accept(w.agent, newForm(w.agent));
    REQUIRE(weekend);
    CHECK(weekend->transferDueAt == beijing(2026, 11, 30, 10, 0));

    // Wednesday 30 September 16:00: the holiday runs 1–7 October.
    w.t.clock.set(beijing(2026, 9, 30, 16, 0));
    auto holiday = flow.accept(w.agent, newForm(w.agent));
    REQUIRE(holiday);
    CHECK(holiday->transferDueAt == beijing(2026, 10, 8, 9, 0));

    // Late by working time only: at 8 October 09:30 it is half an hour late, not eight days.
    w.t.clock.set(beijing(2026, 10, 8, 9, 30));
    auto late = flow.late(w.agent);
    REQUIRE(late);
    REQUIRE(late->size() == 1); // the weekend form is not due until 30 November
    CHECK(late->at(0).form.number == holiday->number);
    CHECK(late->at(0).kind == LateForm::Kind::Transfer);
    CHECK(late->at(0).lateMinutes == 30);
    CHECK(late->at(0).callCustomerWithApology);

    // Transferred on Friday 9 October 15:00: Saturday 10 October is worked (调休), so the two working
    // days end on Monday 12 October 15:00.
    w.t.clock.set(beijing(2026, 10, 9, 15, 0));
    auto t = flow.transfer(w.agent, holiday->meta.id, w.handler.userId);
    REQUIRE(t);
    CHECK(t->resultDueAt == beijing(2026, 10, 12, 15, 0));
    // Result late on Tuesday 13 October 09:30: Monday 15:00–17:30 and Tuesday 08:30–09:30 = 3.5 h.
    w.t.clock.set(beijing(2026, 10, 13, 9, 30));
    late = flow.late(w.agent);
    REQUIRE(late);
    REQUIRE(late->size() == 1);
    CHECK(late->at(0).kind == LateForm::Kind::Result);
    CHECK(late->at(0).lateMinutes == 210);
    CHECK(late->at(0).chaseHandler);
    CHECK(late->at(0).prompt.contains(QStringLiteral("2001")));

    // Resolved on 30 September: the callback is due the next calendar day.
    w.t.clock.set(beijing(2026, 10, 13, 10, 0));
    REQUIRE(flow.plan(w.handler, holiday->meta.id, QStringLiteral("plan")));
    REQUIRE(flow.resolve(w.handler, holiday->meta.id, QStringLiteral("fixed")));
    auto cb = CallbackRepository(*w.t.db, w.t.clock).dueOn(QDate(2026, 10, 14));
    REQUIRE(cb);
    CHECK(cb->size() == 1);
}
