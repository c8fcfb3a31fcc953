#include "core/forms/FormNumber.h"

#include "TestSupport.h"
#include "core/auth/UserRepository.h"
#include "core/db/Transaction.h"
#include "core/forms/ProblemFormRepository.h"
#include "core/model/User.h"

#include <QSet>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace threerings;

TEST_CASE("form numbers format and parse")
{
    CHECK(FormNumber::format(QDate(2026, 11, 25), QStringLiteral("1007"), 3) ==
          QStringLiteral("20261125-1007-003"));
    CHECK(FormNumber::format(QDate(2026, 11, 25), QStringLiteral("1007"), 1000) ==
          QStringLiteral("20261125-1007-1000"));
    auto n = FormNumber::parse(QStringLiteral("20261125-A07-042"));
    REQUIRE(n.ok());
    CHECK(n->day == QDate(2026, 11, 25));
    CHECK(n->jobNumber == QStringLiteral("A07"));
    CHECK(n->serial == 42);
    CHECK(n->toString() == QStringLiteral("20261125-A07-042"));
    for (const char* bad :
         {"2026112-1007-001", "20261325-1007-001", "20261125-1007-01", "20261125--001", "x"}) {
        auto r = FormNumber::parse(QString::fromLatin1(bad));
        CHECK_FALSE(r.ok());
        if (!r.ok())
            CHECK(r.error().message.contains(QStringLiteral("YYYYMMDD")));
    }
}

namespace {

QString addAgent(test::TempDb& t, const QString& jobNumber)
{
    UserRepository users(*t.db, t.clock);
    User u;
    u.jobNumber = jobNumber;
    u.name = QStringLiteral("Agent ") + jobNumber;
    auto r = users.insert(u, {});
    REQUIRE(r.ok());
    return r->meta.id;
}

ProblemForm formFor(const QString& agentId)
{
    ProblemForm f;
    f.agentId = agentId;
    f.category = Category::Technical;
    f.customerName = QStringLiteral("王先生");
    f.phoneMobile = QStringLiteral("13812345678");
    f.description = QStringLiteral("ATM 吞卡");
    return f;
}

} // namespace

TEST_CASE("problem forms are numbered per agent per Beijing day")
{
    test::TempDb t;
    const QString a = addAgent(t, QStringLiteral("1007"));
    const QString b = addAgent(t, QStringLiteral("2001"));
    ProblemFormRepository forms(*t.db, t.clock);

    QSet<QString> numbers;
    auto make = [&](const QString& agent) {
        auto r = forms.create(formFor(agent), agent);
        REQUIRE(r.ok());
        numbers.insert(r->number);
        return r->number;
    };
    CHECK(make(a) == QStringLiteral("20261125-1007-001"));
    CHECK(make(a) == QStringLiteral("20261125-1007-002"));
    CHECK(make(b) == QStringLiteral("20261125-2001-001"));
    CHECK(make(a) == QStringLiteral("20261125-1007-003"));

    SECTION("a new local day restarts the serial, even when UTC is still on the old day")
    {
        // 00:30 in Beijing on the 26th is 16:30 UTC on the 25th.
        t.clock.set(test::beijing(2026, 11, 26, 0, 30));
        CHECK(make(a) == QStringLiteral("20261126-1007-001"));
        CHECK(make(b) == QStringLiteral("20261126-2001-001"));
    }
    SECTION("the acceptance time decides the day")
    {
        ProblemForm f = formFor(a);
        f.acceptedAt = test::beijing(2026, 11, 24, 23, 59);
        auto r = forms.create(f, a);
        REQUIRE(r.ok());
        CHECK(r->number == QStringLiteral("20261124-1007-001"));
    }
    SECTION("serials grow past 999 and stay unique")
    {
        Transaction tx(*t.db);
        for (int i = 0; i < 1000; ++i)
            make(a);
        REQUIRE(tx.commit().ok());
        CHECK(numbers.size() == 1004);
        CHECK(numbers.contains(QStringLiteral("20261125-1007-1003")));
    }
    SECTION("a form rolled back gives its serial back")
    {
        {
            Transaction tx(*t.db);
            make(a);
        }
        CHECK(make(a) == QStringLiteral("20261125-1007-004"));
    }
}

TEST_CASE("a form for an unknown agent is refused")
{
    test::TempDb t;
    ProblemFormRepository forms(*t.db, t.clock);
    auto r = forms.create(formFor(QStringLiteral("nobody")), {});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("agent_id"));
}
