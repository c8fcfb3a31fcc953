#pragma once

#include <QObject>
#include <QTimer>

namespace threerings {
class CallTracker;
}

namespace threerings::ui {

class Ringtone;

// What the agent hears while a call they placed rings at the other end: China's ringback tone, 1 s on and
// 4 s off, from the first ring there until it is answered, fails or is cancelled. Silent like the ringtone
// where there is no audio output.
class Ringback : public QObject
{
    Q_OBJECT

public:
    static constexpr int CadenceMs = 5000;

    Ringback(CallTracker& tracker, bool silent, QObject* parent = nullptr);
    bool isPlaying() const { return m_cadence.isActive(); }

private:
    void follow();

    CallTracker& m_tracker;
    Ringtone* m_tone = nullptr;
    QTimer m_cadence;
};

} // namespace threerings::ui
