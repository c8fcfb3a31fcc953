#include "core/settings/Settings.h"

#include "TestSupport.h"
#include "core/auth/AuthService.h"
#include "core/calendar/CalendarRepository.h"
#include "core/calls/RingCounter.h"
#include "core/forms/CallbackPolicy.h"
#include "core/settings/SettingsRepository.h"
#include "core/site/Defaults.h"
#include "core/site/SiteConfig.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <catch2/catch.hpp>

using namespace threerings;

namespace {

// Every stored key of the table: a row, or each member of a family.
struct Key
{
    const SettingEntry* entry;
    QString member;
    QString key() const { return Settings::key(*entry, member); }
};

QList<Key> everyKey()
{
    QList<Key> keys;
    for (const SettingEntry* e : Settings::all())
        for (const QString& member : e->family ? settingMembers(*e) : QStringList{QString()})
            keys.append({e, member});
    return keys;
}

QString defaultOf(const SettingEntry& e)
{
    return QString::fromUtf8(e.defaultValue);
}

// A value the row accepts that is not its default.
QString otherValue(const SettingEntry& e)
{
    const QString d = defaultOf(e);
    switch (e.type) {
    case SettingType::Int:
        return QString::number(d.toInt() == e.max ? e.min : e.max);
    case SettingType::Bool:
        return d == QLatin1String("1") ? QStringLiteral("0") : QStringLiteral("1");
    case SettingType::Text:
        return QStringLiteral("另一个值");
    case SettingType::Choice: {
        const QStringList choices = Settings::choices(e);
        return choices.constLast() != d ? choices.constLast() : choices.constFirst();
    }
    case SettingType::Time:
        return QStringLiteral("09:15");
    case SettingType::TimeZone:
        return QStringLiteral("Europe/Berlin");
    case SettingType::Weekdays:
        return QStringLiteral("7");
    case SettingType::DateTime:
        return QStringLiteral("2026-11-25T01:00:00Z");
    }
    return {};
}

// A value the row does not accept: out of range, or not of its type.
QString badValue(const SettingEntry& e)
{
    switch (e.type) {
    case SettingType::Int:
        return QString::number(e.max + 1);
    case SettingType::Bool:
        return QStringLiteral("maybe");
    case SettingType::Text:
        return e.min > 0 ? QStringLiteral("  ") : QString(e.max + 1, QLatin1Char('x'));
    case SettingType::Choice:
        return QStringLiteral("sometimes");
    case SettingType::Time:
        return QStringLiteral("8h30");
    case SettingType::TimeZone:
        return QStringLiteral("Beijing");
    case SettingType::Weekdays:
        return QStringLiteral("1,2,3,4,5,6,7");
    case SettingType::DateTime:
        return QStringLiteral("yesterday");
    }
    return {};
}

int outboxRows(test::TempDb& t)
{
    return test::count(*t.db, QStringLiteral("SELECT count(*) FROM outbox"));
}

const Actor admin = test::actorWith(QStringLiteral("admin"), QStringLiteral("admin-1"));

struct Console
{
    Console() { REQUIRE(Defaults::ensure(*t.db, t.clock)); }
    SettingsRepository settings() { return SettingsRepository(*t.db, t.clock); }
    test::TempDb t;
};

QByteArray withSetting(QJsonObject root, const QString& group, const QString& key, const QJsonValue& value)
{
    QJsonObject o = root.value(group).toObject();
    o.insert(key, value);
    root.insert(group, o);
    return QJsonDocument(root).toJson();
}

} // namespace

TEST_CASE("every row of the table is well formed and its default is a value it accepts")
{
    QSet<QString> seen;
    for (const Key& k : everyKey()) {
        INFO(k.key().toStdString());
        CHECK_FALSE(seen.contains(k.key()));
        seen.insert(k.key());
        QString member;
        CHECK(Settings::find(k.key(), &member) == k.entry);
        CHECK(member == k.member);
        CHECK_FALSE(Settings::name(*k.entry, k.member).isEmpty());
        auto accepted = Settings::canonical(*k.entry, k.member, defaultOf(*k.entry));
        INFO((accepted ? QString() : accepted.error().message).toStdString());
        REQUIRE(accepted);
        CHECK(*accepted == defaultOf(*k.entry)); // written as the table writes it
        if (k.entry->type == SettingType::Int)
            CHECK((k.entry->min <= k.entry->intDefault() && k.entry->intDefault() <= k.entry->max));
        if (k.entry->site == SiteFile::Named)
            CHECK(QString::fromLatin1(k.entry->siteField).contains(QLatin1Char('.')));
        CHECK_FALSE((k.entry->secret && k.entry->site != SiteFile::No));
    }
    CHECK(Settings::find(QStringLiteral("no.such_setting")) == nullptr);
    // The typed defaults are the table's.
    CHECK(AuthService::DefaultLockoutMinutes == 15);
    CHECK(Setting::CalendarOpens.defaultValue() == QTime(8, 30));
    CHECK(Setting::CalendarWeekendDays.defaultValue() == QList<int>{6, 7});
    CHECK(BusinessCalendar().closes() == Setting::CalendarCloses.defaultValue());
    CHECK(RingCadence().periodMs() == 5'000);
}

TEST_CASE("a new database holds the seeded settings and every other one reads as its default")
{
    Console c;
    SettingsRepository s = c.settings();
    for (const Key& k : everyKey()) {
        INFO(k.key().toStdString());
        if (k.entry == &Setting::CalendarSeeded.entry) {
            CHECK(s.get(Setting::CalendarSeeded) ==
                  QStringLiteral("cn-mainland")); // the calendar's own marker
            continue;
        }
        CHECK(s.text(*k.entry, k.member) == defaultOf(*k.entry));
        if (k.entry->seeded)
            CHECK(s.isStored(*k.entry, k.member));
    }
    CHECK(s.get(Setting::UnitName) == QStringLiteral("用户服务部"));
    CHECK(s.get(Setting::LockoutMinutes) == 15);
    CHECK_FALSE(s.get(Setting::SipRegister));
}

TEST_CASE("every setting keeps a value it accepts and reads it back")
{
    test::TempDb t;
    SettingsRepository s(*t.db, t.clock);
    for (const Key& k : everyKey()) {
        INFO(k.key().toStdString());
        const QString value = otherValue(*k.entry);
        REQUIRE(value != defaultOf(*k.entry));
        REQUIRE(s.setText(*k.entry, k.member, value, QStringLiteral("admin-1")));
        CHECK(s.text(*k.entry, k.member) == value);
    }
    CHECK(s.get(Setting::RingNoAnswerRings) == 30);
    CHECK(s.find(Setting::CallbackShare, QStringLiteral("dealer")) == 0);
    REQUIRE(s.set(Setting::IdleLockMinutes, 480, {}));
    CHECK(s.get(Setting::IdleLockMinutes) == 480);
    // A choice is stored as the table spells it.
    REQUIRE(s.set(Setting::LineKind, QStringLiteral(" SIP "), {}));
    CHECK(s.get(Setting::LineKind) == QStringLiteral("sip"));
}

TEST_CASE("a number out of range is refused naming the setting and its range, and nothing is written")
{
    test::TempDb t;
    SettingsRepository s(*t.db, t.clock);
    const int outbox = outboxRows(t);
    for (const Key& k : everyKey()) {
        if (k.entry->type != SettingType::Int)
            continue;
        for (const int value : {k.entry->min - 1, k.entry->max + 1}) {
            INFO(k.key().toStdString() << " = " << value);
            const Status refused = s.setText(*k.entry, k.member, QString::number(value), {});
            REQUIRE_FALSE(refused);
            CHECK(refused.error().kind == Error::Kind::Data);
            CHECK(refused.error().field == k.key());
            const QString message = refused.error().message;
            CHECK(message.contains(k.key()));
            CHECK(message.contains(Settings::name(*k.entry, k.member)));
            CHECK(message.contains(QStringLiteral("from %1 to %2").arg(k.entry->min).arg(k.entry->max)));
            CHECK_FALSE(s.isStored(*k.entry, k.member));
        }
    }
    CHECK(outboxRows(t) == outbox);

    // Locking for no time at all is no lock: both lock settings take a minute at least.
    for (const auto* lock : {&Setting::LockoutMinutes, &Setting::IdleLockMinutes}) {
        const Status zero = s.set(*lock, 0, {});
        REQUIRE_FALSE(zero);
        CHECK(zero.error().message.contains(lock->key()));
        CHECK(zero.error().message.contains(QStringLiteral("from 1 to")));
        REQUIRE(s.set(*lock, 1, {}));
    }
    // The SIP port's one value outside its range.
    CHECK(s.set(Setting::SipPort, -1, {}));
    CHECK_FALSE(s.set(Setting::SipPort, 0, {}));
    CHECK(Settings::check(Setting::SipPort, 70'000).error().message.contains(QStringLiteral("-1")));
}

TEST_CASE("a value of the wrong type is refused naming the setting")
{
    test::TempDb t;
    SettingsRepository s(*t.db, t.clock);
    const int outbox = outboxRows(t);
    for (const Key& k : everyKey()) {
        INFO(k.key().toStdString());
        const Status refused = s.setText(*k.entry, k.member, badValue(*k.entry), {});
        REQUIRE_FALSE(refused);
        CHECK(refused.error().field == k.key());
        CHECK(refused.error().message.contains(k.key()));
        CHECK(refused.error().message.contains(Settings::name(*k.entry, k.member)));
        if (k.entry->type == SettingType::Int)
            CHECK_FALSE(s.setText(*k.entry, k.member, QStringLiteral("twelve"), {}));
    }
    CHECK(outboxRows(t) == outbox);
    const Status noKind = s.set(Setting::CallbackShare, QStringLiteral("shop"), 50, {});
    REQUIRE_FALSE(noKind);
    CHECK(noKind.error().message.contains(QStringLiteral("dealer")));
}

TEST_CASE("a stored value out of range or of the wrong type reads as the default")
{
    test::TempDb t;
    SettingsRepository s(*t.db, t.clock);
    for (const Key& k : everyKey()) {
        INFO(k.key().toStdString());
        test::storeRawSetting(*t.db, k.key(), badValue(*k.entry));
        CHECK(s.text(*k.entry, k.member) == defaultOf(*k.entry));
        auto read = s.readText(*k.entry, k.member);
        REQUIRE_FALSE(read);
        CHECK(read.error().field == k.key());
        CHECK(read.error().message.contains(k.key()));
    }
    for (const QString& below : {QStringLiteral("0"), QStringLiteral("-5")}) {
        test::storeRawSetting(*t.db, Setting::LockoutMinutes.key(), below);
        test::storeRawSetting(*t.db, Setting::IdleLockMinutes.key(), below);
        AuthService auth(*t.db, t.clock);
        CHECK(auth.lockoutMs() == 15 * 60'000);
        CHECK(auth.idleLockMs() == 10 * 60'000);
    }
    CHECK(s.get(Setting::SipPort) == 5060);
    CHECK(s.get(Setting::LineKind) == QStringLiteral("simulated"));
    CHECK(RingCadence::fromSettings(s).periodMs() == RingCadence::china().periodMs());
    const CallbackPolicy policy = CallbackPolicy::load(s);
    CHECK(policy.shares.isEmpty()); // each kind out of range: the default share applies
    CHECK(policy.retryHours == 2);
    CHECK(policy.mode == CallbackPolicy::Mode::All);
    CHECK_FALSE(s.find(Setting::CallbackShare, QStringLiteral("dealer")));
}

TEST_CASE("the site file carries exactly the table's site settings and sets them on another console")
{
    Console first;
    SettingsRepository s = first.settings();
    for (const Key& k : everyKey()) {
        if (k.entry->site == SiteFile::Named || k.entry->site == SiteFile::Settings ||
            k.entry->site == SiteFile::No)
            REQUIRE(s.setText(*k.entry, k.member, otherValue(*k.entry), {}));
    }
    CalendarRepository calendar(*first.t.db, first.t.clock);
    REQUIRE(calendar.setTimeZone(QStringLiteral("Europe/Berlin"), admin));
    REQUIRE(calendar.setOpeningHours(QTime(9, 0), QTime(18, 0), admin));
    REQUIRE(calendar.setLunchBreak(QTime(12, 30), QTime(13, 0), admin));
    REQUIRE(calendar.setWeekendDays({7}, admin));

    auto json = SiteConfig(*first.t.db, first.t.clock).exportJson(admin);
    REQUIRE(json);
    const QJsonObject root = QJsonDocument::fromJson(*json).object();
    QSet<QString> expected;
    for (const Key& k : everyKey())
        if (k.entry->site == SiteFile::Settings)
            expected.insert(k.key());
    const QStringList carried = root.value(QStringLiteral("settings")).toObject().keys();
    CHECK(QSet<QString>(carried.cbegin(), carried.cend()) == expected);
    for (const Key& k : everyKey()) {
        if (k.entry->site != SiteFile::Named)
            continue;
        const QString field = QString::fromLatin1(k.entry->siteField);
        CHECK(root.value(field.section(QLatin1Char('.'), 0, 0))
                  .toObject()
                  .contains(field.section(QLatin1Char('.'), 1)));
    }

    Console second;
    auto summary = SiteConfig(*second.t.db, second.t.clock).importJson(admin, *json);
    INFO((summary ? QString() : summary.error().message).toStdString());
    REQUIRE(summary);
    SettingsRepository theirs = second.settings();
    for (const Key& k : everyKey()) {
        INFO(k.key().toStdString());
        if (k.entry->site == SiteFile::No) { // each console's own: the first one's value stayed there
            CHECK(theirs.text(*k.entry, k.member) != s.text(*k.entry, k.member));
            continue;
        }
        CHECK(theirs.text(*k.entry, k.member) == s.text(*k.entry, k.member));
        CHECK(theirs.text(*k.entry, k.member) != defaultOf(*k.entry));
    }
}

TEST_CASE("a site file with a setting out of range is refused naming the setting and changes nothing")
{
    Console first;
    REQUIRE(first.settings().set(Setting::LockoutMinutes, 30, {}));
    const QJsonObject good =
        QJsonDocument::fromJson(SiteConfig(*first.t.db, first.t.clock).exportJson(admin).value()).object();
    Console second;
    const int outbox = outboxRows(second.t);

    struct Case
    {
        QByteArray json;
        QString field;
        QString names; // what the message names
    };
    const QString settings = QStringLiteral("settings");
    const QList<Case> cases{
        {withSetting(good, settings, Setting::LockoutMinutes.key(), QStringLiteral("0")),
         QStringLiteral("settings.auth.lockout_minutes"), Settings::name(Setting::LockoutMinutes.entry)},
        {withSetting(good, settings, Setting::IdleLockMinutes.key(), 0),
         QStringLiteral("settings.auth.idle_lock_minutes"), Settings::name(Setting::IdleLockMinutes.entry)},
        {withSetting(good, settings, Setting::CallbackShare.key(QStringLiteral("dealer")), 101),
         QStringLiteral("settings.callback.share.dealer"), QStringLiteral("from 0 to 100")},
        {withSetting(good, settings, Setting::CallbackShare.key(QStringLiteral("shop")), 10),
         QStringLiteral("settings.callback.share.shop"), QStringLiteral("repair_center")},
        {withSetting(good, settings, Setting::CallbackMode.key(), QStringLiteral("some")),
         QStringLiteral("settings.callback.policy"), QStringLiteral("all, sample")},
        {withSetting(good, settings, Setting::LineKind.key(), QStringLiteral("sip")),
         QStringLiteral("settings.line.kind"), QStringLiteral("not a setting a site file may carry")},
        {withSetting(good, QStringLiteral("ringCadence"), QStringLiteral("ringOnMs"), 50),
         QStringLiteral("ringCadence.ringOnMs"), Settings::name(Setting::RingOnMs.entry)},
        {withSetting(good, QStringLiteral("ringCadence"), QStringLiteral("ringNoAnswerRings"), 2.5),
         QStringLiteral("ringCadence.ringNoAnswerRings"), QStringLiteral("from 3 to 30")},
    };
    for (const Case& c : cases) {
        INFO(c.field.toStdString());
        auto result = SiteConfig(*second.t.db, second.t.clock).importJson(admin, c.json);
        REQUIRE_FALSE(result);
        CHECK(result.error().field == c.field);
        CHECK(result.error().message.contains(c.field));
        CHECK(result.error().message.contains(c.names));
        auto inspected = SiteConfig::inspect(c.json);
        REQUIRE_FALSE(inspected);
        CHECK(inspected.error().message == result.error().message);
    }
    CHECK(outboxRows(second.t) == outbox);
    CHECK_FALSE(second.settings().isStored(Setting::LockoutMinutes));
    REQUIRE(SiteConfig(*second.t.db, second.t.clock).importJson(admin, QJsonDocument(good).toJson()));
    CHECK(second.settings().get(Setting::LockoutMinutes) == 30);
}
