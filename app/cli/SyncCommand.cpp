#include "app/cli/Commands.h"
#include "app/cli/Options.h"
#include "core/auth/Actor.h"
#include "core/db/Database.h"
#include "core/sync/ServerPassword.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncWorker.h"
#include "core/sync/TeamSignIn.h"

#include <QDateTime>
#include <QEventLoop>

namespace threerings::cli {

namespace {

QString describe(const SyncStatus& s)
{
    QString refused;
    if (s.refused)
        refused = QStringLiteral("; ") +
                  Text::tr("%1 refused by the server (newest: %2)").arg(s.refused).arg(s.lastRefusal);
    return Text::tr("%1; %2 queued; last sync %3; %4 conflicts kept%5")
               .arg(s.connected ? Text::tr("connected") : Text::tr("not connected"))
               .arg(s.queued)
               .arg(s.lastSyncAt ? QDateTime::fromMSecsSinceEpoch(s.lastSyncAt).toString(Qt::ISODate)
                                 : Text::tr("never"))
               .arg(s.conflicts)
               .arg(s.error.isEmpty() ? QString() : QStringLiteral("; ") + s.error) +
           refused + (s.notice.isEmpty() ? QString() : QStringLiteral("; ") + s.notice);
}

} // namespace

// threerings --db FILE sync [--once]: replicate with the configured server. --once pushes the queue,
// pulls what is new and exits; without it the command keeps replicating (Ctrl+C stops it; nothing is
// lost when it is killed) and prints a line when the state changes.
int runSync(Context& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption once(QStringLiteral("once"), Text::tr("Push and pull once, then exit."));
    parser.addOption(once);
    if (auto done = parseOptions(ctx, parser, QStringLiteral("sync"),
                                 Text::tr("Replicate this console's records with the central server.")))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(Text::tr("Unexpected argument '%1'. Run 'threerings sync --help' for the options.")
                             .arg(parser.positionalArguments().constFirst()));
    auto signedIn = ctx.openSignedIn();
    if (!signedIn)
        return ctx.fail(signedIn.error());
    Database& db = *signedIn->db;
    auto config = SyncEngine::configured(db);
    if (!config)
        return ctx.fail(config.error());
    // Each person syncs as their own server login, with the password they signed in with; a console with a
    // fixed login uses that one.
    if (config->user.isEmpty()) {
        if (signedIn->actor.jobNumber.isEmpty())
            return ctx.usage(Text::tr("This console syncs as the person signed in: add --user JOB_NUMBER."));
        config = TeamSignIn::forPerson(db, signedIn->actor.jobNumber, signedIn->password);
        if (!config)
            return ctx.fail(config.error());
    } else if (Status s = ServerPassword::resolve(*config); !s) {
        return ctx.fail(s.error());
    }
    if (const QString warning = config->transportWarning(); !warning.isEmpty())
        ctx.err << Text::tr("Warning: %1").arg(warning) << Qt::endl;

    if (parser.isSet(once)) {
        SyncEngine engine(db, ctx.clock);
        Status s = engine.connect(*config);
        if (s)
            s = engine.syncOnce();
        SyncStatus st = engine.status();
        if (!s) {
            st.error = s.error().message;
            ctx.out << describe(st) << Qt::endl;
            return ctx.fail(s.error());
        }
        ctx.out << describe(st) << Qt::endl;
        return Done;
    }
    const QString path = db.path();
    SyncWorker worker(path, *config);
    QObject::connect(&worker, &SyncWorker::statusChanged, &worker,
                     [&](const SyncStatus& s) { ctx.out << describe(s) << Qt::endl; });
    worker.start();
    QEventLoop loop;
    loop.exec();
    return Done;
}

} // namespace threerings::cli
