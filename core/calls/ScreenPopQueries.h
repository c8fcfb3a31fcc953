#pragma once

#include "core/auth/Actor.h"
#include "core/db/Repository.h"
#include "core/model/CallerCard.h"

namespace threerings {

// The query behind the screen pop: from a caller's number to everything the ringing banner shows
// (CallerCard). Every read goes through an index (customers by phone, devices/calls/forms/consultations
// by customer), so it stays well under a frame on a million customers; statements are prepared once.
class ScreenPopQueries : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(ScreenPopQueries)

public:
    static constexpr int recentLimit = 5;

    using Repository::Repository;

    // Needs ReadLiveRecords. An unknown or unreadable number gives a card without a customer.
    Result<CallerCard> lookup(const Actor& actor, const QString& number) const;
    // The same without the permission check, for setup code and benchmarks.
    Result<CallerCard> lookup(const QString& number) const;
};

} // namespace threerings
