#include "core/model/Call.h"
#include "core/model/Customer.h"
#include "core/model/ProblemForm.h"
#include "core/model/Rating.h"
#include "core/model/User.h"

#include <catch2/catch.hpp>

using namespace threerings;

namespace {

ProblemForm goodForm()
{
    ProblemForm f;
    f.agentId = QStringLiteral("a");
    f.category = Category::Other;
    f.customerName = QStringLiteral("王先生");
    f.phoneMobile = QStringLiteral("13812345678");
    f.description = QStringLiteral("描述");
    return f;
}

} // namespace

TEST_CASE("validation messages name the field and the fix")
{
    CHECK(goodForm().validate().ok());

    ProblemForm f = goodForm();
    f.category.reset();
    auto s = f.validate();
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().field == QStringLiteral("category"));
    CHECK(s.error().message.contains(QStringLiteral("category is missing")));
    CHECK(s.error().message.contains(QStringLiteral("technical quality, service, sales or other")));

    f = goodForm();
    f.phoneMobile = QStringLiteral("call me maybe");
    s = f.validate();
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().field == QStringLiteral("phone_mobile"));
    CHECK(s.error().message.contains(QStringLiteral("mobile phone 'call me maybe' is not a phone number")));

    f = goodForm();
    f.description = QString(5000, QLatin1Char('x'));
    s = f.validate();
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().field == QStringLiteral("description"));
    CHECK(s.error().message.contains(QStringLiteral("5000 characters")));
    CHECK(s.error().message.contains(QStringLiteral("at most 4000")));

    Rating r;
    r.technicalScore = 201;
    s = r.validate();
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().field == QStringLiteral("technical_score"));
    CHECK(s.error().message.contains(QStringLiteral("from -50 to 200")));
    r.technicalScore = -50;
    r.attitudeScore = -51;
    CHECK(r.validate().error().field == QStringLiteral("attitude_score"));
    r.attitudeScore = 200;
    CHECK(r.validate().ok());

    Customer c;
    CHECK(c.validate().error().field == QStringLiteral("name"));
    c.name = QStringLiteral("x");
    c.phoneOffice = QStringLiteral("12");
    CHECK(c.validate().error().field == QStringLiteral("phone_office"));

    User u;
    u.jobNumber = QStringLiteral("10-07");
    u.name = QStringLiteral("n");
    CHECK(u.validate().error().field == QStringLiteral("job_number"));
    u.jobNumber = QStringLiteral("1007");
    u.roles = {roleFromText(QStringLiteral("boss"))};
    CHECK(u.validate().error().message.contains(QStringLiteral("agent, handler")));

    Call call;
    CHECK(call.validate().error().field == QStringLiteral("ring_at"));
}
