#pragma once

#include "core/db/Repository.h"
#include "core/model/Rating.h"

namespace threerings {

// 绩效评定表: customer ratings of engineers.
class RatingRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(RatingRepository)

public:
    using Repository::Repository;

    // Validates and stores a new record; returns it as stored (id, revision 1, normalized values).
    Result<Rating> insert(Rating rating, const QString& actor);
    Result<Rating> get(const QString& id) const;
    // Saves every field when nobody changed the record since it was read (meta.revision); else a Conflict.
    Result<Rating> update(Rating rating, const QString& actor);

    static const RowShape& shape();
    static QVariantList toValues(const Rating& x);
    static Rating fromRow(const QSqlQuery& q);
};

} // namespace threerings
