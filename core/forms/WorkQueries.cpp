#include "core/forms/WorkQueries.h"

#include "core/forms/CallbackRepository.h"
#include "core/forms/ComplaintRepository.h"
#include "core/forms/ConsultationRepository.h"
#include "core/forms/ProblemFormRepository.h"

namespace threerings {

namespace {
const QString OpenStates = QStringLiteral("('accepted', 'transferred', 'planned', 'reopened')");
}

Result<QList<ProblemForm>> WorkQueries::openForms() const
{
    return fetchAll<ProblemForm>(QStringLiteral("SELECT * FROM problem_forms WHERE state IN ") + OpenStates +
                                     QStringLiteral(" ORDER BY accepted_at, number"),
                                 {}, ProblemFormRepository::fromRow);
}

Result<QList<ProblemForm>> WorkQueries::openFormsOfAgent(const QString& agentId) const
{
    return fetchAll<ProblemForm>(
        QStringLiteral("SELECT * FROM problem_forms WHERE agent_id = ? AND state IN ") + OpenStates +
            QStringLiteral(" ORDER BY accepted_at, number"),
        {agentId}, ProblemFormRepository::fromRow);
}

Result<QList<ProblemForm>> WorkQueries::openFormsOfHandler(const QString& userId) const
{
    return fetchAll<ProblemForm>(
        QStringLiteral(
            "SELECT * FROM problem_forms WHERE state IN ('transferred', 'planned', 'reopened') AND "
            "(handler_id = ? OR (handler_id IS NULL AND handler_department_id = "
            "(SELECT department_id FROM users WHERE id = ?))) ORDER BY result_due_at, number"),
        {userId, userId}, ProblemFormRepository::fromRow);
}

Result<QList<CallbackRecord>> WorkQueries::openCallbacksUpTo(const QDate& day, const QString& agentId) const
{
    QString sql = QStringLiteral(
        "SELECT * FROM callbacks WHERE state IN ('due', 'retry') AND due_on <> '' AND due_on <= ?");
    QVariantList binds{day.toString(Qt::ISODate)};
    if (!agentId.isEmpty()) {
        sql += QStringLiteral(
            " AND (callback_agent_id = ? OR form_id IN (SELECT id FROM problem_forms WHERE agent_id = ?))");
        binds << agentId << agentId;
    }
    return fetchAll<CallbackRecord>(sql + QStringLiteral(" ORDER BY due_on, form_number"), binds,
                                    CallbackRepository::fromRow);
}

Result<QList<ProblemForm>> WorkQueries::formsAwaitingReview() const
{
    return fetchAll<ProblemForm>(
        QStringLiteral("SELECT * FROM problem_forms WHERE state = 'resolved' ORDER BY result_at, number"), {},
        ProblemFormRepository::fromRow);
}

Result<QList<CallbackRecord>> WorkQueries::callbacksOfForm(const QString& formId) const
{
    return fetchAll<CallbackRecord>(
        QStringLiteral("SELECT * FROM callbacks WHERE form_id = ? ORDER BY created_at, id"), {formId},
        CallbackRepository::fromRow);
}

Result<QList<Consultation>> WorkQueries::expiredTests(qint64 nowMs) const
{
    return fetchAll<Consultation>(
        QStringLiteral("SELECT * FROM consultations WHERE status = 'awaiting_test' AND test_due_at <= ? "
                       "ORDER BY test_due_at"),
        {nowMs}, ConsultationRepository::fromRow);
}

Result<QList<Consultation>> WorkQueries::consultationsByStatus(ConsultationStatus status) const
{
    return fetchAll<Consultation>(
        QStringLiteral("SELECT * FROM consultations WHERE status = ? ORDER BY consulted_at"),
        {consultationStatusText(status)}, ConsultationRepository::fromRow);
}

Result<QList<Complaint>> WorkQueries::complaintsAwaitingCallback() const
{
    return fetchAll<Complaint>(
        QStringLiteral("SELECT * FROM complaints WHERE state IN ('forwarded', 'handled', 'reopened') "
                       "ORDER BY callback_due_at, no"),
        {}, ComplaintRepository::fromRow);
}

Result<QList<Complaint>> WorkQueries::complaintsOfDepartmentHead(const QString& userId) const
{
    return fetchAll<Complaint>(
        QStringLiteral("SELECT c.* FROM complaints c JOIN departments d ON d.id = c.department_id "
                       "WHERE d.head_user_id = ? AND c.state IN ('forwarded', 'reopened') "
                       "ORDER BY c.reply_due_at, c.no"),
        {userId}, ComplaintRepository::fromRow);
}

QString WorkQueries::scalar(const QString& sql, const QVariantList& binds) const
{
    return fetchOne<QString>(sql, binds, [](const QSqlQuery& q) { return q.value(0).toString(); }, {})
        .valueOr({});
}

QString WorkQueries::outletKind(const QString& outletId) const
{
    return scalar(QStringLiteral("SELECT kind FROM outlets WHERE id = ?"), {outletId});
}

QString WorkQueries::outletName(const QString& outletId) const
{
    return scalar(QStringLiteral("SELECT name FROM outlets WHERE id = ?"), {outletId});
}

QString WorkQueries::departmentHead(const QString& departmentId) const
{
    return scalar(QStringLiteral("SELECT head_user_id FROM departments WHERE id = ?"), {departmentId});
}

QString WorkQueries::serviceDepartment() const
{
    return scalar(QStringLiteral("SELECT id FROM departments WHERE kind = 'service' ORDER BY name LIMIT 1"),
                  {});
}

QString WorkQueries::departmentOf(const QString& userId) const
{
    return scalar(QStringLiteral("SELECT department_id FROM users WHERE id = ?"), {userId});
}

QString WorkQueries::personLabel(const QString& userId) const
{
    const QString label =
        scalar(QStringLiteral("SELECT job_number || ' ' || name FROM users WHERE id = ?"), {userId});
    return label.isEmpty() ? userId : label;
}

QString WorkQueries::userIdOfJobNumber(const QString& jobNumber) const
{
    return scalar(QStringLiteral("SELECT id FROM users WHERE job_number = ?"), {jobNumber});
}

Result<QString> WorkQueries::nextComplaintNo(const QDate& day) const
{
    const QString prefix = QStringLiteral("TS%1-").arg(day.toString(QStringLiteral("yyyyMMdd")));
    QSqlQuery& q =
        prepared(QStringLiteral("SELECT no FROM complaints WHERE no LIKE ? ORDER BY no DESC LIMIT 1"));
    q.addBindValue(QString(prefix + QLatin1Char('%')));
    if (!q.exec())
        return readError(q);
    int last = 0;
    if (q.next())
        last = q.value(0).toString().mid(prefix.size()).toInt();
    q.finish();
    return QString(prefix + QStringLiteral("%1").arg(last + 1, 4, 10, QLatin1Char('0')));
}

} // namespace threerings
