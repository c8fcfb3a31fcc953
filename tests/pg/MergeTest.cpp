// Field-level merging: a console that saves a whole record sends only the fields it changed, so two people
// editing different fields of one record on two consoles both keep their change.
#include "PgSupport.h"
#include "core/customers/CustomerRepository.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace threerings;
using namespace threerings::test;

TEST_CASE("two consoles saving the whole customer, each with another field changed, both keep their change")
{
    ServerDb server;
    Console a(server, QStringLiteral("a"), true);
    Console b(server, QStringLiteral("b"));
    a.connect(server.admin());
    b.connect(server.admin());
    Customer c;
    c.name = QStringLiteral("赵经理");
    c.phoneMobile = QStringLiteral("13812345678");
    c.unit = QStringLiteral("济南分行");
    auto stored = CustomerRepository(*a.db, a.clock).insert(c, {});
    REQUIRE(stored.ok());
    const QString id = stored->meta.id;
    a.sync();
    b.sync();

    // Each console reads the record and saves all of it, as the customer form does.
    a.clock.advanceMs(60'000);
    auto onA = CustomerRepository(*a.db, a.clock).get(id);
    REQUIRE(onA.ok());
    onA->address = QStringLiteral("济南市历下区");
    REQUIRE(CustomerRepository(*a.db, a.clock).update(*onA, {}).ok());
    b.clock.advanceMs(120'000);
    auto onB = CustomerRepository(*b.db, b.clock).get(id);
    REQUIRE(onB.ok());
    onB->notes = QStringLiteral("prefers calls after 14:00");
    REQUIRE(CustomerRepository(*b.db, b.clock).update(*onB, {}).ok());

    // Only the changed field travels.
    CHECK(a.count(QStringLiteral("SELECT count(*) FROM outbox WHERE op = 'update' AND fields = "
                                 "'{\"address\":\"济南市历下区\"}'")) == 1);

    a.sync();
    b.sync();
    a.sync();
    for (Console* console : {&a, &b}) {
        CHECK(console->value(QStringLiteral("customers"), id, QStringLiteral("address")).toString() ==
              QStringLiteral("济南市历下区"));
        CHECK(console->value(QStringLiteral("customers"), id, QStringLiteral("notes")).toString() ==
              QStringLiteral("prefers calls after 14:00"));
        CHECK(console->value(QStringLiteral("customers"), id, QStringLiteral("unit")).toString() ==
              QStringLiteral("济南分行"));
        // Different fields: no conflict to show.
        CHECK(console->engine->status().conflicts == 0);
    }
}
