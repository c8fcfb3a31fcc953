#pragma once

#include "core/db/Repository.h"
#include "core/model/CallbackRecord.h"
#include "core/model/Complaint.h"
#include "core/model/Consultation.h"
#include "core/model/ProblemForm.h"

#include <QDate>

namespace threerings {

// The read side of the forms' clocks: the lists "My work", lateness and the workflows need, each one
// indexed query (migration 0007). The workflows in core/workflow decide what the rows mean.
class WorkQueries : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(WorkQueries)

public:
    using Repository::Repository;

    // Forms not yet resolved (accepted, transferred, planned, reopened), by acceptance time.
    Result<QList<ProblemForm>> openForms() const;
    // … accepted by this agent.
    Result<QList<ProblemForm>> openFormsOfAgent(const QString& agentId) const;
    // … waiting for this handler: transferred to them, or to their department with no person named.
    Result<QList<ProblemForm>> openFormsOfHandler(const QString& userId) const;
    // Callbacks not done and due on `day` or earlier (retries carry over), by due day and form number; with
    // `agentId`, only those of the forms this agent accepted or that they have called already.
    Result<QList<CallbackRecord>> openCallbacksUpTo(const QDate& day, const QString& agentId = {}) const;
    // Resolved forms waiting for the review (审核), oldest result first.
    Result<QList<ProblemForm>> formsAwaitingReview() const;
    Result<QList<CallbackRecord>> callbacksOfForm(const QString& formId) const;
    // Consultations awaiting the caller's test result whose 24 h ran out at or before `nowMs`.
    Result<QList<Consultation>> expiredTests(qint64 nowMs) const;
    // Consultations with this status (unfinished, awaiting the test), oldest first.
    Result<QList<Consultation>> consultationsByStatus(ConsultationStatus status) const;
    // Complaints waiting for their callback (forwarded, handled, reopened), by callback due time.
    Result<QList<Complaint>> complaintsAwaitingCallback() const;
    Result<QList<Complaint>> complaintsOfDepartmentHead(const QString& userId) const;
    // The kind of an outlet (repair_center, dealer, branch); empty when unknown.
    QString outletKind(const QString& outletId) const;
    QString outletName(const QString& outletId) const;
    // The head (部门主管) of a department; empty when it has none.
    QString departmentHead(const QString& departmentId) const;
    QString departmentOf(const QString& userId) const;
    // The service department (用户服务部) complaints go to when none is named; empty when there is none.
    QString serviceDepartment() const;
    // "1001 王芳" for a user id; the id itself when unknown.
    QString personLabel(const QString& userId) const;
    // The user id of a job number; empty when unknown.
    QString userIdOfJobNumber(const QString& jobNumber) const;
    // The next complaint number of a day: TS<yyyyMMdd>-<serial>.
    Result<QString> nextComplaintNo(const QDate& day) const;

private:
    QString scalar(const QString& sql, const QVariantList& binds) const;
};

} // namespace threerings
