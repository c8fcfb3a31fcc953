#include "store/DepartmentRepository.h"

#include "store/SqlValue.h"

namespace threerings {

QVariantMap DepartmentRepository::toFields(const Department& x)
{
    return {
        {QStringLiteral("name"), SqlValue::text(x.name)},
        {QStringLiteral("kind"), SqlValue::text(x.kind)},
        {QStringLiteral("head_user_id"), SqlValue::ref(x.headUserId)},
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
    auto meta = insertRow(QStringLiteral("departments"), toFields(department), actor);
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
    auto meta = updateRow(QStringLiteral("departments"), department.meta, toFields(department), actor);
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
