#include "app/cli/Cli.h"

#include "app/cli/PasswordPrompt.h"
#include "core/auth/AccountService.h"
#include "core/auth/AuthService.h"
#include "core/db/Database.h"
#include "core/site/Defaults.h"
#include "core/sync/TeamSignIn.h"
#include "core/util/Clock.h"

#include <QCommandLineParser>
#include <cstdio>

namespace threerings::cli {

namespace {

// Global options that take a value; they may stand before the subcommand.
const QStringList& valueOptions()
{
    static const QStringList opts{QStringLiteral("--db"), QStringLiteral("--lang"), QStringLiteral("--user")};
    return opts;
}

QString helpText()
{
    QString text =
        Text::tr("Usage: threerings [--db FILE] [--lang zh_CN|en] [--simulate | --sip]\n"
                 "       threerings [--db FILE] [--lang zh_CN|en] [--user JOB_NUMBER] SUBCOMMAND ...\n"
                 "With no subcommand the console starts: --simulate puts pretend callers on a simulated line "
                 "(demos and training; their calls are left out of reports, exports and replication), --sip "
                 "takes calls on the SIP line. With a subcommand it works headless.\n\n"
                 "Subcommands:\n");
    for (const Command& c : commands())
        text += QStringLiteral("  %1%2\n").arg(c.name, -16).arg(c.summary);
    text +=
        Text::tr("\nRun 'threerings SUBCOMMAND --help' for a subcommand's options.\n"
                 "Exit codes: 0 done, 1 a check found something, 2 usage error, 3 refused, 4 data error.\n");
    return text;
}

} // namespace

int exitCodeFor(const Error& e)
{
    switch (e.kind) {
    case Error::Kind::Usage:
        return Usage;
    case Error::Kind::Refused:
        return Refused;
    default:
        return DataError;
    }
}

int Context::fail(const Error& e) const
{
    QString line = e.message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    err << QStringLiteral("threerings: ") << line << Qt::endl;
    return exitCodeFor(e);
}

int Context::usage(const QString& message) const
{
    return fail(Error::usage(message));
}

Result<std::unique_ptr<Database>> Context::openDatabase(bool createIfMissing) const
{
    if (dbPath.isEmpty())
        return Error::usage(Text::tr("This subcommand needs a database: add --db FILE."));
    return Database::open(dbPath,
                          createIfMissing ? Database::Open::CreateIfMissing : Database::Open::MustExist);
}

Result<Actor> Context::actAs(Database& db, WithoutAccounts without) const
{
    auto any = AccountService(db, clock).hasAccounts();
    if (!any)
        return any.error();
    // A console of a team takes the team's people even before any of them has an account on it.
    const bool joining = !*any && !user.isEmpty() && TeamSignIn::available(db);
    if (!*any && !joining) {
        if (without == WithoutAccounts::FirstAdmin)
            return Actor::systemActor();
        auto empty = Defaults::holdsNobody(db, clock);
        if (!empty)
            return empty.error();
        if (*empty)
            return Actor::systemActor();
        return Error::refused(
            Text::tr("%1 holds records but no accounts, so the command line will not open it without a "
                     "sign-in. Add the first admin, then sign in as them: threerings --db %1 user add "
                     "--job-number NO --name NAME --role admin")
                .arg(db.path()));
    }
    if (user.isEmpty())
        return Error::refused(Text::tr("%1 has accounts, so say who you are: add --user JOB_NUMBER and set "
                                       "THREERINGS_PASSWORD (or type the password when asked).")
                                  .arg(db.path()));
    QString password;
    if (const auto given = PasswordPrompt::fromEnvironment()) {
        password = *given;
    } else if (PasswordPrompt::stdinIsTerminal()) {
        auto typed = PasswordPrompt::ask(Text::tr("Password for %1: ").arg(user));
        if (!typed)
            return typed.error();
        password = typed.value();
    } else {
        return Error::refused(
            Text::tr("No password for --user %1: set THREERINGS_PASSWORD, or run the command "
                     "on a terminal to type it.")
                .arg(user));
    }
    AuthService auth(db, clock);
    TeamSignIn team(db, clock);
    auto actor = team.signIn(auth, user, password);
    if (!team.warning().isEmpty())
        err << Text::tr("Warning: %1").arg(team.warning()) << Qt::endl;
    if (actor)
        this->password = password;
    else if (actor.error().field == AuthService::ChoosePasswordField)
        return Error::refused(
            actor.error().message + QLatin1Char(' ') +
            Text::tr("Choose it with: threerings --db %1 user enrol --job-number %2").arg(db.path(), user));
    return actor;
}

Result<SignedIn> Context::openSignedIn() const
{
    auto db = openDatabase();
    if (!db)
        return db.error();
    auto actor = actAs(**db);
    if (!actor)
        return actor.error();
    return SignedIn{std::move(*db), std::move(*actor), password};
}

bool isHeadless(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (valueOptions().contains(a)) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1String("--")) && a.contains(QLatin1Char('=')))
            continue;
        if (a == QLatin1String("--help") || a == QLatin1String("-h") || a == QLatin1String("--version") ||
            a == QLatin1String("-v") || !a.startsWith(QLatin1Char('-')))
            return true;
    }
    return false;
}

int run(const QStringList& arguments, const Clock& clock)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Context ctx{{}, {}, {}, out, err, clock, {}};

    int i = 1;
    for (; i < arguments.size(); ++i) {
        QString a = arguments.at(i);
        QString value;
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        if (a.startsWith(QLatin1String("--")) && eq > 0) {
            value = a.mid(eq + 1);
            a = a.left(eq);
        } else if (valueOptions().contains(a)) {
            if (i + 1 >= arguments.size())
                return ctx.usage(Text::tr("%1 needs a value.").arg(a));
            value = arguments.at(++i);
        }
        if (a == QLatin1String("--db")) {
            ctx.dbPath = value;
        } else if (a == QLatin1String("--user")) {
            ctx.user = value;
        } else if (a == QLatin1String("--lang")) {
            // Handled by main before the translators are installed.
        } else if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
            out << QStringLiteral("threerings %1").arg(QStringLiteral(THREERINGS_VERSION)) << Qt::endl;
            return Done;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            out << helpText();
            out.flush();
            return Done;
        } else if (a.startsWith(QLatin1Char('-'))) {
            return ctx.usage(Text::tr("Unknown option %1. Run 'threerings --help' for the options.").arg(a));
        } else {
            break;
        }
    }
    if (i >= arguments.size()) {
        out << helpText();
        return Usage;
    }
    const QString name = arguments.at(i);
    ctx.args = arguments.mid(i + 1);
    for (const Command& c : commands()) {
        if (c.name == name)
            return c.run(ctx);
    }
    return ctx.usage(Text::tr("Unknown subcommand '%1'. Run 'threerings --help' for the list.").arg(name));
}

} // namespace threerings::cli
