#pragma once

#include "core/db/Repository.h"
#include "core/model/FormChase.h"

namespace threerings {

// form_chases: the attempts to move a late problem form along, one row each.
class ChaseRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(ChaseRepository)

public:
    using Repository::Repository;

    // Validates and stores a new attempt; returns it as stored.
    Result<FormChase> insert(FormChase chase, const QString& actor);
    // A form's attempts, oldest first.
    Result<QList<FormChase>> ofForm(const QString& formId) const;

    static const RowShape& shape();
    static QVariantList toValues(const FormChase& x);
    static FormChase fromRow(const QSqlQuery& q);
};

} // namespace threerings
