#include "core/auth/AuditRepository.h"

#include "core/auth/Permissions.h"

namespace threerings {

AuditEntry AuditRepository::fromRow(const QSqlQuery& q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.changedAt = q.value(1).toLongLong();
    e.changedBy = q.value(2).toString();
    e.table = q.value(3).toString();
    e.rowId = q.value(4).toString();
    e.op = q.value(5).toString();
    e.field = q.value(6).toString();
    e.oldIsNull = q.value(7).isNull();
    e.oldValue = q.value(7).toString();
    e.newIsNull = q.value(8).isNull();
    e.newValue = q.value(8).toString();
    e.changedByJobNumber = q.value(9).toString();
    e.changedByName = q.value(10).toString();
    return e;
}

Result<QList<AuditEntry>> AuditRepository::forRecord(const Actor& actor, const QString& table,
                                                     const QString& rowId) const
{
    if (Status s = Permissions::require(actor, Action::ReadAudit); !s)
        return s.error();
    return fetchAll<AuditEntry>(
        QStringLiteral("SELECT a.seq, a.changed_at, a.changed_by, a.table_name, a.row_id, a.op, a.field, "
                       "a.old_value, a.new_value, u.job_number, u.name FROM audit_log a "
                       "LEFT JOIN users u ON u.id = a.changed_by WHERE a.table_name = ? AND a.row_id = ? "
                       "ORDER BY a.seq"),
        {table, rowId}, fromRow);
}

} // namespace threerings
