#pragma once

#include "core/db/Repository.h"
#include "core/model/CallbackRecord.h"

namespace threerings {

// 用户回访统计表: the callbacks due the day after a fault was resolved.
class CallbackRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(CallbackRepository)

public:
    using Repository::Repository;

    // Validates and stores a new record; returns it as stored (id, revision 1, normalized values).
    Result<CallbackRecord> insert(CallbackRecord callbackRecord, const QString& actor);
    Result<CallbackRecord> get(const QString& id) const;
    // Saves every field when nobody changed the record since it was read (meta.revision); else a Conflict.
    Result<CallbackRecord> update(CallbackRecord callbackRecord, const QString& actor);
    // The callbacks due on `day` (the daily callback sheet), by form number.
    Result<QList<CallbackRecord>> dueOn(const QDate& day) const;

    static const RowShape& shape();
    static QVariantList toValues(const CallbackRecord& x);
    static CallbackRecord fromRow(const QSqlQuery& q);
};

} // namespace threerings
