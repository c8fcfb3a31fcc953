#pragma once

#include <QByteArray>
#include <QTimeZone>

namespace threerings {

// The hotline keeps its days in Beijing time: form numbers, the tally and exports count local days
// there, whatever zone the console's computer is set to.
inline QTimeZone hotlineTimeZone()
{
    return QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
}

} // namespace threerings
