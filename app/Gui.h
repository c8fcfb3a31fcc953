#pragma once

#include <QStringList>

namespace threerings {
class Clock;
}

namespace threerings::app {

// Opens the database named by --db (or the default one in the user's data folder) and shows the console.
int runGui(const QStringList& arguments, const Clock& clock);

} // namespace threerings::app
