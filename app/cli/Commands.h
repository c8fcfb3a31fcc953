#pragma once

#include "cli/Cli.h"

namespace threerings::cli {

// One function per subcommand, each in its own file.
int runInit(Context& ctx);
<<<<<<< HEAD
int runCalendar(Context& ctx);
=======
int runExport(Context& ctx);
>>>>>>> model

} // namespace threerings::cli
