#include "app/cli/Commands.h"
#include "app/cli/Options.h"
#include "core/auth/Actor.h"
#include "core/customers/SetupTables.h"
#include "core/db/Database.h"
#include "core/report/Exporter.h"
#include "core/settings/SettingsReader.h"
#include "core/util/OwnerOnly.h"

#include <QFile>
#include <QSaveFile>
#include <cstdio>

namespace threerings::cli {

int runExport(Context& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), Text::tr("First day, YYYY-MM-DD (Beijing time)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), Text::tr("Last day, YYYY-MM-DD (Beijing time)."),
                                QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        Text::tr("csv or json (one object per line); xlsx too for the set-up tables (departments, outlets, "
                 "knowledge, products, customers, devices)."),
        QStringLiteral("csv|json|xlsx"));
    const QCommandLineOption outFile(
        QStringLiteral("out"), Text::tr("Write to FILE instead of standard output."), QStringLiteral("FILE"));
    parser.addOptions({from, to, format, outFile});
    QStringList kinds = Exporter::kinds();
    for (const QString& k : SetupTables::kinds())
        if (!kinds.contains(k))
            kinds << k;
    parser.addPositionalArgument(QStringLiteral("KIND"), kinds.join(QLatin1Char(' ')));
    if (auto done = parseOptions(ctx, parser, QStringLiteral("export"),
                                 Text::tr("Export records as CSV or JSON lines, filtered by day.")))
        return *done;

    auto kind = kindArgument(parser, kinds, Text::tr("Name what to export: one of %1."),
                             Text::tr("Export one kind at a time; '%1' is extra."),
                             Text::tr("Unknown kind '%1'; choose one of: %2."));
    if (!kind)
        return ctx.fail(kind.error());
    Exporter::Options options;
    options.kind = *kind;

    auto fromDay = dateOption(parser, QStringLiteral("from"));
    if (!fromDay)
        return ctx.fail(fromDay.error());
    auto toDay = dateOption(parser, QStringLiteral("to"));
    if (!toDay)
        return ctx.fail(toDay.error());
    options.from = fromDay.value();
    options.to = toDay.value();
    if (options.from.isValid() && options.to.isValid() && options.from > options.to)
        return ctx.usage(Text::tr("--from %1 is after --to %2; give the earlier day first.")
                             .arg(options.from.toString(Qt::ISODate), options.to.toString(Qt::ISODate)));

    if (!parser.isSet(format))
        return ctx.usage(Text::tr("Say which format to write: add --format csv or --format json."));
    const QString f = parser.value(format);
    // Customers are both: by day (--from/--to) the record export, else the set-up table import reads back.
    const bool byDay = options.from.isValid() || options.to.isValid();
    const bool setup = SetupTables::kinds().contains(*kind) && !(byDay && Exporter::kinds().contains(*kind));
    if (setup && (options.from.isValid() || options.to.isValid()))
        return ctx.usage(Text::tr("%1 are not kept by day: leave out --from and --to.").arg(*kind));
    if (setup && f != QLatin1String("csv") && f != QLatin1String("json") && f != QLatin1String("xlsx"))
        return ctx.usage(Text::tr("--format '%1' is not known; use csv, json or xlsx.").arg(f));
    if (!setup && f == QLatin1String("xlsx"))
        return ctx.usage(Text::tr("%1 are written as csv or json; the supervisor's sheets as xlsx come from "
                                  "threerings report.")
                             .arg(*kind));
    if (f == QLatin1String("json"))
        options.format = Exporter::Format::Json;
    else if (f != QLatin1String("csv") && !setup)
        return ctx.usage(Text::tr("--format '%1' is not known; use csv or json.").arg(f));

    auto signedIn = ctx.openSignedIn();
    if (!signedIn)
        return ctx.fail(signedIn.error());
    Database& db = *signedIn->db;
    const Actor& actor = signedIn->actor;
    options.actor = actor;
    options.zone = SettingsReader::open(db, ctx.clock)->get(Setting::CalendarTimeZone);

    Exporter exporter(db);
    const auto run = [&](QIODevice& out) -> Result<qint64> {
        if (!setup)
            return exporter.run(options, out);
        const SetupTables::Format setupFormat = f == QLatin1String("xlsx")   ? SetupTables::Format::Xlsx
                                                : f == QLatin1String("json") ? SetupTables::Format::Json
                                                                             : SetupTables::Format::Csv;
        return SetupTables(db, ctx.clock).write(actor, *kind, setupFormat, out);
    };
    if (parser.isSet(outFile)) {
        // QSaveFile: a failed export leaves an existing file as it was instead of half-written.
        const QString path = parser.value(outFile);
        if (Status guard = Database::refuseOpenFile(path, QStringLiteral("--out")); !guard)
            return ctx.fail(guard.error());
        const OwnerOnly::Scope ownerOnly; // a new file holds the hotline's records: 0600
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return ctx.fail(Error::io(Text::tr("Cannot write %1: %2. Choose a writable file with --out.")
                                          .arg(path, file.errorString())));
        auto rows = run(file);
        if (!rows) {
            file.cancelWriting();
            return ctx.fail(rows.error());
        }
        if (!file.commit())
            return ctx.fail(Error::io(Text::tr("Cannot write %1: %2. Choose a writable file with --out.")
                                          .arg(path, file.errorString())));
        return Done;
    }
    ctx.out.flush();
    QFile stdOut;
    if (!stdOut.open(stdout, QIODevice::WriteOnly))
        return ctx.fail(Error::io(Text::tr("Cannot write to standard output.")));
    auto rows = run(stdOut);
    stdOut.flush();
    if (!rows)
        return ctx.fail(rows.error());
    return Done;
}

} // namespace threerings::cli
