#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace threerings::cli {

// Reads passwords for the command line: from the terminal without echo when stdin is one, else
// the first line of stdin (so scripts can pipe it in).
class PasswordPrompt
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPrompt)

public:
    static bool stdinIsTerminal();
    // Asks once on the terminal (no echo).
    static Result<QString> ask(const QString& prompt);
    // A new password: twice on the terminal, which must agree; once from stdin otherwise.
    static Result<QString> askNew(const QString& prompt);
    // The first line of stdin, without its line end.
    static Result<QString> readLine();
};

} // namespace threerings::cli
