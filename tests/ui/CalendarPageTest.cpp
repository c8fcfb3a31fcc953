// Admin ▸ Hotline set-up… ▸ Calendar: an admin changes the working hours, adds and removes a holiday, sees
// what a year without data asks for, marks a year as known and imports the State Council schedule from an
// .ics file (previewed first), all through the widgets and saved through CalendarService; bad input names its
// field; an agent sees the calendar and changes nothing.
#include "ui/admin/CalendarPage.h"

#include "TestSupport.h"
#include "core/calendar/CalendarService.h"
#include "core/site/Defaults.h"
#include "ui/admin/SetupDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeEdit>
#include <catch2/catch.hpp>

using namespace threerings;

namespace {

const QString kIcs = QStringLiteral(THREERINGS_FIXTURES "/cn-2026-holidays.ics");

struct Hotline
{
    Hotline() : calendar(*t.db, t.clock)
    {
        t.clock.set(test::beijing(2026, 11, 25));
        REQUIRE(Defaults::ensure(*t.db, t.clock));
    }
    BusinessCalendar stored() { return calendar.load(admin).value(); }
    template <typename W> static W* child(QWidget& page, const char* name)
    {
        auto* w = page.findChild<W*>(QString::fromLatin1(name));
        REQUIRE(w);
        return w;
    }

    test::TempDb t;
    CalendarService calendar;
    Actor admin = test::actorWith(QStringLiteral("admin"));
    Actor agent = test::actorWith(QStringLiteral("agent"));
};

} // namespace

TEST_CASE("an admin changes the working hours on the calendar page, and a wrong value names its field")
{
    Hotline h;
    ui::SetupDialog dialog(*h.t.db, h.t.clock, h.admin, nullptr, &h.calendar);
    dialog.show();
    dialog.showKind(QStringLiteral("calendar"));
    CHECK(dialog.currentKind() == QStringLiteral("calendar"));
    ui::CalendarPage* page = dialog.calendar();
    REQUIRE(page);
    CHECK(page->year() == 2026); // the clock's year
    CHECK(Hotline::child<QTimeEdit>(*page, "opens")->time() == QTime(8, 30));
    CHECK(Hotline::child<QCheckBox>(*page, "weekend6")->isChecked());

    Hotline::child<QTimeEdit>(*page, "opens")->setTime(QTime(9, 0));
    Hotline::child<QTimeEdit>(*page, "closes")->setTime(QTime(18, 0));
    Hotline::child<QTimeEdit>(*page, "lunchStart")->setTime(QTime(12, 0));
    Hotline::child<QTimeEdit>(*page, "lunchEnd")->setTime(QTime(13, 0));
    Hotline::child<QCheckBox>(*page, "weekend6")->setChecked(false); // Saturdays are worked
    Hotline::child<QPushButton>(*page, "saveHours")->click();
    INFO(page->lastMessage().toStdString());
    BusinessCalendar cal = h.stored();
    CHECK(cal.opens() == QTime(9, 0));
    CHECK(cal.closes() == QTime(18, 0));
    CHECK(cal.lunchEnd() == QTime(13, 0));
    CHECK(cal.weekendDays() == QList<int>{7});
    CHECK(cal.exceptions().size() == 39);                       // the days stay as they were
    CHECK(h.calendar.consoleCalendar().opens() == QTime(9, 0)); // the console counts in them at once

    // Closing before opening: refused, the field named, nothing saved.
    Hotline::child<QTimeEdit>(*page, "closes")->setTime(QTime(8, 0));
    Hotline::child<QPushButton>(*page, "saveHours")->click();
    CHECK(page->lastMessage().startsWith(QStringLiteral("Opening hours: ")));
    CHECK(page->lastMessage().contains(QStringLiteral("later closing time")));
    CHECK(h.stored().closes() == QTime(18, 0));

    Hotline::child<QTimeEdit>(*page, "closes")->setTime(QTime(18, 0));
    Hotline::child<QComboBox>(*page, "timeZone")->setCurrentText(QStringLiteral("Beijing"));
    Hotline::child<QPushButton>(*page, "saveHours")->click();
    CHECK(page->lastMessage().startsWith(QStringLiteral("Time zone 'Beijing' is not a known time zone")));
    CHECK(h.stored().timeZone().id() == QByteArrayLiteral("Asia/Shanghai"));
}

TEST_CASE("an admin adds, changes and removes days, marks a year known, and imports an .ics after a preview")
{
    Hotline h;
    h.t.clock.set(test::beijing(2027, 3, 1));
    ui::SetupDialog dialog(*h.t.db, h.t.clock, h.admin, nullptr, &h.calendar);
    dialog.show();
    dialog.showKind(QStringLiteral("calendar"));
    ui::CalendarPage* page = dialog.calendar();
    REQUIRE(page->year() == 2027);

    // A year without data says what to do instead of showing an empty table.
    CHECK(page->showsEmptyHint());
    auto* hint = Hotline::child<QLabel>(*page, "emptyHint");
    CHECK(hint->isVisible());
    CHECK(hint->text().contains(QStringLiteral(".ics")));
    CHECK(hint->text().contains(QStringLiteral("mark the year as known")));
    CHECK(Hotline::child<QLabel>(*page, "yearState")->text().contains(QStringLiteral("plain weekends")));

    // Add a holiday by hand.
    Hotline::child<QDateEdit>(*page, "day")->setDate(QDate(2027, 10, 1));
    auto* kind = Hotline::child<QComboBox>(*page, "kind");
    kind->setCurrentIndex(kind->findData(int(BusinessCalendar::DayKind::Holiday)));
    Hotline::child<QLineEdit>(*page, "name")->setText(QStringLiteral("国庆节"));
    Hotline::child<QPushButton>(*page, "addDay")->click();
    CHECK(page->lastMessage() == QStringLiteral("2027-10-01 is added."));
    CHECK(h.stored().exceptions().value(QDate(2027, 10, 1)) ==
          BusinessCalendar::DayException{BusinessCalendar::DayKind::Holiday, QStringLiteral("国庆节")});
    CHECK_FALSE(page->showsEmptyHint());
    CHECK(page->dayRows() == 1);

    // Choosing the row puts it into the fields; changing the kind changes the day.
    auto* days = Hotline::child<QTableWidget>(*page, "days");
    days->selectRow(0);
    CHECK(Hotline::child<QLineEdit>(*page, "name")->text() == QStringLiteral("国庆节"));
    kind->setCurrentIndex(kind->findData(int(BusinessCalendar::DayKind::Workday)));
    Hotline::child<QPushButton>(*page, "addDay")->click();
    CHECK(page->lastMessage() == QStringLiteral("2027-10-01 is changed."));
    CHECK(h.stored().exceptions().value(QDate(2027, 10, 1)).kind == BusinessCalendar::DayKind::Workday);

    // Mark 2027 as known with its source.
    Hotline::child<QLineEdit>(*page, "source")->setText(QStringLiteral("国务院办公厅通知"));
    Hotline::child<QPushButton>(*page, "markKnown")->click();
    CHECK(h.stored().knownYears().value(2027) == QStringLiteral("国务院办公厅通知"));
    CHECK(Hotline::child<QLabel>(*page, "yearState")->text().contains(QStringLiteral("国务院办公厅通知")));

    days->selectRow(0);
    Hotline::child<QPushButton>(*page, "removeDay")->click();
    CHECK_FALSE(h.stored().exceptions().contains(QDate(2027, 10, 1)));
    CHECK(page->showsEmptyHint());
    CHECK(Hotline::child<QLabel>(*page, "emptyHint")->text().contains(QStringLiteral("marked as known")));

    // An .ics that is none: named, nothing else happens.
    CHECK_FALSE(page->previewIcs(QStringLiteral(THREERINGS_FIXTURES "/no-workbook.xlsx")));
    CHECK(page->lastMessage().contains(QStringLiteral("no-workbook.xlsx")));
    CHECK_FALSE(Hotline::child<QPushButton>(*page, "writeIcs")->isVisible());

    // The 2026 schedule: a preview per year first, nothing written until Write.
    REQUIRE(h.calendar.removeDay(h.admin, QDate(2026, 10, 10))); // one day the import will bring back
    REQUIRE(page->previewIcs(kIcs));
    CHECK(page->previewText().contains(QStringLiteral("2026: 33 holidays, 6 swapped working days")));
    CHECK(page->previewText().contains(QStringLiteral("1 new, 7 changed, 31 unchanged")));
    CHECK_FALSE(h.stored().exceptions().contains(QDate(2026, 10, 10)));
    auto* write = Hotline::child<QPushButton>(*page, "writeIcs");
    REQUIRE(write->isVisible());
    write->click();
    CHECK(page->lastMessage() == QStringLiteral("Imported: 1 new, 7 changed, 31 unchanged."));
    const BusinessCalendar after = h.stored();
    CHECK(after.exceptions().value(QDate(2026, 10, 10)).kind == BusinessCalendar::DayKind::Workday);
    CHECK(after.exceptions().value(QDate(2026, 2, 14)).name == QStringLiteral("春节 班"));
    CHECK(page->year() == 2026);
    CHECK(page->dayRows() == 39);
    CHECK_FALSE(write->isVisible());
}

TEST_CASE("Admin ▸ Import… offers the calendar and reads an .ics file there")
{
    Hotline h;
    ui::ImportDialog import(*h.t.db, h.t.clock, h.admin, QStringLiteral("calendar"));
    REQUIRE(import.check(kIcs));
    CHECK(import.summary().contains(QStringLiteral("0 new, 8 changed, 31 unchanged")));
    CHECK(import.importChecked());
    CHECK(h.stored().exceptions().value(QDate(2026, 1, 4)).name == QStringLiteral("元旦 补班"));
}

TEST_CASE("an agent sees the calendar page but cannot change the calendar")
{
    Hotline h;
    ui::CalendarPage page(h.calendar, h.agent, 2026);
    page.show();
    CHECK(page.dayRows() == 39);
    CHECK_FALSE(Hotline::child<QPushButton>(page, "saveHours")->isEnabled());
    CHECK_FALSE(Hotline::child<QPushButton>(page, "addDay")->isEnabled());
    CHECK_FALSE(Hotline::child<QPushButton>(page, "importIcs")->isEnabled());
    // Even when the view is driven anyway, core refuses and nothing is written.
    Hotline::child<QDateEdit>(page, "day")->setDate(QDate(2026, 12, 31));
    page.addOrChangeDay();
    CHECK_FALSE(page.lastMessage().isEmpty());
    CHECK_FALSE(h.stored().exceptions().contains(QDate(2026, 12, 31)));
    Hotline::child<QTimeEdit>(page, "opens")->setTime(QTime(7, 0));
    page.saveHours();
    CHECK(h.stored().opens() == QTime(8, 30));
    REQUIRE(page.previewIcs(kIcs) == false);
    CHECK_FALSE(h.stored().exceptions().value(QDate(2026, 1, 4)).name.contains(QStringLiteral("补班")));
}
