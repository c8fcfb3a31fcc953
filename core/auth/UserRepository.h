#pragma once

#include "core/db/Repository.h"
#include "core/model/User.h"

namespace threerings {

// The people of the hotline (minimal; accounts and passwords arrive with sign-in).
class UserRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)

public:
    using Repository::Repository;

    // Validates and stores a new record; returns it as stored (id, revision 1, normalized values).
    Result<User> insert(User user, const QString& actor);
    Result<User> get(const QString& id) const;
    // Saves every field when nobody changed the record since it was read (meta.revision); else a Conflict.
    Result<User> update(User user, const QString& actor);
    Result<User> findByJobNumber(const QString& jobNumber) const;
    Result<QList<User>> list() const;

    static const RowShape& shape();
    static QVariantList toValues(const User& x);
    static User fromRow(const QSqlQuery& q);
};

} // namespace threerings
