#include "app/cli/Commands.h"
#include "app/cli/Options.h"
#include "core/auth/Actor.h"
#include "core/db/Database.h"
#include "core/site/Defaults.h"

namespace threerings::cli {

int runInit(Context& ctx)
{
    QCommandLineParser parser;
    if (auto done = parseOptions(ctx, parser, QStringLiteral("init"),
                                 Text::tr("Create the database, or upgrade it to this build's schema.")))
        return *done;
    auto db = ctx.openDatabase(/*createIfMissing=*/true);
    if (!db)
        return ctx.fail(db.error());
    // A new file needs no sign-in; upgrading one that has accounts needs one of its people.
    if (!(*db)->createdNow()) {
        if (auto actor = ctx.actAs(**db); !actor)
            return ctx.fail(actor.error());
    }
    if (Status s = Defaults::ensure(**db, ctx.clock); !s)
        return ctx.fail(s.error());
    ctx.out << Text::tr("%1: schema version %2").arg((*db)->path()).arg((*db)->schemaVersion()) << Qt::endl;
    return Done;
}

} // namespace threerings::cli
