#pragma once

#include "core/db/Repository.h"
#include "core/model/Outlet.h"

namespace threerings {

// 网点: the service outlets.
class OutletRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(OutletRepository)

public:
    using Repository::Repository;

    // Validates and stores a new record; returns it as stored (id, revision 1, normalized values).
    Result<Outlet> insert(Outlet outlet, const QString& actor);
    Result<Outlet> get(const QString& id) const;
    // Saves every field when nobody changed the record since it was read (meta.revision); else a Conflict.
    Result<Outlet> update(Outlet outlet, const QString& actor);
    Result<Outlet> findByCode(const QString& code) const;
    Result<Outlet> findByName(const QString& name) const;
    // Every outlet, by code; and those whose code, name, province or city holds `text` (retired ones too
    // when asked).
    Result<QList<Outlet>> list() const;
    Result<QList<Outlet>> search(const QString& text, bool retiredToo) const;

    static const RowShape& shape();
    static QVariantList toValues(const Outlet& x);
    static Outlet fromRow(const QSqlQuery& q);
};

} // namespace threerings
