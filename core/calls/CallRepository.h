#pragma once

#include "core/db/Repository.h"
#include "core/model/Call.h"

namespace threerings {

// The calls, answered and abandoned; the tally and the service level are read from them.
class CallRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(CallRepository)

public:
    using Repository::Repository;

    // Validates and stores a new record; returns it as stored (id, revision 1, normalized values).
    Result<Call> insert(Call call, const QString& actor);
    Result<Call> get(const QString& id) const;
    // Saves every field when nobody changed the record since it was read (meta.revision); else a Conflict.
    Result<Call> update(Call call, const QString& actor);
    // The calls of one customer, newest first.
    Result<QList<Call>> forCustomer(const QString& customerId) const;
    // An agent's calls that never ended (a console killed mid-call), oldest first.
    Result<QList<Call>> openFor(const QString& agentId) const;

    static const RowShape& shape();
    static QVariantList toValues(const Call& x);
    static Call fromRow(const QSqlQuery& q);
};

} // namespace threerings
