// Records with a key unique across the team get the same id on every console, so replication sees one
// record, not two that clash.
#include "TestSupport.h"
#include "core/auth/AccountService.h"
#include "core/db/Database.h"
#include "core/site/Defaults.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace threerings;

namespace {

QStringList ids(Database& db, const QString& sql)
{
    QStringList out;
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

TEST_CASE("a person, a department and the seeded defaults have the same id on every console")
{
    test::TempDb one;
    test::TempDb two;
    for (test::TempDb* t : {&one, &two}) {
        REQUIRE(Defaults::ensure(*t->db, t->clock));
        AccountService accounts(*t->db, t->clock, PasswordHasher(PasswordHasher::cheapest()));
        User admin;
        admin.jobNumber = QStringLiteral("9001");
        admin.name = QStringLiteral("赵磊");
        admin.roles = {Role::Admin};
        REQUIRE(accounts.addPerson(Actor::systemActor(), admin, QStringLiteral("admin-pass-1")));
        t->clock.advanceMs(1000);
    }
    for (const char* sql :
         {"SELECT id FROM users ORDER BY job_number", "SELECT id FROM settings ORDER BY key",
          "SELECT id FROM scripts ORDER BY language, key", "SELECT id FROM phrase_lists ORDER BY language",
          "SELECT id FROM calendar_days ORDER BY day", "SELECT id FROM calendar_years ORDER BY year"}) {
        INFO(sql);
        const QStringList a = ids(*one.db, QString::fromLatin1(sql));
        CHECK_FALSE(a.isEmpty());
        CHECK(a == ids(*two.db, QString::fromLatin1(sql)));
    }
    // Different keys, different ids.
    const QStringList settings = ids(*one.db, QStringLiteral("SELECT id FROM settings"));
    CHECK(QSet<QString>(settings.begin(), settings.end()).size() == settings.size());
}
