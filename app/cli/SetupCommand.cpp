// department, outlet and import: the hotline's own set-up from the command line.
#include "app/cli/Commands.h"
#include "app/cli/Options.h"
#include "core/auth/DepartmentService.h"
#include "core/calendar/IcsCalendar.h"
#include "core/customers/OutletService.h"
#include "core/customers/SetupTables.h"
#include "core/db/Database.h"
#include "core/util/TableFile.h"

#include <cstdio>
#include <unistd.h>

namespace threerings::cli {

namespace {

// The options of a record command: one per column of the kind (--name, --kind, --head …).
QList<QCommandLineOption> columnOptions(const QString& kind)
{
    QList<QCommandLineOption> out;
    for (const SetupTables::Column& c : SetupTables::columns(kind))
        if (c.key != QLatin1String("active"))
            out << QCommandLineOption(c.key, Text::tr("The %1 (%2).").arg(c.key, c.chinese),
                                      QStringLiteral("VALUE"));
    return out;
}

int printOutcome(Context& ctx, const QString& source, const SetupTables::Outcome& o, bool dryRun)
{
    if (!o.problems.isEmpty()) {
        for (const QString& line : SetupTables::describe(source, o))
            ctx.err << line << Qt::endl;
        ctx.err << Text::tr("%n problem(s); nothing was imported. Fix them and run the import again.", "",
                            int(o.problems.size()))
                << Qt::endl;
        return DataError;
    }
    ctx.out << (dryRun ? Text::tr("Dry run: %1 new, %2 changed, %3 unchanged; nothing was written.")
                       : Text::tr("Imported: %1 new, %2 changed, %3 unchanged."))
                   .arg(o.added)
                   .arg(o.changed)
                   .arg(o.unchanged)
            << Qt::endl;
    return Done;
}

// department|outlet add|edit: one row through the import, so the command line checks and reads values as a
// file's rows are (kinds and categories in English or Chinese, a head by job number).
int runRecord(Context& ctx, const QString& kind, const QString& command, const QString& action)
{
    QCommandLineParser parser;
    const QList<QCommandLineOption> options = columnOptions(kind);
    parser.addOptions(options);
    const QString key = SetupTables::columns(kind).constFirst().key; // name or code
    if (auto done = parseOptions(
            ctx, parser, command + QLatin1Char(' ') + action,
            action == QLatin1String("add")
                ? Text::tr("Add one of the hotline's %1 (admins).").arg(SetupTables::kindLabel(kind))
                : Text::tr("Change the named fields of one of the hotline's %1 (admins).")
                      .arg(SetupTables::kindLabel(kind))))
        return *done;
    if (!parser.isSet(key))
        return ctx.usage(Text::tr("--%1 is missing: say which record.").arg(key));
    TableFile row;
    QStringList values;
    for (const QCommandLineOption& o : options)
        if (parser.isSet(o)) {
            row.header << o.names().constFirst();
            values << parser.value(o);
        }
    row.rows << values;
    row.rowNumbers << 1;
    auto signedIn = ctx.openSignedIn();
    if (!signedIn)
        return ctx.fail(signedIn.error());
    SetupTables tables(*signedIn->db, ctx.clock);
    auto planned = tables.import(signedIn->actor, kind, row, true);
    if (!planned)
        return ctx.fail(planned.error());
    if (!planned->problems.isEmpty()) {
        const SetupTables::Problem& p = planned->problems.constFirst();
        return ctx.fail(Error::data(Text::tr("--%1: %2").arg(p.column, p.message)));
    }
    const bool adding = action == QLatin1String("add");
    if (adding && planned->added == 0)
        return ctx.fail(Error::data(Text::tr("There is already one with --%1 %2; change it with %3 edit.")
                                        .arg(key, parser.value(key), command)));
    if (!adding && planned->added > 0)
        return ctx.fail(Error::notFound(Text::tr("There is none with --%1 %2; add it with %3 add.")
                                            .arg(key, parser.value(key), command)));
    auto done = tables.import(signedIn->actor, kind, row, false);
    if (!done)
        return ctx.fail(done.error());
    if (!done->problems.isEmpty())
        return ctx.fail(Error::data(done->problems.constFirst().message));
    ctx.out << (adding          ? Text::tr("Added %1.")
                : done->changed ? Text::tr("Changed %1.")
                                : Text::tr("%1 already "
                                           "had those "
                                           "values."))
                   .arg(parser.value(key).trimmed())
            << Qt::endl;
    return Done;
}

// department|outlet retire|restore --name|--code X.
int runActive(Context& ctx, const QString& kind, const QString& command, const QString& action)
{
    QCommandLineParser parser;
    const QString key = SetupTables::columns(kind).constFirst().key;
    const QCommandLineOption which(key, Text::tr("Which one, by its %1.").arg(key), QStringLiteral("VALUE"));
    parser.addOption(which);
    if (auto done = parseOptions(ctx, parser, command + QLatin1Char(' ') + action,
                                 Text::tr("Retire one (kept on every record that names it, offered no more), "
                                          "or bring a retired one back (admins).")))
        return *done;
    if (!parser.isSet(which))
        return ctx.usage(Text::tr("--%1 is missing: say which record.").arg(key));
    auto signedIn = ctx.openSignedIn();
    if (!signedIn)
        return ctx.fail(signedIn.error());
    const QString value = parser.value(which).trimmed();
    const bool active = action == QLatin1String("restore");
    Status s = Error::notFound(Text::tr("There is none with --%1 %2; check the spelling.").arg(key, value));
    if (kind == QLatin1String("departments")) {
        DepartmentService service(*signedIn->db, ctx.clock);
        auto all = service.list(signedIn->actor, true);
        if (!all)
            return ctx.fail(all.error());
        for (const Department& d : all.value())
            if (d.name == value)
                s = service.setActive(signedIn->actor, d.meta.id, active);
    } else {
        OutletService service(*signedIn->db, ctx.clock);
        auto all = service.search(signedIn->actor, {}, true);
        if (!all)
            return ctx.fail(all.error());
        for (const Outlet& o : all.value())
            if (o.code == value)
                s = service.setActive(signedIn->actor, o.meta.id, active);
    }
    if (!s)
        return ctx.fail(s.error());
    ctx.out << (active ? Text::tr("%1 is in use again.") : Text::tr("%1 is retired.")).arg(value) << Qt::endl;
    return Done;
}

int runListKind(Context& ctx, const QString& kind, const QString& command)
{
    QCommandLineParser parser;
    const QCommandLineOption all(QStringLiteral("all"), Text::tr("Retired ones too."));
    parser.addOption(all);
    if (auto done = parseOptions(ctx, parser, command + QStringLiteral(" list"),
                                 Text::tr("List them, one per line, tab-separated, with a header line.")))
        return *done;
    auto signedIn = ctx.openSignedIn();
    if (!signedIn)
        return ctx.fail(signedIn.error());
    auto rows = SetupTables(*signedIn->db, ctx.clock).rows(signedIn->actor, kind);
    if (!rows)
        return ctx.fail(rows.error());
    for (int i = 0; i < rows->size(); ++i) {
        const QStringList& r = rows->at(i);
        if (i > 0 && !parser.isSet(all) && r.constLast() == QLatin1String("0"))
            continue;
        ctx.out << r.join(QLatin1Char('\t')) << Qt::endl;
    }
    return Done;
}

int runKind(Context& ctx, const QString& kind, const QString& command)
{
    const QString action = ctx.args.value(0);
    Context sub = ctx;
    sub.args = ctx.args.mid(1);
    if (action == QLatin1String("add") || action == QLatin1String("edit"))
        return runRecord(sub, kind, command, action);
    if (action == QLatin1String("retire") || action == QLatin1String("restore"))
        return runActive(sub, kind, command, action);
    if (action == QLatin1String("list"))
        return runListKind(sub, kind, command);
    const QString usage = Text::tr("Usage: threerings --db FILE %1 add|edit|retire|restore|list [OPTIONS]; "
                                   "%1 ACTION --help lists the options.")
                              .arg(command);
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        ctx.out << usage << Qt::endl;
        return Done;
    }
    return ctx.usage(action.isEmpty() ? usage
                                      : Text::tr("Unknown %1 action '%2'. %3").arg(command, action, usage));
}

} // namespace

int runDepartment(Context& ctx)
{
    return runKind(ctx, QStringLiteral("departments"), QStringLiteral("department"));
}

int runOutlet(Context& ctx)
{
    return runKind(ctx, QStringLiteral("outlets"), QStringLiteral("outlet"));
}

int runImport(Context& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption file(
        QStringLiteral("file"),
        Text::tr("The CSV or XLSX file to read (for the calendar also an .ics file)."),
        QStringLiteral("FILE"));
    const QCommandLineOption dry(QStringLiteral("dry-run"),
                                 Text::tr("Check every row and say what would change; write nothing."));
    parser.addOptions({file, dry});
    parser.addPositionalArgument(QStringLiteral("KIND"), SetupTables::kinds().join(QLatin1Char(' ')));
    if (auto done =
            parseOptions(ctx, parser, QStringLiteral("import"),
                         Text::tr("Import the hotline's own records from CSV or XLSX (headers in English "
                                  "or Chinese): all rows or none.")))
        return *done;
    auto kind = kindArgument(parser, SetupTables::kinds(), Text::tr("Name what to import: one of %1."),
                             Text::tr("Import one kind at a time; '%1' is extra."),
                             Text::tr("Unknown kind '%1'; choose one of: %2."));
    if (!kind)
        return ctx.fail(kind.error());
    if (!parser.isSet(file))
        return ctx.usage(Text::tr("--file is missing: name the CSV or XLSX file to import."));
    const QString path = parser.value(file);
    // The calendar also reads the State Council's schedule as an iCalendar file (libical).
    auto table = *kind == QLatin1String("calendar") ? IcsCalendar::readTable(path) : readTableFile(path);
    if (!table)
        return ctx.fail(table.error());
    auto signedIn = ctx.openSignedIn();
    if (!signedIn)
        return ctx.fail(signedIn.error());
    // A large file shows how far it is: in place on a terminal, a line per tenth in a log.
    const bool large = table->rows.size() >= 10000;
    const bool terminal = large && isatty(fileno(stderr));
    int lastTenth = -1;
    const auto progress = [&](SetupTables::Phase phase, qint64 done, qint64 total) {
        if (!large || total <= 0)
            return;
        const QString line = phase == SetupTables::Phase::Checking
                                 ? Text::tr("Checking row %1 of %2…").arg(done).arg(total)
                                 : Text::tr("Writing record %1 of %2…").arg(done).arg(total);
        if (terminal) {
            ctx.err << QLatin1Char('\r') << line << Qt::flush;
            return;
        }
        const int tenth = int(done * 10 / total) + (phase == SetupTables::Phase::Writing ? 11 : 0);
        if (tenth != lastTenth) {
            lastTenth = tenth;
            ctx.err << line << Qt::endl;
        }
    };
    auto outcome = SetupTables(*signedIn->db, ctx.clock)
                       .import(signedIn->actor, *kind, *table, parser.isSet(dry), progress);
    if (terminal)
        ctx.err << Qt::endl;
    if (!outcome)
        return ctx.fail(outcome.error());
    return printOutcome(ctx, path, *outcome, parser.isSet(dry));
}

} // namespace threerings::cli
