#include "TestSupport.h"
#include "core/calls/CallRecordingRepository.h"
#include "core/calls/CallRepository.h"

#include <catch2/catch.hpp>

using namespace threerings;
using namespace threerings::test;

TEST_CASE("Recorded calls are listed newest first for supervisors and admins only", "[calls][recording]")
{
    TempDb t;
    CallRepository calls(*t.db, t.clock);
    for (int i = 0; i < 3; ++i) {
        Call c;
        c.callerNumber = QStringLiteral("1381234567%1").arg(i);
        c.ringAt = t.clock.now().addSecs(i * 60);
        c.endedAt = c.ringAt.addSecs(30);
        c.hungUpBy = HungUpBy::Caller;
        if (i != 1)
            c.recordingPath = QStringLiteral("/var/lib/threerings/sip/recordings/call-%1.wav").arg(i);
        REQUIRE(calls.insert(c, {}));
    }
    CallRecordingRepository recordings(*t.db, t.clock);

    auto seen = recordings.recent(actorWith(QStringLiteral("supervisor")));
    REQUIRE(seen);
    REQUIRE(seen->size() == 2);
    CHECK(seen->at(0).recordingPath.endsWith(QLatin1String("call-2.wav")));
    CHECK(seen->at(1).recordingPath.endsWith(QLatin1String("call-0.wav")));
    CHECK(recordings.recent(actorWith(QStringLiteral("admin")), 1)->size() == 1);

    auto refused = recordings.recent(actorWith(QStringLiteral("agent")));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::Refused);

    // Stored and read back with the call.
    auto again = calls.get(seen->at(0).meta.id);
    REQUIRE(again);
    CHECK(again->recordingPath == seen->at(0).recordingPath);
}
