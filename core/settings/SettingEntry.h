#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QTimeZone>
#include <type_traits>

namespace threerings {

// How a setting's value is written in the settings table, and what it accepts.
enum class SettingType
{
    Int,      // a whole number from `min` to `max` (or the one `special` value)
    Bool,     // "1" or "0" ("true" and "false" are read too)
    Text,     // free text of at most `max` characters (0: no limit); `min` 1: not empty
    Choice,   // one of `choices`
    Time,     // a time of day, HH:MM
    TimeZone, // an IANA time zone id
    Weekdays, // days of the week, 1 (Monday) … 7 (Sunday), comma-separated; at least one working day left
    DateTime, // an ISO 8601 date and time, or nothing
};

// Where a site file (core/site/SiteConfig) carries a setting.
enum class SiteFile
{
    No,       // each console's own (the phone line, the bookkeeping)
    Named,    // a named field of the file: `siteField`, "group.name" ("hotline.unitName")
    Settings, // the file's "settings" object, under the setting's key
    Calendar, // the file's "calendar" object, checked as one business calendar
};

// One row of the table of settings (core/settings/Settings.h). Everything about a setting is here:
// nobody else spells its key, its default or its range.
struct SettingEntry
{
    const char* key = nullptr; // "auth.lockout_minutes"; a family's prefix ends in '.'
    SettingType type = SettingType::Text;
    const char* defaultValue = ""; // as stored (UTF-8)
    int min = 0;                   // Int: the smallest value; Text: 1 when it must not be empty
    int max = 0;                   // Int: the largest value; Text: the most characters (0: no limit)
    int special = 0; // Int: one more value outside min…max, when `specialMeaning` says what it means
    const char* specialMeaning = nullptr; // QT_TRANSLATE_NOOP("Settings", …)
    const char* choices = nullptr;        // Choice: "all|sample"; a family: its members "dealer|branch"
    bool family = false;                  // `key` + member is the key of one member
    SiteFile site = SiteFile::No;
    const char* siteField = nullptr; // SiteFile::Named: the field of the file
    bool secret = false;             // never in a site file (nor anywhere but this console)
    bool seeded = false;             // written into a new database (Defaults::ensure)
    const char* name = nullptr;      // QT_TRANSLATE_NOOP("Settings", …): the setting in messages

    // What the compiler checks of a row; the rest (choices, texts, defaults of other types) the unit tests
    // do.
    constexpr bool wellFormed() const
    {
        if (!key || !key[0] || !name || !defaultValue)
            return false;
        const char* end = key;
        while (*end)
            ++end;
        if (family != (end[-1] == '.') || (family && (!choices || seeded)))
            return false;
        if ((site == SiteFile::Named) != (siteField != nullptr) || (secret && site != SiteFile::No))
            return false;
        if (type == SettingType::Choice && !choices)
            return false;
        if (type != SettingType::Int)
            return true;
        const char* digits = defaultValue[0] == '-' ? defaultValue + 1 : defaultValue;
        if (!digits[0])
            return false;
        for (const char* p = digits; *p; ++p)
            if (*p < '0' || *p > '9')
                return false;
        const int d = intDefault();
        return min <= max && ((d >= min && d <= max) || (specialMeaning && d == special));
    }
    // The default of an Int setting (wellFormed: a whole number).
    constexpr int intDefault() const
    {
        const char* p = defaultValue;
        const bool negative = *p == '-';
        if (negative)
            ++p;
        int v = 0;
        for (; *p >= '0' && *p <= '9'; ++p)
            v = v * 10 + (*p - '0');
        return negative ? -v : v;
    }
};

// The C++ type a setting's value reads as.
template <typename T> constexpr bool settingTypeFits(SettingType type)
{
    if constexpr (std::is_same_v<T, int>)
        return type == SettingType::Int;
    else if constexpr (std::is_same_v<T, bool>)
        return type == SettingType::Bool;
    else if constexpr (std::is_same_v<T, QString>)
        return type == SettingType::Text || type == SettingType::Choice;
    else if constexpr (std::is_same_v<T, QTime>)
        return type == SettingType::Time;
    else if constexpr (std::is_same_v<T, QTimeZone>)
        return type == SettingType::TimeZone;
    else if constexpr (std::is_same_v<T, QList<int>>)
        return type == SettingType::Weekdays;
    else if constexpr (std::is_same_v<T, QDateTime>)
        return type == SettingType::DateTime;
    else
        return false;
}

// A value as the settings table stores it, and back. settingValue reads only text that
// Settings::canonical accepted (or a default).
QString settingText(int value);
QString settingText(bool value);
QString settingText(const QString& value);
QString settingText(QTime value);
QString settingText(const QTimeZone& value);
QString settingText(const QList<int>& value);
QString settingText(const QDateTime& value);
template <typename T> T settingValue(const QString& text);
template <> int settingValue<int>(const QString& text);
template <> bool settingValue<bool>(const QString& text);
template <> QString settingValue<QString>(const QString& text);
template <> QTime settingValue<QTime>(const QString& text);
template <> QTimeZone settingValue<QTimeZone>(const QString& text);
template <> QList<int> settingValue<QList<int>>(const QString& text);
template <> QDateTime settingValue<QDateTime>(const QString& text);
QStringList settingMembers(const SettingEntry& entry);

// A typed handle on one setting of the table: SettingsRepository::get(Setting::LockoutMinutes) is an int.
// The compiler refuses a handle whose type does not fit its row, or a row that is not well formed.
// Never defined: a handle on a row that does not fit it calls this while the compiler builds the
// handle, which stops the build there.
void settingRowDoesNotFitItsHandle();

template <typename T> struct SettingKey
{
    consteval SettingKey(const SettingEntry& e) : entry(e)
    {
        if (!settingTypeFits<T>(e.type) || e.family || !e.wellFormed())
            settingRowDoesNotFitItsHandle();
    }
    QString key() const { return QString::fromLatin1(entry.key); }
    constexpr T defaultValue() const
    {
        if constexpr (std::is_same_v<T, int>)
            return entry.intDefault();
        else
            return settingValue<T>(QString::fromUtf8(entry.defaultValue));
    }

    SettingEntry entry;
};

// A family of settings whose keys are a prefix and a member: callback.share.<outlet kind>.
template <typename T> struct SettingFamily
{
    consteval SettingFamily(const SettingEntry& e) : entry(e)
    {
        if (!settingTypeFits<T>(e.type) || !e.family || !e.wellFormed())
            settingRowDoesNotFitItsHandle();
    }
    QString key(const QString& member) const { return QString::fromLatin1(entry.key) + member; }
    QStringList members() const { return settingMembers(entry); }
    constexpr T defaultValue() const
    {
        if constexpr (std::is_same_v<T, int>)
            return entry.intDefault();
        else
            return settingValue<T>(QString::fromUtf8(entry.defaultValue));
    }

    SettingEntry entry;
};

} // namespace threerings
