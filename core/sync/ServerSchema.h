#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace threerings {

// The server's schema: versioned migrations (:/server-migrations/NNNN_name.sql) recorded in
// tr_schema_version, applied in one transaction each, and the login roles of people.
class ServerSchema
{
    Q_DECLARE_TR_FUNCTIONS(ServerSchema)

public:
    // Creates or upgrades the schema and the group roles; needs a login that may create roles
    // (the database owner with CREATEROLE, or a superuser). Returns the version now in place.
    static Result<int> init(QSqlDatabase& server);
    // The version the server has (0 = no ThreeRings schema yet).
    static Result<int> version(QSqlDatabase& server);
    static int latestVersion();
    // A login role by hand, member of the group roles of their product roles (agent, supervisor …), tied
    // to a person (users.id) when one is given: only then are changes signed by that person accepted from
    // it. People's own logins are made by ServerLogin from their accounts.
    static Status addPerson(QSqlDatabase& server, const QString& login, const QString& password,
                            const QStringList& roles, const QString& personId = {});
};

} // namespace threerings
