#include "ui/call/Ringtone.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QUrl>

namespace threerings::ui {

Ringtone::Ringtone(QObject* parent, bool silent, const QString& source) : QObject(parent)
{
    // Asking for the outputs is cheap and does not block; creating an effect with no device is what
    // produces errors on some back ends, so it is only created when there is somewhere to play.
    if (silent || QMediaDevices::audioOutputs().isEmpty())
        return;
    m_effect = new QSoundEffect(this);
    m_effect->setSource(QUrl(source));
    m_effect->setVolume(0.8f);
}

bool Ringtone::setOutputDevice(const QString& device)
{
    if (!m_effect)
        return false;
    const QString wanted = device.trimmed();
    if (!wanted.isEmpty())
        for (const QAudioDevice& d : QMediaDevices::audioOutputs())
            if (d.description() == wanted || QString::fromUtf8(d.id()) == wanted ||
                wanted.endsWith(QLatin1String(": ") + d.description())) {
                m_effect->setAudioDevice(d);
                return true;
            }
    m_effect->setAudioDevice(QMediaDevices::defaultAudioOutput());
    return false;
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
