#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>

namespace threerings {

class Clock;
class Database;

// Fills a new database with the defaults a hotline starts from (settings, the business calendar, scripts,
// phrase lists, the starter knowledge base).
// Leaves whatever an admin has already set alone, so it is safe to call on every open.
class Defaults
{
    Q_DECLARE_TR_FUNCTIONS(Defaults)

public:
    static Status ensure(Database& db, const Clock& clock);
    // Whether the file holds nobody yet: no person (with an account or not), no customer, and no server it
    // replicates with. Only such a file is set up without a sign-in (the first admin, demo data).
    static Result<bool> holdsNobody(Database& db, const Clock& clock);
};

} // namespace threerings
