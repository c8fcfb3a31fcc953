#pragma once

#include "core/db/RecordMeta.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

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
    QStringList roles{QStringLiteral("agent")}; // agent, handler, supervisor, trainer, admin, trainee
    bool active = true;

    bool hasRole(const QString& role) const { return roles.contains(role); }
    static QStringList knownRoles();
    // Whether the record can be saved; the message names the field and the fix.
    Status validate() const;
};

} // namespace threerings
