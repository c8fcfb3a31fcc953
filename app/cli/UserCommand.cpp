#include "app/cli/Commands.h"
#include "app/cli/Options.h"
#include "app/cli/PasswordPrompt.h"
#include "core/auth/AccountService.h"
#include "core/auth/AuthService.h"
#include "core/db/Database.h"
#include "core/site/Defaults.h"
#include "core/sync/TeamSignIn.h"
#include "core/util/Clock.h"
#include "core/util/HotlineTime.h"

#include <QDateTime>

namespace threerings::cli {

namespace {

QString usageLine()
{
    return Text::tr(
        "Usage: threerings --db FILE user add --job-number NO --name NAME --role ROLE[,ROLE…] "
        "[--department D]\n"
        "       threerings --db FILE user passwd --job-number NO\n"
        "       threerings --db FILE user code --job-number NO [--days N]\n"
        "       threerings --db FILE user enrol --job-number NO (the code, then the new password)\n"
        "       threerings --db FILE user roles --job-number NO --role ROLE[,ROLE…]\n"
        "       threerings --db FILE user department --job-number NO --department D (empty: none)\n"
        "       threerings --db FILE user deactivate|reactivate --job-number NO\n"
        "       threerings --db FILE user list\n"
        "ROLE: agent handler supervisor trainer admin trainee. The new password is read from "
        "standard input when it is not a terminal, else asked twice.\n");
}

Result<QString> newPassword(const QString& jobNumber)
{
    return PasswordPrompt::askNew(Text::tr("New password for %1: ").arg(jobNumber));
}

int runAdd(Context& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption job(QStringLiteral("job-number"),
                                 Text::tr("The job number (工号): letters and digits."),
                                 QStringLiteral("NO"));
    const QCommandLineOption name(QStringLiteral("name"), Text::tr("The person's name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption role(QStringLiteral("role"), Text::tr("One or more roles, comma-separated."),
                                  QStringLiteral("ROLE[,ROLE…]"));
    const QCommandLineOption dept(QStringLiteral("department"), Text::tr("The department's name."),
                                  QStringLiteral("D"));
    parser.addOptions({job, name, role, dept});
    if (auto done =
            parseOptions(ctx, parser, QStringLiteral("user add"),
                         Text::tr("Add a person who can sign in. The password comes from standard input "
                                  "when it is not a terminal.")))
        return *done;
    for (const QCommandLineOption* o : {&job, &name, &role}) {
        if (!parser.isSet(*o))
            return ctx.usage(Text::tr("--%1 is missing. %2").arg(o->names().constFirst(), usageLine()));
    }
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    if (Status s = Defaults::ensure(**db, ctx.clock); !s)
        return ctx.fail(s.error());
    // The first account, an admin's, may be added to any file that has none.
    auto actor = ctx.actAs(**db, Context::WithoutAccounts::FirstAdmin);
    if (!actor)
        return ctx.fail(actor.error());

    User user;
    user.jobNumber = parser.value(job).trimmed();
    user.name = parser.value(name).trimmed();
    // A role that is not one is reported where the person's other fields are checked, by name.
    const Result<QList<Role>> roles = User::parseRoles(parser.value(role));
    user.roles = roles.valueOr(QList<Role>{Role::Unknown});
    if (parser.isSet(dept)) {
        auto d = AccountService(**db, ctx.clock).department(*actor, parser.value(dept));
        if (!d && d.error().kind == Error::Kind::Refused)
            return ctx.fail(d.error());
        if (!d)
            return ctx.fail(
                Error::data(Text::tr("There is no department named '%1'; check the spelling, or leave "
                                     "--department out.")
                                .arg(parser.value(dept))));
        user.departmentId = d->meta.id;
    }
    // Check the person before asking for a password, so a typo costs no typing.
    if (Status s = user.validate(); !s)
        return ctx.fail(s.error().field == QLatin1String("roles") && !roles ? roles.error() : s.error());
    auto password = newPassword(user.jobNumber);
    if (!password)
        return ctx.fail(password.error());
    AccountService accounts(**db, ctx.clock);
    auto added = accounts.addPerson(*actor, user, *password);
    if (!added)
        return ctx.fail(added.error());
    ctx.out << Text::tr("Added %1 %2 (%3).").arg(added->jobNumber, added->name, rolesText(added->roles))
            << Qt::endl;
    return Done;
}

int runPasswd(Context& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption job(QStringLiteral("job-number"), Text::tr("Whose password to set."),
                                 QStringLiteral("NO"));
    parser.addOption(job);
    if (auto done =
            parseOptions(ctx, parser, QStringLiteral("user passwd"),
                         Text::tr("Set a new password (and lift a lock). An admin may do it for anyone, "
                                  "everybody else for themselves.")))
        return *done;
    if (!parser.isSet(job))
        return ctx.usage(Text::tr("--job-number is missing: say whose password to set."));
    auto signedIn = ctx.openSignedIn();
    if (!signedIn)
        return ctx.fail(signedIn.error());
    Database& db = *signedIn->db;
    const Actor& actor = signedIn->actor;
    auto password = newPassword(parser.value(job));
    if (!password)
        return ctx.fail(password.error());
    if (Status s = AccountService(db, ctx.clock).setPassword(actor, parser.value(job), *password); !s)
        return ctx.fail(s.error());
    ctx.out << Text::tr("The password of %1 was changed.").arg(parser.value(job).trimmed()) << Qt::endl;
    return Done;
}

// user code: an admin gives a person a one-time code to sign in with once and choose their own password.
int runCode(Context& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption job(QStringLiteral("job-number"), Text::tr("Who gets the code."),
                                 QStringLiteral("NO"));
    const QCommandLineOption days(QStringLiteral("days"),
                                  Text::tr("How many days the code stays valid (1–30, default %1).")
                                      .arg(AccountService::DefaultCodeDays),
                                  QStringLiteral("N"));
    parser.addOptions({job, days});
    if (auto done = parseOptions(
            ctx, parser, QStringLiteral("user code"),
            Text::tr(
                "Give a person a first sign-in code (admins): they sign in with it once and choose their "
                "own password (user enrol, or the console's sign-in). Their earlier password stops "
                "working.")))
        return *done;
    if (!parser.isSet(job))
        return ctx.usage(Text::tr("--job-number is missing: say who gets the code."));
    bool daysOk = true;
    const int validDays =
        parser.isSet(days) ? parser.value(days).toInt(&daysOk) : AccountService::DefaultCodeDays;
    if (!daysOk)
        return ctx.usage(
            Text::tr("--days takes a whole number of days (1–30), not '%1'.").arg(parser.value(days)));
    auto signedIn = ctx.openSignedIn();
    if (!signedIn)
        return ctx.fail(signedIn.error());
    auto issued = AccountService(*signedIn->db, ctx.clock)
                      .issueFirstSignInCode(signedIn->actor, parser.value(job), validDays);
    if (!issued)
        return ctx.fail(issued.error());
    ctx.out << issued->code << Qt::endl;
    ctx.err << Text::tr(
                   "The first sign-in code of %1 is valid until %2 (the hotline's time); give it to them "
                   "in person.")
                   .arg(parser.value(job).trimmed(), hotlineMinuteText(issued->validUntil))
            << Qt::endl;
    return Done;
}

// user enrol: the person's first sign-in at the command line, with their code; no other sign-in needed.
int runEnrol(Context& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption job(QStringLiteral("job-number"), Text::tr("Your job number."),
                                 QStringLiteral("NO"));
    parser.addOption(job);
    if (auto done = parseOptions(
            ctx, parser, QStringLiteral("user enrol"),
            Text::tr("Choose your own password with the first sign-in code an admin gave you. The code comes "
                     "from THREERINGS_PASSWORD, the terminal or the first line of standard input; the new "
                     "password from the terminal (twice) or the next line.")))
        return *done;
    if (!parser.isSet(job))
        return ctx.usage(Text::tr("--job-number is missing: say whose first sign-in this is."));
    const QString who = parser.value(job).trimmed();
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    QString code;
    if (const auto given = PasswordPrompt::fromEnvironment()) {
        code = *given;
    } else {
        auto typed = PasswordPrompt::stdinIsTerminal()
                         ? PasswordPrompt::ask(Text::tr("First sign-in code for %1: ").arg(who))
                         : PasswordPrompt::readLine();
        if (!typed)
            return ctx.fail(typed.error());
        code = typed.value();
    }
    auto password = newPassword(who);
    if (!password)
        return ctx.fail(password.error());
    AuthService auth(**db, ctx.clock);
    TeamSignIn team(**db, ctx.clock);
    auto actor = team.enrol(auth, who, code, *password);
    if (!team.warning().isEmpty())
        ctx.err << Text::tr("Warning: %1").arg(team.warning()) << Qt::endl;
    if (!actor)
        return ctx.fail(actor.error());
    ctx.out << Text::tr("%1 chose their password; sign in with it from now on.").arg(actor->label())
            << Qt::endl;
    return Done;
}

// user roles|department|deactivate|reactivate: an admin changes one person's account. In a team the change
// reaches every console and the person's server login with the next sync.
int runChange(Context& ctx, const QString& action)
{
    QCommandLineParser parser;
    const QCommandLineOption job(QStringLiteral("job-number"), Text::tr("Whose account to change."),
                                 QStringLiteral("NO"));
    const QCommandLineOption role(QStringLiteral("role"), Text::tr("roles: the new roles, comma-separated."),
                                  QStringLiteral("ROLE[,ROLE…]"));
    const QCommandLineOption dept(QStringLiteral("department"),
                                  Text::tr("department: the department's name (empty: none)."),
                                  QStringLiteral("NAME"));
    parser.addOptions({job, role, dept});
    if (auto done = parseOptions(ctx, parser, QStringLiteral("user ") + action,
                                 Text::tr("Change a person's account (admins).")))
        return *done;
    if (!parser.isSet(job))
        return ctx.usage(Text::tr("--job-number is missing: say whose account to change."));
    const bool roles = action == QLatin1String("roles");
    const bool department = action == QLatin1String("department");
    if (roles && !parser.isSet(role))
        return ctx.usage(Text::tr("user roles needs --role ROLE[,ROLE…]."));
    if (department && !parser.isSet(dept))
        return ctx.usage(Text::tr("user department needs --department NAME (an empty name for none)."));
    QList<Role> newRoles;
    if (roles) {
        auto parsed = User::parseRoles(parser.value(role));
        if (!parsed)
            return ctx.fail(parsed.error());
        newRoles = parsed.value();
    }
    auto signedIn = ctx.openSignedIn();
    if (!signedIn)
        return ctx.fail(signedIn.error());
    AccountService accounts(*signedIn->db, ctx.clock);
    const Actor& actor = signedIn->actor;
    const QString who = parser.value(job).trimmed();
    Status s = roles        ? accounts.setRoles(actor, who, newRoles)
               : department ? accounts.setDepartment(actor, who, parser.value(dept))
               : action == QLatin1String("deactivate") ? accounts.deactivate(actor, who)
                                                       : accounts.reactivate(actor, who);
    if (!s)
        return ctx.fail(s.error());
    ctx.out << Text::tr("The account of %1 was changed (%2).").arg(who, action) << Qt::endl;
    return Done;
}

int runList(Context& ctx)
{
    QCommandLineParser parser;
    if (auto done = parseOptions(ctx, parser, QStringLiteral("user list"),
                                 Text::tr("List the people: job number, name, roles, department and account "
                                          "state.")))
        return *done;
    auto signedIn = ctx.openSignedIn();
    if (!signedIn)
        return ctx.fail(signedIn.error());
    Database& db = *signedIn->db;
    const Actor& actor = signedIn->actor;
    auto list = AccountService(db, ctx.clock).list(actor);
    if (!list)
        return ctx.fail(list.error());
    QHash<QString, QString> departments;
    if (auto all = AccountService(db, ctx.clock).departments(actor)) {
        for (const Department& d : *all)
            departments.insert(d.meta.id, d.name);
    }
    for (const AccountInfo& a : *list) {
        QString state;
        if (!a.user.active)
            state = Text::tr("deactivated");
        else if (!a.hasAccount)
            state = Text::tr("no-account");
        else if (a.lockedUntil > 0)
            state = Text::tr("locked-until-%1")
                        .arg(QDateTime::fromMSecsSinceEpoch(a.lockedUntil, hotlineTimeZone())
                                 .toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
        else if (a.enrolExpired)
            state = Text::tr("code-expired");
        else if (a.enrolUntil > 0)
            state = Text::tr("code-until-%1")
                        .arg(QDateTime::fromMSecsSinceEpoch(a.enrolUntil, hotlineTimeZone())
                                 .toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
        else
            state = Text::tr("active");
        ctx.out << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                       .arg(a.user.jobNumber, a.user.name, rolesText(a.user.roles),
                            departments.value(a.user.departmentId), state)
                << Qt::endl;
    }
    return Done;
}

} // namespace

int runUser(Context& ctx)
{
    const QString action = ctx.args.value(0);
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        ctx.out << usageLine();
        return Done;
    }
    Context sub = ctx;
    sub.args = ctx.args.mid(1);
    if (action == QLatin1String("add"))
        return runAdd(sub);
    if (action == QLatin1String("passwd"))
        return runPasswd(sub);
    if (action == QLatin1String("list"))
        return runList(sub);
    if (action == QLatin1String("code"))
        return runCode(sub);
    if (action == QLatin1String("enrol"))
        return runEnrol(sub);
    for (const char* change : {"roles", "department", "deactivate", "reactivate"})
        if (action == QLatin1String(change))
            return runChange(sub, action);
    return ctx.usage(
        action.isEmpty()
            ? Text::tr("user needs an action: add, passwd, code, enrol, roles, department, deactivate, "
                       "reactivate or list. %1")
                  .arg(usageLine())
            : Text::tr("Unknown user action '%1'; use add, passwd, code, enrol, roles, department, "
                       "deactivate, reactivate or list.")
                  .arg(action));
}

} // namespace threerings::cli
