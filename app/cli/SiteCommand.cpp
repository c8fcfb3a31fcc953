#include "app/cli/Commands.h"
#include "app/cli/Options.h"
#include "core/auth/Actor.h"
#include "core/db/Database.h"
#include "core/site/SiteConfig.h"
#include "core/util/OwnerOnly.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace threerings::cli {

// threerings --db FILE [--user NO] site export [FILE] | site import FILE | site check FILE | site paths
int runSite(Context& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("export|import|check|paths"));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Text::tr("the site file (export: standard output when "
                                          "left out)"));
    if (auto done = parseOptions(
            ctx, parser, QStringLiteral("site"),
            Text::tr(
                "The site configuration a room of consoles shares (server, unit name, hotline number, ring "
                "cadence, calendar, scripts, phrase lists): export it from one console, import it on the "
                "others, check a file, or list where consoles look for a system-wide file. Admins only.")))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return ctx.usage(Text::tr("Say what to do: site export [FILE], site import FILE, site check FILE or "
                                  "site paths."));
    const QString action = positional.first();
    const QString path = positional.value(1);
    if (positional.size() > 2)
        return ctx.usage(Text::tr("One file at a time; '%1' is extra.").arg(positional.at(2)));

    if (action == QLatin1String("paths")) {
        for (const QString& p : SiteConfig::systemPaths())
            ctx.out << QDir::toNativeSeparators(p) << (QFile::exists(p) ? Text::tr(" (present)") : QString())
                    << Qt::endl;
        return Done;
    }
    if ((action == QLatin1String("import") || action == QLatin1String("check")) && path.isEmpty())
        return ctx.usage(Text::tr("site %1 needs the file: site %1 FILE.").arg(action));
    if (Status guard = Database::refuseOpenFile(path); !guard)
        return ctx.fail(guard.error());
    QByteArray json;
    if (action == QLatin1String("import") || action == QLatin1String("check")) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return ctx.fail(Error::notFound(
                Text::tr("Cannot read %1: %2. Give the path of a site file.").arg(path, f.errorString())));
        json = f.readAll();
    }
    if (action == QLatin1String("check")) {
        auto summary = SiteConfig::inspect(json);
        if (!summary)
            return ctx.fail(summary.error());
        ctx.out << summary->text() << Qt::endl;
        return Done;
    }
    if (action != QLatin1String("export") && action != QLatin1String("import"))
        return ctx.usage(Text::tr("Unknown action '%1'; use export, import, check or paths.").arg(action));

    auto signedIn = ctx.openSignedIn();
    if (!signedIn)
        return ctx.fail(signedIn.error());
    Database& db = *signedIn->db;
    const Actor& actor = signedIn->actor;
    SiteConfig site(db, ctx.clock);
    if (action == QLatin1String("import")) {
        auto summary = site.importJson(actor, json);
        if (!summary)
            return ctx.fail(summary.error());
        ctx.out << Text::tr("Imported. %1").arg(summary->text()) << Qt::endl;
        return Done;
    }
    auto exported = site.exportJson(actor);
    if (!exported)
        return ctx.fail(exported.error());
    if (path.isEmpty() || path == QLatin1String("-")) {
        ctx.out << QString::fromUtf8(*exported);
        ctx.out.flush();
        return Done;
    }
    const OwnerOnly::Scope ownerOnly; // the site file holds the team's settings: 0600 when new
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*exported) != exported->size() || !file.commit())
        return ctx.fail(Error::io(
            Text::tr("Cannot write %1: %2. Choose a writable file.").arg(path, file.errorString())));
    return Done;
}

} // namespace threerings::cli
