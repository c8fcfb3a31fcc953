#pragma once

#include "core/settings/Settings.h"

#include <QDateTime>

namespace threerings {

class SettingsReader;
class SettingsRepository;

// How a line rings: a burst of sound, then silence, repeated. The mainland China default is
// 1 s on / 4 s off, so ring n starts (n-1) * 5 s after the call began to ring.
struct RingCadence
{
    qint64 onMs = Setting::RingOnMs.defaultValue();
    qint64 offMs = Setting::RingOffMs.defaultValue();

    qint64 periodMs() const { return onMs + offMs; }
    bool isValid() const { return onMs > 0 && offMs >= 0; }
    static RingCadence china() { return {}; }
    // The cadence configured in the settings (Setting::RingOnMs, RingOffMs); China's when unset or bad.
    static RingCadence fromSettings(const SettingsReader& settings);
};

// Where a ringing call stands at one moment.
struct RingState
{
    int ring = 0;          // the ring being heard or last heard: 1, 2, 3, …; 0 before the call rings
    bool sounding = false; // within the "on" part of that ring
    bool overdue = false;  // past the third ring: answering now calls for the apology (SPEC §2.2)
    qint64 msToNextRing = 0;
};

// Counts rings from the cadence, the time the call began to ring and now. Pure functions: no clock of its
// own, no timer, so the console, the call log and the tests all count the same way.
//
// The rule is "pick up within three rings": a call answered while ring 1, 2 or 3 is heard, or in the silence
// after ring 3, is on time; once ring 4 starts the call is overdue.
class RingCounter
{
public:
    static constexpr int ringsAllowed = 3;

    explicit RingCounter(RingCadence cadence = RingCadence::china());

    RingCadence cadence() const { return m_cadence; }

    // The ring number after `elapsedMs` of ringing: ring n starts at (n-1) * period. 0 for negative time.
    int ringAt(qint64 elapsedMs) const;
    RingState stateAt(qint64 elapsedMs) const;
    RingState state(const QDateTime& ringStart, const QDateTime& now) const;
    // When ring `n` (1-based) starts, in ms after the call began to ring.
    qint64 ringStartMs(int n) const;
    static bool isOverdue(int ring) { return ring > ringsAllowed; }

private:
    RingCadence m_cadence;
};

} // namespace threerings
