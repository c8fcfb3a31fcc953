#pragma once

#include "core/db/RecordWriter.h"
#include "core/settings/Settings.h"

#include <optional>

namespace threerings {

// The settings of one installation (unit name, hotline number, ring cadence, calendar …), typed by the
// table in core/settings/Settings.h: get(Setting::LockoutMinutes) is an int. A value the table does not
// accept is refused on set with a message naming the setting; a stored one it does not accept (an old or
// hand-edited database, a bad row from the server) reads as the default. Writes go through RecordWriter:
// audited and in the outbox.
class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)

public:
    SettingsRepository(Database& db, const Clock& clock);

    // The stored value, or the default when there is none or the table does not accept it.
    template <typename T> T get(const SettingKey<T>& s) const { return settingValue<T>(text(s.entry)); }
    // As get, but a stored value the table does not accept is an error naming the setting (for callers
    // that report a damaged setting rather than run on the default).
    template <typename T> Result<T> read(const SettingKey<T>& s) const
    {
        auto t = readText(s.entry);
        if (!t)
            return t.error();
        return settingValue<T>(*t);
    }
    // Whether the database holds a value for the setting at all (a good one or not).
    template <typename T> bool isStored(const SettingKey<T>& s) const { return isStored(s.entry); }
    template <typename T> Status set(const SettingKey<T>& s, const T& value, const QString& actor)
    {
        return setText(s.entry, {}, settingText(value), actor);
    }
    // Sets the value only when the database holds none yet.
    template <typename T> Status setDefault(const SettingKey<T>& s, const T& value, const QString& actor)
    {
        return isStored(s.entry) ? Status() : set(s, value, actor);
    }

    // One member of a family: its stored value, when there is one the table accepts.
    template <typename T> std::optional<T> find(const SettingFamily<T>& f, const QString& member) const
    {
        if (!isStored(f.entry, member))
            return std::nullopt;
        auto t = readText(f.entry, member);
        return t ? std::optional<T>(settingValue<T>(*t)) : std::nullopt;
    }
    template <typename T>
    Status set(const SettingFamily<T>& f, const QString& member, const T& value, const QString& actor)
    {
        return setText(f.entry, member, settingText(value), actor);
    }

    // By row, as the table stores the value (the site file and the defaults iterate the table).
    bool isStored(const SettingEntry& entry, const QString& member = {}) const;
    // The stored text when the table accepts it, else the default.
    QString text(const SettingEntry& entry, const QString& member = {}) const;
    // The stored text (the default when none); an error naming the setting when the table does not accept it.
    Result<QString> readText(const SettingEntry& entry, const QString& member = {}) const;
    // Checks `text` against the row and stores it as the table writes it; refused with a message naming
    // the setting and what it accepts.
    Status setText(const SettingEntry& entry, const QString& member, const QString& text,
                   const QString& actor);

private:
    std::optional<QString> stored(const QString& key) const;
    Status write(const QString& key, const QString& value, const QString& actor);

    Database& m_db;
    RecordWriter m_writer;
};

} // namespace threerings
