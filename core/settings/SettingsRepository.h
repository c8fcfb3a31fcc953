#pragma once

#include "core/db/RecordWriter.h"
#include "core/settings/SettingsReader.h"

#include <optional>

namespace threerings {

// The settings table's rows: the read half (SettingsReader) and the writes. A value the table does not accept
// is refused on set with a message naming the setting. Writes go through RecordWriter: audited and in the
// outbox. Internal to core: views and the command line read through SettingsReader::open and change settings
// through the checked calls of the feature that owns them.
class SettingsRepository : public SettingsReader
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)

public:
    SettingsRepository(Database& db, const Clock& clock);

    using SettingsReader::isStored;
    template <typename T> Status set(const SettingKey<T>& s, const T& value, const QString& actor)
    {
        return setText(s.entry, {}, settingText(value), actor);
    }
    // Sets the value only when the database holds none yet.
    template <typename T> Status setDefault(const SettingKey<T>& s, const T& value, const QString& actor)
    {
        return isStored(s.entry) ? Status() : set(s, value, actor);
    }
    template <typename T>
    Status set(const SettingFamily<T>& f, const QString& member, const T& value, const QString& actor)
    {
        return setText(f.entry, member, settingText(value), actor);
    }
    // Checks `text` against the row and stores it as the table writes it; refused with a message naming
    // the setting and what it accepts.
    Status setText(const SettingEntry& entry, const QString& member, const QString& text,
                   const QString& actor);

protected:
    std::optional<QString> stored(const QString& key) const override;

private:
    Status write(const QString& key, const QString& value, const QString& actor);

    Database& m_db;
    RecordWriter m_writer;
};

} // namespace threerings
