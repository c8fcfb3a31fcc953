#include "app/cli/Commands.h"
#include "app/cli/Options.h"
#include "core/auth/Actor.h"
#include "core/auth/Permissions.h"
#include "core/auth/ServerCredentials.h"
#include "core/db/Database.h"
#include "core/model/User.h"
#include "core/sync/ServerLogin.h"
#include "core/sync/ServerPassword.h"
#include "core/sync/ServerSchema.h"
#include "core/sync/SyncEngine.h"

namespace threerings::cli {

// threerings --db FILE --user NO server init --url postgresql://INSTALLER@HOST:PORT/DB[?sslmode=…]
// threerings --db FILE --user NO server connect --url postgresql://[LOGIN@]HOST:PORT/DB[?sslmode=…]
// threerings --db FILE server add-person --url … --login LOGIN --roles agent[,…]
//   init: creates or upgrades the server's schema and roles as the installer's login, gives the signed-in
//   admin their own server login (their console password), and makes this console the team's first
//   (everything this file holds is pushed); the installer's password is not kept. connect: joins this
//   console to a server that has the schema (what the file holds stays local, later changes are pushed);
//   without a login in the URL every person syncs as their own login, with one the console always syncs
//   as it. add-person: a server login by hand (password from THREERINGS_SERVER_NEW_PASSWORD). A password
//   comes from the URL, THREERINGS_SERVER_PASSWORD or the keychain, and never goes to a file.
int runServer(Context& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption url(QStringLiteral("url"),
                                 Text::tr("The server: postgresql://USER@HOST:PORT/DB?sslmode=verify-full"
                                          "&sslrootcert=CA.crt"),
                                 QStringLiteral("URL"));
    const QCommandLineOption login(
        QStringLiteral("login"), Text::tr("add-person: the person's server login."), QStringLiteral("LOGIN"));
    const QCommandLineOption roles(QStringLiteral("roles"),
                                   Text::tr("add-person: their roles, comma-separated (agent, handler, "
                                            "supervisor, trainer, admin, trainee)."),
                                   QStringLiteral("ROLES"));
    parser.addOptions({url, login, roles});
    parser.addPositionalArgument(QStringLiteral("action"), Text::tr("init, connect or add-person"));
    if (auto done =
            parseOptions(ctx, parser, QStringLiteral("server"),
                         Text::tr("Set up the central PostgreSQL server this console replicates with.")))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 || (action != QLatin1String("init") && action != QLatin1String("connect") &&
                                   action != QLatin1String("add-person")))
        return ctx.usage(Text::tr("Say what to do: server init, server connect or server add-person "
                                  "(with --url postgresql://USER@HOST:PORT/DB)."));
    if (!parser.isSet(url))
        return ctx.usage(Text::tr("server %1 needs --url postgresql://USER@HOST:PORT/DB.").arg(action));

    auto signedIn = ctx.openSignedIn();
    if (!signedIn)
        return ctx.fail(signedIn.error());
    Database& db = *signedIn->db;
    const Actor& actor = signedIn->actor;
    if (Status s = Permissions::require(actor, Action::ManageServer); !s)
        return ctx.fail(s.error());

    auto config = ServerConfig::parse(parser.value(url));
    if (!config)
        return ctx.fail(config.error());
    if (const QString warning = config->transportWarning(); !warning.isEmpty())
        ctx.err << Text::tr("Warning: %1").arg(warning) << Qt::endl;
    // init runs as the installer's login (the URL's) and leaves the console syncing as its people; connect
    // with a URL without a login does the same, checked with the signed-in person's own login; connect
    // with a login fixes that login for this console (headless runs), kept in the keychain.
    const bool init = action == QLatin1String("init");
    const bool fixedLogin = !init && action == QLatin1String("connect") && !config->user.isEmpty();
    const bool typedPassword = !config->password.isEmpty() || ServerPassword::inEnvironment();
    ServerConfig team = *config;
    team.user.clear();
    team.password.clear();
    if (action == QLatin1String("connect") && !fixedLogin) {
        // A new workstation (nobody on it yet) joins without asking the server: each person's own login is
        // checked when they sign in here.
        if (actor.jobNumber.isEmpty()) {
            if (Status s = SyncEngine::configure(db, team, false); !s)
                return ctx.fail(s.error());
            ctx.out << Text::tr("server %1: this console joins it; each person signs in with their own login")
                           .arg(team.toUrl())
                    << Qt::endl;
            return Done;
        }
        config->user = ServerCredentials::loginOf(actor.jobNumber);
        config->password = signedIn->password;
    } else if (Status s = ServerPassword::resolve(*config); !s) {
        return ctx.fail(s.error());
    }
    const QString connection = QStringLiteral("threerings-cli-server");
    int code = Done;
    {
        auto server = config->open(connection);
        if (!server)
            return ctx.fail(server.error());
        if (action == QLatin1String("add-person")) {
            const QString password = ServerPassword::forNewLogin();
            if (!parser.isSet(login) || !parser.isSet(roles) || password.isEmpty())
                code = ctx.usage(Text::tr("server add-person needs --login, --roles and the new password in "
                                          "THREERINGS_SERVER_NEW_PASSWORD."));
            else if (const auto typed = User::parseRoles(parser.value(roles)); !typed)
                code = ctx.fail(typed.error());
            else if (Status s = ServerSchema::addPerson(server.value(), parser.value(login), password,
                                                        roleTexts(typed.value()));
                     !s)
                code = ctx.fail(s.error());
            else
                ctx.out << Text::tr("server login %1 added").arg(parser.value(login)) << Qt::endl;
        } else {
            Result<int> version = action == QLatin1String("init") ? ServerSchema::init(server.value())
                                                                  : ServerSchema::version(server.value());
            if (!version) {
                code = ctx.fail(version.error());
            } else if (version.value() == 0) {
                code = ctx.fail(Error::data(Text::tr("The server has no ThreeRings schema yet; an admin runs "
                                                     "'threerings server init --url …' first.")));
            } else if (Status s = init && !actor.jobNumber.isEmpty()
                                      ? ServerLogin::set(server.value(), actor.jobNumber, actor.userId,
                                                         ServerCredentials::scramVerifier(signedIn->password),
                                                         roleTexts(actor.roles), true)
                                      : Status();
                       !s) {
                code = ctx.fail(s.error());
            } else if (Status s = SyncEngine::configure(db, fixedLogin ? *config : team, init); !s) {
                code = ctx.fail(s.error());
            } else {
                SyncEngine engine(db, ctx.clock);
                ctx.out << Text::tr("server %1: schema version %2; this console is %3; %4 changes to push")
                               .arg(fixedLogin ? config->toUrl() : team.toUrl())
                               .arg(version.value())
                               .arg(engine.consoleId())
                               .arg(engine.queued())
                        << Qt::endl;
                if (init && !actor.jobNumber.isEmpty())
                    ctx.out << Text::tr("server login %1 set for %2: each person syncs as their own login")
                                   .arg(ServerCredentials::loginOf(actor.jobNumber), actor.label())
                            << Qt::endl;
                if (fixedLogin && typedPassword) {
                    if (Status kept = ServerPassword::store(*config); !kept)
                        ctx.err << kept.error().message << Qt::endl;
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return code;
}

} // namespace threerings::cli
