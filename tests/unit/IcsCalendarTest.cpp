// The business calendar from an iCalendar file (libical): the 2026 State Council schedule as a public Chinese
// holiday calendar publishes it, files that are not one, and the calendar import that only an admin may run.
#include "core/calendar/IcsCalendar.h"

#include "TestSupport.h"
#include "core/calendar/CalendarRepository.h"
#include "core/calendar/CalendarService.h"
#include "core/customers/SetupTables.h"
#include "core/site/Defaults.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace threerings;
using Kind = BusinessCalendar::DayKind;

namespace {

const QString kFixture = QStringLiteral(THREERINGS_FIXTURES "/cn-2026-holidays.ics");

QByteArray ics(const QByteArray& events)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + events + "END:VCALENDAR\r\n";
}

} // namespace

TEST_CASE("the 2026 holiday calendar reads as the State Council's days off and swapped working days")
{
    auto read = IcsCalendar::read(kFixture);
    REQUIRE(read);
    CHECK(read->name == QStringLiteral("中国大陆法定节假日 2026"));
    CHECK(read->events == 15);
    REQUIRE(read->years.keys() == QList<int>{2026});
    const IcsCalendar::Days days = read->years.value(2026);
    CHECK(days.size() == 39);

    // A stretch's DTEND is exclusive: 春节 2026-02-15..02-24 is nine days, ending on the 23rd.
    for (QDate d(2026, 2, 15); d <= QDate(2026, 2, 23); d = d.addDays(1)) {
        INFO(d.toString(Qt::ISODate).toStdString());
        CHECK(days.value(d) == BusinessCalendar::DayException{Kind::Holiday, QStringLiteral("春节")});
    }
    CHECK_FALSE(days.contains(QDate(2026, 2, 24)));
    CHECK(days.value(QDate(2026, 10, 7)).name == QStringLiteral("国庆节"));
    CHECK_FALSE(days.contains(QDate(2026, 10, 8)));
    // One event per day (清明节) reads the same as a stretch.
    CHECK(days.value(QDate(2026, 4, 5)).kind == Kind::Holiday);

    // Every way the calendars write a worked weekend day: 补班, 班, 调休上班, 上班, "working day".
    const QList<QDate> worked = {QDate(2026, 1, 4), QDate(2026, 2, 14), QDate(2026, 2, 28),
                                 QDate(2026, 5, 9), QDate(2026, 9, 20), QDate(2026, 10, 10)};
    int workdays = 0;
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        if (it->kind == Kind::Workday) {
            ++workdays;
            CHECK(worked.contains(it.key()));
        }
    CHECK(workdays == 6);
    CHECK(days.value(QDate(2026, 2, 14)).name == QStringLiteral("春节 班"));

    // The same days as the calendar shipped for 2026 (resources/data/calendar/cn-mainland.json).
    auto shipped = CalendarRepository::loadDefaults();
    REQUIRE(shipped);
    REQUIRE(shipped->exceptions().size() == days.size());
    for (auto it = shipped->exceptions().cbegin(); it != shipped->exceptions().cend(); ++it) {
        INFO(it.key().toString(Qt::ISODate).toStdString());
        REQUIRE(days.contains(it.key()));
        CHECK(days.value(it.key()).kind == it->kind);
    }

    const TableFile table = read->toTable();
    CHECK(table.header == QStringList{QStringLiteral("day"), QStringLiteral("kind"), QStringLiteral("name")});
    CHECK(table.rows.size() == 39);
    CHECK(table.rows.at(3) ==
          QStringList{QStringLiteral("2026-01-04"), QStringLiteral("workday"), QStringLiteral("元旦 补班")});
}

TEST_CASE("an event without DTEND is its one day, and a summary in English or Chinese says which kind")
{
    auto read =
        IcsCalendar::parse(ics("BEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20271001\r\n"
                               "SUMMARY:National Day\r\nEND:VEVENT\r\n"
                               "BEGIN:VEVENT\r\nUID:b\r\nDTSTART;VALUE=DATE:20270925\r\n"
                               "DTEND;VALUE=DATE:20270926\r\nSUMMARY:Workday (swapped)\r\nEND:VEVENT\r\n"
                               "BEGIN:VEVENT\r\nUID:c\r\nDTSTART;VALUE=DATE:20280101\r\n"
                               "SUMMARY:元旦 休\r\nEND:VEVENT\r\n"),
                           QStringLiteral("mixed.ics"));
    REQUIRE(read);
    CHECK(read->name == QStringLiteral("mixed"));
    CHECK(read->years.keys() == QList<int>{2027, 2028});
    CHECK(read->years.value(2027).size() == 2);
    CHECK(read->years.value(2027).value(QDate(2027, 10, 1)).kind == Kind::Holiday);
    CHECK(read->years.value(2027).value(QDate(2027, 9, 25)).kind == Kind::Workday);
    CHECK(read->years.value(2028).value(QDate(2028, 1, 1)).kind == Kind::Holiday);
    CHECK(IcsCalendar::isWorkdayText(QStringLiteral("国庆节调休上班")));
    CHECK_FALSE(IcsCalendar::isWorkdayText(QStringLiteral("国庆节")));
}

TEST_CASE("a file that is no holiday calendar is refused by name, with what to do")
{
    const QString name = QStringLiteral("holidays.ics");
    auto empty = IcsCalendar::parse(QByteArray(" \r\n"), name);
    REQUIRE_FALSE(empty);
    CHECK(empty.error().message.startsWith(QStringLiteral("holidays.ics is empty")));

    auto garbage = IcsCalendar::parse(QByteArray("day,kind\n2026-10-01,holiday\n"), name);
    REQUIRE_FALSE(garbage);
    CHECK(garbage.error().message.contains(QStringLiteral("holidays.ics is not an iCalendar file")));
    CHECK(garbage.error().message.contains(QStringLiteral(".ics")));

    auto noEvents = IcsCalendar::parse(ics("X-WR-CALNAME:空日历\r\n"), name);
    REQUIRE_FALSE(noEvents);
    CHECK(noEvents.error().message.contains(QStringLiteral("holidays.ics holds no events")));

    auto noDate = IcsCalendar::parse(ics("BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:国庆节\r\nEND:VEVENT\r\n"), name);
    REQUIRE_FALSE(noDate);
    CHECK(noDate.error().message.contains(QStringLiteral("国庆节")));
    CHECK(noDate.error().message.contains(QStringLiteral("DTSTART")));

    auto missing = IcsCalendar::read(QStringLiteral("/nonexistent/holidays.ics"));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message.contains(QStringLiteral("/nonexistent/holidays.ics")));
}

TEST_CASE("importing days adds and changes only what differs, marks the years known, and needs an admin")
{
    test::TempDb t;
    REQUIRE(Defaults::ensure(*t.db, t.clock));
    CalendarService calendar(*t.db, t.clock);
    const Actor admin = test::actorWith(QStringLiteral("admin"));
    const Actor agent = test::actorWith(QStringLiteral("agent"));
    auto read = IcsCalendar::read(kFixture);
    REQUIRE(read);
    IcsCalendar::Days days = read->allDays();
    days.insert(QDate(2027, 1, 1), {Kind::Holiday, QStringLiteral("元旦")});

    // An agent may read the calendar but changes nothing: the rights error comes from core.
    auto refused = calendar.importDays(agent, days, read->name, false);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::Refused);
    CHECK(calendar.setHoliday(agent, QDate(2026, 12, 31), QStringLiteral("x")).error().kind ==
          Error::Kind::Refused);
    CHECK(calendar.setYearKnown(agent, 2027, true, {}).error().kind == Error::Kind::Refused);
    BusinessCalendar changed = calendar.load(agent).value();
    changed.setOpeningHours(QTime(9, 0), QTime(18, 0));
    CHECK(calendar.save(agent, changed).error().kind == Error::Kind::Refused);
    CHECK(calendar.load(agent).value().opens() == QTime(8, 30));
    TableFile one;
    one.header = {QStringLiteral("day")};
    one.rows = {{QStringLiteral("2026-12-31")}};
    auto tableRefused = SetupTables(*t.db, t.clock).import(agent, QStringLiteral("calendar"), one, false);
    REQUIRE_FALSE(tableRefused);
    CHECK(tableRefused.error().kind == Error::Kind::Refused);
    CHECK_FALSE(calendar.load(admin).value().exceptions().contains(QDate(2026, 12, 31)));

    // The seeded 2026 names differ from the file's for the worked days and 清明节; 2027 is new.
    auto dry = calendar.importDays(admin, days, read->name, true);
    REQUIRE(dry);
    CHECK(dry->added == 1);
    CHECK(dry->changed == 8);
    CHECK(dry->unchanged == 31);
    CHECK(dry->newYears == QList<int>{2027});
    CHECK_FALSE(dry->written);
    CHECK_FALSE(calendar.load(admin).value().hasDataFor(2027));

    REQUIRE(calendar.consoleCalendar().isWorkingDay(QDate(2027, 1, 1))); // a Friday, no data yet
    auto done = calendar.importDays(admin, days, read->name, false);
    REQUIRE(done);
    CHECK(done->written);
    const BusinessCalendar after = calendar.load(admin).value();
    CHECK(after.knownYears().value(2027) == read->name);
    CHECK(after.exceptions().value(QDate(2026, 2, 14)).name == QStringLiteral("春节 班"));
    CHECK_FALSE(after.isWorkingDay(QDate(2027, 1, 1)));
    // The console's own calendar follows at once.
    CHECK_FALSE(calendar.consoleCalendar().isWorkingDay(QDate(2027, 1, 1)));

    auto again = calendar.importDays(admin, days, read->name, false);
    REQUIRE(again);
    CHECK(again->added == 0);
    CHECK(again->changed == 0);
    CHECK(again->unchanged == 40);
    CHECK_FALSE(again->written);
}
