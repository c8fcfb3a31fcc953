#include "core/forms/ComplaintRepository.h"

#include "core/auth/Permissions.h"
#include "core/db/SqlValue.h"
#include "core/db/Transaction.h"
#include "core/model/PhoneNumber.h"
#include "core/util/Clock.h"

namespace threerings {

const RowShape& ComplaintRepository::shape()
{
    static const RowShape s(QStringLiteral("complaints"),
                            {"no", "customer_id", "call_id", "complaining_unit", "matter", "complained_at",
                             "contact_method", "contact_person", "acceptor_id", "relayed_at", "relayed_by",
                             "report_no", "department_id", "callback_due_at", "reply_due_at", "state",
                             "round", "problem_form_id"});
    return s;
}

QVariantList ComplaintRepository::toValues(const Complaint& x)
{
    // In the order of shape().
    return {
        SqlValue::text(x.no),
        SqlValue::ref(x.customerId),
        SqlValue::ref(x.callId),
        SqlValue::text(x.complainingUnit),
        SqlValue::text(x.matter),
        SqlValue::time(x.complainedAt),
        SqlValue::text(x.contactMethod),
        SqlValue::text(x.contactPerson),
        SqlValue::ref(x.acceptorId),
        SqlValue::time(x.relayedAt),
        SqlValue::text(x.relayedBy),
        SqlValue::text(x.reportNo),
        SqlValue::ref(x.departmentId),
        SqlValue::time(x.callbackDueAt),
        SqlValue::time(x.replyDueAt),
        SqlValue::text(complaintStateText(x.state)),
        x.round,
        SqlValue::ref(x.problemFormId),
    };
}

Complaint ComplaintRepository::fromRow(const QSqlQuery& q)
{
    Complaint x;
    x.meta = readMeta(q);
    x.no = q.value(QStringLiteral("no")).toString();
    x.customerId = q.value(QStringLiteral("customer_id")).toString();
    x.callId = q.value(QStringLiteral("call_id")).toString();
    x.complainingUnit = q.value(QStringLiteral("complaining_unit")).toString();
    x.matter = q.value(QStringLiteral("matter")).toString();
    x.complainedAt = SqlValue::toTime(q.value(QStringLiteral("complained_at")));
    x.contactMethod = q.value(QStringLiteral("contact_method")).toString();
    x.contactPerson = q.value(QStringLiteral("contact_person")).toString();
    x.acceptorId = q.value(QStringLiteral("acceptor_id")).toString();
    x.relayedAt = SqlValue::toTime(q.value(QStringLiteral("relayed_at")));
    x.relayedBy = q.value(QStringLiteral("relayed_by")).toString();
    x.reportNo = q.value(QStringLiteral("report_no")).toString();
    x.departmentId = q.value(QStringLiteral("department_id")).toString();
    x.callbackDueAt = SqlValue::toTime(q.value(QStringLiteral("callback_due_at")));
    x.replyDueAt = SqlValue::toTime(q.value(QStringLiteral("reply_due_at")));
    x.state = complaintStateFromText(q.value(QStringLiteral("state")).toString());
    x.round = q.value(QStringLiteral("round")).toInt();
    x.problemFormId = q.value(QStringLiteral("problem_form_id")).toString();
    return x;
}

Result<Complaint> ComplaintRepository::insert(Complaint complaint, const QString& actor)
{
    if (!complaint.complainedAt.isValid())
        complaint.complainedAt = m_clock.now();
    if (Status s = complaint.validate(); !s)
        return s.error();
    auto meta = insertRow(shape(), toValues(complaint), actor);
    if (!meta)
        return meta.error();
    complaint.meta = meta.value();
    return complaint;
}

Result<Complaint> ComplaintRepository::get(const QString& id) const
{
    return fetchOne<Complaint>(QStringLiteral("SELECT * FROM complaints WHERE id = ?"), {id}, fromRow,
                               tr("The complaint %1 does not exist; it may have been deleted.").arg(id));
}

Result<std::optional<Complaint>> ComplaintRepository::forProblemForm(const QString& formId) const
{
    auto found = fetchAll<Complaint>(
        QStringLiteral("SELECT * FROM complaints WHERE problem_form_id = ? ORDER BY created_at, id LIMIT 1"),
        {formId}, fromRow);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Complaint>();
    return std::optional<Complaint>(found->first());
}

Result<Complaint> ComplaintRepository::update(Complaint complaint, const QString& actor)
{
    if (!complaint.complainedAt.isValid())
        complaint.complainedAt = m_clock.now();
    if (Status s = complaint.validate(); !s)
        return s.error();
    auto meta = updateRow(shape(), complaint.meta, toValues(complaint), actor);
    if (!meta)
        return meta.error();
    complaint.meta = meta.value();
    return complaint;
}

const RowShape& ComplaintRepository::reportShape()
{
    static const RowShape s(QStringLiteral("complaint_reports"), {"no",
                                                                  "complaint_id",
                                                                  "customer_name",
                                                                  "address",
                                                                  "phone",
                                                                  "contact",
                                                                  "handling_time",
                                                                  "description",
                                                                  "recorder",
                                                                  "recorded_on",
                                                                  "handling_method",
                                                                  "handler",
                                                                  "handled_at",
                                                                  "department_head",
                                                                  "cause",
                                                                  "penalty_opinion",
                                                                  "callback_result",
                                                                  "satisfied",
                                                                  "remarks",
                                                                  "round"});
    return s;
}

QVariantList ComplaintRepository::reportValues(const ComplaintReport& x)
{
    // In the order of reportShape().
    return {
        SqlValue::text(x.no),
        SqlValue::ref(x.complaintId),
        SqlValue::text(x.customerName),
        SqlValue::text(x.address),
        SqlValue::text(x.phone),
        SqlValue::text(x.contact),
        SqlValue::time(x.handlingTime),
        SqlValue::text(x.description),
        SqlValue::text(x.recorder),
        SqlValue::day(x.recordedOn),
        SqlValue::text(x.handlingMethod),
        SqlValue::text(x.handler),
        SqlValue::time(x.handledAt),
        SqlValue::text(x.departmentHead),
        SqlValue::text(x.cause),
        SqlValue::text(x.penaltyOpinion),
        SqlValue::text(x.callbackResult),
        x.satisfied ? QVariant(*x.satisfied ? 1 : 0) : QVariant(QMetaType::fromType<int>()),
        SqlValue::text(x.remarks),
        x.round,
    };
}

ComplaintReport ComplaintRepository::reportFromRow(const QSqlQuery& q)
{
    ComplaintReport x;
    x.meta = readMeta(q);
    x.no = q.value(QStringLiteral("no")).toString();
    x.complaintId = q.value(QStringLiteral("complaint_id")).toString();
    x.customerName = q.value(QStringLiteral("customer_name")).toString();
    x.address = q.value(QStringLiteral("address")).toString();
    x.phone = q.value(QStringLiteral("phone")).toString();
    x.contact = q.value(QStringLiteral("contact")).toString();
    x.handlingTime = SqlValue::toTime(q.value(QStringLiteral("handling_time")));
    x.description = q.value(QStringLiteral("description")).toString();
    x.recorder = q.value(QStringLiteral("recorder")).toString();
    x.recordedOn = SqlValue::toDay(q.value(QStringLiteral("recorded_on")));
    x.handlingMethod = q.value(QStringLiteral("handling_method")).toString();
    x.handler = q.value(QStringLiteral("handler")).toString();
    x.handledAt = SqlValue::toTime(q.value(QStringLiteral("handled_at")));
    x.departmentHead = q.value(QStringLiteral("department_head")).toString();
    x.cause = q.value(QStringLiteral("cause")).toString();
    x.penaltyOpinion = q.value(QStringLiteral("penalty_opinion")).toString();
    x.callbackResult = q.value(QStringLiteral("callback_result")).toString();
    x.satisfied = q.value(QStringLiteral("satisfied")).isNull()
                      ? std::optional<bool>()
                      : std::optional<bool>(q.value(QStringLiteral("satisfied")).toInt() != 0);
    x.remarks = q.value(QStringLiteral("remarks")).toString();
    x.round = q.value(QStringLiteral("round")).toInt();
    return x;
}

Result<ComplaintReport> ComplaintRepository::addReport(ComplaintReport report, const QString& actor)
{
    if (!report.phone.trimmed().isEmpty()) {
        if (auto n = PhoneNumber::normalize(report.phone))
            report.phone = n.value();
    }
    if (Status s = report.validate(); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    auto complaint = get(report.complaintId);
    if (!complaint)
        return complaint.error();
    auto meta = insertRow(reportShape(), reportValues(report), actor);
    if (!meta)
        return meta.error();
    report.meta = meta.value();
    if (complaint->reportNo.isEmpty()) {
        if (auto r = writer().update(QStringLiteral("complaints"), complaint->meta.id,
                                     {{QStringLiteral("report_no"), report.no}}, actor);
            !r)
            return r.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

Result<ComplaintReport> ComplaintRepository::getReport(const QString& id) const
{
    return fetchOne<ComplaintReport>(QStringLiteral("SELECT * FROM complaint_reports WHERE id = ?"), {id},
                                     reportFromRow, tr("The complaint report %1 does not exist.").arg(id));
}

Result<ComplaintReport> ComplaintRepository::updateReport(ComplaintReport report, const QString& actor)
{
    if (!report.phone.trimmed().isEmpty()) {
        if (auto n = PhoneNumber::normalize(report.phone))
            report.phone = n.value();
    }
    if (Status s = report.validate(); !s)
        return s.error();
    auto meta = updateRow(reportShape(), report.meta, reportValues(report), actor);
    if (!meta)
        return meta.error();
    report.meta = meta.value();
    return report;
}

Result<QList<ComplaintReport>> ComplaintRepository::reports(const QString& complaintId) const
{
    return fetchAll<ComplaintReport>(
        QStringLiteral("SELECT * FROM complaint_reports WHERE complaint_id = ? ORDER BY round, created_at"),
        {complaintId}, reportFromRow);
}

Result<ComplaintReport> ComplaintRepository::addReport(const Actor& actor, ComplaintReport report)
{
    if (Status s = Permissions::require(actor, Action::WriteForms); !s)
        return s.error();
    if (!report.penaltyOpinion.isEmpty()) {
        if (Status s = Permissions::require(actor, Action::WritePenaltyOpinion); !s)
            return s.error();
    }
    return addReport(std::move(report), actor.stamp());
}

Result<ComplaintReport> ComplaintRepository::getReport(const Actor& actor, const QString& id) const
{
    if (Status s = Permissions::require(actor, Action::ReadLiveRecords); !s)
        return s.error();
    auto report = getReport(id);
    if (report && !Permissions::allows(actor, Action::ReadPenaltyOpinion))
        report->penaltyOpinion.clear();
    return report;
}

Result<ComplaintReport> ComplaintRepository::updateReport(const Actor& actor, ComplaintReport report)
{
    if (Status s = Permissions::require(actor, Action::WriteForms); !s)
        return s.error();
    auto stored = getReport(report.meta.id);
    if (!stored)
        return stored.error();
    if (report.penaltyOpinion != stored->penaltyOpinion) {
        const bool mayWrite = Permissions::allows(actor, Action::WritePenaltyOpinion);
        // Someone who read the report blanked saves it back blank: that is no change of the opinion.
        if (!mayWrite && report.penaltyOpinion.isEmpty())
            report.penaltyOpinion = stored->penaltyOpinion;
        else if (Status s = Permissions::require(actor, Action::WritePenaltyOpinion); !s)
            return s.error();
    }
    auto saved = updateReport(std::move(report), actor.stamp());
    if (saved && !Permissions::allows(actor, Action::ReadPenaltyOpinion))
        saved->penaltyOpinion.clear();
    return saved;
}

Result<QList<ComplaintReport>> ComplaintRepository::reports(const Actor& actor,
                                                            const QString& complaintId) const
{
    if (Status s = Permissions::require(actor, Action::ReadLiveRecords); !s)
        return s.error();
    auto list = reports(complaintId);
    if (list && !Permissions::allows(actor, Action::ReadPenaltyOpinion)) {
        for (ComplaintReport& r : *list)
            r.penaltyOpinion.clear();
    }
    return list;
}

} // namespace threerings
