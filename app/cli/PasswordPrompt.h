#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace threerings::cli {

// Reads passwords for the command line: THREERINGS_PASSWORD (docs/cli.md, "Environment"; the one place it is
// read), from the terminal without echo when stdin is one, else the first line of stdin (so scripts can
// pipe it in).
class PasswordPrompt
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPrompt)

public:
    // The signing-in person's password from THREERINGS_PASSWORD; nullopt when it is not set.
    static std::optional<QString> fromEnvironment();
    static bool stdinIsTerminal();
    // Asks once on the terminal (no echo).
    static Result<QString> ask(const QString& prompt);
    // A new password: twice on the terminal, which must agree; once from stdin otherwise.
    static Result<QString> askNew(const QString& prompt);
    // The first line of stdin, without its line end.
    static Result<QString> readLine();
};

} // namespace threerings::cli
