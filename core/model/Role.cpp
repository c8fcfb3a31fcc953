#include "core/model/Role.h"

#include "core/util/TextTable.h"

namespace threerings {

namespace {

// The one table of roles and their stored text. The text is data in existing databases and on the
// central server's logins: never change a spelling, only add rows.
constexpr TextRow<Role> roles[] = {
    {Role::Agent, "agent"},     {Role::Handler, "handler"}, {Role::Supervisor, "supervisor"},
    {Role::Trainer, "trainer"}, {Role::Admin, "admin"},     {Role::Trainee, "trainee"},
};

} // namespace

QString roleText(Role role)
{
    return textOf(roles, role);
}

Role roleFromText(QStringView text)
{
    return valueOf(roles, text.trimmed(), Role::Unknown);
}

QList<Role> knownRoles()
{
    return valuesOf(roles);
}

QStringList roleTexts(const QList<Role>& list)
{
    QStringList out;
    out.reserve(list.size());
    for (Role r : list)
        out.append(roleText(r));
    return out;
}

QString rolesText(const QList<Role>& list)
{
    QStringList known;
    for (Role r : list) {
        if (r != Role::Unknown)
            known.append(roleText(r));
    }
    return known.join(QLatin1Char(','));
}

QList<Role> rolesFromText(QStringView stored)
{
    QList<Role> out;
    for (QStringView part : stored.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out.append(roleFromText(part));
    }
    return out;
}

} // namespace threerings
