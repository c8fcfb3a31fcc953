#pragma once

#include "core/db/Repository.h"
#include "core/model/Consultation.h"

namespace threerings {

// 用户咨询统计表.
class ConsultationRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(ConsultationRepository)

public:
    using Repository::Repository;

    // Validates and stores a new record; returns it as stored (id, revision 1, normalized values).
    Result<Consultation> insert(Consultation consultation, const QString& actor);
    Result<Consultation> get(const QString& id) const;
    // Saves every field when nobody changed the record since it was read (meta.revision); else a Conflict.
    Result<Consultation> update(Consultation consultation, const QString& actor);
    // Consultations not yet finished, oldest first: the next shift's handover list.
    Result<QList<Consultation>> unfinished() const;

    static const RowShape& shape();
    static QVariantList toValues(const Consultation& x);
    static Consultation fromRow(const QSqlQuery& q);
};

} // namespace threerings
