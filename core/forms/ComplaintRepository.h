#pragma once

#include "core/auth/Actor.h"
#include "core/db/Repository.h"
#include "core/model/Complaint.h"
#include "core/model/ComplaintReport.h"

namespace threerings {

// 投诉统计表 with its 投诉处理汇报单: a complaint and the reports of each round of handling.
// The reports are rows of their own (complaint_reports) written by this repository.
class ComplaintRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintRepository)

public:
    using Repository::Repository;

    // Validates and stores a new record; returns it as stored (id, revision 1, normalized values).
    Result<Complaint> insert(Complaint complaint, const QString& actor);
    Result<Complaint> get(const QString& id) const;
    // The complaint registered from a service-quality problem form, if it has one (the first, should
    // two consoles of a team each have registered one).
    Result<std::optional<Complaint>> forProblemForm(const QString& formId) const;
    // Saves every field when nobody changed the record since it was read (meta.revision); else a Conflict.
    Result<Complaint> update(Complaint complaint, const QString& actor);
    // Adds a handling report to its complaint, and sets the complaint's report number when it has none.
    Result<ComplaintReport> addReport(ComplaintReport report, const QString& actor);
    Result<ComplaintReport> getReport(const QString& id) const;
    Result<ComplaintReport> updateReport(ComplaintReport report, const QString& actor);
    // The reports of one complaint, round by round.
    Result<QList<ComplaintReport>> reports(const QString& complaintId) const;

    // The report calls people make. Reading needs ReadLiveRecords and blanks the penalty opinion (处罚意见)
    // for whoever may not read it; writing needs WriteForms, and a penalty opinion that differs from the
    // stored one needs WritePenaltyOpinion. A report read blanked and saved back keeps the stored opinion.
    Result<ComplaintReport> addReport(const Actor& actor, ComplaintReport report);
    Result<ComplaintReport> getReport(const Actor& actor, const QString& id) const;
    Result<ComplaintReport> updateReport(const Actor& actor, ComplaintReport report);
    Result<QList<ComplaintReport>> reports(const Actor& actor, const QString& complaintId) const;

    static const RowShape& shape();
    static QVariantList toValues(const Complaint& x);
    static Complaint fromRow(const QSqlQuery& q);
    static const RowShape& reportShape();
    static QVariantList reportValues(const ComplaintReport& x);
    static ComplaintReport reportFromRow(const QSqlQuery& q);
};

} // namespace threerings
