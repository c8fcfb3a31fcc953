#pragma once

#include "core/sync/ServerConfig.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace threerings {

// The server password: from the URL, else THREERINGS_SERVER_PASSWORD (headless runs, CI), else the
// OS keychain (qtkeychain, service "ThreeRings"). It is never written to a file by ThreeRings.
class ServerPassword
{
    Q_DECLARE_TR_FUNCTIONS(ServerPassword)

public:
    // Fills config.password when it is empty; an Io error says where a password can come from.
    static Status resolve(ServerConfig& config);
    // Keeps the password in the OS keychain. An Io error when there is no keychain (no secret service).
    static Status store(const ServerConfig& config);
    static Result<QString> fromKeychain(const QString& key);
};

} // namespace threerings
