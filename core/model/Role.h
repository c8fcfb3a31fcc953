#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace threerings {

// What a person does at the hotline (SPEC §1); a person holds one or more. Stored in users.roles as
// comma-separated text ("agent,supervisor"), typed on the command line the same way. Role.cpp holds
// the one table between the roles and that text; Permissions keys its table by Role.
enum class Role
{
    Agent,
    Handler,
    Supervisor,
    Trainer,
    Admin,
    Trainee,
    Unknown, // text this version does not know: grants nothing, and the person cannot be saved with it
};

// "agent"; empty for Unknown.
QString roleText(Role role);
// The role spelled `text` (surrounding spaces ignored); Unknown when there is none.
Role roleFromText(QStringView text);
// The known roles in the order messages list them: agent, handler, supervisor, trainer, admin, trainee.
QList<Role> knownRoles();
// Each role's text, in order (Unknown gives an empty entry).
QStringList roleTexts(const QList<Role>& roles);
// Roles as users.roles stores them ("agent,supervisor"), and back; an unknown entry reads as Unknown.
// Unknown has no text and is left out: User::validate refuses to save a person who holds it.
QString rolesText(const QList<Role>& roles);
QList<Role> rolesFromText(QStringView stored);

} // namespace threerings
