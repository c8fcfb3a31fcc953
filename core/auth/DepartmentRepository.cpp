#include "core/auth/DepartmentRepository.h"

#include "core/db/SqlValue.h"

namespace threerings {

const RowShape& DepartmentRepository::shape()
{
    static const RowShape s(QStringLiteral("departments"), {"name", "kind", "head_user_id"});
    return s;
}

QVariantList DepartmentRepository::toValues(const Department& x)
{
    // In the order of shape().
    return {
        SqlValue::text(x.name),
        SqlValue::text(x.kind),
        SqlValue::ref(x.headUserId),
    };
}

Department DepartmentRepository::fromRow(const QSqlQuery& q)
{
    Department x;
    x.meta = readMeta(q);
    x.name = q.value(QStringLiteral("name")).toString();
    x.kind = q.value(QStringLiteral("kind")).toString();
    x.headUserId = q.value(QStringLiteral("head_user_id")).toString();
    return x;
}

Result<Department> DepartmentRepository::insert(Department department, const QString& actor)
{
    if (Status s = department.validate(); !s)
        return s.error();
    auto meta = insertRow(shape(), toValues(department), actor);
    if (!meta)
        return meta.error();
    department.meta = meta.value();
    return department;
}

Result<Department> DepartmentRepository::get(const QString& id) const
{
    return fetchOne<Department>(QStringLiteral("SELECT * FROM departments WHERE id = ?"), {id}, fromRow,
                                tr("The department %1 does not exist; it may have been deleted.").arg(id));
}

Result<Department> DepartmentRepository::update(Department department, const QString& actor)
{
    if (Status s = department.validate(); !s)
        return s.error();
    auto meta = updateRow(shape(), department.meta, toValues(department), actor);
    if (!meta)
        return meta.error();
    department.meta = meta.value();
    return department;
}

Result<Department> DepartmentRepository::findByName(const QString& name) const
{
    return fetchOne<Department>(QStringLiteral("SELECT * FROM departments WHERE name = ?"), {name}, fromRow,
                                tr("There is no department named %1.").arg(name));
}

Result<QList<Department>> DepartmentRepository::list() const
{
    return fetchAll<Department>(QStringLiteral("SELECT * FROM departments ORDER BY name"), {}, fromRow);
}

} // namespace threerings
