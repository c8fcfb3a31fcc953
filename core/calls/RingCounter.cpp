#include "core/calls/RingCounter.h"

#include "core/settings/SettingsRepository.h"

namespace threerings {

RingCadence RingCadence::fromSettings(const SettingsReader& settings)
{
    // Both or neither: half a stored cadence with half of China's is nobody's cadence.
    const auto on = settings.read(Setting::RingOnMs);
    const auto off = settings.read(Setting::RingOffMs);
    if (!on || !off)
        return china();
    return {on.value(), off.value()};
}

RingCounter::RingCounter(RingCadence cadence) : m_cadence(cadence.isValid() ? cadence : RingCadence::china())
{}

int RingCounter::ringAt(qint64 elapsedMs) const
{
    if (elapsedMs < 0)
        return 0;
    return static_cast<int>(elapsedMs / m_cadence.periodMs()) + 1;
}

qint64 RingCounter::ringStartMs(int n) const
{
    return n <= 1 ? 0 : (n - 1) * m_cadence.periodMs();
}

RingState RingCounter::stateAt(qint64 elapsedMs) const
{
    RingState s;
    s.ring = ringAt(elapsedMs);
    if (s.ring == 0) {
        s.msToNextRing = -elapsedMs;
        return s;
    }
    const qint64 intoRing = elapsedMs - ringStartMs(s.ring);
    s.sounding = intoRing < m_cadence.onMs;
    s.overdue = isOverdue(s.ring);
    s.msToNextRing = m_cadence.periodMs() - intoRing;
    return s;
}

RingState RingCounter::state(const QDateTime& ringStart, const QDateTime& now) const
{
    return stateAt(ringStart.msecsTo(now));
}

} // namespace threerings
