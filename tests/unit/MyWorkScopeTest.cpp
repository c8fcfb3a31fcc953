// My work's two scopes: an agent's own callbacks by default and the team's on request; the supervisor's
// review queue and, in the team's scope, every late form with the person it waits for.

#include "FormsWorld.h"
#include "core/forms/MyWork.h"
#include "core/forms/ProblemFormWorkflow.h"

#include <algorithm>

using namespace threerings;
using namespace threerings::test;

namespace {

// A form accepted by `agent` on Tuesday 2026-11-24 and resolved by the handler the same day: its callback
// is due on Wednesday.
ProblemForm resolvedBy(FormsWorld& w, ProblemFormWorkflow& forms, const Actor& agent, const QString& name)
{
    ProblemForm f;
    f.category = Category::Technical;
    f.customerName = name;
    f.phoneMobile = QStringLiteral("13812345678");
    f.description = QStringLiteral("ATM 吞卡");
    auto form = forms.accept(agent, f);
    REQUIRE(form);
    REQUIRE(forms.transfer(agent, form->meta.id, w.handler.userId));
    REQUIRE(forms.plan(w.handler, form->meta.id, QStringLiteral("上门")));
    auto done = forms.resolve(w.handler, form->meta.id, QStringLiteral("已修复"));
    REQUIRE(done);
    return *done;
}

QStringList referencesOf(const QList<WorkItem>& items, WorkItem::Kind kind)
{
    QStringList refs;
    for (const WorkItem& i : items)
        if (i.kind == kind)
            refs << i.reference;
    refs.sort();
    return refs;
}

} // namespace

TEST_CASE("an agent's My work holds their own callbacks; the team's scope holds everyone's")
{
    FormsWorld w;
    ProblemFormWorkflow forms(*w.t.db, w.t.clock, w.calendar);
    w.t.clock.set(beijing(2026, 11, 24, 9, 0));
    const ProblemForm mine = resolvedBy(w, forms, w.agent, QStringLiteral("陈先生"));
    const ProblemForm theirs = resolvedBy(w, forms, w.agent2, QStringLiteral("赵女士"));

    w.t.clock.set(beijing(2026, 11, 25, 9, 0));
    MyWork work(*w.t.db, w.t.clock, w.calendar);
    auto own = work.forActor(w.agent);
    REQUIRE(own);
    CHECK(referencesOf(*own, WorkItem::Kind::Callback) == QStringList{mine.number});
    auto team = work.forActor(w.agent, WorkScope::Team);
    REQUIRE(team);
    QStringList both{mine.number, theirs.number};
    both.sort();
    CHECK(referencesOf(*team, WorkItem::Kind::Callback) == both);
    // The second agent's own list names their callback only.
    auto other = work.forActor(w.agent2);
    REQUIRE(other);
    CHECK(referencesOf(*other, WorkItem::Kind::Callback) == QStringList{theirs.number});
}

TEST_CASE("the supervisor's My work is the review queue, and the team's scope adds every late form")
{
    FormsWorld w;
    ProblemFormWorkflow forms(*w.t.db, w.t.clock, w.calendar);
    w.t.clock.set(beijing(2026, 11, 24, 9, 0));
    const ProblemForm resolved = resolvedBy(w, forms, w.agent, QStringLiteral("陈先生"));
    ProblemForm f;
    f.category = Category::Technical;
    f.customerName = QStringLiteral("孙先生");
    f.phoneMobile = QStringLiteral("13900001111");
    f.description = QStringLiteral("屏幕不亮");
    auto untransferred = forms.accept(w.agent2, f); // transfer due 11:00 Tuesday
    REQUIRE(untransferred);

    // Thursday morning: the review was due at Wednesday's close, the transfer is two days late.
    w.t.clock.set(beijing(2026, 11, 26, 9, 0));
    MyWork work(*w.t.db, w.t.clock, w.calendar);
    auto own = work.forActor(w.supervisor);
    REQUIRE(own);
    CHECK(referencesOf(*own, WorkItem::Kind::ReviewDue) == QStringList{resolved.number});
    CHECK(referencesOf(*own, WorkItem::Kind::TransferDue).isEmpty());
    const auto review = std::find_if(own->cbegin(), own->cend(),
                                     [](const WorkItem& i) { return i.kind == WorkItem::Kind::ReviewDue; });
    REQUIRE(review != own->cend());
    CHECK(review->late());

    auto team = work.forActor(w.supervisor, WorkScope::Team);
    REQUIRE(team);
    CHECK(referencesOf(*team, WorkItem::Kind::TransferDue) == QStringList{untransferred->number});
    for (const WorkItem& i : *team)
        if (i.kind == WorkItem::Kind::TransferDue)
            CHECK(i.title.contains(QStringLiteral("1002")));

    // Reviewed, it leaves the queue.
    REQUIRE(forms.review(w.supervisor, resolved.meta.id, QStringLiteral("同意")));
    auto after = work.forActor(w.supervisor);
    REQUIRE(after);
    CHECK(referencesOf(*after, WorkItem::Kind::ReviewDue).isEmpty());
    // An agent has no review queue, whatever the scope.
    auto agents = work.forActor(w.agent, WorkScope::Team);
    REQUIRE(agents);
    CHECK(referencesOf(*agents, WorkItem::Kind::ReviewDue).isEmpty());
}
