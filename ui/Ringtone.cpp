#include "Ringtone.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QUrl>

namespace threerings::ui {

Ringtone::Ringtone(QObject* parent) : QObject(parent)
{
    // Asking for the outputs is cheap and does not block; creating an effect with no device is what
    // produces errors on some back ends, so it is only created when there is somewhere to play.
    if (qEnvironmentVariableIsSet("THREERINGS_NO_SOUND") || QMediaDevices::audioOutputs().isEmpty())
        return;
    m_effect = new QSoundEffect(this);
    m_effect->setSource(QUrl(QStringLiteral("qrc:/sounds/ring.wav")));
    m_effect->setVolume(0.8f);
}

void Ringtone::setMuted(bool muted)
{
    m_muted = muted;
    if (muted)
        stop();
}

void Ringtone::ring()
{
    if (m_effect && !m_muted)
        m_effect->play();
}

void Ringtone::stop()
{
    if (m_effect)
        m_effect->stop();
}

} // namespace threerings::ui
