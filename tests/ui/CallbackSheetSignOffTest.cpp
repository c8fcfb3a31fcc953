// The daily callback sheet's sign-off (issue 18): with callbacks still open the desk names them and signs
// only when the technical manager says so.
#include "TestSupport.h"
#include "core/calendar/CalendarService.h"
#include "core/report/ReportQueries.h"
#include "ui/report/SupervisorDesk.h"

#include <QApplication>
#include <QInputDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace threerings;
using threerings::test::actorWith;

namespace {

// Answers the sign-off's name question with the name it offers.
void acceptNameWhenAsked()
{
    QTimer::singleShot(0, [] {
        if (auto* d = qobject_cast<QInputDialog*>(QApplication::activeModalWidget()))
            d->accept();
    });
}

int signOffs(Database& db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM callback_sheet_signoffs")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("signing a callback sheet with open callbacks names them and signs only when confirmed")
{
    test::TempDb t;
    const QDate today(2026, 11, 24);
    t.clock.set(QDateTime(today, QTime(17, 0), QTimeZone(QByteArrayLiteral("Asia/Shanghai"))));
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"))); // the callback alone, without its form
    REQUIRE(q.exec(QStringLiteral(
        "INSERT INTO callbacks(id, form_id, form_number, outlet_name, acceptor_phone, acceptor_name, due_on, "
        "state, created_at, updated_at) VALUES ('c1', 'f1', '20261123-1001-007', '北京网点', '010-1234', "
        "'李四', "
        "'2026-11-24', 'due', 0, 0)")));
    const CalendarService calendar(*t.db, t.clock);
    ui::SupervisorDesk desk(*t.db, t.clock, calendar, actorWith(QStringLiteral("supervisor")));
    desk.show();
    desk.setPeriod(ReportPeriod::Kind::Day, today);
    QSignalSpy shown(&desk, &ui::SupervisorDesk::sheetShown);
    desk.showSheet(QStringLiteral("daily-callbacks"));
    REQUIRE(shown.wait(10000));
    auto* signOff = desk.findChild<QPushButton*>(QStringLiteral("signOffButton"));
    REQUIRE(signOff);

    // The manager says no: nothing is signed, and the question named the open callback.
    desk.setOpenSignOffAnswer(false);
    acceptNameWhenAsked();
    QTest::mouseClick(signOff, Qt::LeftButton);
    CHECK(desk.lastOpenSignOffQuestion().contains(QStringLiteral("20261123-1001-007")));
    CHECK(signOffs(*t.db) == 0);

    // Yes: signed, on purpose.
    desk.setOpenSignOffAnswer(true);
    acceptNameWhenAsked();
    QTest::mouseClick(signOff, Qt::LeftButton);
    CHECK(signOffs(*t.db) == 1);
}
