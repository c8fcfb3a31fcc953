#include "FormsWorld.h"
#include "core/forms/CallbackWorkflow.h"
#include "core/forms/ComplaintRepository.h"
#include "core/forms/ComplaintWorkflow.h"
#include "core/forms/ConsultationRepository.h"
#include "core/forms/ConsultationWorkflow.h"
#include "core/forms/NotificationRepository.h"
#include "core/forms/ProblemFormRepository.h"
#include "core/settings/SettingsRepository.h"

using namespace threerings;
using namespace threerings::test;

namespace {

ProblemForm resolvedForm(FormsWorld& w, ProblemFormWorkflow& flow)
{
    ProblemForm f;
    f.category = Category::Technical;
    f.customerName = QStringLiteral("陈先生");
    f.phoneMobile = QStringLiteral("13812345678");
    f.description = QStringLiteral("ATM 吞卡");
    auto a = flow.accept(w.agent, f);
    REQUIRE(a);
    REQUIRE(flow.transfer(w.agent, a->meta.id, w.handler.userId));
    REQUIRE(flow.plan(w.handler, a->meta.id, QStringLiteral("上门")));
    auto r = flow.resolve(w.handler, a->meta.id, QStringLiteral("已修复"));
    REQUIRE(r);
    return *r;
}

} // namespace

TEST_CASE("a callback 'not working' reopens the form and notifies its handler")
{
    FormsWorld w;
    w.t.clock.set(beijing(2026, 11, 25, 10, 0));
    ProblemFormWorkflow flow(*w.t.db, w.t.clock, w.calendar);
    CallbackWorkflow callbacks(*w.t.db, w.t.clock, flow);
    const ProblemForm form = resolvedForm(w, flow);

    w.t.clock.set(beijing(2026, 11, 26, 9, 0));
    auto list = callbacks.listFor(w.agent, QDate(2026, 11, 26));
    REQUIRE(list);
    REQUIRE(list->size() == 1);
    const QString id = list->first().record.meta.id;

    CallbackReport bad;
    bad.outcome = CallbackOutcome::NotWorking;
    auto missingWords = callbacks.record(w.agent, id, bad);
    REQUIRE_FALSE(missingWords);
    CHECK(missingWords.error().field == QStringLiteral("result"));

    bad.customerWords = QStringLiteral("还是吞卡");
    bad.faultLevel = QStringLiteral("B");
    auto saved = callbacks.record(w.agent, id, bad);
    REQUIRE(saved);
    CHECK(saved->state == CallbackState::Done);
    CHECK(saved->result == QStringLiteral("还是吞卡"));
    auto reopened = ProblemFormRepository(*w.t.db, w.t.clock).get(form.meta.id);
    REQUIRE(reopened);
    CHECK(reopened->state == FormState::Reopened);
    CHECK(reopened->reopenCount == 1);
    CHECK(reopened->reopenedBy == w.agent.userId);
    CHECK(reopened->resultDueAt == beijing(2026, 11, 30, 9, 0));
    auto notes = NotificationRepository(*w.t.db, w.t.clock).unreadFor(w.handler.userId);
    REQUIRE(notes);
    REQUIRE(notes->size() == 2);
    CHECK(notes->first().kind == QStringLiteral("form_reopened"));
    CHECK(notes->first().message.contains(QStringLiteral("还是吞卡")));

    // The handler plans and resolves again; a new callback is due the next day.
    w.t.clock.set(beijing(2026, 11, 26, 15, 0));
    REQUIRE(flow.plan(w.handler, form.meta.id, QStringLiteral("换主板")));
    REQUIRE(flow.resolve(w.handler, form.meta.id, QStringLiteral("已换主板")));
    list = callbacks.listFor(w.agent, QDate(2026, 11, 27));
    REQUIRE(list);
    CHECK(list->size() == 1);
}

TEST_CASE("an unreachable customer is counted, retried later and closed after the last attempt")
{
    FormsWorld w;
    w.t.clock.set(beijing(2026, 11, 25, 10, 0));
    ProblemFormWorkflow flow(*w.t.db, w.t.clock, w.calendar);
    CallbackWorkflow callbacks(*w.t.db, w.t.clock, flow);
    resolvedForm(w, flow);
    w.t.clock.set(beijing(2026, 11, 26, 9, 0));
    const QString id = callbacks.listFor(w.agent, QDate(2026, 11, 26))->first().record.meta.id;
    CallbackReport none;
    none.outcome = CallbackOutcome::Unreachable;
    auto first = callbacks.record(w.agent, id, none);
    REQUIRE(first);
    CHECK(first->attempts == 1);
    CHECK(first->state == CallbackState::Retry);
    CHECK(first->nextAttemptAt == beijing(2026, 11, 26, 11, 0));
    auto list = callbacks.listFor(w.agent, QDate(2026, 11, 26));
    CHECK_FALSE(list->first().callableNow);

    w.t.clock.set(beijing(2026, 11, 26, 9, 10));
    auto again = callbacks.record(w.agent, id, none);
    REQUIRE_FALSE(again);
    CHECK(again.error().message.contains(QStringLiteral("11:00")));
    CHECK(callbacks.listFor(w.agent, QDate(2026, 11, 26))->first().record.attempts == 1);

    w.t.clock.set(beijing(2026, 11, 26, 11, 0));
    REQUIRE(callbacks.record(w.agent, id, none));
    w.t.clock.set(beijing(2026, 11, 27, 9, 0)); // carried over to the next day's list
    REQUIRE(callbacks.listFor(w.agent, QDate(2026, 11, 27))->size() == 1);
    auto last = callbacks.record(w.agent, id, none);
    REQUIRE(last);
    CHECK(last->attempts == 3);
    CHECK(last->state == CallbackState::Done);
    CHECK(callbacks.listFor(w.agent, QDate(2026, 11, 27))->isEmpty());
}

TEST_CASE("the callback policy samples by outlet kind and only admins change it")
{
    FormsWorld w;
    ProblemFormWorkflow flow(*w.t.db, w.t.clock, w.calendar);
    CallbackWorkflow callbacks(*w.t.db, w.t.clock, flow);
    CHECK(callbacks.policy().mode == CallbackPolicy::Mode::All);
    CallbackPolicy p;
    p.mode = CallbackPolicy::Mode::Sample;
    p.defaultShare = 0;
    p.shares.insert(QStringLiteral("dealer"), 20);
    CHECK_FALSE(callbacks.setPolicy(w.supervisor, p));
    p.shares.insert(QStringLiteral("dealer"), 120);
    auto bad = callbacks.setPolicy(actorWith(QStringLiteral("admin")), p);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().field == QStringLiteral("callback.share.dealer"));
    p.shares.insert(QStringLiteral("dealer"), 20);
    REQUIRE(callbacks.setPolicy(actorWith(QStringLiteral("admin")), p));
    CHECK(callbacks.policy().shares.value(QStringLiteral("dealer")) == 20);
    int picked = 0;
    for (int i = 0; i < 1000; ++i)
        picked +=
            callbacks.policy().selects(QStringLiteral("form-%1").arg(i), QStringLiteral("dealer")) ? 1 : 0;
    CHECK(picked > 150);
    CHECK(picked < 250);
    // Share 0 for other kinds: a resolved form without outlet gets no callback.
    resolvedForm(w, flow);
    CHECK(count(*w.t.db, QStringLiteral("SELECT count(*) FROM callbacks")) == 0);
}

TEST_CASE("a test awaiting the caller's result closes itself 24 h later — the handover lists the unfinished")
{
    FormsWorld w;
    w.t.clock.set(beijing(2026, 11, 25, 10, 0));
    ConsultationWorkflow log(*w.t.db, w.t.clock);
    Consultation test;
    test.callerName = QStringLiteral("赵女士");
    test.callerPhone = QStringLiteral("13912345678");
    test.description = QStringLiteral("屏幕不亮");
    test.advice = QStringLiteral("请重新插拔电源后测试");
    test.status = ConsultationStatus::AwaitingTest;
    auto t = log.log(w.agent, test);
    REQUIRE(t);
    CHECK(t->testDueAt == beijing(2026, 11, 26, 10, 0));
    Consultation open = test;
    open.status = ConsultationStatus::Unfinished;
    open.advice.clear();
    REQUIRE(log.log(w.agent, open));
    Consultation bad = test;
    bad.callerPhone = QStringLiteral("abc");
    auto refused = log.log(w.agent, bad);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("caller_phone"));

    w.t.clock.set(beijing(2026, 11, 26, 9, 59));
    CHECK(log.closeExpiredTests().value() == 0);
    w.t.clock.set(beijing(2026, 11, 26, 10, 0));
    CHECK(log.closeExpiredTests().value() == 1);
    auto closed = ConsultationRepository(*w.t.db, w.t.clock).get(t->meta.id);
    CHECK(closed->status == ConsultationStatus::Finished);
    CHECK(closed->closedAutomatically);
    CHECK(closed->finishedAt == beijing(2026, 11, 26, 10, 0));
    CHECK(log.closeExpiredTests().value() == 0);

    auto handover = log.handover(w.agent2);
    REQUIRE(handover);
    REQUIRE(handover->size() == 1);
    CHECK(handover->first().callerName == QStringLiteral("赵女士"));
    REQUIRE(log.finish(w.agent2, handover->first().meta.id, QStringLiteral("已远程指导解决")));
    CHECK(log.handover(w.agent2)->isEmpty());
}

TEST_CASE("a complaint goes round the loop twice and a very low rating becomes a complaint")
{
    FormsWorld w;
    w.t.clock.set(beijing(2026, 11, 25, 10, 0));
    ComplaintWorkflow flow(*w.t.db, w.t.clock, w.calendar);
    Complaint c;
    c.matter = QStringLiteral("工程师迟到三天");
    c.contactPerson = QStringLiteral("陈先生");
    c.contactMethod = QStringLiteral("13812345678");
    auto reg = flow.registerComplaint(w.agent, c);
    REQUIRE(reg);
    CHECK(reg->no == QStringLiteral("TS20261125-0001"));
    CHECK(reg->state == ComplaintState::Forwarded);
    CHECK(reg->departmentId == w.service.meta.id);
    CHECK(reg->callbackDueAt == beijing(2026, 11, 28, 10, 0));
    CHECK(reg->replyDueAt == beijing(2026, 11, 27, 10, 0));
    auto notes = NotificationRepository(*w.t.db, w.t.clock).unreadFor(w.supervisor.userId);
    REQUIRE(notes->size() == 1);
    CHECK(notes->first().kind == QStringLiteral("complaint_forwarded"));

    auto early = flow.callback(w.agent, reg->meta.id, true, QStringLiteral("满意"));
    REQUIRE_FALSE(early);
    CHECK(early.error().message.contains(QStringLiteral("report")));

    ComplaintReport r;
    r.cause = QStringLiteral("配件缺货");
    r.handlingMethod = QStringLiteral("道歉并重新派工");
    r.penaltyOpinion = QStringLiteral("口头警告");
    auto refused = flow.report(w.agent, reg->meta.id, r);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::Refused);
    auto rep1 = flow.report(w.supervisor, reg->meta.id, r);
    REQUIRE(rep1);
    CHECK(rep1->round == 1);

    w.t.clock.set(beijing(2026, 11, 26, 10, 0));
    auto round2 = flow.callback(w.agent, reg->meta.id, false, QStringLiteral("还是不满意"));
    REQUIRE(round2);
    CHECK(round2->round == 2);
    CHECK(round2->state == ComplaintState::Reopened);
    CHECK(round2->callbackDueAt == beijing(2026, 11, 29, 10, 0));
    r.penaltyOpinion.clear();
    r.handlingMethod = QStringLiteral("主管上门致歉");
    auto rep2 = flow.report(w.supervisor, reg->meta.id, r);
    REQUIRE(rep2);
    CHECK(rep2->round == 2);
    CHECK(rep2->no != rep1->no);
    auto closed = flow.callback(w.agent, reg->meta.id, true, QStringLiteral("满意了"));
    REQUIRE(closed);
    CHECK(closed->state == ComplaintState::Closed);
    CHECK(ComplaintRepository(*w.t.db, w.t.clock).reports(reg->meta.id)->size() == 2);

    Rating g;
    g.engineer = QStringLiteral("张伟");
    g.rater = QStringLiteral("陈先生");
    g.technicalScore = 120;
    g.attitudeScore = 300;
    auto outOfRange = flow.rate(w.agent, g);
    REQUIRE_FALSE(outOfRange);
    CHECK(outOfRange.error().field == QStringLiteral("attitude_score"));
    g.attitudeScore = -20;
    g.comments = QStringLiteral("态度恶劣");
    auto low = flow.rate(w.agent, g);
    REQUIRE(low);
    REQUIRE(low->complaint);
    CHECK(low->rating.complaintId == low->complaint->meta.id);
    CHECK(low->complaint->matter.contains(QStringLiteral("态度恶劣")));
    CHECK(low->complaint->no == QStringLiteral("TS20261126-0001"));
    g.attitudeScore = 150;
    auto fine = flow.rate(w.agent, g);
    REQUIRE(fine);
    CHECK_FALSE(fine->complaint);
    CHECK(count(*w.t.db, QStringLiteral("SELECT count(*) FROM ratings")) == 2);
}

TEST_CASE("the callback script is filled with the unit, the customer and the engineer who repaired it")
{
    FormsWorld w;
    w.t.clock.set(beijing(2026, 11, 25, 10, 0));
    ProblemFormWorkflow flow(*w.t.db, w.t.clock, w.calendar);
    CallbackWorkflow callbacks(*w.t.db, w.t.clock, flow);
    REQUIRE(SettingsRepository(*w.t.db, w.t.clock).set(Setting::UnitName, QStringLiteral("用户服务部"), {}));
    resolvedForm(w, flow);

    w.t.clock.set(beijing(2026, 11, 26, 9, 0));
    auto list = callbacks.listFor(w.agent, QDate(2026, 11, 26));
    REQUIRE(list);
    REQUIRE(list->size() == 1);
    const QVariantMap context = callbacks.scriptContext(w.agent, list->first().record);
    CHECK(context.value(QStringLiteral("unit_name")).toString() == QStringLiteral("用户服务部"));
    CHECK(context.value(QStringLiteral("caller_name")).toString() == QStringLiteral("陈先生"));
    CHECK(context.value(QStringLiteral("job_number")).toString() == w.agent.jobNumber);
    CHECK(context.value(QStringLiteral("engineer_number")).toString() == w.handler.jobNumber);
    // The day of the repair as the script says it: the form was resolved on the 25th.
    CHECK(context.value(QStringLiteral("repair_day")).toString() == QStringLiteral("昨天"));
    w.t.clock.set(beijing(2026, 11, 27, 9, 0));
    CHECK(callbacks.scriptContext(w.agent, list->first().record)
              .value(QStringLiteral("repair_day"))
              .toString() == QStringLiteral("前天"));
    w.t.clock.set(beijing(2027, 1, 30, 9, 0));
    CHECK(callbacks.scriptContext(w.agent, list->first().record)
              .value(QStringLiteral("repair_day"))
              .toString() == QStringLiteral("2026年11月25日"));
    CHECK(callbacks.scriptContext(w.agent, list->first().record, QStringLiteral("en"))
              .value(QStringLiteral("repair_day"))
              .toString() == QStringLiteral("On 25 November 2026"));
}
