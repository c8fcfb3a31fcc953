#include "TestSupport.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <catch2/catch.hpp>

namespace threerings::test {

int count(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

QDateTime beijing(int y, int m, int d, int hh, int mm)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm), QTimeZone("Asia/Shanghai"));
}

Actor actorWith(const QString& roles, const QString& userId)
{
    Actor a;
    a.userId = userId;
    a.jobNumber = QStringLiteral("T1");
    a.name = QStringLiteral("Test person");
    a.roles = rolesFromText(roles);
    return a;
}

TempDb::TempDb() : clock(beijing(2026, 11, 25))
{
    REQUIRE(dir.isValid());
    auto opened = Database::open(path(), Database::Open::CreateIfMissing);
    if (!opened)
        FAIL(opened.error().message.toStdString());
    db = std::move(opened).value();
}

} // namespace threerings::test
