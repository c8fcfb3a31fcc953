#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace threerings {

// The hotline keeps its days in Beijing time: form numbers, the tally and exports count local days
// there, whatever zone the console's computer is set to.
inline QTimeZone hotlineTimeZone()
{
    return QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
}

// A moment (ms since the epoch) as the hotline reads it, to the minute: 2026-12-12 09:55.
inline QString hotlineMinuteText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, hotlineTimeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace threerings
