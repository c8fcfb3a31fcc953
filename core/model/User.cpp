#include "core/model/User.h"

#include "core/model/Validation.h"

namespace threerings {

QStringList User::knownRoles()
{
    return {QStringLiteral("agent"),   QStringLiteral("handler"), QStringLiteral("supervisor"),
            QStringLiteral("trainer"), QStringLiteral("admin"),   QStringLiteral("trainee")};
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
    if (roles.isEmpty())
        return Error::data(tr("The person has no role; give at least one of: %1.")
                               .arg(knownRoles().join(QStringLiteral(", "))),
                           QStringLiteral("roles"));
    for (const QString& r : roles) {
        if (Status s = V::oneOf(QStringLiteral("roles"), tr("role"), r, knownRoles()); !s)
            return s;
    }
    return {};
}

} // namespace threerings
