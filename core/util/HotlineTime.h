#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace threerings {

// The hotline keeps its days in its own zone, Beijing time unless the business calendar names another
// (calendar.time_zone): form numbers, the tally, exports and every time on screen count local days
// there, whatever zone the console's computer is set to.
QTimeZone hotlineTimeZone();
// The console's calendar names the hotline's zone once it is loaded (CalendarService); an invalid zone
// puts Beijing time back.
void setHotlineTimeZone(const QTimeZone& zone);

// A moment (ms since the epoch) as the hotline reads it, to the minute: 2026-12-12 09:55.
inline QString hotlineMinuteText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, hotlineTimeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace threerings
