#include "core/calls/DemoNumbers.h"

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

} // namespace threerings
