#include "core/auth/DepartmentRepository.h"

#include "core/db/SqlValue.h"
#include "core/model/PhoneNumber.h"

namespace threerings {

QString DepartmentRepository::routesText(const QList<Category>& routes)
{
    QStringList keys;
    for (Category c : routes)
        keys << CategoryNames::key(c);
    return keys.join(QLatin1Char(','));
}

QList<Category> DepartmentRepository::routesFromText(const QString& text)
{
    QList<Category> out;
    for (const QString& k : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (auto c = CategoryNames::fromKey(k.trimmed()); c && !out.contains(*c))
            out << *c;
    return out;
}

const RowShape& DepartmentRepository::shape()
{
    static const RowShape s(QStringLiteral("departments"),
                            {"name", "kind", "head_user_id", "phone", "routes", "active"});
    return s;
}

QVariantList DepartmentRepository::toValues(const Department& x)
{
    // In the order of shape().
    return {
        SqlValue::text(x.name),
        SqlValue::text(x.kind),
        SqlValue::ref(x.headUserId),
        SqlValue::text(x.phone),
        SqlValue::text(routesText(x.routes)),
        x.active ? 1 : 0,
    };
}

Department DepartmentRepository::fromRow(const QSqlQuery& q)
{
    Department x;
    x.meta = readMeta(q);
    x.name = q.value(QStringLiteral("name")).toString();
    x.kind = q.value(QStringLiteral("kind")).toString();
    x.headUserId = q.value(QStringLiteral("head_user_id")).toString();
    x.phone = q.value(QStringLiteral("phone")).toString();
    x.routes = routesFromText(q.value(QStringLiteral("routes")).toString());
    x.active = q.value(QStringLiteral("active")).toInt() != 0;
    return x;
}

Result<Department> DepartmentRepository::insert(Department department, const QString& actor)
{
    department.phone = PhoneNumber::normalizeOrKeep(department.phone.trimmed());
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
    department.phone = PhoneNumber::normalizeOrKeep(department.phone.trimmed());
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
