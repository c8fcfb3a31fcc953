#include "app/cli/Commands.h"

namespace threerings::cli {

const std::vector<Command>& commands()
{
    static const std::vector<Command> list{
        {QStringLiteral("init"), Text::tr("create or upgrade the database; prints the schema version"),
         runInit},
        {QStringLiteral("demo-data"),
         Text::tr("fill an empty database with synthetic hotline data and demo accounts"), runDemoData},
        {QStringLiteral("export"), Text::tr("write records as CSV or JSON lines, filtered by day"),
         runExport},
        {QStringLiteral("calendar"),
         Text::tr("working-time arithmetic by the business calendar (calendar add)"), runCalendar},
        {QStringLiteral("user"),
         Text::tr("accounts: user add, passwd, roles, department, deactivate, reactivate, list"), runUser},
        {QStringLiteral("department"),
         Text::tr("the hotline's departments: department add, edit, retire, restore, list"), runDepartment},
        {QStringLiteral("outlet"),
         Text::tr("the hotline's outlets (网点): outlet add, edit, retire, restore, list"), runOutlet},
        {QStringLiteral("import"),
         Text::tr("read departments, outlets, knowledge-base entries or calendar days from CSV or XLSX (the "
                  "calendar also from .ics): import KIND --file F [--dry-run]"),
         runImport},
        {QStringLiteral("check-phrases"),
         Text::tr("find banned phrases in text on stdin; one JSON object per hit, exit 1 when any"),
         runCheckPhrases},
        {QStringLiteral("due"),
         Text::tr("My work headless: what is due for an agent, by deadline, in working hours (due --date D)"),
         runDue},
        {QStringLiteral("report"),
         Text::tr(
             "the supervisor's sheets as csv, xlsx, pdf or json (daily-callbacks tally service-level …)"),
         runReport},
        {QStringLiteral("practice"),
         Text::tr("training: practice run SCENARIO.json --answers FILE prints the scorecard as JSON; "
                  "practice validate FILE…"),
         runPractice},
        {QStringLiteral("server"),
         Text::tr("the central PostgreSQL server: server init|connect --url postgresql://USER@HOST:PORT/DB"),
         runServer},
        {QStringLiteral("sync"), Text::tr("replicate with the configured server (sync --once)"), runSync},
        {QStringLiteral("site"),
         Text::tr(
             "the site configuration a room shares: site export [FILE], site import FILE, site check FILE"),
         runSite},
        {QStringLiteral("shortcuts"), Text::tr("print the keyboard shortcuts as a Markdown table"),
         runShortcuts},
    };
    return list;
}

} // namespace threerings::cli
