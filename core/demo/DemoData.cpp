#include "core/demo/DemoData.h"

#include "core/auth/AccountService.h"
#include "core/auth/DepartmentRepository.h"
#include "core/auth/UserRepository.h"
#include "core/calls/AgentStateRepository.h"
#include "core/calls/CallRepository.h"
#include "core/customers/CustomerRepository.h"
#include "core/customers/DeviceRepository.h"
#include "core/customers/OutletRepository.h"
#include "core/db/Database.h"
#include "core/db/RecordWriter.h"
#include "core/db/Transaction.h"
#include "core/demo/DemoAgentDay.h"
#include "core/demo/DemoBatches.h"
#include "core/demo/DemoVocabulary.h"
#include "core/forms/CallbackRepository.h"
#include "core/forms/ComplaintRepository.h"
#include "core/forms/ConsultationRepository.h"
#include "core/forms/ProblemFormRepository.h"
#include "core/forms/RatingRepository.h"
#include "core/model/Product.h"
#include "core/settings/SettingsRepository.h"
#include "core/util/Clock.h"
#include "core/words/PhraseRepository.h"
#include "core/words/ScriptRepository.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace threerings {

using namespace demo;

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

} // namespace

QString DemoData::readablePassword()
{
    // Passwords are not part of the seeded data: the same seed must not give the same passwords.
    static const char consonants[] = "bcdfghjkmnprstvwxz";
    static const char vowels[] = "aeiou";
    QRandomGenerator* rng = QRandomGenerator::system();
    QString p;
    for (int word = 0; word < 2; ++word) {
        for (int i = 0; i < 4; ++i)
            p += QLatin1Char(i % 2 ? vowels[rng->bounded(5)] : consonants[rng->bounded(18)]);
        p += QLatin1Char('-');
    }
    p += QString::number(rng->bounded(10, 100));
    return p;
}

DemoData::DemoData(Database& db, const Clock& clock, BusinessCalendar calendar)
    : m_db(db), m_clock(clock), m_calendar(std::move(calendar))
{}

Result<DemoSummary> DemoData::generate(const DemoOptions& o, const std::function<void(int)>& progress)
{
    if (o.customers < 1)
        return Error::usage(tr("--customers must be at least 1."));
    if (o.calls < 0)
        return Error::usage(tr("--calls must not be negative."));

    const QTimeZone zone = m_calendar.timeZone();
    // The data ends as today's morning shift begins, so the same seed gives the same database all day.
    const QDateTime now(m_clock.now().toTimeZone(zone).date(), QTime(8, 0), zone);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const QDate today = now.date();

    QRandomGenerator rng(quint32(o.seed ^ (o.seed >> 32)));
    demo::DemoVocabulary v(rng);
    ManualClock at(now); // bookkeeping times follow each record's own story
    RecordWriter writer(m_db, at);
    writer.setIdSource([&v] { return v.uuid(); });

    CustomerRepository customers(m_db, at, writer);
    DEMO_TRY(existing, customers.count());
    if (existing.value() > 0)
        return Error::data(
            tr("The database already holds %1 customers; demo data only fills an empty database. "
               "Name a new file with --db.")
                .arg(existing.value()));

    DepartmentRepository departments(m_db, at, writer);
    UserRepository users(m_db, at, writer);
    OutletRepository outlets(m_db, at, writer);
    DeviceRepository devices(m_db, at, writer);
    CallRepository calls(m_db, at, writer);
    ProblemFormRepository forms(m_db, at, writer, zone);
    ConsultationRepository consultations(m_db, at, writer);
    CallbackRepository callbacks(m_db, at, writer);
    ComplaintRepository complaints(m_db, at, writer);
    RatingRepository ratings(m_db, at, writer);
    AgentStateRepository agentStates(m_db, at, writer);
    ScriptRepository scripts(m_db, at, writer);
    PhraseRepository phrases(m_db, at, writer);

    // What agents do wrong now and then: a required step of the incoming script skipped, a banned phrase
    // written into the call's summary (the shipped zh_CN script and phrase list).
    QStringList requiredSteps;
    {
        DEMO_TRY(script, scripts.get(QStringLiteral("incoming"), QStringLiteral("zh_CN")));
        for (const ScriptStep& step : script->steps)
            if (step.required)
                requiredSteps << step.id;
    }
    DEMO_TRY(phraseList, phrases.list(QStringLiteral("zh_CN")));
    const QList<BannedPhrase> banned = phraseList->banned;

    DemoSummary sum;
    const int windowDays = int(std::clamp<qint64>(o.calls / 400, 7, 60));
    const int teamSize = demo::DemoAgentDays::teamSize(o.calls, windowDays);
    sum.from = today.addDays(-windowDays); // the calls end yesterday evening

    sum.to = today;
    at.set(now.addDays(-windowDays - 400));

    Batches batch(m_db);
    DEMO_CHECK(batch.begin());

    // Departments and people: one account per role, then the rest of the team.
    QHash<QString, QString> dept;
    const std::pair<const char*, const char*> deptList[] = {{"用户服务部", "service"},
                                                            {"技术支持部", "technical"},
                                                            {"产品事业部", "product"},
                                                            {"销售部", "sales"}};
    for (const auto& [name, kind] : deptList) {
        Department d;
        d.name = QString::fromUtf8(name);
        d.kind = QString::fromLatin1(kind);
        DEMO_TRY(r, departments.insert(d, {}));
        dept.insert(d.kind, r->meta.id);
    }
    // A demo hotline is set up: its admin is not walked through a first start (core/site/HotlineSetup).
    DEMO_CHECK(SettingsRepository(m_db, at).set(Setting::SetupWalkthroughDone, true, {}));
    auto person = [&](const QString& job, const QString& name, const QList<Role>& roles,
                      const QString& deptKind) -> Result<Person> {
        User u;
        u.jobNumber = job;
        u.name = name;
        u.roles = roles;
        u.departmentId = dept.value(deptKind);
        DEMO_TRY(r, users.insert(u, {}));
        return Person{r->meta.id, job, name};
    };
    const struct
    {
        Role role;
        const char* job;
        const char* name;
        const char* dept;
    } roleAccounts[] = {
        {Role::Agent, "1001", "王芳", "service"},        {Role::Handler, "2001", "张伟", "technical"},
        {Role::Supervisor, "3001", "刘洋", "technical"}, {Role::Trainer, "4001", "陈静", "service"},
        {Role::Admin, "9001", "赵磊", "service"},        {Role::Trainee, "5001", "杨帆", "service"}};
    std::vector<Person> agents, handlers;
    Person supervisor;
    AccountService accounts(m_db, at, PasswordHasher(o.hashLimits));
    for (const auto& a : roleAccounts) {
        const Role role = a.role;
        DEMO_TRY(p, person(QString::fromLatin1(a.job), QString::fromUtf8(a.name), {role},
                           QString::fromLatin1(a.dept)));
        const QString password = o.password.isEmpty() ? readablePassword() : o.password;
        DEMO_CHECK(accounts.setPasswordUnchecked(p->id, password, {}));
        sum.accounts.append({role, p->jobNumber, p->name, password});
        if (role == Role::Agent)
            agents.push_back(*p);
        else if (role == Role::Handler)
            handlers.push_back(*p);
        else if (role == Role::Supervisor)
            supervisor = *p;
    }
    for (int i = 2; i <= teamSize; ++i) {
        DEMO_TRY(p,
                 person(QString::number(1000 + i), v.personName(), {Role::Agent}, QStringLiteral("service")));
        agents.push_back(*p);
    }
    for (int i = 2; i <= 5; ++i) {
        DEMO_TRY(p, person(QString::number(2000 + i), v.personName(), {Role::Handler},
                           QStringLiteral("technical")));
        handlers.push_back(*p);
    }
    {
        DEMO_TRY(d, departments.findByName(QStringLiteral("技术支持部")));
        Department tech = *d;
        tech.headUserId = supervisor.id;
        DEMO_TRY(r, departments.update(tech, {}));
    }

    // Forty outlets, one per city: appointed repair centres, every fourth one the unit's own.
    int cityCount = 0;
    const demo::City* cities = demo::DemoVocabulary::cities(&cityCount);
    std::vector<std::pair<QString, QString>> outletIds; // id, name
    for (int i = 0; i < cityCount; ++i) {
        Outlet w;
        w.code = QStringLiteral("WD%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        w.name = QString::fromUtf8(cities[i].name) + QStringLiteral("维修中心");
        w.kind = i % 4 == 3 ? QStringLiteral("own") : QStringLiteral("appointed");
        w.province = QString::fromUtf8(cities[i].province);
        w.city = QString::fromUtf8(cities[i].name);
        w.phone = v.landline(cities[i]);
        w.address = v.address(cities[i]);
        DEMO_TRY(r, outlets.insert(w, {}));
        outletIds.emplace_back(r->meta.id, w.name);
    }

    // Customers and their devices.
    const qint64 total = o.customers + o.calls;
    int lastPercent = -1;
    auto report = [&](qint64 done) {
        const int p = int(done * 100 / std::max<qint64>(1, total));
        if (progress && p != lastPercent)
            progress(p);
        lastPercent = p;
    };
    std::vector<CustomerRef> refs;
    refs.reserve(size_t(o.customers));
    for (qint64 i = 0; i < o.customers; ++i) {
        const int ci = v.pick(cityCount);
        at.set(now.addSecs(-qint64(windowDays + 30 + v.pick(900)) * 86400 + v.pick(86400)));
        Customer c;
        c.name = v.personName();
        c.unit = v.unit(cities[ci]);
        c.phoneMobile = v.mobile();
        if (v.chance(0.6))
            c.phoneOffice = v.landline(cities[ci]);
        c.outletId = outletIds[size_t(ci)].first;
        c.address = v.address(cities[ci]);
        DEMO_TRY(stored, customers.insert(c, {}));
        Device d;
        d.customerId = stored->meta.id;
        d.product = v.product();
        d.model = v.model(d.product);
        d.serialNumber = v.serial(d.product, int(sum.devices + 1));
        d.installedOn = at.now().toTimeZone(zone).date().addDays(-v.pick(700));
        // Bought from the customer's outlet, invoiced on installation, under the general 三包 rule.
        d.outletId = c.outletId;
        d.invoiceDate = d.installedOn;
        d.warrantyEnd = Product().warrantyEnd(d.invoiceDate);
        DEMO_TRY(dev, devices.insert(d, {}));
        ++sum.devices;
        refs.push_back(
            {stored->meta.id, c.name, c.unit, stored->phoneMobile, c.address, dev->meta.id, d.product, ci});
        ++sum.customers;
        DEMO_CHECK(batch.wrote());
        report(i);
    }

    // The calls of the window, oldest first, answered by the agents on duty (demo/DemoAgentDay).
    demo::DemoAgentDays agentDays(m_calendar, rng);
    const std::vector<demo::DemoRing> rings = agentDays.plan(o.calls, sum.from, windowDays, teamSize);

    const qint64 frequent = std::max<qint64>(1, o.customers / 20);
    int complaintSerial = 0;
    for (size_t n = 0; n < rings.size(); ++n) {
        const demo::DemoRing& ring = rings[n];
        const qint64 ringAt = ring.ringAt;
        const CustomerRef& c = refs[size_t(v.chance(0.3) ? rng.bounded(frequent) : rng.bounded(o.customers))];
        const Person& agent = agents[size_t(ring.agent >= 0 ? ring.agent : v.pick(int(agents.size())))];
        const Person& handler = handlers[size_t(v.pick(int(handlers.size())))];
        const bool abandoned = ring.abandoned;
        const Category category = std::array{Category::Technical, Category::Service, Category::Sales,
                                             Category::Other}[size_t(draw(rng, {55, 20, 10, 15}))];

        Call call;
        call.callerNumber = c.mobile;
        call.customerId = c.id;
        call.ringAt = QDateTime::fromMSecsSinceEpoch(ringAt, zone);
        at.set(call.ringAt);
        const QString fault = v.fault(c.product);
        if (abandoned) {
            call.abandoned = true;
            call.hungUpBy = HungUpBy::Caller;
        } else {
            call.agentId = agent.id;
            call.answeredAt = QDateTime::fromMSecsSinceEpoch(ring.answeredAt, zone);
            call.ringsAtAnswer = ring.rings;
            call.holdMs = ring.holdMs;
            call.hungUpBy = v.chance(0.97) ? HungUpBy::Caller : HungUpBy::Agent;
            call.category = category;
            call.summary = c.product + QLatin1Char(' ') + fault;
        }
        call.endedAt = QDateTime::fromMSecsSinceEpoch(ring.endedAt, zone);
        DEMO_TRY(storedCall, calls.insert(call, agent.id));
        ++sum.calls;
        DEMO_CHECK(batch.wrote());
        report(o.customers + qint64(n));
        if (abandoned)
            continue;

        const QDateTime ended = call.endedAt;
        at.set(ended);
        ScriptRun run;
        run.callId = storedCall->meta.id;
        run.agentId = agent.id;
        run.scriptKey = QStringLiteral("incoming");
        run.language = QStringLiteral("zh_CN");
        run.finishedAt = ended;
        if (!requiredSteps.isEmpty() && v.chance(0.05)) {
            run.skippedSteps << requiredSteps.at(v.pick(int(requiredSteps.size())));
            if (v.chance(0.2))
                run.skippedSteps << requiredSteps.at(v.pick(int(requiredSteps.size())));
            run.skippedSteps.removeDuplicates();
        }
        DEMO_TRY(storedRun, scripts.recordRun(run, agent.id));
        ++sum.scriptRuns;
        DEMO_CHECK(batch.wrote());
        if (!banned.isEmpty() && v.chance(0.02)) {
            const BannedPhrase& b = banned.at(v.pick(int(banned.size())));
            PhraseHit hit;
            hit.phrase = b.phrase;
            hit.suggestion = b.suggestion;
            hit.matched = b.phrase;
            DEMO_CHECK(phrases.recordHits(storedCall->meta.id, agent.id, QStringLiteral("call.summary"),
                                          {hit}, agent.id));
            ++sum.phraseHits;
            DEMO_CHECK(batch.wrote());
        }
        const bool problem =
            (category == Category::Technical || category == Category::Service) && v.chance(0.55);
        const bool complaint = category == Category::Service && v.chance(0.15);

        if (!problem) {
            Consultation k;
            k.callId = storedCall->meta.id;
            k.customerId = c.id;
            k.agentId = agent.id;
            k.callerName = c.name;
            k.callerPhone = c.mobile;
            k.description = call.summary;
            k.advice = v.advice(c.product);
            k.consultedAt = ended;
            const bool recent = ended.date() >= today.addDays(-1);
            if (recent && v.chance(0.25)) {
                k.status = ConsultationStatus::Unfinished; // the next shift's handover
                k.advice.clear();
            } else if (v.chance(0.1)) {
                k.testDueAt = ended.addMSecs(Day);
                k.status = k.testDueAt.toMSecsSinceEpoch() < nowMs ? ConsultationStatus::Finished
                                                                   : ConsultationStatus::AwaitingTest;
                if (k.status == ConsultationStatus::Finished) {
                    k.finishedAt = k.testDueAt; // no report within 24 h: treated as solved
                    k.finishedBy = agent.id;
                }
            } else {
                k.finishedAt = ended;
                k.finishedBy = agent.id;
            }
            DEMO_TRY(r, consultations.insert(k, agent.id));
            ++sum.consultations;
            DEMO_CHECK(batch.wrote());
        } else {
            ProblemForm f;
            f.agentId = agent.id;
            f.callId = storedCall->meta.id;
            f.customerId = c.id;
            f.deviceId = c.deviceId;
            f.category = category;
            f.customerName = c.name;
            f.phoneMobile = c.mobile;
            f.outletId = outletIds[size_t(c.city)].first;
            f.address = c.address;
            f.description = call.summary;
            if (v.chance(0.3)) {
                f.consultedPerson = handler.name;
                f.consultedOn = ended.date();
            }
            f.acceptanceRecord = tr("Taken by phone; details read back to the caller and confirmed.");
            f.acceptedAt = ended;
            f.transferDueAt = m_calendar.addWorkingHours(ended, 120).at;
            DEMO_TRY(created, forms.create(f, agent.id));
            ProblemForm form = *created;
            ++sum.forms;
            DEMO_CHECK(batch.wrote());

            // Walk the form along its states as far as its age allows.
            const QDateTime start = m_calendar.nextWorkingMoment(ended).at;
            const QDateTime transferred =
                v.chance(0.05) ? form.transferDueAt.addSecs(1800) : start.addSecs(60 * (5 + v.pick(90)));
            if (transferred.toMSecsSinceEpoch() <= nowMs) {
                form.handlerId = handler.id;
                form.handlerDepartmentId = dept.value(QStringLiteral("technical"));
                form.transferredAt = transferred;
                form.resultDueAt = m_calendar.addWorkingDays(transferred, 2).at;
                form.state = FormState::Transferred;
                const QDateTime planned = transferred.addSecs(60 * (30 + v.pick(210)));
                if (planned.toMSecsSinceEpoch() <= nowMs) {
                    form.plan = v.plan();
                    form.planBy = handler.id;
                    form.planAt = planned;
                    form.state = FormState::Planned;
                }
                const QDateTime resolved = v.chance(0.06)
                                               ? form.resultDueAt.addSecs(60 * (60 + v.pick(600)))
                                               : m_calendar.addWorkingHours(planned, 60 + v.pick(840)).at;
                if (form.state == FormState::Planned && resolved.toMSecsSinceEpoch() <= nowMs) {
                    form.result = v.result();
                    form.resultBy = handler.id;
                    form.resultAt = resolved;
                    form.state = FormState::Resolved;
                }
            }
            QString callbackWords;
            if (form.state == FormState::Resolved) {
                const QDate due = form.resultAt.toTimeZone(zone).date().addDays(1);
                if (due <= today) {
                    CallbackRecord cb;
                    cb.formId = form.meta.id;
                    cb.formNumber = form.number;
                    cb.outletName = outletIds[size_t(c.city)].second;
                    cb.acceptorPhone = c.mobile;
                    cb.acceptorName = c.name;
                    cb.dueOn = due;
                    cb.repairer = handler.name;
                    cb.faultLevel = v.faultLevel();
                    cb.technicalManager = supervisor.name;
                    if (due < today) {
                        const int outcome = draw(rng, {88, 8, 4});
                        cb.outcome = std::array{CallbackOutcome::Working, CallbackOutcome::NotWorking,
                                                CallbackOutcome::Unreachable}[size_t(outcome)];
                        cb.attempts = 1;
                        cb.lastAttemptAt = QDateTime(due, QTime(9, 0), zone).addSecs(v.pick(7 * 3600));
                        cb.callbackAgentId = agent.id;
                        if (outcome == 2) {
                            cb.state = CallbackState::Retry;
                        } else {
                            cb.state = CallbackState::Done;
                            cb.calledOn = due;
                            cb.result = v.customerWords(outcome == 0);
                            cb.evaluation = outcome == 0 ? v.evaluation() : QStringLiteral("不满意");
                            if (outcome == 1) {
                                form.state = FormState::Reopened;
                                form.reopenCount = 1;
                            }
                        }
                    }
                    at.set(cb.lastAttemptAt.isValid() ? cb.lastAttemptAt : ended);
                    DEMO_TRY(r, callbacks.insert(cb, agent.id));
                    ++sum.callbacks;
                    DEMO_CHECK(batch.wrote());
                    callbackWords = cb.result;
                }
                const QDateTime reviewAt = form.resultAt.addSecs(3600 * (2 + v.pick(20)));
                if (form.state == FormState::Resolved && reviewAt.toMSecsSinceEpoch() <= nowMs &&
                    v.chance(0.85)) {
                    form.review = tr("Handled in time; callback confirmed.");
                    form.reviewedBy = supervisor.id;
                    form.reviewedAt = reviewAt;
                    form.state = FormState::Reviewed;
                }
            }
            if (form.state != FormState::Accepted) {
                at.set(QDateTime::fromMSecsSinceEpoch(
                    std::min(
                        nowMs,
                        std::max({form.transferredAt.toMSecsSinceEpoch(), form.planAt.toMSecsSinceEpoch(),
                                  form.resultAt.toMSecsSinceEpoch(), form.reviewedAt.toMSecsSinceEpoch()})),
                    zone));
                DEMO_TRY(r, forms.update(form, handler.id));
                DEMO_CHECK(batch.wrote());
            }
            if (form.state == FormState::Reviewed && v.chance(0.1)) {
                Rating g;
                g.region = QString::fromUtf8(cities[c.city].province);
                g.unit = c.unit.isEmpty() ? c.name : c.unit;
                g.rater = c.name;
                g.ratedOn = form.reviewedAt.toTimeZone(zone).date();
                g.projectType = std::array{QStringLiteral("aftersales"), QStringLiteral("implementation"),
                                           QStringLiteral("presales")}[size_t(draw(rng, {80, 15, 5}))];
                g.engineer = handler.name;
                const bool poor = v.chance(0.04);
                g.technicalScore = poor ? -50 + v.pick(60) : 100 + v.pick(101);
                g.attitudeScore = poor ? -50 + v.pick(60) : 120 + v.pick(81);
                g.comments = poor ? v.complaintMatter() : callbackWords;
                g.customerId = c.id;
                DEMO_TRY(r, ratings.insert(g, {}));
                ++sum.ratings;
                DEMO_CHECK(batch.wrote());
            }
        }

        if (complaint) {
            Complaint k;
            ++complaintSerial;
            k.no = QStringLiteral("TS%1-%2")
                       .arg(ended.toString(QStringLiteral("yyyyMMdd")))
                       .arg(complaintSerial, 4, 10, QLatin1Char('0'));
            k.customerId = c.id;
            k.callId = storedCall->meta.id;
            k.complainingUnit = c.unit.isEmpty() ? c.name : c.unit;
            k.matter = v.complaintMatter();
            k.complainedAt = ended;
            k.contactMethod = c.mobile;
            k.contactPerson = c.name;
            k.acceptorId = agent.id;
            k.relayedAt = ended.addSecs(60 * (10 + v.pick(50)));
            k.relayedBy = agent.name;
            k.departmentId = dept.value(QStringLiteral("service"));
            k.callbackDueAt = ended.addDays(3);
            k.replyDueAt = m_calendar.addWorkingDays(ended, 2).at;
            const qint64 age = nowMs - ended.toMSecsSinceEpoch();
            k.state = age < Day       ? ComplaintState::Forwarded
                      : age < 3 * Day ? ComplaintState::Handled
                                      : ComplaintState::Closed;
            const bool dissatisfied = k.state == ComplaintState::Closed && v.chance(0.2);
            if (dissatisfied) {
                k.state = ComplaintState::Reopened;
                k.round = 2;
            }
            k.reportNo = QStringLiteral("HB%1").arg(k.no.mid(2));
            DEMO_TRY(stored, complaints.insert(k, agent.id));
            ComplaintReport r;
            r.no = k.reportNo;
            r.complaintId = stored->meta.id;
            r.customerName = c.name;
            r.address = c.address;
            r.phone = c.mobile;
            r.contact = c.name;
            r.description = k.matter;
            r.recorder = agent.name;
            r.recordedOn = ended.date();
            if (k.state != ComplaintState::Forwarded) {
                r.handlingTime = ended.addSecs(3600 * (2 + v.pick(20)));
                r.handlingMethod = tr("Apologised, sent the engineer again, followed up with the outlet.");
                r.handler = handler.name;
                r.handledAt = r.handlingTime;
                r.departmentHead = supervisor.name;
                r.cause = tr("Spare part not in stock at the outlet; the visit was late.");
                r.penaltyOpinion = tr("Verbal warning for the outlet engineer.");
            }
            if (k.state == ComplaintState::Closed || k.state == ComplaintState::Reopened) {
                r.satisfied = !dissatisfied;
                r.callbackResult = v.customerWords(!dissatisfied);
            }
            DEMO_TRY(report2, complaints.addReport(r, agent.id));
            ++sum.complaints;
            DEMO_CHECK(batch.wrote());
        }
    }

    // The agents' days, stretch by stretch, consistent with the calls above (none without calls).
    const std::vector<demo::DemoStretch>& stretches = agentDays.stretches();
    for (size_t i = 0; o.calls > 0 && i < stretches.size(); ++i) {
        const demo::DemoStretch& x = stretches[i];
        AgentStatePeriod p;
        p.agentId = agents[size_t(x.agent)].id;
        p.state = x.state;
        p.reason = x.reason;
        p.from = QDateTime::fromMSecsSinceEpoch(x.from, zone);
        p.to = QDateTime::fromMSecsSinceEpoch(x.to, zone);
        at.set(p.to);
        DEMO_TRY(r, agentStates.record(p));
        ++sum.agentStates;
        DEMO_CHECK(batch.wrote());
    }
    DEMO_CHECK(batch.finish());
    if (progress)
        progress(100);
    return sum;
}

} // namespace threerings
