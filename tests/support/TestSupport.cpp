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

void storeRawSetting(Database& db, const QString& key, const QString& value)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO settings (id, key, value, created_at, updated_at) "
                             "VALUES (lower(hex(randomblob(16))), ?, ?, 0, 0) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    REQUIRE(q.exec());
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
