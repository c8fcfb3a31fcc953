#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace threerings::ui {

// The SIP account's password in the OS keychain (qtkeychain: Secret Service, KWallet, the macOS Keychain,
// the Windows Credential Store), never in the settings. Calls wait for the keychain, at most `timeoutMs`.
// Headless consoles (CI, servers without a keychain) pass THREERINGS_SIP_PASSWORD instead (docs/cli.md,
// "Environment"): password() is the one place it is read.
class SipKeychain
{
    Q_DECLARE_TR_FUNCTIONS(SipKeychain)

public:
    // The entry's name for an account: "sip:user@domain".
    static QString entryFor(const QString& identity) { return identity; }
    static Result<QString> read(const QString& identity, int timeoutMs = 3000);
    // The password the line registers with: THREERINGS_SIP_PASSWORD when it is set, else read().
    static Result<QString> password(const QString& identity, int timeoutMs = 3000);
    static Status write(const QString& identity, const QString& password, int timeoutMs = 3000);
};

} // namespace threerings::ui
