#include "core/forms/ProblemFormWorkflow.h"

#include "core/auth/Permissions.h"
#include "core/db/Transaction.h"
#include "core/forms/CallbackPolicy.h"
#include "core/model/Validation.h"
#include "core/util/Clock.h"

#include <algorithm>

namespace threerings {

ProblemFormWorkflow::ProblemFormWorkflow(Database& db, const Clock& clock, BusinessCalendar calendar)
    : m_db(db), m_clock(clock), m_calendar(std::move(calendar)), m_forms(db, clock, m_calendar.timeZone()),
      m_callbacks(db, clock), m_notifications(db, clock), m_settings(db, clock), m_users(db, clock),
      m_queries(db, clock)
{}

ProblemForm ProblemFormWorkflow::fromCall(const Call& call, const Customer* customer, const Actor& agent)
{
    ProblemForm f;
    f.agentId = agent.userId;
    f.callId = call.meta.id;
    f.category = call.category;
    f.description = call.summary;
    f.phoneMobile = call.callerNumber;
    f.customerId = call.customerId;
    if (customer) {
        f.customerId = customer->meta.id;
        f.customerName = customer->name;
        if (!customer->phoneMobile.isEmpty())
            f.phoneMobile = customer->phoneMobile;
        f.phoneOffice = customer->phoneOffice;
        f.outletId = customer->outletId;
        f.address = customer->address;
    }
    return f;
}

Result<ProblemForm> ProblemFormWorkflow::accept(const Actor& actor, ProblemForm form)
{
    if (Status s = Permissions::require(actor, Action::WriteForms); !s)
        return s.error();
    if (form.agentId.isEmpty())
        form.agentId = actor.userId;
    if (!form.acceptedAt.isValid())
        form.acceptedAt = m_clock.now();
    form.transferDueAt = m_calendar.addWorkingHours(form.acceptedAt, TransferMinutes).at;
    // A new form starts at the beginning: later steps are signed by the people who do them.
    form.handlerId.clear();
    form.handlerDepartmentId.clear();
    form.transferredAt = {};
    form.transferredBy.clear();
    form.plan.clear();
    form.planBy.clear();
    form.planAt = {};
    form.result.clear();
    form.resultBy.clear();
    form.resultAt = {};
    form.resultDueAt = {};
    // Whether a service-quality form is also a complaint is the agent's answer to a question asked after
    // it is stored (ComplaintWorkflow::registerAsComplaint / declineComplaint).
    form.complaintAnswer = ComplaintAnswer::NotAsked;
    return m_forms.create(actor, std::move(form));
}

Result<ProblemForm> ProblemFormWorkflow::load(const Actor& actor, const QString& formId, Action action) const
{
    if (Status s = Permissions::require(actor, action); !s)
        return s.error();
    return m_forms.get(formId);
}

Status ProblemFormWorkflow::stepAllowed(const ProblemForm& form, FormState to) const
{
    const FormState from = form.state;
    const QString n = form.number;
    const QString now = FormStateNames::label(from);
    if (from == FormState::Unknown)
        return Error::conflict(tr("The form %1 is in a state this version of ThreeRings does not know; take "
                                  "the next step on a console of the newer version.")
                                   .arg(n));
    switch (to) {
    case FormState::Transferred:
        if (from == FormState::Accepted)
            return {};
        return Error::conflict(
            tr("The form %1 is already %2; only a newly accepted form is transferred.").arg(n, now));
    case FormState::Planned:
        if (from == FormState::Transferred || from == FormState::Reopened || from == FormState::Planned)
            return {};
        if (from == FormState::Accepted)
            return Error::conflict(
                tr("The form %1 has not been transferred yet; transfer it to a handler before the plan.")
                    .arg(n));
        return Error::conflict(tr("The form %1 is already %2; its plan can no longer change. A failed "
                                  "callback reopens it.")
                                   .arg(n, now));
    case FormState::Resolved:
        if (from == FormState::Planned)
            return {};
        if (from == FormState::Accepted)
            return Error::conflict(tr("The form %1 has not been transferred yet; transfer it and record the "
                                      "plan before the result.")
                                       .arg(n));
        if (from == FormState::Transferred || from == FormState::Reopened)
            return Error::conflict(
                tr("The form %1 has no handling plan yet; record the plan before the result.").arg(n));
        return Error::conflict(tr("The form %1 is already %2.").arg(n, now));
    case FormState::Reviewed:
        if (from == FormState::Resolved)
            return {};
        if (from == FormState::Reviewed)
            return Error::conflict(tr("The form %1 is already reviewed.").arg(n));
        return Error::conflict(
            tr("The form %1 has no result yet; the handler records the result before the review.").arg(n));
    case FormState::Reopened:
        if (from == FormState::Resolved || from == FormState::Reviewed)
            return {};
        return Error::conflict(
            tr("The form %1 is %2, not resolved; only a resolved form is reopened by a callback.")
                .arg(n, now));
    case FormState::Accepted:
    case FormState::Unknown:
        break;
    }
    return Error::conflict(tr("The form %1 cannot go back to accepted.").arg(n));
}

Result<ProblemForm> ProblemFormWorkflow::transfer(const Actor& actor, const QString& formId,
                                                  const QString& handlerId, const QString& departmentId)
{
    auto form = load(actor, formId, Action::WriteForms);
    if (!form)
        return form.error();
    if (Status s = stepAllowed(*form, FormState::Transferred); !s)
        return s.error();
    if (handlerId.isEmpty() && departmentId.isEmpty())
        return Error::data(tr("Choose the handler (a person or a department) to transfer the form to."),
                           QStringLiteral("handler_id"));
    QString department = departmentId;
    if (!handlerId.isEmpty()) {
        auto handler = m_users.get(handlerId);
        if (!handler)
            return Error::data(
                tr("The handler %1 is not a known person; choose the handler from the list.").arg(handlerId),
                QStringLiteral("handler_id"));
        if (department.isEmpty())
            department = handler->departmentId;
    }
    const QDateTime now = m_clock.now();
    form->handlerId = handlerId;
    form->handlerDepartmentId = department;
    form->transferredAt = now;
    form->transferredBy = actor.stamp();
    form->resultDueAt = m_calendar.addWorkingDays(now, ResultWorkingDays).at;
    form->state = FormState::Transferred;

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    auto saved = m_forms.update(actor, *form);
    if (!saved)
        return saved.error();
    if (Status s = m_notifications.toHandlerOf(
            *saved, QStringLiteral("form_transferred"),
            tr("Problem form %1 was transferred to you by %2; the result is due %3.")
                .arg(saved->number, actor.label(),
                     saved->resultDueAt.toTimeZone(m_calendar.timeZone())
                         .toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
            actor.stamp());
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return saved;
}

Result<ProblemForm> ProblemFormWorkflow::loadForStep(const Actor& actor, const QString& formId, Action action,
                                                     FormState target, const QString& field,
                                                     const QString& label, const QString& text)
{
    auto form = load(actor, formId, action);
    if (!form)
        return form.error();
    if (Status s = stepAllowed(*form, target); !s)
        return s.error();
    if (Status s = Validation::first({Validation::required(field, label, text),
                                      Validation::maxLength(field, label, text, Validation::LongTextLength)});
        !s)
        return s.error();
    return form;
}

Result<ProblemForm> ProblemFormWorkflow::plan(const Actor& actor, const QString& formId, const QString& plan)
{
    auto form = loadForStep(actor, formId, Action::HandleForms, FormState::Planned, QStringLiteral("plan"),
                            tr("handling plan"), plan);
    if (!form)
        return form.error();
    form->plan = plan;
    form->planBy = actor.stamp();
    form->planAt = m_clock.now();
    form->state = FormState::Planned;
    return m_forms.update(actor, *form);
}

Result<ProblemForm> ProblemFormWorkflow::resolve(const Actor& actor, const QString& formId,
                                                 const QString& result)
{
    auto form = loadForStep(actor, formId, Action::HandleForms, FormState::Resolved, QStringLiteral("result"),
                            tr("handling result"), result);
    if (!form)
        return form.error();
    form->result = result;
    form->resultBy = actor.stamp();
    form->resultAt = m_clock.now();
    form->state = FormState::Resolved;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    auto saved = m_forms.update(actor, *form);
    if (!saved)
        return saved.error();
    if (Status s = scheduleCallback(*saved, actor.stamp()); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return saved;
}

Result<ProblemForm> ProblemFormWorkflow::review(const Actor& actor, const QString& formId,
                                                const QString& review)
{
    auto form = loadForStep(actor, formId, Action::ReviewProblemForm, FormState::Reviewed,
                            QStringLiteral("review"), tr("review"), review);
    if (!form)
        return form.error();
    form->review = review;
    form->reviewedBy = actor.stamp();
    form->reviewedAt = m_clock.now();
    form->state = FormState::Reviewed;
    return m_forms.update(actor, *form);
}

Result<ProblemForm> ProblemFormWorkflow::reopen(const Actor& actor, const QString& formId,
                                                const QString& reason)
{
    auto form = load(actor, formId, Action::WriteForms);
    if (!form)
        return form.error();
    if (Status s = stepAllowed(*form, FormState::Reopened); !s)
        return s.error();
    const QDateTime now = m_clock.now();
    // A reviewed form goes back to the handler too; the review column is left as it was written.
    const bool wasReviewed = form->state == FormState::Reviewed;
    form->state = FormState::Reopened;
    form->reopenCount += 1;
    form->reopenedAt = now;
    form->reopenedBy = actor.stamp();
    form->resultDueAt = m_calendar.addWorkingDays(now, ResultWorkingDays).at;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    // Leaving "reviewed" is no change of the review itself: save with the repository's setup call
    // (permission checked above: WriteForms).
    auto saved = wasReviewed ? m_forms.update(*form, actor.stamp()) : m_forms.update(actor, *form);
    if (!saved)
        return saved.error();
    const QString words = reason.trimmed().isEmpty() ? tr("the fault is still there") : reason.trimmed();
    if (Status s = m_notifications.toHandlerOf(
            *saved, QStringLiteral("form_reopened"),
            tr("Problem form %1 was reopened by %2 after the callback: %3. Handle it "
               "again; the result is due %4.")
                .arg(saved->number, actor.label(), words,
                     saved->resultDueAt.toTimeZone(m_calendar.timeZone())
                         .toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
            actor.stamp());
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return saved;
}

Status ProblemFormWorkflow::scheduleCallback(const ProblemForm& form, const QString& actor)
{
    const CallbackPolicy policy = CallbackPolicy::load(m_settings);
    if (!policy.selects(form.meta.id, m_queries.outletKind(form.outletId)))
        return {};
    // A form resolved again after a reopening gets a new callback; an open one is replaced by the new day.
    auto existing = m_queries.callbacksOfForm(form.meta.id);
    if (!existing)
        return existing.error();
    CallbackRecord cb;
    for (const CallbackRecord& c : *existing) {
        if (c.state != CallbackState::Done)
            cb = c;
    }
    cb.formId = form.meta.id;
    cb.formNumber = form.number;
    cb.outletName = m_queries.outletName(form.outletId);
    cb.acceptorPhone = form.phoneMobile.isEmpty() ? form.phoneOffice : form.phoneMobile;
    cb.acceptorName = form.customerName;
    cb.dueOn = form.resultAt.toTimeZone(m_calendar.timeZone()).date().addDays(1);
    cb.repairer = form.resultBy.isEmpty() ? QString() : m_queries.personLabel(form.resultBy);
    cb.state = CallbackState::Due;
    auto saved = cb.meta.isStored() ? m_callbacks.update(cb, actor) : m_callbacks.insert(cb, actor);
    if (!saved)
        return saved.error();
    return {};
}

std::optional<LateForm> ProblemFormWorkflow::lateness(const ProblemForm& form, const QDateTime& now) const
{
    LateForm l;
    l.form = form;
    if (form.state == FormState::Accepted) {
        l.kind = LateForm::Kind::Transfer;
        l.dueAt = form.transferDueAt.isValid()
                      ? form.transferDueAt
                      : m_calendar.addWorkingHours(form.acceptedAt, TransferMinutes).at;
    } else if (form.waitsForResult()) {
        l.kind = LateForm::Kind::Result;
        l.dueAt = form.resultDueAt;
    } else {
        return std::nullopt;
    }
    if (!l.dueAt.isValid() || l.dueAt >= now)
        return std::nullopt;
    l.lateMinutes = m_calendar.workingMinutesBetween(l.dueAt, now);
    const QString late = tr("%1 working hours late").arg(double(l.lateMinutes) / 60.0, 0, 'f', 1);
    if (l.kind == LateForm::Kind::Transfer) {
        l.chaseHandler = false;
        l.prompt = tr("Form %1 is not with a handler yet (%2): transfer it now, and call the customer with "
                      "the apology script to say it is in progress.")
                       .arg(form.number, late);
    } else {
        l.chaseHandler = true;
        l.prompt = tr("Form %1 has no result (%2): chase %3, and call the customer with the apology script "
                      "to say it is in progress.")
                       .arg(form.number, late,
                            form.handlerId.isEmpty() ? tr("the handling department")
                                                     : m_queries.personLabel(form.handlerId));
    }
    return l;
}

Result<QList<LateForm>> ProblemFormWorkflow::late(const Actor& actor) const
{
    if (Status s = Permissions::require(actor, Action::ReadLiveRecords); !s)
        return s.error();
    auto open = m_queries.openForms();
    if (!open)
        return open.error();
    const QDateTime now = m_clock.now();
    QList<LateForm> list;
    for (const ProblemForm& f : *open) {
        if (auto l = lateness(f, now))
            list.append(*l);
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const LateForm& a, const LateForm& b) { return a.lateMinutes > b.lateMinutes; });
    return list;
}

} // namespace threerings
