#pragma once

#include "core/db/RecordMeta.h"
#include "core/model/Role.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace threerings {

// A person of the hotline (minimal: accounts and passwords come with sign-in).
struct User
{
    Q_DECLARE_TR_FUNCTIONS(User)

public:
    RecordMeta meta;
    QString jobNumber; // 工号
    QString name;
    QString departmentId;
    QList<Role> roles{Role::Agent};
    bool active = true;

    bool hasRole(Role role) const { return roles.contains(role); }
    // Roles as a person types them ("agent,supervisor", on the command line): an error names the first
    // one that is not a role and lists the roles.
    static Result<QList<Role>> parseRoles(const QString& typed);
    // Whether the record can be saved; the message names the field and the fix.
    Status validate() const;
};

} // namespace threerings
