#pragma once

#include "core/auth/Actor.h"
#include "core/db/Repository.h"
#include "core/model/Call.h"

namespace threerings {

// The calls whose audio the line recorded (calls.recording_path, SIP line), for supervisors and admins to
// listen to (Action::ReadAudit: the same people who may open a record's audit trail).
class CallRecordingRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(CallRecordingRepository)

public:
    using Repository::Repository;

    // The newest recorded calls first, at most `limit`; refused for anyone else.
    Result<QList<Call>> recent(const Actor& actor, int limit = 200) const;
};

} // namespace threerings
