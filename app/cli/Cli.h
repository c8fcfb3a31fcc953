#pragma once

#include "core/auth/Actor.h"
#include "core/db/Database.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>

namespace threerings {
class Clock;
} // namespace threerings

namespace threerings::cli {

// The exit codes of ../shared/CLI.md.
enum Exit : int
{
    Done = 0,
    Found = 1,
    Usage = 2,
    Refused = 3,
    DataError = 4,
};

int exitCodeFor(const Error& e);

// The open --db and the person a command acts as in it (Context::openSignedIn).
struct SignedIn
{
    std::unique_ptr<Database> db;
    Actor actor;
    QString password; // what they signed in with, in memory only: their login on the team's server
};

// What every subcommand gets: the global options, the streams and the clock.
struct Context
{
    QString dbPath;
    QString user;
    QStringList args; // the subcommand's own arguments, after its name
    QTextStream& out;
    QTextStream& err;
    const Clock& clock;
    // The password the person of --user signed in with (actAs), kept for this run only.
    mutable QString password;

    // Prints `e` as one line on stderr and returns its exit code.
    int fail(const Error& e) const;
    int usage(const QString& message) const;
    // Opens --db, printing the error when it cannot.
    Result<std::unique_ptr<Database>> openDatabase(bool createIfMissing = false) const;
    // Who may act on a database without accounts: the system on a file that holds nobody yet (no
    // people, no customers) and replicates with no server; on any other file only the first
    // admin's `user add`.
    enum class WithoutAccounts
    {
        OnlyEmptyFile,
        FirstAdmin,
    };
    // Who the command acts as (../shared/CLI.md "Acting as someone"): on a database without accounts
    // the system, as `without` allows; otherwise the person of --user, signed in with
    // THREERINGS_PASSWORD or a password typed on the terminal. A Refused error (exit 3) when that fails.
    Result<Actor> actAs(Database& db, WithoutAccounts without = WithoutAccounts::OnlyEmptyFile) const;
    // openDatabase() then actAs(): what most subcommands do before their work.
    Result<SignedIn> openSignedIn() const;
};

struct Command
{
    QString name;
    QString summary;
    std::function<int(Context&)> run;
};

// The subcommands; each lives in its own file and is listed in Commands.cpp.
const std::vector<Command>& commands();

// Whether argv names a subcommand (or --help/--version), so the program runs headless.
bool isHeadless(const QStringList& arguments);

// Runs the command line; returns the process exit code.
int run(const QStringList& arguments, const Clock& clock);

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Text) // the context lupdate files these under, so zh_CN finds them
};

} // namespace threerings::cli
