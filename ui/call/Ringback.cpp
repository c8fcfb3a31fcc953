#include "ui/call/Ringback.h"

#include "core/calls/CallTracker.h"
#include "ui/call/Ringtone.h"

namespace threerings::ui {

Ringback::Ringback(CallTracker& tracker, bool silent, QObject* parent)
    : QObject(parent), m_tracker(tracker),
      m_tone(new Ringtone(this, silent, QStringLiteral("qrc:/sounds/ringback.wav")))
{
    m_cadence.setInterval(CadenceMs);
    connect(&m_cadence, &QTimer::timeout, m_tone, &Ringtone::ring);
    connect(&m_tracker, &CallTracker::stateChanged, this, &Ringback::follow);
    connect(&m_tracker, &CallTracker::ticked, this, &Ringback::follow);
}

void Ringback::follow()
{
    const bool ringingThere = m_tracker.state() == CallTracker::State::Ringing && m_tracker.isOutgoing() &&
                              m_tracker.remoteRinging();
    if (ringingThere && !m_cadence.isActive()) {
        m_tone->ring();
        m_cadence.start();
    } else if (!ringingThere && m_cadence.isActive()) {
        m_cadence.stop();
        m_tone->stop();
    }
}

} // namespace threerings::ui
