#pragma once

#include <QObject>

class QSoundEffect;

namespace threerings::ui {

// Plays the ring sound once per ring. Without an audio output (a server, a test run, a headless box) it
// stays silent instead of failing: the console must ring visually whether or not a speaker is there.
// A `silent` ringtone never plays (tests and screenshots on a machine with a speaker).
class Ringtone : public QObject
{
    Q_OBJECT

public:
    // `source`: the sound, qrc:/sounds/ring.wav by default (ringback.wav for a call the agent placed).
    explicit Ringtone(QObject* parent = nullptr, bool silent = false,
                      const QString& source = QStringLiteral("qrc:/sounds/ring.wav"));

    bool isMuted() const { return m_muted; }
    void setMuted(bool muted);
    // Whether an audio output was found when the ringtone was created.
    bool hasOutput() const { return m_effect != nullptr; }

    // Plays on the output whose description or id is `device` (a linphone name such as "ALSA: USB Headset"
    // matches the output described "USB Headset"); the default output when `device` is empty or unknown.
    // True when `device` was found.
    bool setOutputDevice(const QString& device);

    void ring();
    void stop();

private:
    QSoundEffect* m_effect = nullptr;
    bool m_muted = false;
};

} // namespace threerings::ui
