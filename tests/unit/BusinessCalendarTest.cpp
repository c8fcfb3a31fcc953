#include "core/calendar/BusinessCalendar.h"

#include "TestSupport.h"
#include "core/calendar/CalendarRepository.h"

#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace threerings;
using test::beijing;

namespace {

BusinessCalendar cn2026()
{
    auto cal = CalendarRepository::loadDefaults();
    if (!cal)
        FAIL(cal.error().message.toStdString());
    return *cal;
}

QDateTime afterHours(const BusinessCalendar& cal, const QDateTime& from, qint64 hours)
{
    const auto d = cal.addWorkingHours(from, hours * 60);
    CHECK_FALSE(d.fellBack());
    return d.at;
}

} // namespace

TEST_CASE("the default calendar knows 2026 and nothing after")
{
    const BusinessCalendar cal = cn2026();
    CHECK(cal.timeZone().id() == QByteArrayLiteral("Asia/Shanghai"));
    CHECK(cal.opens() == QTime(8, 30));
    CHECK(cal.closes() == QTime(17, 30));
    CHECK(cal.lunchStart() == QTime(12, 0));
    CHECK(cal.lunchEnd() == QTime(13, 30));
    CHECK(cal.workingMinutesPerDay() == 450);
    CHECK(cal.hasDataFor(2026));
    CHECK_FALSE(cal.hasDataFor(2027));
    CHECK(cal.exceptions().size() == 39);
    CHECK(cal.exceptions().value(QDate(2026, 2, 17)).name == QStringLiteral("春节"));
    CHECK(cal.exceptions().value(QDate(2026, 10, 1)).name == QStringLiteral("国庆节"));
    CHECK_FALSE(cal.isWorkingDay(QDate(2026, 1, 1)));
    CHECK(cal.isWorkingDay(QDate(2026, 1, 4)));  // a Sunday worked
    CHECK(cal.isWorkingDay(QDate(2026, 2, 14))); // a Saturday worked
    CHECK(cal.isWorkingDay(QDate(2026, 2, 28)));
    CHECK(cal.isWorkingDay(QDate(2026, 5, 9)));
    CHECK_FALSE(cal.isWorkingDay(QDate(2026, 6, 19)));
    CHECK(cal.isWorkingDay(QDate(2026, 11, 25)));
    CHECK_FALSE(cal.isWorkingDay(QDate(2026, 11, 28)));
}

TEST_CASE("a working day has a morning and an afternoon")
{
    const BusinessCalendar cal = cn2026();
    const auto intervals = cal.workingIntervals(QDate(2026, 11, 25));
    REQUIRE(intervals.size() == 2);
    CHECK(intervals[0].start == beijing(2026, 11, 25, 8, 30));
    CHECK(intervals[0].end == beijing(2026, 11, 25, 12, 0));
    CHECK(intervals[1].start == beijing(2026, 11, 25, 13, 30));
    CHECK(intervals[1].end == beijing(2026, 11, 25, 17, 30));
    CHECK(cal.workingIntervals(QDate(2026, 10, 2)).isEmpty());
}

TEST_CASE("working hours skip the lunch break")
{
    const BusinessCalendar cal = cn2026();
    CHECK(afterHours(cal, beijing(2026, 11, 25, 11, 0), 2) == beijing(2026, 11, 25, 14, 30));
    // Ending exactly when lunch starts is 12:00, not 13:30.
    CHECK(afterHours(cal, beijing(2026, 11, 25, 10, 0), 2) == beijing(2026, 11, 25, 12, 0));
}

TEST_CASE("working hours skip the weekend")
{
    const BusinessCalendar cal = cn2026();
    CHECK(afterHours(cal, beijing(2026, 11, 27, 16, 30), 2) == beijing(2026, 11, 30, 9, 30));
}

TEST_CASE("working hours skip the National Day holiday")
{
    const BusinessCalendar cal = cn2026();
    // Wed 30 Sep 16:00: 90 minutes that day, Oct 1-7 off, the last 30 minutes on Thu 8 Oct.
    CHECK(afterHours(cal, beijing(2026, 9, 30, 16, 0), 2) == beijing(2026, 10, 8, 9, 0));
    // Mid-Autumn: Fri 25 Sep off, then the weekend.
    CHECK(afterHours(cal, beijing(2026, 9, 24, 17, 0), 1) == beijing(2026, 9, 28, 9, 0));
}

TEST_CASE("swapped working weekend days count as working days")
{
    const BusinessCalendar cal = cn2026();
    SECTION("Sunday 20 September 2026")
    {
        CHECK_FALSE(cal.isWorkingDay(QDate(2026, 9, 19)));
        CHECK(cal.isWorkingDay(QDate(2026, 9, 20)));
        CHECK(afterHours(cal, beijing(2026, 9, 18, 17, 0), 1) == beijing(2026, 9, 20, 9, 0));
        CHECK(afterHours(cal, beijing(2026, 9, 19, 10, 0), 1) == beijing(2026, 9, 20, 9, 30));
    }
    SECTION("Saturday 10 October 2026")
    {
        CHECK(cal.isWorkingDay(QDate(2026, 10, 10)));
        CHECK_FALSE(cal.isWorkingDay(QDate(2026, 10, 11)));
        CHECK(afterHours(cal, beijing(2026, 10, 9, 17, 0), 1) == beijing(2026, 10, 10, 9, 0));
        CHECK(afterHours(cal, beijing(2026, 10, 10, 16, 30), 2) == beijing(2026, 10, 12, 9, 30));
    }
}

TEST_CASE("counting starts at the next working moment when the start is outside working time")
{
    const BusinessCalendar cal = cn2026();
    CHECK(afterHours(cal, beijing(2026, 11, 28, 10, 0), 1) == beijing(2026, 11, 30, 9, 30)); // Saturday
    CHECK(afterHours(cal, beijing(2026, 11, 25, 7, 0), 1) == beijing(2026, 11, 25, 9, 30));  // before opening
    CHECK(afterHours(cal, beijing(2026, 11, 25, 18, 0), 1) == beijing(2026, 11, 26, 9, 30)); // after closing
    CHECK(cal.addWorkingHours(beijing(2026, 11, 25, 12, 30), 30).at == beijing(2026, 11, 25, 14, 0)); // lunch
    CHECK(cal.nextWorkingMoment(beijing(2026, 11, 25, 10, 0)).at == beijing(2026, 11, 25, 10, 0));
    CHECK(cal.nextWorkingMoment(beijing(2026, 11, 25, 12, 0)).at == beijing(2026, 11, 25, 13, 30));
    CHECK(cal.nextWorkingMoment(beijing(2026, 10, 1, 9, 0)).at == beijing(2026, 10, 8, 8, 30));
}

TEST_CASE("working days add whole days of working time")
{
    const BusinessCalendar cal = cn2026();
    CHECK(cal.addWorkingDays(beijing(2026, 11, 24, 15, 0), 2).at == beijing(2026, 11, 26, 15, 0));
    // From a non-working moment: closing time of the Nth working day.
    CHECK(cal.addWorkingDays(beijing(2026, 11, 28, 10, 0), 1).at == beijing(2026, 11, 30, 17, 30));
    CHECK(cal.addWorkingDays(beijing(2026, 11, 25, 18, 0), 2).at == beijing(2026, 11, 27, 17, 30));
    CHECK(cal.addWorkingDays(beijing(2026, 9, 30, 10, 0), 1).at == beijing(2026, 10, 8, 10, 0));
    CHECK(cal.addWorkingDays(beijing(2026, 2, 13, 10, 0), 1).at ==
          beijing(2026, 2, 14, 10, 0)); // Saturday worked
    CHECK(cal.addWorkingDays(beijing(2026, 11, 25, 10, 0), 0).at == beijing(2026, 11, 25, 10, 0));
}

TEST_CASE("working minutes between two moments are signed")
{
    const BusinessCalendar cal = cn2026();
    CHECK(cal.workingMinutesBetween(beijing(2026, 11, 25, 11, 0), beijing(2026, 11, 25, 14, 30)) == 120);
    CHECK(cal.workingMinutesBetween(beijing(2026, 11, 25, 14, 30), beijing(2026, 11, 25, 11, 0)) == -120);
    CHECK(cal.workingMinutesBetween(beijing(2026, 11, 27, 16, 30), beijing(2026, 11, 30, 9, 30)) == 120);
    CHECK(cal.workingMinutesBetween(beijing(2026, 9, 30, 16, 0), beijing(2026, 10, 8, 9, 0)) == 120);
    // A result due Wednesday 10:00, still open on Thursday 10:00: one working day late.
    CHECK(cal.workingMinutesBetween(beijing(2026, 11, 25, 10, 0), beijing(2026, 11, 26, 10, 0)) == 450);
    CHECK(cal.workingMinutesBetween(beijing(2026, 11, 28, 9, 0), beijing(2026, 11, 29, 9, 0)) == 0);
}

TEST_CASE("a year without data falls back to plain weekends and says so")
{
    const BusinessCalendar cal = cn2026();
    // 1 Jan 2027 is a Friday; with no 2027 data it is an ordinary working day.
    CHECK(cal.isWorkingDay(QDate(2027, 1, 1)));
    const auto d = cal.addWorkingHours(beijing(2026, 12, 31, 17, 0), 60);
    CHECK(d.at == beijing(2027, 1, 1, 9, 0));
    CHECK(d.fellBack());
    CHECK(d.fallbackYears == QList<int>{2027});
    CHECK_FALSE(cal.addWorkingHours(beijing(2026, 12, 30, 9, 0), 60).fellBack());
    QList<int> years;
    CHECK(cal.workingMinutesBetween(beijing(2027, 3, 1, 9, 0), beijing(2026, 12, 31, 17, 0), &years) ==
          -(30 + 41 * 450 + 30)); // 30 min on 31 Dec, 41 plain weekdays, 30 min on 1 Mar
    CHECK(years == QList<int>{2027});
}

TEST_CASE("times in another zone are converted, and the calendar's zone is not assumed to be UTC")
{
    const BusinessCalendar cal = cn2026();
    const QDateTime utc(QDate(2026, 11, 25), QTime(3, 0), Qt::UTC); // 11:00 in Beijing
    const auto d = cal.addWorkingHours(utc, 120);
    CHECK(d.at == beijing(2026, 11, 25, 14, 30));
    CHECK(d.at.timeZone().id() == QByteArrayLiteral("Asia/Shanghai"));

    BusinessCalendar tokyo;
    tokyo.setTimeZone(QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
    tokyo.setOpeningHours(QTime(9, 0), QTime(18, 0));
    tokyo.setLunchBreak(QTime(12, 0), QTime(12, 0)); // no lunch break
    REQUIRE(tokyo.validate());
    // 08:00 in Beijing is 09:00 in Tokyo, opening time.
    CHECK(tokyo.addWorkingHours(beijing(2026, 11, 25, 8, 0), 60).at == beijing(2026, 11, 25, 9, 0));
    CHECK(tokyo.workingMinutesPerDay() == 540);
}

TEST_CASE("long spans step per day, not per minute")
{
    const BusinessCalendar cal = cn2026();
    const auto d = cal.addWorkingDays(beijing(2026, 11, 25, 10, 0), 2500);
    REQUIRE(d.at.isValid());
    CHECK(d.at.date().year() >= 2036);
    CHECK(cal.workingMinutesBetween(beijing(2026, 11, 25, 10, 0), d.at) == 2500 * 450);
}

TEST_CASE("invalid calendars are refused with the field and the fix")
{
    BusinessCalendar cal;
    REQUIRE(cal.validate());

    SECTION("lunch break outside the opening hours")
    {
        cal.setLunchBreak(QTime(7, 0), QTime(8, 0));
        const Status s = cal.validate();
        REQUIRE_FALSE(s);
        CHECK(s.error().field == QStringLiteral("calendar.lunch_start"));
        CHECK(s.error().message.contains(QStringLiteral("outside the opening hours")));
    }
    SECTION("closing before opening")
    {
        cal.setOpeningHours(QTime(17, 30), QTime(8, 30));
        const Status s = cal.validate();
        REQUIRE_FALSE(s);
        CHECK(s.error().field == QStringLiteral("calendar.closes"));
        CHECK(s.error().message.contains(QStringLiteral("later closing time")));
    }
    SECTION("unknown time zone")
    {
        auto zone = BusinessCalendar::parseTimeZone(QStringLiteral("Mars/Olympus"),
                                                    QStringLiteral("calendar.time_zone"));
        REQUIRE_FALSE(zone);
        CHECK(zone.error().field == QStringLiteral("calendar.time_zone"));
        CHECK(zone.error().message.contains(QStringLiteral("Asia/Shanghai")));
        cal.setTimeZone(QTimeZone());
        CHECK_FALSE(cal.validate());
    }
    SECTION("malformed date and time")
    {
        auto date = BusinessCalendar::parseDate(QStringLiteral("2026-13-01"), QStringLiteral("date"));
        REQUIRE_FALSE(date);
        CHECK(date.error().field == QStringLiteral("date"));
        CHECK(date.error().message.contains(QStringLiteral("YYYY-MM-DD")));
        CHECK_FALSE(BusinessCalendar::parseDate(QStringLiteral("2026-1-1"), QStringLiteral("date")));
        auto time = BusinessCalendar::parseTime(QStringLiteral("8h30"), QStringLiteral("calendar.opens"));
        REQUIRE_FALSE(time);
        CHECK(time.error().message.contains(QStringLiteral("HH:MM")));
    }
    SECTION("a calendar file with a malformed date")
    {
        auto parsed = BusinessCalendar::fromJson(
            R"({"years":[{"year":2027,"holidays":[{"from":"2027-02-30","name":"x"}]}]})");
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().field == QStringLiteral("years[0].holidays[0].from"));
    }
    SECTION("no working day in the week")
    {
        cal.setWeekendDays({1, 2, 3, 4, 5, 6, 7});
        const Status s = cal.validate();
        REQUIRE_FALSE(s);
        CHECK(s.error().field == QStringLiteral("calendar.weekend_days"));
    }
}
