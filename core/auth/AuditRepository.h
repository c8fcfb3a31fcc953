#pragma once

#include "core/auth/Actor.h"
#include "core/db/Repository.h"
#include "core/model/AuditEntry.h"

namespace threerings {

// Reads the append-only audit trail that RecordWriter writes. There is deliberately no call that
// changes or removes an audit row, and triggers in the schema refuse it from anywhere else.
class AuditRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(AuditRepository)

public:
    using Repository::Repository;

    // Every change to one record, oldest first. Supervisors and admins only.
    Result<QList<AuditEntry>> forRecord(const Actor& actor, const QString& table, const QString& rowId) const;

    static AuditEntry fromRow(const QSqlQuery& q);
};

} // namespace threerings
