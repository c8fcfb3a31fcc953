#pragma once

#include "core/auth/Actor.h"
#include "core/model/Call.h"
#include "core/util/Result.h"

#include <QList>

namespace threerings {

class Clock;
class Database;

// The calls whose audio the line recorded, for the people who check recorded calls (SPEC §6: supervisors
// and admins, Action::ReadAudit, the same people who may open a record's audit trail). What Console ▸ Call
// recordings… lists.
class CallRecordings
{
public:
    CallRecordings(Database& db, const Clock& clock);

    // The newest recorded calls first, at most `limit`; refused for anyone else.
    Result<QList<Call>> recent(const Actor& actor, int limit = 200) const;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace threerings
