#include "core/forms/MyWork.h"

#include "core/auth/Permissions.h"
#include "core/util/Clock.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace threerings {

QString WorkItem::kindKey(Kind k)
{
    switch (k) {
    case Kind::TransferDue:
        return QStringLiteral("transfer_due");
    case Kind::ResultDue:
        return QStringLiteral("result_due");
    case Kind::Callback:
        return QStringLiteral("callback");
    case Kind::Handover:
        return QStringLiteral("handover");
    case Kind::TestAwaiting:
        return QStringLiteral("test_awaiting");
    case Kind::ComplaintCallback:
        return QStringLiteral("complaint_callback");
    case Kind::ComplaintReply:
        return QStringLiteral("complaint_reply");
    case Kind::ReviewDue:
        return QStringLiteral("review_due");
    }
    return {};
}

QString WorkItem::kindLabel(Kind k)
{
    switch (k) {
    case Kind::TransferDue:
        return MyWork::tr("transfer due");
    case Kind::ResultDue:
        return MyWork::tr("result due");
    case Kind::Callback:
        return MyWork::tr("callback");
    case Kind::Handover:
        return MyWork::tr("handover");
    case Kind::TestAwaiting:
        return MyWork::tr("test result awaited");
    case Kind::ComplaintCallback:
        return MyWork::tr("complaint callback");
    case Kind::ComplaintReply:
        return MyWork::tr("complaint reply");
    case Kind::ReviewDue:
        return MyWork::tr("review due");
    }
    return {};
}

QString WorkItem::formatLeft(qint64 minutes)
{
    const qint64 m = minutes < 0 ? -minutes : minutes;
    return QStringLiteral("%1%2:%3")
        .arg(minutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(m / 60)
        .arg(m % 60, 2, 10, QLatin1Char('0'));
}

MyWork::MyWork(Database& db, const Clock& clock, BusinessCalendar calendar)
    : m_clock(clock), m_calendar(std::move(calendar)), m_queries(db, clock), m_users(db, clock)
{}

QDateTime MyWork::endOfDay(const QDate& day) const
{
    const auto intervals = m_calendar.workingIntervals(day);
    if (!intervals.isEmpty())
        return intervals.constLast().end;
    return QDateTime(day, m_calendar.closes(), m_calendar.timeZone());
}

WorkItem MyWork::item(WorkItem::Kind kind, RecordKind record, const QString& id, const QString& reference,
                      const QString& title, const QDateTime& due, const QDateTime& now) const
{
    WorkItem w;
    w.kind = kind;
    w.recordKind = record;
    w.recordId = id;
    w.reference = reference;
    w.title = title;
    w.dueAt = due;
    w.minutesLeft = m_calendar.workingMinutesBetween(now, due);
    return w;
}

Result<QList<WorkItem>> MyWork::forActor(const Actor& actor, WorkScope scope) const
{
    if (Status s = Permissions::require(actor, Action::ReadLiveRecords); !s)
        return s.error();
    return build(actor.userId, actor.roles, m_clock.now(), scope);
}

Result<QList<WorkItem>> MyWork::forPerson(const Actor& actor, const QString& userId,
                                          const QDateTime& at) const
{
    if (Status s = Permissions::require(actor, Action::ReadLiveRecords); !s)
        return s.error();
    const QDateTime now = at.isValid() ? at : m_clock.now();
    if (userId == actor.userId && !actor.system)
        return build(actor.userId, actor.roles, now);
    if (Status s = Permissions::require(actor, Action::ReadOthersWork); !s)
        return s.error();
    auto user = m_users.get(userId);
    if (!user)
        return user.error();
    return build(user->meta.id, user->roles, now);
}

Result<QList<WorkItem>> MyWork::forJobNumber(const Actor& actor, const QString& jobNumber,
                                             const QDateTime& at) const
{
    if (Status s = Permissions::require(actor, Action::ReadLiveRecords); !s)
        return s.error();
    const QString job = jobNumber.trimmed();
    if (!actor.system && job == actor.jobNumber)
        return forPerson(actor, actor.userId, at);
    if (Status s = Permissions::require(actor, Action::ReadOthersWork); !s)
        return s.error();
    const QString userId = m_queries.userIdOfJobNumber(job);
    if (userId.isEmpty())
        return Error::notFound(tr("No person has the job number %1.").arg(job));
    return forPerson(actor, userId, at);
}

Result<QList<WorkItem>> MyWork::build(const QString& userId, const QList<Role>& roles, const QDateTime& now,
                                      WorkScope scope) const
{
    using K = WorkItem::Kind;
    QList<WorkItem> list;
    const QString fmt = QStringLiteral("yyyy-MM-dd HH:mm");
    const auto local = [&](const QDateTime& t) { return t.toTimeZone(m_calendar.timeZone()).toString(fmt); };
    const QDate today = now.toTimeZone(m_calendar.timeZone()).date();

    const auto addForm = [&](const ProblemForm& f, bool asHandler) {
        if (f.state == FormState::Accepted) {
            WorkItem w =
                item(K::TransferDue, RecordKind::ProblemForm, f.meta.id, f.number,
                     tr("Transfer %1 (%2) to a handler").arg(f.number, f.customerName), f.transferDueAt, now);
            w.prompt = w.late() ? tr("Late: transfer it now and call the customer with the apology script.")
                                : tr("Transfer it to a handler.");
            list.append(w);
            return;
        }
        WorkItem w =
            item(K::ResultDue, RecordKind::ProblemForm, f.meta.id, f.number,
                 asHandler ? tr("Result of %1 (%2)").arg(f.number, f.customerName)
                           : tr("Result of %1 from %2")
                                 .arg(f.number, f.handlerId.isEmpty() ? tr("the department")
                                                                      : m_queries.personLabel(f.handlerId)),
                 f.resultDueAt, now);
        if (asHandler)
            w.prompt = w.late() ? tr("Late: record the result now.") : tr("Record the plan and the result.");
        else
            w.prompt = w.late() ? tr("Late: chase the handler and call the customer with the apology script.")
                                : tr("Wait for the handler's result.");
        list.append(w);
    };

    if (roles.contains(Role::Agent)) {
        auto forms = m_queries.openFormsOfAgent(userId);
        if (!forms)
            return forms.error();
        for (const ProblemForm& f : *forms)
            addForm(f, false);

        auto callbacks = m_queries.openCallbacksUpTo(today, scope == WorkScope::Team ? QString() : userId);
        if (!callbacks)
            return callbacks.error();
        for (const CallbackRecord& c : *callbacks) {
            WorkItem w =
                item(K::Callback, RecordKind::Callback, c.meta.id, c.formNumber,
                     tr("Call back %1 about %2").arg(c.acceptorName, c.formNumber), endOfDay(c.dueOn), now);
            if (c.nextAttemptAt.isValid() && c.nextAttemptAt > now) {
                w.notBefore = c.nextAttemptAt;
                w.prompt = tr("Unreachable %1 times; try again after %2.")
                               .arg(c.attempts)
                               .arg(local(c.nextAttemptAt));
            } else {
                w.prompt = tr("Call with the callback script; write down the customer's own words.");
            }
            list.append(w);
        }

        auto handover = m_queries.consultationsByStatus(ConsultationStatus::Unfinished);
        if (!handover)
            return handover.error();
        for (const Consultation& c : *handover) {
            const QDate from = c.consultedAt.toTimeZone(m_calendar.timeZone()).date();
            WorkItem w = item(K::Handover, RecordKind::Consultation, c.meta.id, c.callerName,
                              tr("Finish the consultation of %1 (%2)").arg(c.callerName, c.callerPhone),
                              endOfDay(std::max(from.addDays(1), today)), now);
            w.prompt = tr("Left unfinished by the previous shift; finish it and record the advice.");
            list.append(w);
        }

        auto tests = m_queries.consultationsByStatus(ConsultationStatus::AwaitingTest);
        if (!tests)
            return tests.error();
        for (const Consultation& c : *tests) {
            if (c.agentId != userId)
                continue;
            WorkItem w =
                item(K::TestAwaiting, RecordKind::Consultation, c.meta.id, c.callerName,
                     tr("Test result of %1 (%2)").arg(c.callerName, c.callerPhone), c.testDueAt, now);
            w.prompt = tr("No report by then: it closes itself as solved.");
            list.append(w);
        }

        auto complaints = m_queries.complaintsAwaitingCallback();
        if (!complaints)
            return complaints.error();
        for (const Complaint& c : *complaints) {
            if (c.acceptorId != userId)
                continue;
            WorkItem w =
                item(K::ComplaintCallback, RecordKind::Complaint, c.meta.id, c.no,
                     tr("Call back %1 about complaint %2").arg(c.contactPerson, c.no), c.callbackDueAt, now);
            w.prompt = c.state == ComplaintState::Handled ? tr("The report is in: call the customer back.")
                                                          : tr("Waiting for the department's report.");
            list.append(w);
        }
    }

    if (roles.contains(Role::Handler)) {
        auto forms = m_queries.openFormsOfHandler(userId);
        if (!forms)
            return forms.error();
        for (const ProblemForm& f : *forms) {
            if (roles.contains(Role::Agent) && f.agentId == userId)
                continue; // already listed as the agent's
            addForm(f, true);
        }
    }

    if (roles.contains(Role::Supervisor))
        if (Status s = addSupervisorsQueue(list, userId, now, scope); !s)
            return s.error();

    std::stable_sort(list.begin(), list.end(), [](const WorkItem& a, const WorkItem& b) {
        if (a.dueAt != b.dueAt)
            return a.dueAt < b.dueAt;
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        return a.reference < b.reference;
    });
    return list;
}

Status MyWork::addSupervisorsQueue(QList<WorkItem>& list, const QString& userId, const QDateTime& now,
                                   WorkScope scope) const
{
    using K = WorkItem::Kind;
    auto complaints = m_queries.complaintsOfDepartmentHead(userId);
    if (!complaints)
        return complaints.error();
    for (const Complaint& c : *complaints) {
        WorkItem w = item(K::ComplaintReply, RecordKind::Complaint, c.meta.id, c.no,
                          tr("Reply to complaint %1 (round %2)").arg(c.no).arg(c.round), c.replyDueAt, now);
        w.prompt = tr("Write the handling report: cause, handling method, penalty opinion.");
        list.append(w);
    }
    // The review queue: every resolved form waits for a supervisor's 审核, by the end of the next working
    // day.
    auto resolved = m_queries.formsAwaitingReview();
    if (!resolved)
        return resolved.error();
    for (const ProblemForm& f : *resolved) {
        const QDateTime from =
            f.resultAt.isValid() ? f.resultAt : QDateTime::fromMSecsSinceEpoch(f.meta.updatedAt, Qt::UTC);
        const QDateTime due = endOfDay(m_calendar.addWorkingDays(from, 1).at.date());
        WorkItem w = item(K::ReviewDue, RecordKind::ProblemForm, f.meta.id, f.number,
                          tr("Review %1 (%2)").arg(f.number, f.customerName), due, now);
        w.prompt = tr("Read the handling and the result, then write the review.");
        list.append(w);
    }
    if (scope != WorkScope::Team)
        return {};
    // The team's late forms, each with the person it waits for.
    auto open = m_queries.openForms();
    if (!open)
        return open.error();
    QSet<QString> listed;
    for (const WorkItem& x : list)
        listed.insert(x.recordId);
    QHash<QString, QString> labels; // one look-up per person, not per form
    const auto label = [&](const QString& userId) {
        auto it = labels.find(userId);
        if (it == labels.end())
            it = labels.insert(userId, m_queries.personLabel(userId));
        return it.value();
    };
    for (const ProblemForm& f : *open) {
        const bool accepted = f.state == FormState::Accepted;
        WorkItem w = item(accepted ? K::TransferDue : K::ResultDue, RecordKind::ProblemForm, f.meta.id,
                          f.number, {}, accepted ? f.transferDueAt : f.resultDueAt, now);
        if (!w.late() || listed.contains(w.recordId))
            continue;
        w.title = accepted
                      ? tr("%1 (%2) not transferred by %3").arg(f.number, f.customerName, label(f.agentId))
                      : tr("%1 (%2) waits for %3")
                            .arg(f.number, f.customerName,
                                 f.handlerId.isEmpty() ? tr("the department") : label(f.handlerId));
        w.prompt = tr("Late: ask the person it waits for, and see that the customer gets the apology call.");
        list.append(w);
    }
    return {};
}

} // namespace threerings
