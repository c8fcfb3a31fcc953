// The first start of a new hotline (core/site/HotlineSetup): only an admin saves the unit, the hotline
// number, the first departments and outlets and marks the hotline set up; every other role is refused before
// anything is written. Each step is all or nothing, and a file that held people before is set up already.
#include "core/site/HotlineSetup.h"

#include "TestSupport.h"
#include "core/auth/UserRepository.h"
#include "core/settings/SettingsRepository.h"
#include "core/site/Defaults.h"

#include <catch2/catch.hpp>

using namespace threerings;

namespace {

struct NewHotline
{
    NewHotline() { REQUIRE(Defaults::ensure(*t.db, t.clock)); }

    Actor person(const QString& role)
    {
        User u;
        u.jobNumber = QString::number(1001 + next++);
        u.name = role;
        u.roles = {roleFromText(role)};
        auto stored = UserRepository(*t.db, t.clock).insert(u, {});
        REQUIRE(stored);
        return test::actorWith(role, stored->meta.id);
    }

    test::TempDb t;
    HotlineSetup setup{*t.db, t.clock};
    int next = 0;
};

Outlet outlet(const QString& code, const QString& name)
{
    Outlet o;
    o.code = code;
    o.name = name;
    o.kind = QStringLiteral("appointed");
    return o;
}

} // namespace

TEST_CASE("only an admin sets a new hotline up")
{
    NewHotline h;
    CHECK_FALSE(h.setup.isDone());
    for (const char* role : {"agent", "handler", "supervisor", "trainer", "trainee"}) {
        INFO(role);
        const Actor a = h.person(QLatin1String(role));
        CHECK_FALSE(h.setup.offeredTo(a));
        const Status identity =
            h.setup.saveIdentity(a, {QStringLiteral("海云电子"), QStringLiteral("800-1")});
        REQUIRE_FALSE(identity);
        CHECK(identity.error().kind == Error::Kind::Refused);
        auto departments = h.setup.saveDepartments(a, HotlineSetup::proposedDepartments());
        REQUIRE_FALSE(departments);
        CHECK(departments.error().kind == Error::Kind::Refused);
        auto outlets = h.setup.saveOutlets(a, {outlet(QStringLiteral("QD01"), QStringLiteral("青岛"))});
        REQUIRE_FALSE(outlets);
        CHECK(outlets.error().kind == Error::Kind::Refused);
        CHECK(h.setup.progress(a).error().kind == Error::Kind::Refused);
        const Status finished = h.setup.finish(a);
        REQUIRE_FALSE(finished);
        CHECK(finished.error().kind == Error::Kind::Refused);
    }
    CHECK(h.setup.identity().unitName == Setting::UnitName.defaultValue());
    CHECK(test::count(*h.t.db, QStringLiteral("SELECT count(*) FROM departments")) == 0);
    CHECK(test::count(*h.t.db, QStringLiteral("SELECT count(*) FROM outlets")) == 0);
    CHECK_FALSE(h.setup.isDone());

    const Actor admin = h.person(QStringLiteral("admin"));
    CHECK(h.setup.offeredTo(admin));
    REQUIRE(h.setup.saveIdentity(admin, {QStringLiteral(" 海云电子 "), QStringLiteral("800-860-1234")}));
    CHECK(h.setup.identity().unitName == QStringLiteral("海云电子"));
    auto saved = h.setup.saveDepartments(admin, HotlineSetup::proposedDepartments());
    REQUIRE(saved);
    CHECK(saved->size() == 3);
    REQUIRE(h.setup.saveOutlets(admin, {outlet(QStringLiteral("QD01"), QStringLiteral("青岛维修中心"))}));
    auto progress = h.setup.progress(admin);
    REQUIRE(progress);
    CHECK(progress->identityChanged);
    CHECK(progress->departments == 3);
    CHECK(progress->outlets == 1);
    CHECK_FALSE(progress->done);
    REQUIRE(h.setup.finish(admin));
    CHECK(h.setup.isDone());
    CHECK_FALSE(h.setup.offeredTo(admin));
}

TEST_CASE("each step of the set-up is saved whole or not at all")
{
    NewHotline h;
    const Actor admin = h.person(QStringLiteral("admin"));
    // A number too long leaves the unit's name as it was too.
    const Status identity =
        h.setup.saveIdentity(admin, {QStringLiteral("海云电子"), QString(41, QLatin1Char('8'))});
    REQUIRE_FALSE(identity);
    CHECK(identity.error().message.contains(Settings::name(Setting::HotlineNumber.entry)));
    CHECK(h.setup.identity().unitName == Setting::UnitName.defaultValue());

    // The second department's phone is wrong: the first is not kept either, and the message names it.
    QList<Department> departments = HotlineSetup::proposedDepartments();
    departments[1].phone = QStringLiteral("12");
    auto saved = h.setup.saveDepartments(admin, departments);
    REQUIRE_FALSE(saved);
    CHECK(saved.error().message.startsWith(departments[1].name));
    CHECK(saved.error().field == QStringLiteral("phone"));
    CHECK(test::count(*h.t.db, QStringLiteral("SELECT count(*) FROM departments")) == 0);

    auto outlets = h.setup.saveOutlets(admin, {outlet(QStringLiteral("QD01"), QStringLiteral("青岛维修中心")),
                                               outlet(QStringLiteral("QD01"), QStringLiteral("青岛二店"))});
    REQUIRE_FALSE(outlets);
    CHECK(outlets.error().field == QStringLiteral("code"));
    CHECK(test::count(*h.t.db, QStringLiteral("SELECT count(*) FROM outlets")) == 0);
}

TEST_CASE("a file that held people before the walk-through existed is set up already")
{
    test::TempDb t;
    User u;
    u.jobNumber = QStringLiteral("9001");
    u.name = QStringLiteral("赵磊");
    u.roles = {Role::Admin};
    REQUIRE(UserRepository(*t.db, t.clock).insert(u, {}));
    REQUIRE(Defaults::ensure(*t.db, t.clock));
    CHECK(HotlineSetup(*t.db, t.clock).isDone());
    CHECK(SettingsRepository(*t.db, t.clock).isStored(Setting::SetupWalkthroughDone));
}
