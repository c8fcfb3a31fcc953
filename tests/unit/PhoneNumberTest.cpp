#include "core/model/PhoneNumber.h"

#include <catch2/catch.hpp>

using namespace threerings;

TEST_CASE("phone numbers in the ways callers write them become E.164")
{
    CHECK(PhoneNumber::normalize(QStringLiteral("13812345678")).value() == QStringLiteral("+8613812345678"));
    CHECK(PhoneNumber::normalize(QStringLiteral("138 1234 5678")).value() ==
          QStringLiteral("+8613812345678"));
    CHECK(PhoneNumber::normalize(QStringLiteral("138-1234-5678")).value() ==
          QStringLiteral("+8613812345678"));
    CHECK(PhoneNumber::normalize(QStringLiteral("+86 138 1234 5678")).value() ==
          QStringLiteral("+8613812345678"));
    CHECK(PhoneNumber::normalize(QStringLiteral("0532-88886666")).value() ==
          QStringLiteral("+8653288886666"));
    CHECK(PhoneNumber::normalize(QStringLiteral("(0532) 8888 6666")).value() ==
          QStringLiteral("+8653288886666"));
    CHECK(PhoneNumber::normalize(QStringLiteral("+86 532 8888 6666")).value() ==
          QStringLiteral("+8653288886666"));
    CHECK(PhoneNumber::normalize(QStringLiteral("010-12345678")).value() == QStringLiteral("+861012345678"));
}

TEST_CASE("text that is not a phone number gets a clear error")
{
    for (const char* bad : {"hello", "12", "1381234567899999", "0532-8", ""}) {
        auto r = PhoneNumber::normalize(QString::fromLatin1(bad));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == Error::Kind::Data);
        CHECK(r.error().message.contains(QStringLiteral("13812345678")));
    }
    CHECK(PhoneNumber::normalizeOrKeep(QStringLiteral(" anonymous ")) == QStringLiteral("anonymous"));
    CHECK(PhoneNumber::normalizeOrKeep(QStringLiteral("13812345678")) == QStringLiteral("+8613812345678"));
}

TEST_CASE("phone numbers are displayed the way an agent reads them out")
{
    CHECK(PhoneNumber::display(QStringLiteral("+8613812345678")) == QStringLiteral("138 1234 5678"));
    CHECK(PhoneNumber::display(QStringLiteral("+8653288886666")) == QStringLiteral("0532 8888 6666"));
    CHECK(PhoneNumber::display(QStringLiteral("+442079460000")).startsWith(QStringLiteral("+44 ")));
    CHECK(PhoneNumber::display(QStringLiteral("unknown")) == QStringLiteral("unknown"));
}
