#include "FormsWorld.h"
#include "core/forms/CallbackWorkflow.h"
#include "core/forms/ComplaintWorkflow.h"
#include "core/forms/ConsultationWorkflow.h"
#include "core/forms/DraftRepository.h"
#include "core/forms/MyWork.h"

#include <QJsonObject>

using namespace threerings;
using namespace threerings::test;

TEST_CASE("My work lists everything with a clock, by deadline, with working hours left")
{
    FormsWorld w;
    ProblemFormWorkflow forms(*w.t.db, w.t.clock, w.calendar);
    ConsultationWorkflow log(*w.t.db, w.t.clock);
    ComplaintWorkflow complaints(*w.t.db, w.t.clock, w.calendar);
    ProblemForm f;
    f.category = Category::Technical;
    f.customerName = QStringLiteral("陈先生");
    f.phoneMobile = QStringLiteral("13812345678");
    f.description = QStringLiteral("ATM 吞卡");

    w.t.clock.set(beijing(2026, 11, 24, 9, 0)); // Tuesday: resolved today → callback Wednesday
    auto resolved = forms.accept(w.agent, f);
    REQUIRE(forms.transfer(w.agent, resolved->meta.id, w.handler.userId));
    REQUIRE(forms.plan(w.handler, resolved->meta.id, QStringLiteral("p")));
    REQUIRE(forms.resolve(w.handler, resolved->meta.id, QStringLiteral("r")));

    w.t.clock.set(beijing(2026, 11, 25, 8, 30));
    auto waiting = forms.accept(w.agent, f); // transfer due 10:30
    REQUIRE(waiting);
    auto withHandler = forms.accept(w.agent, f);
    REQUIRE(forms.transfer(w.agent, withHandler->meta.id, w.handler.userId)); // result due Fri 08:30
    Consultation open;
    open.callerName = QStringLiteral("赵女士");
    open.status = ConsultationStatus::Unfinished;
    REQUIRE(log.log(w.agent2, open));
    Complaint c;
    c.matter = QStringLiteral("迟到");
    c.contactPerson = QStringLiteral("陈先生");
    REQUIRE(complaints.registerComplaint(w.agent, c));

    w.t.clock.set(beijing(2026, 11, 25, 11, 0)); // the transfer is half an hour late
    MyWork work(*w.t.db, w.t.clock, w.calendar);
    auto items = work.forActor(w.agent);
    REQUIRE(items);
    QStringList kinds;
    for (const WorkItem& i : *items)
        kinds << WorkItem::kindKey(i.kind);
    CHECK(kinds == QStringList{QStringLiteral("transfer_due"), QStringLiteral("callback"),
                               QStringLiteral("result_due"), QStringLiteral("handover"),
                               QStringLiteral("complaint_callback")});
    CHECK(items->at(0).minutesLeft == -30);
    CHECK(items->at(0).late());
    CHECK(items->at(0).prompt.contains(QStringLiteral("apology")));
    CHECK(WorkItem::formatLeft(items->at(0).minutesLeft) == QStringLiteral("-0:30"));
    CHECK(items->at(1).minutesLeft == 300); // 11:00 → 17:30 less the 1.5 h lunch
    for (int i = 1; i < items->size(); ++i)
        CHECK(items->at(i - 1).dueAt <= items->at(i).dueAt);

    auto handler = work.forActor(w.handler);
    REQUIRE(handler);
    REQUIRE(handler->size() == 1);
    CHECK(handler->first().kind == WorkItem::Kind::ResultDue);
    auto head = work.forActor(w.supervisor);
    REQUIRE(head);
    // The head of the department: the complaint to reply to, and the resolved form waiting for the review.
    QStringList headKinds;
    for (const WorkItem& i : *head)
        headKinds << WorkItem::kindKey(i.kind);
    headKinds.sort();
    CHECK(headKinds == QStringList{QStringLiteral("complaint_reply"), QStringLiteral("review_due")});

    // Another person's list needs a supervisor.
    CHECK_FALSE(work.forPerson(w.agent2, w.agent.userId));
    auto seen = work.forPerson(w.supervisor, w.agent.userId);
    REQUIRE(seen);
    CHECK(seen->size() == items->size());
}

TEST_CASE("a draft survives a database closed without cleanup and is discarded on save")
{
    FormsWorld w;
    const QString path = w.t.path();
    const Actor agent = w.agent;
    {
        DraftRepository drafts(*w.t.db, w.t.clock);
        QJsonObject fields{{QStringLiteral("customer_name"), QStringLiteral("陈先生")},
                           {QStringLiteral("description"), QStringLiteral("ATM 吞")}};
        auto first = drafts.save(agent, RecordKind::ProblemForm, {}, fields);
        INFO((first.ok() ? QString() : first.error().message).toStdString());
        REQUIRE(first);
        fields.insert(QStringLiteral("description"), QStringLiteral("ATM 吞卡"));
        REQUIRE(drafts.save(agent, RecordKind::ProblemForm, {}, fields));
    }
    w.t.db.reset(); // as a killed process leaves it: the WAL holds the committed draft
    auto reopened = Database::open(path, Database::Open::MustExist);
    REQUIRE(reopened);
    DraftRepository drafts(**reopened, w.t.clock);
    auto pending = drafts.pendingFor(agent);
    REQUIRE(pending);
    REQUIRE(pending->size() == 1);
    CHECK(pending->first().fields.value(QStringLiteral("description")).toString() ==
          QStringLiteral("ATM 吞卡"));
    CHECK(drafts.pendingFor(w.agent2)->isEmpty());
    auto found = drafts.find(agent, RecordKind::ProblemForm, {});
    REQUIRE(found);
    REQUIRE(found->has_value());
    REQUIRE(drafts.discard(agent, RecordKind::ProblemForm, {}));
    CHECK(drafts.pendingFor(agent)->isEmpty());
    CHECK_FALSE(drafts.save(Actor{}, RecordKind::ProblemForm, {}, {}));
}
