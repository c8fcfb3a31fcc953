#pragma once

#include "core/model/Role.h"

#include <QList>
#include <QString>

namespace threerings {

// Who is asking: the signed-in person core calls check permissions against. A default Actor is
// nobody and may do nothing; the system actor (setup, demo data on an empty database, the first
// account) may do everything and writes rows without a person's id.
struct Actor
{
    QString userId; // users.id; stamped as created_by/updated_by and in the audit trail
    QString jobNumber;
    QString name;
    QList<Role> roles;
    bool system = false;

    static Actor systemActor()
    {
        Actor a;
        a.system = true;
        return a;
    }
    bool isNobody() const { return !system && userId.isEmpty(); }
    bool hasRole(Role role) const { return roles.contains(role); }
    // What RecordWriter stamps on the rows this actor writes.
    QString stamp() const { return userId; }
    // "1001 王芳" for messages and the status bar.
    QString label() const { return jobNumber.isEmpty() ? name : jobNumber + QLatin1Char(' ') + name; }
};

} // namespace threerings
