// Who may do what through the calls the views and the command line make into the forms, customers and
// calls: every role against every call, allowed or refused, each call on records of its own.

#include "FormsWorld.h"
#include "core/auth/Permissions.h"
#include "core/calls/AgentStates.h"
#include "core/calls/CallRecordings.h"
#include "core/calls/CallRepository.h"
#include "core/calls/CallSession.h"
#include "core/calls/CallTracker.h"
#include "core/calls/DemoNumbers.h"
#include "core/calls/SimulatedLine.h"
#include "core/customers/CustomerRepository.h"
#include "core/forms/CallbackWorkflow.h"
#include "core/forms/ComplaintWorkflow.h"
#include "core/forms/ConsultationWorkflow.h"
#include "core/forms/FormDrafts.h"
#include "core/forms/FormReader.h"
#include "core/forms/Inbox.h"
#include "core/forms/MyWork.h"
#include "core/forms/NotificationRepository.h"
#include "core/forms/ProblemFormWorkflow.h"
#include "core/report/Reports.h"

#include <functional>

using namespace threerings;
using namespace threerings::test;

namespace {

const Actor sys = Actor::systemActor();

// FormsWorld's agent, handler and supervisor, and a trainer, an admin and a trainee, each a stored person.
struct World : FormsWorld
{
    World()
    {
        t.clock.set(beijing(2026, 11, 25, 10, 0));
        trainer = person(QStringLiteral("5001"), QStringLiteral("周敏"), QStringLiteral("trainer"), {});
        admin = person(QStringLiteral("9001"), QStringLiteral("赵军"), QStringLiteral("admin"), {});
        trainee = person(QStringLiteral("6001"), QStringLiteral("孙丽"), QStringLiteral("trainee"),
                         service.meta.id);
    }

    QList<std::pair<QString, Actor>> roles() const
    {
        return {{QStringLiteral("agent"), agent},           {QStringLiteral("handler"), handler},
                {QStringLiteral("supervisor"), supervisor}, {QStringLiteral("trainer"), trainer},
                {QStringLiteral("admin"), admin},           {QStringLiteral("trainee"), trainee}};
    }

    // A problem form accepted for the agent, taken by the system context as far as `state`.
    ProblemForm form(FormState state = FormState::Accepted, Category category = Category::Technical)
    {
        ProblemForm f;
        f.agentId = agent.userId;
        f.category = category;
        f.customerName = QStringLiteral("陈先生");
        f.phoneMobile = QStringLiteral("13812345678");
        f.description = QStringLiteral("ATM 吞卡");
        auto a = forms.accept(sys, f);
        REQUIRE(a);
        if (state == FormState::Accepted)
            return *a;
        a = forms.transfer(sys, a->meta.id, handler.userId);
        REQUIRE(a);
        if (state == FormState::Transferred)
            return *a;
        a = forms.plan(sys, a->meta.id, QStringLiteral("上门更换读卡器"));
        REQUIRE(a);
        if (state == FormState::Planned)
            return *a;
        a = forms.resolve(sys, a->meta.id, QStringLiteral("已修复"));
        REQUIRE(a);
        return *a;
    }
    Consultation consultation(ConsultationStatus status)
    {
        Consultation c;
        c.agentId = agent.userId;
        c.callerName = QStringLiteral("赵女士");
        c.callerPhone = QStringLiteral("13912345678");
        c.description = QStringLiteral("屏幕不亮");
        c.advice = QStringLiteral("请重新插拔电源后测试");
        c.status = status;
        auto logged = consultations.log(sys, c);
        REQUIRE(logged);
        return *logged;
    }
    Complaint complaint(bool withReport = false)
    {
        Complaint c;
        c.matter = QStringLiteral("工程师迟到三天");
        c.contactPerson = QStringLiteral("陈先生");
        c.contactMethod = QStringLiteral("13812345678");
        auto reg = complaints.registerComplaint(sys, c);
        REQUIRE(reg);
        if (withReport) {
            ComplaintReport r;
            r.handlingMethod = QStringLiteral("道歉并重新派工");
            r.penaltyOpinion = QStringLiteral("口头警告");
            REQUIRE(complaints.report(sys, reg->meta.id, r));
        }
        return *reg;
    }
    CallbackRecord callbackOf(const ProblemForm& resolved)
    {
        auto list =
            callbacks.listFor(sys, resolved.resultAt.toTimeZone(calendar.timeZone()).date().addDays(1));
        REQUIRE(list);
        for (const CallbackTask& task : *list)
            if (task.record.formId == resolved.meta.id)
                return task.record;
        FAIL("the resolved form got no callback");
        return {};
    }

    ProblemFormWorkflow forms{*t.db, t.clock, calendar};
    CallbackWorkflow callbacks{*t.db, t.clock, forms};
    ConsultationWorkflow consultations{*t.db, t.clock};
    ComplaintWorkflow complaints{*t.db, t.clock, calendar};
    FormReader reader{*t.db, t.clock};
    MyWork work{*t.db, t.clock, calendar};
    Actor trainer, admin, trainee;
};

// A console's call session on a simulated line, for the calls CallSession makes for its agent.
struct Desk
{
    Desk(World& w, const Actor& agent)
        : line(w.t.clock), tracker(line, w.t.clock),
          session(*w.t.db, w.t.clock, tracker, CallSession::Options{})
    {
        REQUIRE(session.start(agent));
        if (Permissions::allows(agent, Action::TakeCalls))
            REQUIRE(session.states().setReady()); // agents sign in Not Ready
    }
    SimulatedLine line;
    CallTracker tracker;
    CallSession session;
};

template <typename T> Status status(const Result<T>& r)
{
    if (r)
        return {};
    return r.error();
}

struct Row
{
    const char* call; // the service call, and who makes it
    QStringList allowed;
    std::function<Status(World&, const Actor&)> run;
};

const QStringList readers{QStringLiteral("agent"), QStringLiteral("handler"), QStringLiteral("supervisor"),
                          QStringLiteral("trainer"), QStringLiteral("admin")};
const QStringList writers{QStringLiteral("agent"), QStringLiteral("handler"), QStringLiteral("supervisor")};
const QStringList handlers{QStringLiteral("handler"), QStringLiteral("supervisor")};
const QStringList supervisors{QStringLiteral("supervisor")};
const QStringList agents{QStringLiteral("agent")};
const QStringList supervisorsAndAdmins{QStringLiteral("supervisor"), QStringLiteral("admin")};
const QStringList admins{QStringLiteral("admin")};
const QStringList everyone{QStringLiteral("agent"),   QStringLiteral("handler"), QStringLiteral("supervisor"),
                           QStringLiteral("trainer"), QStringLiteral("admin"),   QStringLiteral("trainee")};

QList<Row> rows()
{
    return {
        {"FormReader::problemForm by number (FormDesk::openProblemForm)", readers,
         [](World& w, const Actor& a) { return status(w.reader.problemForm(a, w.form().number)); }},
        {"FormReader::problemForm by id (ProblemFormView::reload)", readers,
         [](World& w, const Actor& a) { return status(w.reader.problemForm(a, w.form().meta.id)); }},
        {"FormReader::consultation (FormDesk::openItem)", readers,
         [](World& w, const Actor& a) {
             return status(w.reader.consultation(a, w.consultation(ConsultationStatus::Unfinished).meta.id));
         }},
        {"FormReader::complaint (FormDesk::openItem, ComplaintView)", readers,
         [](World& w, const Actor& a) { return status(w.reader.complaint(a, w.complaint().meta.id)); }},
        {"FormReader::complaintReports (ComplaintView)", readers,
         [](World& w, const Actor& a) {
             return status(w.reader.complaintReports(a, w.complaint(true).meta.id));
         }},
        {"Inbox::unread (NotificationsView)", readers,
         [](World& w, const Actor& a) { return status(Inbox(*w.t.db, w.t.clock).unread(a)); }},
        {"Inbox::markRead of one's own (NotificationsView)", readers,
         [](World& w, const Actor& a) {
             // Nobody has no inbox: they try the agent's notification.
             const QString recipient = a.isNobody() ? w.agent.userId : a.userId;
             REQUIRE(w.forms.transfer(sys, w.form().meta.id, recipient));
             auto mine = NotificationRepository(*w.t.db, w.t.clock).unreadFor(recipient);
             REQUIRE(mine);
             REQUIRE_FALSE(mine->isEmpty());
             return status(Inbox(*w.t.db, w.t.clock).markRead(a, mine->first().meta.id));
         }},
        {"FormDrafts save, find, pendingFor, discard (FormPage, DraftsDialog)", everyone,
         [](World& w, const Actor& a) {
             FormDrafts drafts(*w.t.db, w.t.clock);
             const QJsonObject fields{{QStringLiteral("description"), QStringLiteral("吞卡")}};
             if (auto saved = drafts.save(a, RecordKind::ProblemForm, {}, fields); !saved)
                 return Status(saved.error());
             auto found = drafts.find(a, RecordKind::ProblemForm, {});
             REQUIRE(found);
             REQUIRE(found->has_value());
             CHECK((*found)->fields == fields);
             CHECK(drafts.pendingFor(a)->size() == 1);
             return drafts.discard(a, RecordKind::ProblemForm, {});
         }},
        {"ProblemFormWorkflow::accept (ProblemFormView)", writers,
         [](World& w, const Actor& a) {
             ProblemForm f = w.form();
             f.meta = {};
             f.agentId.clear();
             return status(w.forms.accept(a, f));
         }},
        {"ProblemFormWorkflow::transfer (ProblemFormView)", writers,
         [](World& w, const Actor& a) {
             return status(w.forms.transfer(a, w.form().meta.id, w.handler.userId));
         }},
        {"ProblemFormWorkflow::plan (ProblemFormView)", handlers,
         [](World& w, const Actor& a) {
             return status(w.forms.plan(a, w.form(FormState::Transferred).meta.id, QStringLiteral("上门")));
         }},
        {"ProblemFormWorkflow::resolve (ProblemFormView)", handlers,
         [](World& w, const Actor& a) {
             return status(w.forms.resolve(a, w.form(FormState::Planned).meta.id, QStringLiteral("已修复")));
         }},
        {"ProblemFormWorkflow::review (ProblemFormView)", supervisors,
         [](World& w, const Actor& a) {
             return status(w.forms.review(a, w.form(FormState::Resolved).meta.id, QStringLiteral("同意")));
         }},
        {"ProblemFormWorkflow::reopen (ProblemFormView)", writers,
         [](World& w, const Actor& a) {
             return status(
                 w.forms.reopen(a, w.form(FormState::Resolved).meta.id, QStringLiteral("还是吞卡")));
         }},
        {"ProblemFormWorkflow::late (My work's chase prompts)", readers,
         [](World& w, const Actor& a) { return status(w.forms.late(a)); }},
        {"ConsultationWorkflow::log (ConsultationView)", writers,
         [](World& w, const Actor& a) {
             Consultation c = w.consultation(ConsultationStatus::Finished);
             c.meta = {};
             c.agentId.clear();
             return status(w.consultations.log(a, c));
         }},
        {"ConsultationWorkflow::finish (ConsultationView)", writers,
         [](World& w, const Actor& a) {
             return status(w.consultations.finish(a, w.consultation(ConsultationStatus::Unfinished).meta.id,
                                                  QStringLiteral("已远程指导解决")));
         }},
        {"ConsultationWorkflow::testFailed (ConsultationView)", writers,
         [](World& w, const Actor& a) {
             return status(w.consultations.testFailed(
                 a, w.consultation(ConsultationStatus::AwaitingTest).meta.id, QStringLiteral("还是不亮")));
         }},
        {"ConsultationWorkflow::handover (My work)", readers,
         [](World& w, const Actor& a) { return status(w.consultations.handover(a)); }},
        {"CallbackWorkflow::listFor (CallbackView)", readers,
         [](World& w, const Actor& a) { return status(w.callbacks.listFor(a, QDate(2026, 11, 26))); }},
        {"CallbackWorkflow::record (CallbackView)", writers,
         [](World& w, const Actor& a) {
             CallbackReport report;
             report.outcome = CallbackOutcome::Working;
             report.customerWords = QStringLiteral("正常了");
             return status(w.callbacks.record(a, w.callbackOf(w.form(FormState::Resolved)).meta.id, report));
         }},
        {"CallbackWorkflow::scriptContext names yesterday's engineer (CallbackView)", readers,
         [](World& w, const Actor& a) -> Status {
             const QVariantMap context =
                 w.callbacks.scriptContext(a, w.callbackOf(w.form(FormState::Resolved)));
             CHECK(context.value(QStringLiteral("job_number")) == a.jobNumber);
             if (!context.contains(QStringLiteral("engineer_number")))
                 return Error::refused(QStringLiteral("no engineer"));
             CHECK(context.value(QStringLiteral("engineer_number")) == QStringLiteral("2001"));
             return {};
         }},
        {"CallbackWorkflow::setPolicy (CallbackPolicyDialog)", admins,
         [](World& w, const Actor& a) { return w.callbacks.setPolicy(a, w.callbacks.policy()); }},
        {"ComplaintWorkflow::registerComplaint (ComplaintView)", writers,
         [](World& w, const Actor& a) {
             Complaint c = w.complaint();
             c.meta = {};
             return status(w.complaints.registerComplaint(a, c));
         }},
        {"ComplaintWorkflow::registerAsComplaint (ProblemFormView, a service-quality form)", writers,
         [](World& w, const Actor& a) {
             return status(
                 w.complaints.registerAsComplaint(a, w.form(FormState::Accepted, Category::Service).meta.id));
         }},
        {"ComplaintWorkflow::declineComplaint (ProblemFormView, a service-quality form)", writers,
         [](World& w, const Actor& a) {
             return status(
                 w.complaints.declineComplaint(a, w.form(FormState::Accepted, Category::Service).meta.id));
         }},
        {"FormReader::complaintOfForm (ProblemFormView)", readers,
         [](World& w, const Actor& a) {
             return status(
                 w.reader.complaintOfForm(a, w.form(FormState::Accepted, Category::Service).meta.id));
         }},
        {"ComplaintWorkflow::report without a penalty opinion (ComplaintView)", writers,
         [](World& w, const Actor& a) {
             ComplaintReport r;
             r.handlingMethod = QStringLiteral("道歉并重新派工");
             return status(w.complaints.report(a, w.complaint().meta.id, r));
         }},
        {"ComplaintWorkflow::callback (ComplaintView)", writers,
         [](World& w, const Actor& a) {
             return status(w.complaints.callback(a, w.complaint(true).meta.id, true, QStringLiteral("满意")));
         }},
        {"ComplaintWorkflow::rate (RatingView)", writers,
         [](World& w, const Actor& a) {
             Rating r;
             r.rater = QStringLiteral("陈先生");
             r.technicalScore = 120;
             r.attitudeScore = 150;
             return status(w.complaints.rate(a, r));
         }},
        {"MyWork::forActor (MyWorkView)", readers,
         [](World& w, const Actor& a) { return status(w.work.forActor(a)); }},
        {"MyWork::forJobNumber of oneself (due --agent <own>)", readers,
         [](World& w, const Actor& a) { return status(w.work.forJobNumber(a, a.jobNumber)); }},
        {"MyWork::forJobNumber of another agent (due --agent 1002)", supervisorsAndAdmins,
         [](World& w, const Actor& a) { return status(w.work.forJobNumber(a, QStringLiteral("1002"))); }},
        {"CallSession::myDay (MyDayView)", readers,
         [](World& w, const Actor& a) {
             Desk d(w, a);
             return status(d.session.myDay());
         }},
        {"CallSession::addCustomer (CallWorkspace)", writers,
         [](World& w, const Actor& a) {
             Desk d(w, a);
             Customer c;
             c.name = QStringLiteral("赵敏");
             c.phoneMobile = QStringLiteral("13700001111");
             return status(d.session.addCustomer(c));
         }},
        {"CallSession's caller card names the customer (the screen pop; only agents are rung)", agents,
         [](World& w, const Actor& a) -> Status {
             Customer c;
             c.name = QStringLiteral("李明");
             c.phoneMobile = QStringLiteral("13812349999");
             const bool stored =
                 CustomerRepository(*w.t.db, w.t.clock).findByPhone(c.phoneMobile)->size() > 0;
             if (!stored)
                 REQUIRE(CustomerRepository(*w.t.db, w.t.clock).insert(c, {}));
             Desk d(w, a);
             (void)d.line.placeIncomingCall(c.phoneMobile);
             const auto& card = d.session.callerCard();
             if (!card)
                 return Error::refused(QStringLiteral("not rung"));
             const bool named = card->customer.has_value();
             (void)d.tracker.hangUp();
             return named ? Status() : Status(Error::refused(QStringLiteral("no customer on the card")));
         }},
        {"CallRecordings::recent (CallRecordingsDialog)", supervisorsAndAdmins,
         [](World& w, const Actor& a) { return status(CallRecordings(*w.t.db, w.t.clock).recent(a)); }},
        {"Reports::signOffCallbackSheet (SupervisorDesk sign-off)", supervisors,
         [](World& w, const Actor& a) {
             return Reports(*w.t.db, w.t.clock, w.calendar)
                 .signOffCallbackSheet(a, QDate(2026, 11, 24), QStringLiteral("刘洋"));
         }},
        {"simulatedCallerNumbers (the demo line, set up with the system context)", readers,
         [](World& w, const Actor& a) { return status(simulatedCallerNumbers(*w.t.db, w.t.clock, a)); }},
    };
}

} // namespace

TEST_CASE("every role against every call the views and the command line make: allowed or refused", "[access]")
{
    World w;
    for (const Row& row : rows()) {
        for (const auto& [role, actor] : w.roles()) {
            INFO(row.call << " as " << role.toStdString());
            const Status s = row.run(w, actor);
            if (row.allowed.contains(role)) {
                INFO((s ? std::string() : s.error().message.toStdString()));
                CHECK(s.ok());
            } else {
                REQUIRE_FALSE(s.ok());
                CHECK(s.error().kind == Error::Kind::Refused);
            }
        }
        // Nobody signed in may do nothing that reads or writes a record.
        INFO(row.call << " as nobody");
        const Status nobody = row.run(w, Actor{});
        REQUIRE_FALSE(nobody.ok());
        CHECK(nobody.error().kind == Error::Kind::Refused);
    }
}

TEST_CASE("a trainee cannot open a live problem form by its number, nor learn whether it exists", "[access]")
{
    World w;
    const ProblemForm live = w.form();
    auto byNumber = w.reader.problemForm(w.trainee, live.number);
    REQUIRE_FALSE(byNumber);
    CHECK(byNumber.error().kind == Error::Kind::Refused);
    auto byId = w.reader.problemForm(w.trainee, live.meta.id);
    REQUIRE_FALSE(byId);
    CHECK(byId.error().kind == Error::Kind::Refused);
    // A number that does not exist gets the same answer: the refusal says nothing about the forms.
    auto missing = w.reader.problemForm(w.trainee, QStringLiteral("20261125-1001-999"));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message == byNumber.error().message);

    auto agentReads = w.reader.problemForm(w.agent, live.number);
    REQUIRE(agentReads);
    CHECK(agentReads->meta.id == live.meta.id);
    auto agentMisses = w.reader.problemForm(w.agent, QStringLiteral("20261125-1001-999"));
    REQUIRE_FALSE(agentMisses);
    CHECK(agentMisses.error().kind == Error::Kind::NotFound);
}

TEST_CASE("the penalty opinion of a complaint report is read by supervisors only", "[access]")
{
    World w;
    const Complaint c = w.complaint(true);
    for (const auto& [role, actor] : w.roles()) {
        INFO(role.toStdString());
        auto reports = w.reader.complaintReports(actor, c.meta.id);
        if (role == QLatin1String("trainee")) {
            REQUIRE_FALSE(reports);
            CHECK(reports.error().kind == Error::Kind::Refused);
            continue;
        }
        REQUIRE(reports);
        REQUIRE(reports->size() == 1);
        CHECK(reports->first().handlingMethod == QStringLiteral("道歉并重新派工"));
        CHECK(reports->first().penaltyOpinion ==
              (role == QLatin1String("supervisor") ? QStringLiteral("口头警告") : QString()));
    }
}

TEST_CASE("a console with nobody signed in, or a trainee, is never rung, shows no customer and adds none",
          "[access]")
{
    World w;
    Customer c;
    c.name = QStringLiteral("李明");
    c.phoneMobile = QStringLiteral("13812349999");
    REQUIRE(CustomerRepository(*w.t.db, w.t.clock).insert(c, {}));
    for (const Actor& who : {Actor{}, w.trainee}) {
        Desk d(w, who);
        CHECK(d.session.states().state() == AgentState::NotReady);
        const Status ready = d.session.states().setReady();
        REQUIRE_FALSE(ready);
        CHECK(ready.error().kind == Error::Kind::Refused);
        (void)d.line.placeIncomingCall(c.phoneMobile);
        CHECK_FALSE(d.session.callerCard());
        CHECK(d.tracker.state() == CallTracker::State::Idle);
        Customer added;
        added.name = QStringLiteral("赵敏");
        added.phoneMobile = QStringLiteral("13700001111");
        auto refused = d.session.addCustomer(added);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().kind == Error::Kind::Refused);
        auto day = d.session.myDay();
        REQUIRE_FALSE(day);
        CHECK(day.error().kind == Error::Kind::Refused);
    }
    CHECK(CustomerRepository(*w.t.db, w.t.clock).findByPhone(QStringLiteral("13700001111"))->isEmpty());
    CHECK(count(*w.t.db, QStringLiteral("SELECT count(*) FROM calls")) == 0);
}

TEST_CASE("a signed-out call session acts for nobody", "[access]")
{
    World w;
    Desk d(w, w.agent);
    REQUIRE(d.session.myDay());
    d.session.signOut();
    CHECK(d.session.agent().isNobody());
    auto day = d.session.myDay();
    REQUIRE_FALSE(day);
    CHECK(day.error().kind == Error::Kind::Refused);
}

TEST_CASE("only agents are offered calls, and they sign in Not Ready unless the site starts them Ready",
          "[access]")
{
    World w;
    SECTION("an agent signs in Not Ready, is not rung, and is offered calls once Ready")
    {
        SimulatedLine line(w.t.clock);
        CallTracker tracker(line, w.t.clock);
        CallSession session(*w.t.db, w.t.clock, tracker, CallSession::Options{});
        REQUIRE(session.start(w.agent));
        CHECK(session.states().state() == AgentState::NotReady);
        CHECK(session.states().reason() == AgentStateNames::signedInReason());
        (void)line.placeIncomingCall(QStringLiteral("13812349999"));
        CHECK(tracker.state() == CallTracker::State::Idle);
        REQUIRE(session.states().setReady());
        REQUIRE(line.placeIncomingCall(QStringLiteral("13812349999")));
        CHECK(tracker.state() == CallTracker::State::Ringing);
    }
    SECTION("the site may start agents Ready, but never anyone else")
    {
        CallSession::Options startReady;
        startReady.startReady = true;
        for (const auto& [role, who] : w.roles()) {
            SimulatedLine line(w.t.clock);
            CallTracker tracker(line, w.t.clock);
            CallSession session(*w.t.db, w.t.clock, tracker, startReady);
            REQUIRE(session.start(who));
            INFO(role.toStdString());
            CHECK(session.states().isReady() == (role == QLatin1String("agent")));
            if (role != QLatin1String("agent")) {
                CHECK(session.states().reason() == AgentStateNames::noCallsReason());
                CHECK_FALSE(session.states().setReady());
            }
        }
    }
    SECTION("a supervisor who is an agent too takes calls")
    {
        Actor both = w.supervisor;
        both.roles = {Role::Supervisor, Role::Agent};
        SimulatedLine line(w.t.clock);
        CallTracker tracker(line, w.t.clock);
        CallSession session(*w.t.db, w.t.clock, tracker, CallSession::Options{});
        REQUIRE(session.start(both));
        REQUIRE(session.states().setReady());
    }
}
