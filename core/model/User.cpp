#include "core/model/User.h"

#include "core/model/Validation.h"

namespace threerings {

Result<QList<Role>> User::parseRoles(const QString& typed)
{
    QList<Role> roles;
    for (const QString& part : typed.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const Role role = roleFromText(part);
        if (role == Role::Unknown)
            return Validation::oneOf(QStringLiteral("roles"), tr("role"), part.trimmed(),
                                     roleTexts(knownRoles()))
                .error();
        roles.append(role);
    }
    return roles;
}

Status User::validate() const
{
    using V = Validation;
    if (Status s = V::first({
            V::required(QStringLiteral("job_number"), tr("job number"), jobNumber),
            V::maxLength(QStringLiteral("job_number"), tr("job number"), jobNumber, 20),
            V::required(QStringLiteral("name"), tr("name"), name),
            V::maxLength(QStringLiteral("name"), tr("name"), name, V::NameLength),
        });
        !s)
        return s;
    // The job number becomes part of every form number (YYYYMMDD-<job number>-<serial>).
    for (QChar c : jobNumber) {
        if (c.unicode() > 127 || !c.isLetterOrNumber())
            return Error::data(
                tr("The job number '%1' may hold only the letters A-Z and digits, because it becomes part "
                   "of the form numbers.")
                    .arg(jobNumber),
                QStringLiteral("job_number"));
    }
    const QStringList known = roleTexts(knownRoles());
    if (roles.isEmpty())
        return Error::data(
            tr("The person has no role; give at least one of: %1.").arg(known.join(QStringLiteral(", "))),
            QStringLiteral("roles"));
    return V::known(QStringLiteral("roles"), tr("role"), !roles.contains(Role::Unknown), known);
}

} // namespace threerings
