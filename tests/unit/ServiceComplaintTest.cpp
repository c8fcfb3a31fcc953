// A service-quality problem form (category service, 003 §4.5.6) is also registered as a complaint once the
// agent confirms: one complaint linked to the form, asked and registered once, refused for other forms.
#include "FormsWorld.h"
#include "core/auth/AuditRepository.h"
#include "core/customers/CustomerRepository.h"
#include "core/forms/ComplaintWorkflow.h"
#include "core/forms/FormReader.h"
#include "core/forms/NotificationRepository.h"
#include "core/forms/ProblemFormWorkflow.h"

using namespace threerings;
using namespace threerings::test;

namespace {

struct World : FormsWorld
{
    World() { t.clock.set(beijing(2026, 11, 25, 10, 0)); }

    ProblemForm accepted(Category category, const QString& customerId = {})
    {
        ProblemForm f;
        f.category = category;
        f.customerId = customerId;
        f.customerName = QStringLiteral("陈先生");
        f.phoneMobile = QStringLiteral("13812345678");
        f.description = QStringLiteral("工程师上门时态度恶劣，还迟到了两个小时");
        auto a = forms.accept(agent, f);
        REQUIRE(a);
        return *a;
    }
    int rows(const QString& sql) { return count(*t.db, sql); }

    ProblemFormWorkflow forms{*t.db, t.clock, calendar};
    ComplaintWorkflow complaints{*t.db, t.clock, calendar};
    FormReader reader{*t.db, t.clock};
};

} // namespace

TEST_CASE("a service-quality form registered as a complaint gives one complaint linked to the form, "
          "audited and in the outbox")
{
    World w;
    Customer customer;
    customer.name = QStringLiteral("陈先生");
    customer.unit = QStringLiteral("青岛银行");
    customer.phoneMobile = QStringLiteral("13812345678");
    auto stored = CustomerRepository(*w.t.db, w.t.clock).insert(customer, {});
    REQUIRE(stored);
    const ProblemForm form = w.accepted(Category::Service, stored->meta.id);
    CHECK(form.complaintAnswer == ComplaintAnswer::NotAsked);
    w.t.clock.set(beijing(2026, 11, 25, 10, 5));

    auto c = w.complaints.registerAsComplaint(w.agent, form.meta.id);
    REQUIRE(c);
    CHECK(c->no == QStringLiteral("TS20261125-0001"));
    CHECK(c->problemFormId == form.meta.id);
    CHECK(c->customerId == stored->meta.id);
    CHECK(c->complainingUnit == QStringLiteral("青岛银行"));
    CHECK(c->contactPerson == QStringLiteral("陈先生"));
    CHECK(c->contactMethod == form.phoneMobile);
    CHECK(c->matter == form.description);
    CHECK(c->acceptorId == w.agent.userId);
    CHECK(c->complainedAt == beijing(2026, 11, 25, 10, 5));
    CHECK(c->departmentId == w.service.meta.id);
    CHECK(c->state == ComplaintState::Forwarded);
    CHECK(c->callbackDueAt == beijing(2026, 11, 28, 10, 5));

    // As stored, and found from the form.
    auto read = w.reader.complaintOfForm(w.agent, form.meta.id);
    REQUIRE(read);
    REQUIRE(read->has_value());
    CHECK(read->value().meta.id == c->meta.id);
    CHECK(read->value().problemFormId == form.meta.id);
    auto again = w.reader.problemForm(w.agent, form.meta.id);
    REQUIRE(again);
    CHECK(again->complaintAnswer == ComplaintAnswer::Registered);

    // The service department's head hears of it, as of any complaint.
    auto notes = NotificationRepository(*w.t.db, w.t.clock).unreadFor(w.supervisor.userId);
    REQUIRE(notes);
    REQUIRE(notes->size() == 1);
    CHECK(notes->first().kind == QStringLiteral("complaint_forwarded"));

    // Audited and replicated like every write: the complaint's insert and the form's answer.
    AuditRepository audit(*w.t.db, w.t.clock);
    auto trail = audit.forRecord(w.supervisor, QStringLiteral("complaints"), c->meta.id);
    REQUIRE(trail);
    REQUIRE_FALSE(trail->isEmpty());
    CHECK(trail->first().op == QStringLiteral("insert"));
    CHECK(trail->first().changedBy == w.agent.userId);
    auto formTrail = audit.forRecord(w.supervisor, QStringLiteral("problem_forms"), form.meta.id);
    REQUIRE(formTrail);
    REQUIRE(formTrail->size() == 2);
    CHECK(formTrail->at(1).field == QStringLiteral("complaint_answer"));
    CHECK(formTrail->at(1).newValue == QStringLiteral("registered"));
    CHECK(
        w.rows(QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = 'complaints' AND row_id = '%1' "
                              "AND fields LIKE '%problem_form_id%'")
                   .arg(c->meta.id)) == 1);
    CHECK(w.rows(QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = 'problem_forms' AND op = "
                                "'update' AND fields LIKE '%complaint_answer%'")) == 1);
}

TEST_CASE("registering a form as a complaint twice returns the first complaint and creates nothing")
{
    World w;
    const ProblemForm form = w.accepted(Category::Service);
    auto first = w.complaints.registerAsComplaint(w.agent, form.meta.id);
    REQUIRE(first);
    const int complaints = w.rows(QStringLiteral("SELECT count(*) FROM complaints"));
    const int outbox = w.rows(QStringLiteral("SELECT count(*) FROM outbox"));
    const int notes = w.rows(QStringLiteral("SELECT count(*) FROM notifications"));

    auto second = w.complaints.registerAsComplaint(w.agent2, form.meta.id);
    REQUIRE(second);
    CHECK(second->meta.id == first->meta.id);
    CHECK(second->no == first->no);
    CHECK(w.rows(QStringLiteral("SELECT count(*) FROM complaints")) == complaints);
    CHECK(w.rows(QStringLiteral("SELECT count(*) FROM outbox")) == outbox);
    CHECK(w.rows(QStringLiteral("SELECT count(*) FROM notifications")) == notes);
    CHECK(complaints == 1);

    // Once registered, "not a complaint" is refused and names the complaint.
    auto decline = w.complaints.declineComplaint(w.agent, form.meta.id);
    REQUIRE_FALSE(decline);
    CHECK(decline.error().kind == Error::Kind::Conflict);
    CHECK(decline.error().message.contains(first->no));
}

TEST_CASE("'not a complaint' is kept on the form and creates no complaint")
{
    World w;
    const ProblemForm form = w.accepted(Category::Service);
    auto declined = w.complaints.declineComplaint(w.agent, form.meta.id);
    REQUIRE(declined);
    CHECK(declined->complaintAnswer == ComplaintAnswer::Declined);
    CHECK(w.reader.problemForm(w.agent, form.meta.id)->complaintAnswer == ComplaintAnswer::Declined);
    CHECK(w.rows(QStringLiteral("SELECT count(*) FROM complaints")) == 0);
    auto none = w.reader.complaintOfForm(w.agent, form.meta.id);
    REQUIRE(none);
    CHECK_FALSE(none->has_value());
    // Saying it again changes nothing.
    const int outbox = w.rows(QStringLiteral("SELECT count(*) FROM outbox"));
    REQUIRE(w.complaints.declineComplaint(w.agent, form.meta.id));
    CHECK(w.rows(QStringLiteral("SELECT count(*) FROM outbox")) == outbox);
    // The customer may still complain later: the form is registered after all.
    auto later = w.complaints.registerAsComplaint(w.agent, form.meta.id);
    REQUIRE(later);
    CHECK(w.reader.problemForm(w.agent, form.meta.id)->complaintAnswer == ComplaintAnswer::Registered);
}

TEST_CASE("only a signed-in agent, handler or supervisor registers a form as a complaint")
{
    World w;
    const Actor trainee = w.person(QStringLiteral("6001"), QStringLiteral("孙丽"), QStringLiteral("trainee"),
                                   w.service.meta.id);
    const ProblemForm form = w.accepted(Category::Service);
    for (const Actor& nobody : {Actor{}, trainee}) {
        auto refused = w.complaints.registerAsComplaint(nobody, form.meta.id);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().kind == Error::Kind::Refused);
        auto noDecline = w.complaints.declineComplaint(nobody, form.meta.id);
        REQUIRE_FALSE(noDecline);
        CHECK(noDecline.error().kind == Error::Kind::Refused);
    }
    CHECK(w.rows(QStringLiteral("SELECT count(*) FROM complaints")) == 0);
    CHECK(w.reader.problemForm(w.agent, form.meta.id)->complaintAnswer == ComplaintAnswer::NotAsked);
}

TEST_CASE("a technical form is not registered as a complaint from the form")
{
    World w;
    for (Category category : {Category::Technical, Category::Sales, Category::Other}) {
        const ProblemForm form = w.accepted(category);
        auto refused = w.complaints.registerAsComplaint(w.agent, form.meta.id);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().kind == Error::Kind::Conflict);
        CHECK(refused.error().message.contains(form.number));
        CHECK(refused.error().message.contains(QStringLiteral("service-quality")));
        CHECK_FALSE(w.complaints.declineComplaint(w.agent, form.meta.id));
    }
    CHECK(w.rows(QStringLiteral("SELECT count(*) FROM complaints")) == 0);
    auto missing = w.complaints.registerAsComplaint(w.agent, QStringLiteral("no-such-form"));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().kind == Error::Kind::NotFound);
}
