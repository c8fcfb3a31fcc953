#include "core/sync/ServerConfig.h"

#include "TestSupport.h"
#include "core/db/Database.h"
#include "core/db/RecordWriter.h"
#include "core/sync/SyncEngine.h"

#include <QJsonObject>
#include <catch2/catch.hpp>
#include <tuple>

using namespace threerings;

TEST_CASE("a server URL gives host, port, database, login and TLS mode, and is stored without its password")
{
    auto c = ServerConfig::parse(QStringLiteral("postgresql://agent1001:s3cret@db.hotline.example:5433/"
                                                "threerings?sslmode=verify-full&sslrootcert=/etc/ca.crt"));
    REQUIRE(c.ok());
    CHECK(c->host == QStringLiteral("db.hotline.example"));
    CHECK(c->port == 5433);
    CHECK(c->database == QStringLiteral("threerings"));
    CHECK(c->user == QStringLiteral("agent1001"));
    CHECK(c->password == QStringLiteral("s3cret"));
    CHECK(c->sslMode == QStringLiteral("verify-full"));
    CHECK(c->sslRootCert == QStringLiteral("/etc/ca.crt"));
    const QString stored = c->toUrl();
    CHECK_FALSE(stored.contains(QStringLiteral("s3cret")));
    auto again = ServerConfig::parse(stored);
    REQUIRE(again.ok());
    CHECK(again->host == c->host);
    CHECK(again->port == 5433);
    CHECK(again->sslRootCert == c->sslRootCert);
    CHECK(again->password.isEmpty());
    CHECK(c->keychainKey() == QStringLiteral("agent1001@db.hotline.example:5433/threerings"));

    auto plain = ServerConfig::parse(QStringLiteral("postgresql://u@127.0.0.1/hotline"));
    REQUIRE(plain.ok());
    CHECK(plain->port == 5432);
    CHECK(plain->sslMode == QStringLiteral("verify-full"));
}

TEST_CASE("TLS is verified unless someone chose a weaker mode, and a weaker mode says what it risks")
{
    // No sslmode: the console checks the server's certificate and name.
    auto plain = ServerConfig::parse(QStringLiteral("postgresql://u@db.hotline.example/hotline"));
    REQUIRE(plain.ok());
    CHECK(plain->verified());
    CHECK(plain->transportWarning().isEmpty());
    CHECK(ServerConfig::parse(plain->toUrl())->sslMode == QStringLiteral("verify-full"));
    auto fromSite = ServerConfig::fromJson({{QStringLiteral("host"), QStringLiteral("db")},
                                            {QStringLiteral("database"), QStringLiteral("hotline")}});
    REQUIRE(fromSite.ok());
    CHECK(fromSite->verified());

    for (const char* mode : {"disable", "allow", "prefer", "require", "verify-ca"}) {
        INFO(mode);
        auto weak = ServerConfig::parse(QStringLiteral("postgresql://u@db/hotline?sslmode=") +
                                        QString::fromLatin1(mode));
        REQUIRE(weak.ok());
        CHECK_FALSE(weak->verified());
        const QString warning = weak->transportWarning();
        CHECK(warning.contains(QString::fromLatin1(mode)));
        CHECK(warning.contains(QStringLiteral("verify-full")));
        // The choice is kept as made: the stored URL still says it, so the warning stays.
        CHECK(ServerConfig::parse(weak->toUrl())->sslMode == QString::fromLatin1(mode));
    }
}

TEST_CASE("a server URL without a database or with an unknown option is refused with the fix")
{
    for (const char* bad : {"mysql://u@h/db", "postgresql://u@h:5432/",
                            "postgresql://u@h/db?sslmode=sometimes", "postgresql://u@h/db?password=x"}) {
        auto c = ServerConfig::parse(QString::fromLatin1(bad));
        CHECK_FALSE(c.ok());
        CHECK(c.error().kind == Error::Kind::Usage);
        CHECK_FALSE(c.error().message.isEmpty());
    }
}

TEST_CASE("a server URL without a user is a team's: each person signs in to it as their own login")
{
    auto c = ServerConfig::parse(QStringLiteral("postgresql://db.hotline.example:5433/threerings"));
    REQUIRE(c.ok());
    CHECK(c->user.isEmpty());
    CHECK(c->toUrl() ==
          QStringLiteral("postgresql://db.hotline.example:5433/threerings?sslmode=verify-full"));
    CHECK(ServerConfig::parse(c->toUrl())->user.isEmpty());
}

TEST_CASE("a server as a site file carries it reads back the same, without the password")
{
    auto c = ServerConfig::parse(QStringLiteral("postgresql://room3:s3cret@db.hotline.example:5433/"
                                                "threerings?sslmode=verify-full&sslrootcert=/etc/ca.crt"));
    REQUIRE(c.ok());
    const QJsonObject json = c->toJson();
    CHECK_FALSE(json.contains(QStringLiteral("password")));
    auto back = ServerConfig::fromJson(json);
    REQUIRE(back.ok());
    CHECK(back->toUrl() == c->toUrl());
    CHECK(back->password.isEmpty());
    CHECK(back->sameServer(*c));

    ServerConfig other = *back;
    other.user = QStringLiteral("someone-else");
    other.sslMode = QStringLiteral("require");
    CHECK(other.sameServer(*c));
    other.database = QStringLiteral("threerings2");
    CHECK_FALSE(other.sameServer(*c));

    auto minimal = ServerConfig::fromJson({{QStringLiteral("host"), QStringLiteral("db")},
                                           {QStringLiteral("database"), QStringLiteral("hotline")}});
    REQUIRE(minimal.ok());
    CHECK(minimal->port == 5432);
    CHECK(minimal->sslMode == QStringLiteral("verify-full"));
    CHECK(minimal->user.isEmpty());

    for (const auto& [key, value, field] :
         {std::tuple{"password", QJsonValue(QStringLiteral("x")), "server.password"},
          std::tuple{"port", QJsonValue(QStringLiteral("5432")), "server.port"},
          std::tuple{"port", QJsonValue(0), "server.port"},
          std::tuple{"database", QJsonValue(QString()), "server.database"},
          std::tuple{"url", QJsonValue(QStringLiteral("postgresql://u@h/db")), "server.url"},
          std::tuple{"sslMode", QJsonValue(QStringLiteral("sometimes")), "server"}}) {
        QJsonObject bad = json;
        bad.insert(QString::fromLatin1(key), value);
        auto refused = ServerConfig::fromJson(bad);
        INFO(key);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QString::fromLatin1(field));
        CHECK(refused.error().message.contains(QString::fromLatin1(field)));
    }
}

TEST_CASE("the offline queue survives pointing the console at another spelling of its server")
{
    test::TempDb t;
    auto first = ServerConfig::parse(QStringLiteral("postgresql://p1001@127.0.0.1:5432/hotline"));
    REQUIRE(first.ok());
    REQUIRE(SyncEngine::configure(*t.db, *first, false).ok());
    RecordWriter writer(*t.db, t.clock);
    REQUIRE(
        writer.insert(QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("钱先生")}}, {})
            .ok());
    REQUIRE(
        writer.insert(QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("孙女士")}}, {})
            .ok());
    {
        SyncEngine engine(*t.db, t.clock);
        REQUIRE(engine.queued() == 2);
    }
    // The admin writes the same server as localhost: what waited still waits.
    auto second = ServerConfig::parse(QStringLiteral("postgresql://p1001@localhost:5432/hotline"));
    REQUIRE(second.ok());
    REQUIRE(SyncEngine::configure(*t.db, *second, false).ok());
    SyncEngine engine(*t.db, t.clock);
    CHECK(engine.queued() == 2);
    // What the file held before it ever had a server still stays local on a new console.
    test::TempDb fresh;
    RecordWriter freshWriter(*fresh.db, fresh.clock);
    REQUIRE(freshWriter
                .insert(QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("周先生")}}, {})
                .ok());
    REQUIRE(SyncEngine::configure(*fresh.db, *first, false).ok());
    CHECK(SyncEngine(*fresh.db, fresh.clock).queued() == 0);
}
