#include "core/calls/DemoNumbers.h"

#include "core/auth/Permissions.h"
#include "core/customers/CustomerRepository.h"

namespace threerings {

QStringList demoCallerNumbers()
{
    return {
        QStringLiteral("13812345678"),  // mobile
        QStringLiteral("02164381122"),  // Shanghai
        QStringLiteral("15907551234"),  // mobile
        QStringLiteral("01065529876"),  // Beijing
        QStringLiteral("18620883456"),  // mobile
        QStringLiteral("053288905566"), // Qingdao
        QStringLiteral("13957106789"),  // mobile
        QStringLiteral("075583327788"), // Shenzhen
    };
}

Result<QStringList> simulatedCallerNumbers(Database& db, const Clock& clock, const Actor& actor,
                                           int customers)
{
    if (Status s = Permissions::require(actor, Action::ReadLiveRecords); !s)
        return s.error();
    auto numbers = CustomerRepository(db, clock).somePhones(customers);
    if (!numbers)
        return numbers.error();
    *numbers += demoCallerNumbers().mid(0, 6);
    return numbers;
}

} // namespace threerings
