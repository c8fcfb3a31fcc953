#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace threerings {

// Sets people's logins on the team's server (see ServerCredentials for their names and verifiers).
class ServerLogin
{
    Q_DECLARE_TR_FUNCTIONS(ServerLogin)

public:
    // Sets a person's server login (admins, and the installer at 'server init'): created with the verifier
    // when new, else its password replaced when a verifier is given; their roles, and whether it may sign in.
    static Status set(QSqlDatabase& server, const QString& jobNumber, const QString& personId,
                      const QString& verifier, const QStringList& roles, bool active);
    // The signed-in login changes its own password.
    static Status setOwnPassword(QSqlDatabase& server, const QString& verifier);
};

} // namespace threerings
