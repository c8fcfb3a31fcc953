#pragma once

#include "core/auth/Actor.h"
#include "core/util/Result.h"

#include <QStringList>

namespace threerings {

class Clock;
class Database;

// Phone numbers for the simulated line's pretend callers until the demo customers provide them:
// mainland mobile numbers and landlines with area codes, as a caller ID shows them (digits only).
QStringList demoCallerNumbers();

// The numbers the simulated line's pretend callers ring from: up to `customers` of the database's own
// customers' mobile numbers, so a demo shows known callers, then a few numbers nobody knows yet. It reads
// customers, so it needs ReadLiveRecords; the console sets its line up before anyone signs in and passes
// the system context (Actor::systemActor()).
Result<QStringList> simulatedCallerNumbers(Database& db, const Clock& clock, const Actor& actor,
                                           int customers = 40);

} // namespace threerings
