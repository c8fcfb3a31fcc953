#include "cli/Commands.h"

namespace threerings::cli {

const std::vector<Command>& commands()
{
    static const std::vector<Command> list{
<<<<<<< HEAD
        {QStringLiteral("init"), Text::tr("create or upgrade the database; prints the schema version"), runInit},
        {QStringLiteral("calendar"),
         Text::tr("working-time arithmetic by the business calendar (calendar add)"), runCalendar},
=======
        {QStringLiteral("init"), Text::tr("create or upgrade the database; prints the schema version"),
         runInit},
        {QStringLiteral("export"), Text::tr("write records as CSV or JSON lines, filtered by day"),
         runExport},
>>>>>>> model
    };
    return list;
}

} // namespace threerings::cli
