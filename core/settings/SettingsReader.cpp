#include "core/settings/SettingsReader.h"

#include "core/settings/SettingsRepository.h"

namespace threerings {

std::unique_ptr<const SettingsReader> SettingsReader::open(Database& db, const Clock& clock)
{
    return std::make_unique<const SettingsRepository>(db, clock);
}

bool SettingsReader::isStored(const SettingEntry& entry, const QString& member) const
{
    return stored(Settings::key(entry, member)).has_value();
}

QString SettingsReader::text(const SettingEntry& entry, const QString& member) const
{
    if (auto t = readText(entry, member))
        return *t;
    return QString::fromUtf8(entry.defaultValue);
}

Result<QString> SettingsReader::readText(const SettingEntry& entry, const QString& member) const
{
    const std::optional<QString> value = stored(Settings::key(entry, member));
    if (!value)
        return QString::fromUtf8(entry.defaultValue);
    auto accepted = Settings::canonical(entry, member, *value);
    if (!accepted)
        return Error::data(
            tr("The database holds a value this console does not accept. %1 Set the setting again.")
                .arg(accepted.error().message),
            accepted.error().field);
    return accepted;
}

} // namespace threerings
