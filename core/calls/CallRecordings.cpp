#include "core/calls/CallRecordings.h"

#include "core/calls/CallRecordingRepository.h"

namespace threerings {

CallRecordings::CallRecordings(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

Result<QList<Call>> CallRecordings::recent(const Actor& actor, int limit) const
{
    // The repository's person call checks ReadAudit before it reads.
    return CallRecordingRepository(m_db, m_clock).recent(actor, limit);
}

} // namespace threerings
