#include "core/forms/ComplaintWorkflow.h"

#include "core/auth/DepartmentService.h"
#include "core/auth/Permissions.h"
#include "core/customers/CustomerRepository.h"
#include "core/db/Transaction.h"
#include "core/forms/CallbackPolicy.h"
#include "core/model/Validation.h"
#include "core/util/Clock.h"

namespace threerings {

ComplaintWorkflow::ComplaintWorkflow(Database& db, const Clock& clock, BusinessCalendar calendar)
    : m_db(db), m_clock(clock), m_calendar(std::move(calendar)), m_complaints(db, clock),
      m_forms(db, clock, m_calendar.timeZone()), m_ratings(db, clock), m_notifications(db, clock),
      m_settings(db, clock), m_queries(db, clock)
{}

Status ComplaintWorkflow::forward(Complaint& c, const Actor& actor, ComplaintState to)
{
    const QDateTime now = m_clock.now();
    if (c.departmentId.isEmpty())
        c.departmentId = m_queries.serviceDepartment();
    c.callbackDueAt = now.addDays(CallbackDays);
    c.replyDueAt = m_calendar.addWorkingDays(now, ReplyWorkingDays).at;
    if (c.departmentId.isEmpty())
        return {}; // no department at all: it stays registered and supervisors see it
    c.relayedAt = now;
    c.relayedBy = actor.name.isEmpty() ? actor.label() : actor.name;
    c.state = to;
    return {};
}

Result<Complaint> ComplaintWorkflow::registerComplaint(const Actor& actor, Complaint c)
{
    if (Status s = Permissions::require(actor, Action::WriteForms); !s)
        return s.error();
    if (!c.complainedAt.isValid())
        c.complainedAt = m_clock.now();
    if (c.acceptorId.isEmpty())
        c.acceptorId = actor.userId;
    c.round = 1;
    c.state = ComplaintState::Registered;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    auto no = m_queries.nextComplaintNo(c.complainedAt.toTimeZone(m_calendar.timeZone()).date());
    if (!no)
        return no.error();
    c.no = *no;
    if (Status s = forward(c, actor, ComplaintState::Forwarded); !s)
        return s.error();
    auto saved = m_complaints.insert(c, actor.stamp());
    if (!saved)
        return saved.error();
    if (!saved->departmentId.isEmpty()) {
        Notification n;
        n.recipientId = m_queries.departmentHead(saved->departmentId);
        n.recipientDepartmentId = n.recipientId.isEmpty() ? saved->departmentId : QString();
        n.kind = QStringLiteral("complaint_forwarded");
        n.recordKind = RecordKind::Complaint;
        n.recordId = saved->meta.id;
        n.message = tr("Complaint %1 was forwarded to your department by %2: %3. Reply in writing within 2 "
                       "working days; the customer is called back by %4.")
                        .arg(saved->no, actor.label(), saved->matter.left(80),
                             saved->callbackDueAt.toTimeZone(m_calendar.timeZone())
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        if (auto r = m_notifications.insert(n, actor.stamp()); !r)
            return r.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return saved;
}

Result<ComplaintReport> ComplaintWorkflow::report(const Actor& actor, const QString& complaintId,
                                                  ComplaintReport r)
{
    if (Status s = Permissions::require(actor, Action::WriteForms); !s)
        return s.error();
    auto c = m_complaints.get(complaintId);
    if (!c)
        return c.error();
    if (c->state == ComplaintState::Closed)
        return Error::conflict(tr("Complaint %1 is closed; a dissatisfied callback reopens it.").arg(c->no));
    if (c->state == ComplaintState::Unknown)
        return Error::conflict(tr("Complaint %1 is in a state this version of ThreeRings does not know; take "
                                  "the next step on a console of the newer version.")
                                   .arg(c->no));
    if (Status s =
            Validation::required(QStringLiteral("handling_method"), tr("handling method"), r.handlingMethod);
        !s)
        return s.error();
    auto existing = m_complaints.reports(actor, complaintId);
    if (!existing)
        return existing.error();
    std::optional<ComplaintReport> current;
    for (const ComplaintReport& e : *existing) {
        if (e.round == c->round)
            current = e;
    }
    r.complaintId = complaintId;
    r.round = c->round;
    r.no = QStringLiteral("HB%1-%2").arg(c->no.mid(2)).arg(c->round);
    if (r.handledAt.isNull())
        r.handledAt = m_clock.now();
    if (r.handler.isEmpty())
        r.handler = actor.label();
    if (r.recordedOn.isNull())
        r.recordedOn = m_clock.now().toTimeZone(m_calendar.timeZone()).date();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    Result<ComplaintReport> saved = Error::usage({});
    if (current) {
        r.meta = current->meta;
        saved = m_complaints.updateReport(actor, r);
    } else {
        saved = m_complaints.addReport(actor, r);
    }
    if (!saved)
        return saved.error();
    c = m_complaints.get(complaintId);
    if (!c)
        return c.error();
    c->state = ComplaintState::Handled;
    c->reportNo = saved->no;
    if (auto u = m_complaints.update(*c, actor.stamp()); !u)
        return u.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return saved;
}

Result<Complaint> ComplaintWorkflow::callback(const Actor& actor, const QString& complaintId, bool satisfied,
                                              const QString& customerWords)
{
    if (Status s = Permissions::require(actor, Action::WriteForms); !s)
        return s.error();
    if (Status s = Validation::first(
            {Validation::required(QStringLiteral("callback_result"), tr("the customer's own words"),
                                  customerWords),
             Validation::maxLength(QStringLiteral("callback_result"), tr("the customer's own words"),
                                   customerWords, Validation::LongTextLength)});
        !s)
        return s.error();
    auto c = m_complaints.get(complaintId);
    if (!c)
        return c.error();
    if (c->state != ComplaintState::Handled)
        return Error::conflict(
            tr("Complaint %1 has no handling report for round %2 yet; the department writes "
               "the report before the callback.")
                .arg(c->no)
                .arg(c->round));
    auto reports = m_complaints.reports(complaintId);
    if (!reports)
        return reports.error();
    std::optional<ComplaintReport> current;
    for (const ComplaintReport& e : *reports) {
        if (e.round == c->round)
            current = e;
    }
    if (!current)
        return Error::conflict(tr("Complaint %1 has no handling report yet.").arg(c->no));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    current->satisfied = satisfied;
    current->callbackResult = customerWords;
    // The setup call: the callback changes no penalty opinion, whoever makes it.
    if (auto u = m_complaints.updateReport(*current, actor.stamp()); !u)
        return u.error();
    if (satisfied) {
        c->state = ComplaintState::Closed;
    } else {
        c->round += 1;
        if (Status s = forward(*c, actor, ComplaintState::Reopened); !s)
            return s.error();
        c->state = ComplaintState::Reopened;
    }
    auto saved = m_complaints.update(*c, actor.stamp());
    if (!saved)
        return saved.error();
    if (!satisfied && !saved->departmentId.isEmpty()) {
        Notification n;
        n.recipientId = m_queries.departmentHead(saved->departmentId);
        n.recipientDepartmentId = n.recipientId.isEmpty() ? saved->departmentId : QString();
        n.kind = QStringLiteral("complaint_reopened");
        n.recordKind = RecordKind::Complaint;
        n.recordId = saved->meta.id;
        n.message = tr("Complaint %1 goes round again (round %2): the customer is not satisfied: %3")
                        .arg(saved->no)
                        .arg(saved->round)
                        .arg(customerWords.left(80));
        if (auto r = m_notifications.insert(n, actor.stamp()); !r)
            return r.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return saved;
}

Result<RatingOutcome> ComplaintWorkflow::rate(const Actor& actor, Rating rating, const QString& departmentId)
{
    if (Status s = Permissions::require(actor, Action::WriteForms); !s)
        return s.error();
    if (!rating.ratedOn.isValid())
        rating.ratedOn = m_clock.now().toTimeZone(m_calendar.timeZone()).date();
    if (Status s = rating.validate(); !s)
        return s.error();
    const int threshold = CallbackPolicy::load(m_settings).ratingComplaintBelow;
    const bool veryLow = rating.technicalScore < threshold || rating.attitudeScore < threshold;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    RatingOutcome out;
    if (veryLow) {
        Complaint c;
        c.customerId = rating.customerId;
        c.complainingUnit = rating.unit;
        c.contactPerson = rating.rater;
        c.departmentId = departmentId;
        c.matter = tr("Very low rating of %1 (technical level %2, service attitude %3): %4")
                       .arg(rating.engineer.isEmpty() ? tr("the engineer") : rating.engineer)
                       .arg(rating.technicalScore)
                       .arg(rating.attitudeScore)
                       .arg(rating.comments.isEmpty() ? tr("no comment") : rating.comments)
                       .left(Validation::LongTextLength);
        auto complaint = registerComplaint(actor, c);
        if (!complaint)
            return complaint.error();
        rating.complaintId = complaint->meta.id;
        out.complaint = *complaint;
    }
    auto saved = m_ratings.insert(rating, actor.stamp());
    if (!saved)
        return saved.error();
    out.rating = *saved;
    if (Status s = tx.commit(); !s)
        return s.error();
    return out;
}

Result<ProblemForm> ComplaintWorkflow::serviceForm(const Actor& actor, const QString& formId)
{
    if (Status s = Permissions::require(actor, Action::WriteForms); !s)
        return s.error();
    auto form = m_forms.get(formId);
    if (!form)
        return form.error();
    if (form->category != Category::Service)
        return Error::conflict(
            tr("Problem form %1 is classified as %2, not as a service-quality problem; only a "
               "service-quality form is registered as a complaint from the form. If the customer complains, "
               "register the complaint on a complaint form of its own.")
                .arg(form->number,
                     form->category ? CategoryNames::label(*form->category) : tr("no category")));
    if (form->complaintAnswer == ComplaintAnswer::Unknown)
        return Error::conflict(tr("Problem form %1 holds an answer about its complaint that this version of "
                                  "ThreeRings does not know; answer on a console of the newer version.")
                                   .arg(form->number));
    return form;
}

Result<Complaint> ComplaintWorkflow::registerAsComplaint(const Actor& actor, const QString& formId)
{
    if (Status s = Permissions::require(actor, Action::WriteForms); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    auto form = serviceForm(actor, formId);
    if (!form)
        return form.error();
    auto existing = m_complaints.forProblemForm(form->meta.id);
    if (!existing)
        return existing.error();
    std::optional<Complaint> complaint = *existing;
    if (!complaint) {
        Complaint c;
        c.problemFormId = form->meta.id;
        c.customerId = form->customerId;
        c.callId = form->callId;
        c.matter = form->description.left(Validation::LongTextLength);
        c.contactPerson = form->customerName.left(Validation::NameLength);
        c.contactMethod = (form->phoneMobile.isEmpty() ? form->phoneOffice : form->phoneMobile)
                              .left(Validation::ShortTextLength);
        if (!form->customerId.isEmpty()) {
            if (auto customer = CustomerRepository(m_db, m_clock).get(form->customerId))
                c.complainingUnit = customer->unit.left(Validation::ShortTextLength);
        }
        // The department service-quality problems route to (003 §4.5.6); the service department otherwise.
        if (auto routed = DepartmentService(m_db, m_clock).routeFor(actor, Category::Service);
            routed && routed->has_value())
            c.departmentId = routed->value().meta.id;
        auto registered = registerComplaint(actor, c); // the acceptor is the agent, received now
        if (!registered)
            return registered.error();
        complaint = *registered;
    }
    if (form->complaintAnswer != ComplaintAnswer::Registered) {
        form->complaintAnswer = ComplaintAnswer::Registered;
        if (auto saved = m_forms.update(actor, *form); !saved)
            return saved.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return *complaint;
}

Result<ProblemForm> ComplaintWorkflow::declineComplaint(const Actor& actor, const QString& formId)
{
    if (Status s = Permissions::require(actor, Action::WriteForms); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    auto form = serviceForm(actor, formId);
    if (!form)
        return form.error();
    auto existing = m_complaints.forProblemForm(form->meta.id);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error::conflict(tr("Problem form %1 is already registered as complaint %2; the complaint "
                                  "follows the complaint process.")
                                   .arg(form->number, existing->value().no));
    if (form->complaintAnswer == ComplaintAnswer::Declined)
        return *form;
    form->complaintAnswer = ComplaintAnswer::Declined;
    auto saved = m_forms.update(actor, *form);
    if (!saved)
        return saved.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return saved;
}

} // namespace threerings
