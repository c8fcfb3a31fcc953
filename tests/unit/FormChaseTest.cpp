// The chase of a late problem form (SPEC §3, the result clock): the agent records each attempt on the
// handler and on the caller; the handler hears of it; the handler, a trainee and a form not waiting for a
// result cannot be chased; bad input names its field.

#include "FormsWorld.h"
#include "core/forms/FormChases.h"
#include "core/forms/NotificationRepository.h"
#include "core/forms/ProblemFormWorkflow.h"

using namespace threerings;
using namespace threerings::test;

namespace {

ProblemForm transferred(FormsWorld& w, ProblemFormWorkflow& forms)
{
    const ProblemForm form = acceptedForm(forms, w.agent);
    auto moved = forms.transfer(w.agent, form.meta.id, w.handler.userId);
    REQUIRE(moved);
    return *moved;
}

} // namespace

TEST_CASE("an agent records the chase of a late form: the handler, then the caller; the handler is told")
{
    FormsWorld w;
    ProblemFormWorkflow forms(*w.t.db, w.t.clock, w.calendar);
    w.t.clock.set(beijing(2026, 11, 24, 9, 0)); // Tuesday: the result is due Thursday 09:00
    const ProblemForm form = transferred(w, forms);
    w.t.clock.set(beijing(2026, 11, 26, 10, 0));
    REQUIRE(forms.lateness(form, w.t.clock.now()));

    FormChases chases(*w.t.db, w.t.clock);
    FormChase handler;
    handler.target = ChaseTarget::Handler;
    handler.reached = true;
    handler.promisedAt = beijing(2026, 11, 26, 15, 0);
    handler.note = QStringLiteral("  配件明天到  ");
    auto first = chases.record(w.agent, form.meta.id, handler);
    REQUIRE(first);
    CHECK(first->chasedBy == w.agent.userId);
    CHECK(first->chasedAt == beijing(2026, 11, 26, 10, 0));
    CHECK(first->note == QStringLiteral("配件明天到"));
    CHECK(first->summary(QTimeZone("Asia/Shanghai")).contains(QStringLiteral("11-26 15:00")));

    w.t.clock.set(beijing(2026, 11, 26, 10, 5));
    FormChase caller;
    caller.target = ChaseTarget::Caller;
    caller.reached = false;
    caller.note = QStringLiteral("无人接听");
    REQUIRE(chases.record(w.agent, form.meta.id, caller));

    auto all = chases.ofForm(w.supervisor, form.meta.id);
    REQUIRE(all);
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).target == ChaseTarget::Handler);
    CHECK(all->at(0).promisedAt == beijing(2026, 11, 26, 15, 0));
    CHECK(all->at(1).target == ChaseTarget::Caller);
    CHECK_FALSE(all->at(1).reached);

    // The handler hears of the chase of them (once: telling the caller is not news for the handler).
    auto notes = NotificationRepository(*w.t.db, w.t.clock).forRecord(form.meta.id);
    REQUIRE(notes);
    int chased = 0;
    for (const Notification& n : *notes)
        if (n.kind == QStringLiteral("form_chased")) {
            ++chased;
            CHECK(n.recipientId == w.handler.userId);
            CHECK(n.message.contains(form.number));
        }
    CHECK(chased == 1);
}

TEST_CASE("a chase is refused to the handler, a trainee and nobody, and for a form not waiting for a result")
{
    FormsWorld w;
    ProblemFormWorkflow forms(*w.t.db, w.t.clock, w.calendar);
    w.t.clock.set(beijing(2026, 11, 24, 9, 0));
    const ProblemForm form = transferred(w, forms);
    const Actor trainee = w.person(QStringLiteral("6001"), QStringLiteral("孙丽"), QStringLiteral("trainee"),
                                   w.service.meta.id);
    FormChases chases(*w.t.db, w.t.clock);
    FormChase c;
    c.reached = true;
    for (const Actor& who : {w.handler, trainee, Actor{}}) {
        auto refused = chases.record(who, form.meta.id, c);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().kind == Error::Kind::Refused);
    }
    auto unread = chases.ofForm(trainee, form.meta.id);
    REQUIRE_FALSE(unread);

    const ProblemForm accepted =
        acceptedForm(forms, w.agent, QStringLiteral("赵女士"), QStringLiteral("13900001111"));
    auto early = chases.record(w.agent, accepted.meta.id, c);
    REQUIRE_FALSE(early);
    CHECK(early.error().kind == Error::Kind::Conflict);

    // Bad input names its field: a promise from someone not reached; a failed attempt with no word on it.
    FormChase promise;
    promise.reached = false;
    promise.note = QStringLiteral("占线");
    promise.promisedAt = beijing(2026, 11, 26, 15, 0);
    auto badPromise = chases.record(w.agent, form.meta.id, promise);
    REQUIRE_FALSE(badPromise);
    CHECK(badPromise.error().field == QStringLiteral("promised_at"));
    FormChase silent;
    silent.reached = false;
    auto badNote = chases.record(w.agent, form.meta.id, silent);
    REQUIRE_FALSE(badNote);
    CHECK(badNote.error().field == QStringLiteral("note"));
    CHECK(chases.ofForm(w.agent, form.meta.id)->isEmpty());
}
