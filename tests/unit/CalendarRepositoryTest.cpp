#include "core/calendar/CalendarRepository.h"

#include "TestSupport.h"
#include "core/calendar/CalendarService.h"
#include "core/settings/SettingsRepository.h"
#include "core/site/Defaults.h"
#include "core/util/HotlineTime.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace threerings;

using test::count;

TEST_CASE("init seeds the default calendar once")
{
    test::TempDb t;
    REQUIRE(Defaults::ensure(*t.db, t.clock));
    CalendarRepository repo(*t.db, t.clock);
    auto cal = repo.load();
    REQUIRE(cal);
    CHECK(cal->hasDataFor(2026));
    CHECK(cal->exceptions().size() == 39);
    CHECK(cal->exceptions().value(QDate(2026, 9, 20)).kind == BusinessCalendar::DayKind::Workday);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM calendar_days")) == 39);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = 'calendar_days'")) ==
          39);

    // An admin who removes the year does not get it back on the next start.
    REQUIRE(repo.removeYear(2026, test::actorWith(QStringLiteral("admin"))));
    REQUIRE(Defaults::ensure(*t.db, t.clock));
    auto again = repo.load();
    REQUIRE(again);
    CHECK_FALSE(again->hasDataFor(2026));
    CHECK(again->exceptions().isEmpty());
}

TEST_CASE("calendar changes survive a round trip through the database")
{
    test::TempDb t;
    REQUIRE(Defaults::ensure(*t.db, t.clock));
    CalendarRepository repo(*t.db, t.clock);
    const Actor admin = test::actorWith(QStringLiteral("admin"));
    REQUIRE(repo.setOpeningHours(QTime(9, 0), QTime(18, 0), admin));
    REQUIRE(repo.setLunchBreak(QTime(12, 0), QTime(13, 0), admin));
    REQUIRE(repo.setTimeZone(QStringLiteral("Asia/Hong_Kong"), admin));
    REQUIRE(repo.setWeekendDays({7}, admin));
    REQUIRE(repo.setHoliday(QDate(2026, 11, 25), QStringLiteral("公司活动"), admin));
    REQUIRE(repo.setWorkday(QDate(2026, 10, 1), QStringLiteral("值班"), admin));
    REQUIRE(repo.removeDay(QDate(2026, 1, 1), admin));
    QMap<QDate, BusinessCalendar::DayException> y2027;
    y2027.insert(QDate(2027, 1, 1), {BusinessCalendar::DayKind::Holiday, QStringLiteral("元旦")});
    y2027.insert(QDate(2027, 2, 20), {BusinessCalendar::DayKind::Workday, QStringLiteral("春节调休上班")});
    REQUIRE(repo.addYear(2027, y2027, QStringLiteral("test notice"), admin));

    CalendarRepository fresh(*t.db, t.clock);
    auto cal = fresh.load();
    REQUIRE(cal);
    CHECK(cal->opens() == QTime(9, 0));
    CHECK(cal->closes() == QTime(18, 0));
    CHECK(cal->lunchEnd() == QTime(13, 0));
    CHECK(cal->timeZone().id() == QByteArrayLiteral("Asia/Hong_Kong"));
    CHECK(cal->weekendDays() == QList<int>{7});
    CHECK(cal->workingMinutesPerDay() == 480);
    CHECK_FALSE(cal->isWorkingDay(QDate(2026, 11, 25)));
    CHECK(cal->exceptions().value(QDate(2026, 11, 25)).name == QStringLiteral("公司活动"));
    CHECK(cal->isWorkingDay(QDate(2026, 10, 1)));
    CHECK(cal->isWorkingDay(QDate(2026, 1, 1)));
    CHECK(cal->hasDataFor(2027));
    CHECK(cal->knownYears().value(2027) == QStringLiteral("test notice"));
    CHECK_FALSE(cal->isWorkingDay(QDate(2027, 1, 1)));
    CHECK(cal->isWorkingDay(QDate(2027, 2, 20)));
    CHECK(cal->exceptions().size() == 39 + 2); // one holiday added, one removed, two 2027 days

    // Saving the calendar as loaded changes nothing.
    const int outbox = count(*t.db, QStringLiteral("SELECT count(*) FROM outbox"));
    REQUIRE(fresh.save(*cal, admin));
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM outbox")) == outbox);
}

TEST_CASE("invalid calendar changes are refused and nothing is saved")
{
    test::TempDb t;
    REQUIRE(Defaults::ensure(*t.db, t.clock));
    CalendarRepository repo(*t.db, t.clock);
    const Actor admin = test::actorWith(QStringLiteral("admin"));
    const int outbox = count(*t.db, QStringLiteral("SELECT count(*) FROM outbox"));

    Status s = repo.setLunchBreak(QTime(18, 0), QTime(19, 0), admin);
    REQUIRE_FALSE(s);
    CHECK(s.error().field == QStringLiteral("calendar.lunch_start"));
    CHECK(s.error().message.contains(QStringLiteral("move the break")));

    s = repo.setOpeningHours(QTime(17, 30), QTime(8, 30), admin);
    REQUIRE_FALSE(s);
    CHECK(s.error().field == QStringLiteral("calendar.closes"));

    s = repo.setTimeZone(QStringLiteral("Beijing"), admin);
    REQUIRE_FALSE(s);
    CHECK(s.error().field == QStringLiteral("calendar.time_zone"));
    CHECK(s.error().message.contains(QStringLiteral("IANA")));

    s = repo.setHoliday(QDate(2026, 2, 30), QStringLiteral("x"), admin);
    REQUIRE_FALSE(s);
    CHECK(s.error().field == QStringLiteral("date"));
    CHECK(s.error().message.contains(QStringLiteral("YYYY-MM-DD")));

    s = repo.addYear(2027, {{QDate(2028, 1, 1), {}}}, {}, admin);
    REQUIRE_FALSE(s);
    CHECK(s.error().field == QStringLiteral("date"));

    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM outbox")) == outbox);
    auto cal = repo.load();
    REQUIRE(cal);
    CHECK(cal->lunchStart() == QTime(12, 0));
    CHECK(cal->opens() == QTime(8, 30));
}

TEST_CASE("a damaged calendar setting is reported by its key")
{
    test::TempDb t;
    REQUIRE(Defaults::ensure(*t.db, t.clock));
    test::storeRawSetting(*t.db, Setting::CalendarOpens.key(), QStringLiteral("8h30"));
    auto cal = CalendarRepository(*t.db, t.clock).load();
    REQUIRE_FALSE(cal);
    CHECK(cal.error().field == QStringLiteral("calendar.opens"));
    CHECK(cal.error().message.contains(QStringLiteral("HH:MM")));
}

TEST_CASE("the console's calendar names the zone every time is shown in")
{
    test::TempDb t;
    REQUIRE(Defaults::ensure(*t.db, t.clock));
    CHECK(hotlineTimeZone().id() == QByteArrayLiteral("Asia/Shanghai"));
    REQUIRE(CalendarRepository(*t.db, t.clock)
                .setTimeZone(QStringLiteral("Asia/Urumqi"), test::actorWith(QStringLiteral("admin"))));
    {
        CalendarService calendar(*t.db, t.clock);
        CHECK(calendar.consoleCalendar().timeZone().id() == QByteArrayLiteral("Asia/Urumqi"));
        CHECK(hotlineTimeZone().id() == QByteArrayLiteral("Asia/Urumqi"));
        // A form number's day and a time on screen follow it: 2026-12-04 23:30 UTC is the 5th in Urumqi.
        CHECK(hotlineMinuteText(QDateTime(QDate(2026, 12, 4), QTime(23, 30), Qt::UTC).toMSecsSinceEpoch()) ==
              QStringLiteral("2026-12-05 05:30"));
    }
    setHotlineTimeZone({});
    CHECK(hotlineTimeZone().id() == QByteArrayLiteral("Asia/Shanghai"));
}
