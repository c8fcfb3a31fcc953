#include "core/util/HotlineTime.h"

#include <QMutex>

namespace threerings {

namespace {

QMutex& zoneLock()
{
    static QMutex lock;
    return lock;
}

QTimeZone& zone()
{
    static QTimeZone z(QByteArrayLiteral("Asia/Shanghai"));
    return z;
}

} // namespace

QTimeZone hotlineTimeZone()
{
    const QMutexLocker locker(&zoneLock());
    return zone();
}

void setHotlineTimeZone(const QTimeZone& z)
{
    const QMutexLocker locker(&zoneLock());
    zone() = z.isValid() ? z : QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
}

} // namespace threerings
