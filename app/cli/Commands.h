#pragma once

#include "app/cli/Cli.h"

namespace threerings::cli {

// One function per subcommand, each in its own file.
int runInit(Context& ctx);
int runDemoData(Context& ctx);
int runExport(Context& ctx);
int runCalendar(Context& ctx);
int runUser(Context& ctx);
int runDepartment(Context& ctx);
int runOutlet(Context& ctx);
int runImport(Context& ctx);
int runCheckPhrases(Context& ctx);
int runDue(Context& ctx);
int runReport(Context& ctx);
int runPractice(Context& ctx);
int runServer(Context& ctx);
int runSync(Context& ctx);
int runSite(Context& ctx);
int runShortcuts(Context& ctx);

} // namespace threerings::cli
