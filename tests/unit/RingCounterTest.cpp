#include "core/calls/RingCounter.h"

#include "TestSupport.h"
#include "core/settings/SettingsRepository.h"
#include "core/site/Defaults.h"

#include <catch2/catch.hpp>

using namespace threerings;

TEST_CASE("ring n starts at (n-1) times the cadence period")
{
    const RingCounter c; // China: 1 s on, 4 s off
    CHECK(c.ringAt(-1) == 0);
    CHECK(c.ringAt(0) == 1);
    CHECK(c.ringAt(4'999) == 1);
    CHECK(c.ringAt(5'000) == 2);
    CHECK(c.ringAt(9'999) == 2);
    CHECK(c.ringAt(10'000) == 3);
    CHECK(c.ringAt(14'999) == 3);
    CHECK(c.ringAt(15'000) == 4);
    CHECK(c.ringStartMs(1) == 0);
    CHECK(c.ringStartMs(4) == 15'000);
}

TEST_CASE("a call is overdue once the fourth ring starts and not in the silence after the third")
{
    const RingCounter c;
    CHECK_FALSE(c.stateAt(0).overdue);
    CHECK_FALSE(c.stateAt(11'000).overdue); // third ring has sounded, silence follows: still on time
    CHECK_FALSE(c.stateAt(14'999).overdue);
    CHECK(c.stateAt(15'000).overdue);
    CHECK(c.stateAt(60'000).overdue);
    CHECK_FALSE(RingCounter::isOverdue(3));
    CHECK(RingCounter::isOverdue(4));
}

TEST_CASE("the ring state says whether the bell sounds and when the next ring comes")
{
    const RingCounter c;
    RingState s = c.stateAt(500);
    CHECK(s.ring == 1);
    CHECK(s.sounding);
    CHECK(s.msToNextRing == 4'500);
    s = c.stateAt(1'000);
    CHECK_FALSE(s.sounding);
    s = c.stateAt(7'000);
    CHECK(s.ring == 2);
    CHECK_FALSE(s.sounding);
    CHECK(s.msToNextRing == 3'000);
    s = c.stateAt(-2'000);
    CHECK(s.ring == 0);
    CHECK_FALSE(s.sounding);
}

TEST_CASE("the ring state follows wall-clock times")
{
    const RingCounter c;
    const QDateTime start = test::beijing(2026, 11, 25, 9, 0);
    CHECK(c.state(start, start.addSecs(6)).ring == 2);
    CHECK(c.state(start, start.addSecs(16)).overdue);
}

TEST_CASE("another cadence counts rings by its own period")
{
    const RingCounter uk(RingCadence{2'000, 1'000}); // rings 3 s apart
    CHECK(uk.ringAt(2'999) == 1);
    CHECK(uk.ringAt(3'000) == 2);
    CHECK(uk.ringAt(9'000) == 4);
    CHECK(uk.stateAt(1'500).sounding);

    const RingCounter bad(RingCadence{0, 0}); // falls back to China rather than divide by zero
    CHECK(bad.cadence().periodMs() == 5'000);
}

TEST_CASE("the cadence comes from the settings and falls back to China's")
{
    test::TempDb t;
    REQUIRE(Defaults::ensure(*t.db, t.clock));
    SettingsRepository settings(*t.db, t.clock);
    RingCadence c = RingCadence::fromSettings(settings);
    CHECK(c.onMs == 1'000);
    CHECK(c.offMs == 4'000);

    REQUIRE(settings.set(Setting::RingOnMs, 400, {}));
    REQUIRE(settings.set(Setting::RingOffMs, 200, {}));
    c = RingCadence::fromSettings(settings);
    CHECK(c.onMs == 400);
    CHECK(c.periodMs() == 600);

    test::storeRawSetting(*t.db, Setting::RingOnMs.key(), QStringLiteral("loud"));
    CHECK(RingCadence::fromSettings(settings).periodMs() == 5'000);
}
