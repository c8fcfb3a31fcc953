#include "core/settings/Settings.h"

#include <algorithm>

namespace threerings {

namespace {

constexpr bool sameKey(const char* a, const char* b)
{
    for (; *a && *a == *b; ++a, ++b) {
    }
    return *a == *b;
}

// No two rows share a key, and no exact key is a member of a family but one its members do not name.
constexpr bool keysAreUnique()
{
    for (std::size_t i = 0; i < std::size(Setting::table); ++i)
        for (std::size_t j = i + 1; j < std::size(Setting::table); ++j)
            if (sameKey(Setting::table[i]->key, Setting::table[j]->key))
                return false;
    return true;
}
static_assert(keysAreUnique(), "two rows of the table of settings share a key");

QStringList split(const char* list)
{
    return list ? QString::fromLatin1(list).split(QLatin1Char('|')) : QStringList();
}

QString quoted(const QString& text)
{
    return Settings::tr("“%1”").arg(text);
}

// Days of the week, or nothing when `text` lists anything else.
std::optional<QList<int>> weekdays(const QString& text)
{
    QList<int> days;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int d = part.trimmed().toInt(&ok);
        if (!ok || d < Qt::Monday || d > Qt::Sunday)
            return std::nullopt;
        days.append(d);
    }
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    if (days.size() >= 7)
        return std::nullopt;
    return days;
}

QTimeZone zoneOf(const QString& id)
{
    const QByteArray name = id.trimmed().toUtf8();
    // Only named zones: Qt would also read a bare word such as "Beijing" as a POSIX rule for UTC.
    if (name.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(name))
        return {};
    return QTimeZone(name);
}

} // namespace

QString settingText(int value)
{
    return QString::number(value);
}
QString settingText(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}
QString settingText(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value; // settings.value is NOT NULL
}
QString settingText(QTime value)
{
    return value.toString(QStringLiteral("HH:mm"));
}
QString settingText(const QTimeZone& value)
{
    return QString::fromUtf8(value.id());
}
QString settingText(const QList<int>& value)
{
    QStringList days;
    for (int d : value)
        days << QString::number(d);
    return days.join(QLatin1Char(','));
}
QString settingText(const QDateTime& value)
{
    return value.isValid() ? value.toUTC().toString(Qt::ISODate) : QStringLiteral("");
}

template <> int settingValue<int>(const QString& text)
{
    return text.toInt();
}
template <> bool settingValue<bool>(const QString& text)
{
    return text == QLatin1String("1");
}
template <> QString settingValue<QString>(const QString& text)
{
    return text;
}
template <> QTime settingValue<QTime>(const QString& text)
{
    return QTime::fromString(text, QStringLiteral("HH:mm"));
}
template <> QTimeZone settingValue<QTimeZone>(const QString& text)
{
    return QTimeZone(text.toUtf8()); // canonical: a zone id checked once already
}
template <> QList<int> settingValue<QList<int>>(const QString& text)
{
    return weekdays(text).value_or(QList<int>());
}
template <> QDateTime settingValue<QDateTime>(const QString& text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODate);
}

QStringList settingMembers(const SettingEntry& entry)
{
    return entry.family ? split(entry.choices) : QStringList();
}

const SettingEntry* Settings::find(const QString& key, QString* member)
{
    for (const SettingEntry* e : all())
        if (!e->family && key == QLatin1String(e->key))
            return e;
    for (const SettingEntry* e : all()) {
        const QLatin1String prefix(e->key);
        if (e->family && key.startsWith(prefix) && key.size() > prefix.size()) {
            if (member)
                *member = key.mid(prefix.size());
            return e;
        }
    }
    return nullptr;
}

QString Settings::key(const SettingEntry& entry, const QString& member)
{
    return QString::fromLatin1(entry.key) + (entry.family ? member : QString());
}

QString Settings::name(const SettingEntry& entry, const QString& member)
{
    const QString n = tr(entry.name);
    return entry.family ? n.arg(member) : n;
}

QStringList Settings::choices(const SettingEntry& entry)
{
    return entry.type == SettingType::Choice ? split(entry.choices) : QStringList();
}

QString Settings::allowed(const SettingEntry& entry)
{
    switch (entry.type) {
    case SettingType::Int:
        if (entry.specialMeaning)
            return tr("a whole number from %1 to %2, or %3 for %4")
                .arg(entry.min)
                .arg(entry.max)
                .arg(entry.special)
                .arg(tr(entry.specialMeaning));
        return tr("a whole number from %1 to %2").arg(entry.min).arg(entry.max);
    case SettingType::Bool:
        return tr("1 (on) or 0 (off)");
    case SettingType::Text:
        if (entry.min > 0)
            return tr("text that is not empty, at most %n character(s)", nullptr, entry.max);
        return entry.max > 0 ? tr("text of at most %n character(s)", nullptr, entry.max) : tr("any text");
    case SettingType::Choice:
        return tr("one of %1").arg(choices(entry).join(tr(", ")));
    case SettingType::Time:
        return tr("a time of day written as HH:MM, for example 08:30");
    case SettingType::TimeZone:
        return tr("an IANA time zone such as Asia/Shanghai");
    case SettingType::Weekdays:
        return tr("days of the week as numbers from 1 (Monday) to 7 (Sunday) separated by commas, for "
                  "example 6,7, leaving at least one working day");
    case SettingType::DateTime:
        return tr("a date and time such as 2026-11-25T09:00:00Z, or nothing");
    }
    return {};
}

Error Settings::refusal(const SettingEntry& entry, const QString& member, const QString& shown)
{
    const QString key = Settings::key(entry, member);
    return Error::data(tr("The setting %1 (%2) must be %3; %4 is not.")
                           .arg(quoted(name(entry, member)), key, allowed(entry), quoted(shown)),
                       key);
}

Result<QString> Settings::canonical(const SettingEntry& entry, const QString& member, const QString& text)
{
    const QString key = Settings::key(entry, member);
    if (entry.family && !settingMembers(entry).contains(member))
        return Error::data(
            tr("There is no setting %1: %2 takes one of %3 after the dot.")
                .arg(key, QString::fromLatin1(entry.key), settingMembers(entry).join(tr(", "))),
            key);
    const auto refuse = [&] { return refusal(entry, member, text); };
    const QString t = text.trimmed();
    switch (entry.type) {
    case SettingType::Int: {
        bool ok = false;
        const int v = t.toInt(&ok);
        if (!ok || ((v < entry.min || v > entry.max) && !(entry.specialMeaning && v == entry.special)))
            return refuse();
        return QString::number(v);
    }
    case SettingType::Bool:
        if (t == QLatin1String("1") || t.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return QStringLiteral("1");
        if (t == QLatin1String("0") || t.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return QStringLiteral("0");
        return refuse();
    case SettingType::Text:
        if ((entry.min > 0 && t.isEmpty()) || (entry.max > 0 && text.size() > entry.max))
            return refuse();
        return settingText(text);
    case SettingType::Choice:
        for (const QString& c : choices(entry))
            if (t.compare(c, Qt::CaseInsensitive) == 0)
                return c;
        return refuse();
    case SettingType::Time: {
        const QTime time = QTime::fromString(t, QStringLiteral("HH:mm"));
        if (!time.isValid() || t.size() != 5)
            return refuse();
        return settingText(time);
    }
    case SettingType::TimeZone: {
        const QTimeZone zone = zoneOf(t);
        if (!zone.isValid())
            return refuse();
        return settingText(zone);
    }
    case SettingType::Weekdays: {
        const auto days = weekdays(t);
        if (!days)
            return refuse();
        return settingText(*days);
    }
    case SettingType::DateTime: {
        if (t.isEmpty())
            return QStringLiteral("");
        const QDateTime at = QDateTime::fromString(t, Qt::ISODate);
        if (!at.isValid())
            return refuse();
        return settingText(at);
    }
    }
    return refuse();
}

} // namespace threerings
