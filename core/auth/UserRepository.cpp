#include "core/auth/UserRepository.h"

#include "core/db/SqlValue.h"

namespace threerings {

const RowShape& UserRepository::shape()
{
    static const RowShape s(QStringLiteral("users"),
                            {"job_number", "name", "department_id", "roles", "active"});
    return s;
}

QVariantList UserRepository::toValues(const User& x)
{
    // In the order of shape().
    return {
        SqlValue::text(x.jobNumber),        SqlValue::text(x.name), SqlValue::ref(x.departmentId),
        SqlValue::text(rolesText(x.roles)), x.active ? 1 : 0,
    };
}

User UserRepository::fromRow(const QSqlQuery& q)
{
    User x;
    x.meta = readMeta(q);
    x.jobNumber = q.value(QStringLiteral("job_number")).toString();
    x.name = q.value(QStringLiteral("name")).toString();
    x.departmentId = q.value(QStringLiteral("department_id")).toString();
    const QString roles = q.value(QStringLiteral("roles")).toString();
    x.roles = rolesFromText(roles);
    if (x.roles.contains(Role::Unknown)) // grants nothing, and validate() keeps the row from being saved over
        qWarning("Person %s has a role this version does not know: '%s'.", qPrintable(x.jobNumber),
                 qPrintable(roles));
    x.active = q.value(QStringLiteral("active")).toInt() != 0;
    return x;
}

Result<User> UserRepository::insert(User user, const QString& actor)
{
    if (Status s = user.validate(); !s)
        return s.error();
    auto meta = insertRow(shape(), toValues(user), actor);
    if (!meta)
        return meta.error();
    user.meta = meta.value();
    return user;
}

Result<User> UserRepository::get(const QString& id) const
{
    return fetchOne<User>(QStringLiteral("SELECT * FROM users WHERE id = ?"), {id}, fromRow,
                          tr("The person %1 does not exist; it may have been deleted.").arg(id));
}

Result<User> UserRepository::update(User user, const QString& actor)
{
    if (Status s = user.validate(); !s)
        return s.error();
    auto meta = updateRow(shape(), user.meta, toValues(user), actor);
    if (!meta)
        return meta.error();
    user.meta = meta.value();
    return user;
}

Result<User> UserRepository::findByJobNumber(const QString& jobNumber) const
{
    return fetchOne<User>(QStringLiteral("SELECT * FROM users WHERE job_number = ?"), {jobNumber}, fromRow,
                          tr("There is nobody with the job number %1.").arg(jobNumber));
}

Result<QList<User>> UserRepository::list() const
{
    return fetchAll<User>(QStringLiteral("SELECT * FROM users ORDER BY job_number"), {}, fromRow);
}

} // namespace threerings
