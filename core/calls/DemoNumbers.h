#pragma once

#include <QStringList>

namespace threerings {

// Phone numbers for the simulated line's pretend callers until the demo customers provide them:
// mainland mobile numbers and landlines with area codes, as a caller ID shows them (digits only).
QStringList demoCallerNumbers();

} // namespace threerings
