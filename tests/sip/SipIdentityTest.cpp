#include "core/sip/SipIdentity.h"

#include "TestSupport.h"
#include "core/settings/SettingsRepository.h"
#include "core/sip/SipConfig.h"
#include "core/site/Defaults.h"

#include <catch2/catch.hpp>

using namespace threerings;

TEST_CASE("The caller's number comes from P-Asserted-Identity, else From", "[sip][identity]")
{
    CHECK(sipCallerNumber(QStringLiteral("\"Caller\" <sip:13812345678@10.0.0.1:5060>;tag=abc")) ==
          QStringLiteral("13812345678"));
    CHECK(sipCallerNumber(QStringLiteral("sip:anonymous@pbx"),
                          QStringLiteral("<sip:+8613812345678@trunk>")) == QStringLiteral("+8613812345678"));
    CHECK(sipCallerNumber(QStringLiteral("<sip:100@pbx>"), QStringLiteral("<tel:+86-10-6552-9876>")) ==
          QStringLiteral("+861065529876"));
    CHECK(sipCallerNumber(QStringLiteral("<sips:%2B8653288905566@pbx;user=phone>")) ==
          QStringLiteral("+8653288905566"));
    CHECK(sipCallerNumber(QStringLiteral("<sip:alice@example.org>")) == QStringLiteral("alice"));
    // The first usable identity of a list wins; one without a user part is skipped.
    CHECK(sipCallerNumber(QStringLiteral("<sip:1@x>"),
                          QStringLiteral("<sip:pbx.example.org>, <tel:13900001111>")) ==
          QStringLiteral("13900001111"));
    CHECK(sipCallerNumber(QStringLiteral("<sip:pbx.example.org>")).isEmpty());
    CHECK(sipUserPart(QStringLiteral("sip:8001;isub=1@pbx")) == QStringLiteral("8001"));
}

TEST_CASE("SIP settings name the field to fix", "[sip][config]")
{
    SipConfig c;
    CHECK(c.problem().isEmpty()); // direct calls need nothing
    c.registerAccount = true;
    CHECK(c.problem().contains(QLatin1String("sip.user")));
    c.user = QStringLiteral("8001");
    CHECK(c.problem().contains(QLatin1String("sip.domain")));
    c.domain = QStringLiteral("pbx.example.org");
    CHECK(c.problem().isEmpty());
    CHECK(c.identity() == QStringLiteral("sip:8001@pbx.example.org"));
    c.port = 70000;
    CHECK(c.problem().contains(QLatin1String("sip.port")));
    CHECK(SipConfig::transportFrom(QStringLiteral("TLS")) == SipConfig::Transport::Tls);
    CHECK(SipConfig::transportName(SipConfig::Transport::Tcp) == QStringLiteral("tcp"));
}

TEST_CASE("Only an admin switches the console to the SIP line", "[sip][config]")
{
    test::TempDb t;
    REQUIRE(Defaults::ensure(*t.db, t.clock));
    SettingsRepository settings(*t.db, t.clock);
    CHECK_FALSE(SipConfig::fromSettings(settings).useSipLine); // the simulated line until someone chooses

    SipConfig c = SipConfig::fromSettings(settings);
    c.useSipLine = true;
    const Status refused = SipConfig::save(*t.db, t.clock, test::actorWith(QStringLiteral("supervisor")), c);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QLatin1String("phone line")));
    CHECK_FALSE(settings.isStored(Setting::LineKind));

    REQUIRE(SipConfig::save(*t.db, t.clock, test::actorWith(QStringLiteral("admin")), c));
    CHECK(settings.get(Setting::LineKind) == QStringLiteral("sip"));
    CHECK(SipConfig::fromSettings(settings).useSipLine);

    c.useSipLine = false;
    REQUIRE(SipConfig::save(*t.db, t.clock, test::actorWith(QStringLiteral("admin")), c));
    CHECK(settings.get(Setting::LineKind) == QStringLiteral("simulated"));
}
