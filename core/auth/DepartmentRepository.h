#pragma once

#include "core/db/Repository.h"
#include "core/model/Department.h"

namespace threerings {

// The departments forms are transferred to and complaints are counted by.
class DepartmentRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(DepartmentRepository)

public:
    using Repository::Repository;

    // Validates and stores a new record; returns it as stored (id, revision 1, normalized values).
    Result<Department> insert(Department department, const QString& actor);
    Result<Department> get(const QString& id) const;
    // Saves every field when nobody changed the record since it was read (meta.revision); else a Conflict.
    Result<Department> update(Department department, const QString& actor);
    Result<Department> findByName(const QString& name) const;
    Result<QList<Department>> list() const;

    static const RowShape& shape();
    // The routes as stored ("technical,other") and back.
    static QString routesText(const QList<Category>& routes);
    static QList<Category> routesFromText(const QString& text);
    static QVariantList toValues(const Department& x);
    static Department fromRow(const QSqlQuery& q);
};

} // namespace threerings
