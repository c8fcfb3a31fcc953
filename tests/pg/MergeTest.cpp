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

TEST_CASE("two consoles numbering a complaint alike while apart both keep it, renamed the same everywhere")
{
    ServerDb server;
    Console a(server, QStringLiteral("a"), true);
    Console b(server, QStringLiteral("b"));
    a.connect(server.admin());
    b.connect(server.admin());
    const auto complaint = [](Console& c, const QString& matter) {
        auto id = c.writer->insert(QStringLiteral("complaints"),
                                   {{QStringLiteral("no"), QStringLiteral("TS20261125-0001")},
                                    {QStringLiteral("matter"), matter},
                                    {QStringLiteral("complained_at"), qlonglong(1'764'000'000'000)}},
                                   QString());
        REQUIRE(id.ok());
        return id.value();
    };
    // Both offline: each numbers its first complaint of the day the same.
    const QString fromA = complaint(a, QStringLiteral("engineer late"));
    const QString fromB = complaint(b, QStringLiteral("wrong part"));
    a.sync();
    b.sync();
    a.sync();

    const QString loser = std::max(fromA, fromB);
    const QString keeper = std::min(fromA, fromB);
    const QString renamed = QStringLiteral("TS20261125-0001-") + loser.left(4).toUpper();
    for (Console* c : {&a, &b}) {
        CHECK(c->count(QStringLiteral("SELECT count(*) FROM complaints")) == 2);
        CHECK(c->value(QStringLiteral("complaints"), keeper, QStringLiteral("no")).toString() ==
              QStringLiteral("TS20261125-0001"));
        CHECK(c->value(QStringLiteral("complaints"), loser, QStringLiteral("no")).toString() == renamed);
        // The number first given still finds both, and the rename is in the trail.
        CHECK(c->count(QStringLiteral("SELECT count(*) FROM complaints WHERE no LIKE 'TS20261125-0001%'")) ==
              2);
        CHECK(c->count(QStringLiteral(
                  "SELECT count(*) FROM audit_log WHERE op = 'conflict' AND field = 'no'")) == 1);
    }
}
