#pragma once

#include "core/sync/ServerConfig.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace threerings {

// The server password: from the URL, else THREERINGS_SERVER_PASSWORD (headless runs, CI), else the
// OS keychain (qtkeychain, service "ThreeRings"). It is never written to a file by ThreeRings. This class is
// the one place the server passwords are read from the environment (docs/cli.md, "Environment").
class ServerPassword
{
    Q_DECLARE_TR_FUNCTIONS(ServerPassword)

public:
    // Fills config.password when it is empty; an Io error says where a password can come from.
    static Status resolve(ServerConfig& config);
    // Keeps the password in the OS keychain. An Io error when there is no keychain (no secret service).
    static Status store(const ServerConfig& config);
    static Result<QString> fromKeychain(const QString& key);
    // Whether THREERINGS_SERVER_PASSWORD is set (a password given for this run, worth keeping).
    static bool inEnvironment();
    // A new person's server login password (server add-person): THREERINGS_SERVER_NEW_PASSWORD; empty when
    // unset.
    static QString forNewLogin();
};

} // namespace threerings
