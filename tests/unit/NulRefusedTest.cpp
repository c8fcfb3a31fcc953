// A NUL character (U+0000) in anything a person types or imports is refused where records are
// checked, and again where rows are written: PostgreSQL refuses it in jsonb, and one such change
// in the outbox would stop the console's replication.

#include "TestSupport.h"
#include "core/customers/CustomerRepository.h"
#include "core/db/RecordWriter.h"
#include "core/model/Validation.h"
#include "core/settings/Settings.h"
#include "core/settings/SettingsRepository.h"

#include <catch2/catch.hpp>

using namespace threerings;

namespace {

const QString withNul = QStringLiteral("王") + QChar(u'\0') + QStringLiteral("建国");

} // namespace

TEST_CASE("the shared checks refuse text with a NUL character and name the field")
{
    for (const Status& s :
         {Validation::noNul(QStringLiteral("name"), QStringLiteral("customer name"), withNul),
          Validation::required(QStringLiteral("name"), QStringLiteral("customer name"), withNul),
          Validation::maxLength(QStringLiteral("name"), QStringLiteral("customer name"), withNul,
                                Validation::NameLength)}) {
        REQUIRE_FALSE(s);
        CHECK(s.error().field == QStringLiteral("name"));
        CHECK(s.error().message.contains(QStringLiteral("customer name")));
        CHECK(s.error().message.contains(QStringLiteral("U+0000")));
    }
    CHECK(Validation::required(QStringLiteral("name"), QStringLiteral("customer name"),
                               QStringLiteral("王建国")));
}

TEST_CASE("a record with a NUL character is not saved, and nothing reaches the outbox")
{
    test::TempDb t;
    const auto outbox = [&t] { return test::count(*t.db, QStringLiteral("SELECT count(*) FROM outbox")); };
    const int before = outbox();

    // A form's check says which field.
    CustomerRepository customers(*t.db, t.clock);
    Customer c;
    c.name = QStringLiteral("王建国");
    c.notes = QStringLiteral("line one") + QChar(u'\0');
    auto refused = customers.insert(c, {});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("notes"));
    CHECK(outbox() == before);

    // The writer refuses it too, for whatever reaches it without a form's check (a site file's setting,
    // an imported phrase list).
    RecordWriter writer(*t.db, t.clock);
    auto raw = writer.insert(QStringLiteral("customers"), {{QStringLiteral("name"), withNul}}, {});
    REQUIRE_FALSE(raw);
    CHECK(raw.error().field == QStringLiteral("name"));
    CHECK(raw.error().message.contains(QStringLiteral("customers")));
    CHECK(test::count(*t.db, QStringLiteral("SELECT count(*) FROM customers")) == 0);

    c.notes.clear();
    auto saved = customers.insert(c, {});
    REQUIRE(saved.ok());
    const int afterInsert = outbox();
    auto changed = writer.update(QStringLiteral("customers"), saved->meta.id,
                                 {{QStringLiteral("address"), withNul}}, {});
    REQUIRE_FALSE(changed);
    CHECK(changed.error().field == QStringLiteral("address"));
    CHECK(outbox() == afterInsert);

    SettingsRepository settings(*t.db, t.clock);
    const Status setting = settings.set(Setting::UnitName, withNul, {});
    REQUIRE_FALSE(setting);
    CHECK(setting.error().field == QStringLiteral("value"));
    CHECK(outbox() == afterInsert);
}
