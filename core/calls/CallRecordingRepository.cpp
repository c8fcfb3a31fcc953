#include "core/calls/CallRecordingRepository.h"

#include "core/auth/Permissions.h"
#include "core/calls/CallRepository.h"

namespace threerings {

Result<QList<Call>> CallRecordingRepository::recent(const Actor& actor, int limit) const
{
    if (Status s = Permissions::require(actor, Action::ReadAudit); !s)
        return s.error();
    return fetchAll<Call>(
        QStringLiteral("SELECT * FROM calls WHERE recording_path <> '' ORDER BY ring_at DESC LIMIT ?"),
        {std::max(1, limit)}, CallRepository::fromRow);
}

} // namespace threerings
