#include "core/forms/ProblemFormRepository.h"

#include "core/auth/Permissions.h"
#include "core/db/SqlValue.h"
#include "core/db/Transaction.h"
#include "core/forms/FormNumber.h"
#include "core/model/PhoneNumber.h"
#include "core/util/Clock.h"

namespace threerings {

ProblemFormRepository::ProblemFormRepository(Database& db, const Clock& clock, QTimeZone zone)
    : Repository(db, clock), m_zone(std::move(zone))
{}

ProblemFormRepository::ProblemFormRepository(Database& db, const Clock& clock, RecordWriter& sharedWriter,
                                             QTimeZone zone)
    : Repository(db, clock, sharedWriter), m_zone(std::move(zone))
{}

const RowShape& ProblemFormRepository::shape()
{
    static const RowShape s(QStringLiteral("problem_forms"), {"number",
                                                              "agent_id",
                                                              "call_id",
                                                              "customer_id",
                                                              "device_id",
                                                              "category",
                                                              "customer_name",
                                                              "phone_mobile",
                                                              "phone_office",
                                                              "outlet_id",
                                                              "address",
                                                              "description",
                                                              "consulted_person",
                                                              "consulted_on",
                                                              "acceptance_record",
                                                              "accepted_at",
                                                              "handler_id",
                                                              "handler_department_id",
                                                              "transferred_at",
                                                              "transfer_due_at",
                                                              "plan",
                                                              "plan_by",
                                                              "plan_at",
                                                              "result",
                                                              "result_by",
                                                              "result_at",
                                                              "result_due_at",
                                                              "review",
                                                              "reviewed_by",
                                                              "reviewed_at",
                                                              "state",
                                                              "reopen_count",
                                                              "transferred_by",
                                                              "reopened_at",
                                                              "reopened_by",
                                                              "complaint_answer"});
    return s;
}

QVariantList ProblemFormRepository::toValues(const ProblemForm& x)
{
    // In the order of shape().
    return {
        SqlValue::text(x.number),
        SqlValue::ref(x.agentId),
        SqlValue::ref(x.callId),
        SqlValue::ref(x.customerId),
        SqlValue::ref(x.deviceId),
        SqlValue::text(x.category ? CategoryNames::key(*x.category) : QString()),
        SqlValue::text(x.customerName),
        SqlValue::text(x.phoneMobile),
        SqlValue::text(x.phoneOffice),
        SqlValue::ref(x.outletId),
        SqlValue::text(x.address),
        SqlValue::text(x.description),
        SqlValue::text(x.consultedPerson),
        SqlValue::day(x.consultedOn),
        SqlValue::text(x.acceptanceRecord),
        SqlValue::time(x.acceptedAt),
        SqlValue::ref(x.handlerId),
        SqlValue::ref(x.handlerDepartmentId),
        SqlValue::time(x.transferredAt),
        SqlValue::time(x.transferDueAt),
        SqlValue::text(x.plan),
        SqlValue::ref(x.planBy),
        SqlValue::time(x.planAt),
        SqlValue::text(x.result),
        SqlValue::ref(x.resultBy),
        SqlValue::time(x.resultAt),
        SqlValue::time(x.resultDueAt),
        SqlValue::text(x.review),
        SqlValue::ref(x.reviewedBy),
        SqlValue::time(x.reviewedAt),
        FormStateNames::key(x.state),
        x.reopenCount,
        SqlValue::ref(x.transferredBy),
        SqlValue::time(x.reopenedAt),
        SqlValue::ref(x.reopenedBy),
        SqlValue::text(complaintAnswerText(x.complaintAnswer)),
    };
}

ProblemForm ProblemFormRepository::fromRow(const QSqlQuery& q)
{
    ProblemForm x;
    x.meta = readMeta(q);
    x.number = q.value(QStringLiteral("number")).toString();
    x.agentId = q.value(QStringLiteral("agent_id")).toString();
    x.callId = q.value(QStringLiteral("call_id")).toString();
    x.customerId = q.value(QStringLiteral("customer_id")).toString();
    x.deviceId = q.value(QStringLiteral("device_id")).toString();
    x.category = CategoryNames::fromKey(q.value(QStringLiteral("category")).toString());
    x.customerName = q.value(QStringLiteral("customer_name")).toString();
    x.phoneMobile = q.value(QStringLiteral("phone_mobile")).toString();
    x.phoneOffice = q.value(QStringLiteral("phone_office")).toString();
    x.outletId = q.value(QStringLiteral("outlet_id")).toString();
    x.address = q.value(QStringLiteral("address")).toString();
    x.description = q.value(QStringLiteral("description")).toString();
    x.consultedPerson = q.value(QStringLiteral("consulted_person")).toString();
    x.consultedOn = SqlValue::toDay(q.value(QStringLiteral("consulted_on")));
    x.acceptanceRecord = q.value(QStringLiteral("acceptance_record")).toString();
    x.acceptedAt = SqlValue::toTime(q.value(QStringLiteral("accepted_at")));
    x.handlerId = q.value(QStringLiteral("handler_id")).toString();
    x.handlerDepartmentId = q.value(QStringLiteral("handler_department_id")).toString();
    x.transferredAt = SqlValue::toTime(q.value(QStringLiteral("transferred_at")));
    x.transferDueAt = SqlValue::toTime(q.value(QStringLiteral("transfer_due_at")));
    x.plan = q.value(QStringLiteral("plan")).toString();
    x.planBy = q.value(QStringLiteral("plan_by")).toString();
    x.planAt = SqlValue::toTime(q.value(QStringLiteral("plan_at")));
    x.result = q.value(QStringLiteral("result")).toString();
    x.resultBy = q.value(QStringLiteral("result_by")).toString();
    x.resultAt = SqlValue::toTime(q.value(QStringLiteral("result_at")));
    x.resultDueAt = SqlValue::toTime(q.value(QStringLiteral("result_due_at")));
    x.review = q.value(QStringLiteral("review")).toString();
    x.reviewedBy = q.value(QStringLiteral("reviewed_by")).toString();
    x.reviewedAt = SqlValue::toTime(q.value(QStringLiteral("reviewed_at")));
    x.state = FormStateNames::fromKey(q.value(QStringLiteral("state")).toString()); // Unknown when not known
    x.reopenCount = q.value(QStringLiteral("reopen_count")).toInt();
    x.transferredBy = q.value(QStringLiteral("transferred_by")).toString();
    x.reopenedAt = SqlValue::toTime(q.value(QStringLiteral("reopened_at")));
    x.reopenedBy = q.value(QStringLiteral("reopened_by")).toString();
    x.complaintAnswer = complaintAnswerFromText(q.value(QStringLiteral("complaint_answer")).toString());
    return x;
}

void ProblemFormRepository::normalize(ProblemForm& form) const
{
    if (!form.phoneMobile.trimmed().isEmpty()) {
        if (auto n = PhoneNumber::normalize(form.phoneMobile))
            form.phoneMobile = n.value();
    }
    if (!form.phoneOffice.trimmed().isEmpty()) {
        if (auto n = PhoneNumber::normalize(form.phoneOffice))
            form.phoneOffice = n.value();
    }
}

Result<int> ProblemFormRepository::nextSerial(const QString& jobNumber, const QDate& day,
                                              const QString& actor)
{
    const QString dayKey = FormNumber::dayKey(day);
    QSqlQuery& q =
        prepared(QStringLiteral("SELECT id, last_serial, revision FROM form_serials WHERE job_number = ? AND "
                                "day = ?"));
    q.addBindValue(jobNumber);
    q.addBindValue(dayKey);
    if (!q.exec())
        return readError(q);
    if (!q.next()) {
        q.finish();
        static const RowShape serials(QStringLiteral("form_serials"), {"job_number", "day", "last_serial"});
        auto id = writer().insert(serials, {jobNumber, dayKey, 1}, actor);
        if (!id)
            return id.error();
        return 1;
    }
    const QString id = q.value(0).toString();
    const int serial = q.value(1).toInt() + 1;
    const int revision = q.value(2).toInt();
    q.finish();
    static const RowShape lastSerial(QStringLiteral("form_serials"), {"last_serial"});
    auto r = writer().update(lastSerial, id, {serial}, actor, revision);
    if (!r)
        return r.error();
    return serial;
}

Result<ProblemForm> ProblemFormRepository::create(ProblemForm form, const QString& actor)
{
    if (!form.acceptedAt.isValid())
        form.acceptedAt = m_clock.now();
    form.state = FormState::Accepted;
    form.number.clear();
    normalize(form);
    if (Status s = form.validate(); !s)
        return s.error();

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    QSqlQuery& agent = prepared(QStringLiteral("SELECT job_number FROM users WHERE id = ?"));
    agent.addBindValue(form.agentId);
    if (!agent.exec())
        return readError(agent);
    if (!agent.next()) {
        agent.finish();
        return Error::data(
            tr("The agent of the form (%1) is not a known person; choose the agent from the list of "
               "people.")
                .arg(form.agentId),
            QStringLiteral("agent_id"));
    }
    const QString jobNumber = agent.value(0).toString();
    agent.finish();

    const QDate day = form.acceptedAt.toTimeZone(m_zone).date();
    auto serial = nextSerial(jobNumber, day, actor);
    if (!serial)
        return serial.error();
    form.number = FormNumber::format(day, jobNumber, serial.value());

    auto id = writer().insert(shape(), toValues(form), actor);
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    form.meta.id = id.value();
    form.meta.revision = 1;
    form.meta.createdAt = form.meta.updatedAt = writer().lastWriteAt();
    form.meta.createdBy = form.meta.updatedBy = actor;
    return form;
}

Result<ProblemForm> ProblemFormRepository::get(const QString& id) const
{
    return fetchOne<ProblemForm>(QStringLiteral("SELECT * FROM problem_forms WHERE id = ?"), {id}, fromRow,
                                 tr("The problem form %1 does not exist; it may have been deleted.").arg(id));
}

Result<ProblemForm> ProblemFormRepository::findByNumber(const QString& number) const
{
    return fetchOne<ProblemForm>(QStringLiteral("SELECT * FROM problem_forms WHERE number = ?"),
                                 {number.trimmed()}, fromRow,
                                 tr("There is no problem form numbered %1.").arg(number));
}

Result<ProblemForm> ProblemFormRepository::update(ProblemForm form, const QString& actor)
{
    normalize(form);
    if (Status s = form.validate(); !s)
        return s.error();
    auto meta = updateRow(shape(), form.meta, toValues(form), actor);
    if (!meta)
        return meta.error();
    form.meta = meta.value();
    return form;
}

Result<ProblemForm> ProblemFormRepository::create(const Actor& actor, ProblemForm form)
{
    if (Status s = Permissions::require(actor, Action::WriteForms); !s)
        return s.error();
    if (!form.review.isEmpty() || !form.reviewedBy.isEmpty() || form.reviewedAt.isValid()) {
        if (Status s = Permissions::require(actor, Action::ReviewProblemForm); !s)
            return s.error();
    }
    return create(std::move(form), actor.stamp());
}

Result<ProblemForm> ProblemFormRepository::get(const Actor& actor, const QString& id) const
{
    if (Status s = Permissions::require(actor, Action::ReadLiveRecords); !s)
        return s.error();
    return get(id);
}

Result<ProblemForm> ProblemFormRepository::update(const Actor& actor, ProblemForm form)
{
    if (Status s = Permissions::require(actor, Action::WriteForms); !s)
        return s.error();
    auto stored = get(form.meta.id);
    if (!stored)
        return stored.error();
    const bool reviewChanged = form.review != stored->review || form.reviewedBy != stored->reviewedBy ||
                               form.reviewedAt != stored->reviewedAt ||
                               (form.state == FormState::Reviewed) != (stored->state == FormState::Reviewed);
    if (reviewChanged) {
        if (Status s = Permissions::require(actor, Action::ReviewProblemForm); !s)
            return s.error();
    }
    return update(std::move(form), actor.stamp());
}

Result<QList<ProblemForm>> ProblemFormRepository::forDevice(const QString& deviceId) const
{
    return fetchAll<ProblemForm>(
        QStringLiteral("SELECT * FROM problem_forms WHERE device_id = ? ORDER BY accepted_at DESC, id"),
        {deviceId}, fromRow);
}

Result<QList<ProblemForm>> ProblemFormRepository::forCall(const QString& callId) const
{
    return fetchAll<ProblemForm>(
        QStringLiteral("SELECT * FROM problem_forms WHERE call_id = ? ORDER BY accepted_at, id"), {callId},
        fromRow);
}

} // namespace threerings
