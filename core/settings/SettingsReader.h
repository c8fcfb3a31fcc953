#pragma once

#include "core/settings/Settings.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <memory>
#include <optional>

namespace threerings {

class Clock;
class Database;

// The settings of one installation as every part of the console reads them (unit name, hotline number, ring
// cadence, calendar …), typed by the table in core/settings/Settings.h: get(Setting::LockoutMinutes) is an
// int. Settings hold no person's records and no secrets (passwords stay in the keychain), and the console
// reads them before anyone signs in, so reading needs no person. Changing them is a core call that checks
// the person's rights (the site file, the phone line, the callback policy …), never this class. A stored
// value the table does not accept (an old or hand-edited database, a bad row from the server) reads as the
// default.
class SettingsReader
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)

public:
    virtual ~SettingsReader() = default;

    // The reader of the views and the command line.
    static std::unique_ptr<const SettingsReader> open(Database& db, const Clock& clock);

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
    // One member of a family: its stored value, when there is one the table accepts.
    template <typename T> std::optional<T> find(const SettingFamily<T>& f, const QString& member) const
    {
        if (!isStored(f.entry, member))
            return std::nullopt;
        auto t = readText(f.entry, member);
        return t ? std::optional<T>(settingValue<T>(*t)) : std::nullopt;
    }

    // By row, as the table stores the value (the site file and the defaults iterate the table).
    bool isStored(const SettingEntry& entry, const QString& member = {}) const;
    // The stored text when the table accepts it, else the default.
    QString text(const SettingEntry& entry, const QString& member = {}) const;
    // The stored text (the default when none); an error naming the setting when the table does not accept it.
    Result<QString> readText(const SettingEntry& entry, const QString& member = {}) const;

protected:
    // The stored text under `key`, if any.
    virtual std::optional<QString> stored(const QString& key) const = 0;
};

} // namespace threerings
