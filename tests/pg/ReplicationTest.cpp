#include "PgSupport.h"
#include "TestSupport.h"
#include "core/sync/ServerSchema.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace threerings;
using namespace threerings::test;

TEST_CASE("server init creates the schema and a second init changes nothing")
{
    ServerDb server;
    QSqlDatabase db = server.adminConnection();
    auto again = ServerSchema::init(db);
    REQUIRE(again.ok());
    CHECK(again.value() == ServerSchema::latestVersion());
    CHECK(server.count(QStringLiteral("SELECT count(*) FROM tr_schema_version")) ==
          ServerSchema::latestVersion());
    CHECK(server.count(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN ('tr_agent', "
                                      "'tr_supervisor', 'tr_trainee', 'tr_admin')")) == 4);
    CHECK(server.count(QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = 'tr_changes' AND "
                                      "relrowsecurity")) == 1);
}

TEST_CASE("changes pushed by one console reach another in server order from its cursor")
{
    ServerDb server;
    Console a(server, QStringLiteral("a"), true);
    Console b(server, QStringLiteral("b"));
    a.connect(server.admin());
    b.connect(server.admin());

    const QString wang = a.insertCustomer(QStringLiteral("王先生"), QStringLiteral("ATM at the branch"));
    const QString li = a.insertCustomer(QStringLiteral("李女士"));
    a.update(QStringLiteral("customers"), wang,
             {{QStringLiteral("address"), QStringLiteral("青岛市市南区")}});
    CHECK(a.engine->queued() == 3);
    a.sync();
    CHECK(a.engine->queued() == 0);
    CHECK(server.count(QStringLiteral("SELECT count(*) FROM tr_changes")) == 3);

    auto pulled = b.engine->pull();
    REQUIRE(pulled.ok());
    CHECK(pulled.value() == 3);
    CHECK(b.value(QStringLiteral("customers"), wang, QStringLiteral("name")).toString() ==
          QStringLiteral("王先生"));
    CHECK(b.value(QStringLiteral("customers"), wang, QStringLiteral("address")).toString() ==
          QStringLiteral("青岛市市南区"));
    CHECK(b.value(QStringLiteral("customers"), li, QStringLiteral("name")).toString() ==
          QStringLiteral("李女士"));
    // Nothing new: the cursor is past everything.
    auto again = b.engine->pull();
    REQUIRE(again.ok());
    CHECK(again.value() == 0);
    // What B received is not echoed back as B's change.
    CHECK(b.engine->queued() == 0);

    // A later change arrives on its own.
    a.update(QStringLiteral("customers"), li, {{QStringLiteral("unit"), QStringLiteral("青岛银行")}});
    a.sync();
    b.sync();
    CHECK(b.value(QStringLiteral("customers"), li, QStringLiteral("unit")).toString() ==
          QStringLiteral("青岛银行"));
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE op = 'conflict'")) == 0);
}

TEST_CASE("a batch pushed twice and a pull replayed change nothing")
{
    ServerDb server;
    Console a(server, QStringLiteral("a"), true);
    Console b(server, QStringLiteral("b"));
    a.connect(server.admin());
    b.connect(server.admin());
    for (int i = 0; i < 25; ++i)
        a.insertCustomer(QStringLiteral("客户 %1").arg(i));
    QSqlQuery q(a.db->connection());
    REQUIRE(q.exec(QStringLiteral("CREATE TEMP TABLE sent AS SELECT * FROM outbox")));
    a.sync();
    CHECK(server.count(QStringLiteral("SELECT count(*) FROM tr_changes")) == 25);
    CHECK(a.engine->queued() == 0); // pushed rows leave the outbox
    // The console forgets that the server has the batch (as if killed before recording it).
    REQUIRE(q.exec(QStringLiteral("INSERT INTO outbox SELECT * FROM sent")));
    CHECK(a.engine->queued() == 25);
    a.sync();
    CHECK(server.count(QStringLiteral("SELECT count(*) FROM tr_changes")) == 25);
    CHECK(a.engine->queued() == 0);

    b.sync();
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM customers")) == 25);
    const qint64 audit = b.count(QStringLiteral("SELECT count(*) FROM audit_log"));
    QSqlQuery r(b.db->connection());
    REQUIRE(r.exec(QStringLiteral("UPDATE sync_state SET value = '0' WHERE key = 'pull_cursor'")));
    b.sync();
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM customers")) == 25);
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM audit_log")) == audit);
}

TEST_CASE("offline edits on two consoles converge field by field and the losing value is kept")
{
    ServerDb server;
    Console a(server, QStringLiteral("a"), true);
    Console b(server, QStringLiteral("b"));
    a.connect(server.admin());
    b.connect(server.admin());
    const QString id = a.insertCustomer(QStringLiteral("赵经理"), QStringLiteral("first call"));
    a.sync();
    b.sync();

    // Apart: A changes the notes and the address; B, a minute later, the notes and the unit.
    a.clock.advanceMs(60'000);
    a.update(QStringLiteral("customers"), id,
             {{QStringLiteral("notes"), QStringLiteral("A: device replaced")},
              {QStringLiteral("address"), QStringLiteral("济南市历下区")}});
    b.clock.advanceMs(120'000);
    b.update(QStringLiteral("customers"), id,
             {{QStringLiteral("notes"), QStringLiteral("B: customer satisfied")},
              {QStringLiteral("unit"), QStringLiteral("济南分行")}});

    SECTION("the earlier edit reaches the server first")
    {
        a.sync();
        b.sync();
        a.sync();
    }
    SECTION("the later edit reaches the server first")
    {
        b.sync();
        a.sync();
        b.sync();
    }

    for (Console* c : {&a, &b}) {
        CHECK(c->value(QStringLiteral("customers"), id, QStringLiteral("notes")).toString() ==
              QStringLiteral("B: customer satisfied"));
        CHECK(c->value(QStringLiteral("customers"), id, QStringLiteral("address")).toString() ==
              QStringLiteral("济南市历下区"));
        CHECK(c->value(QStringLiteral("customers"), id, QStringLiteral("unit")).toString() ==
              QStringLiteral("济南分行"));
        // Nothing silently lost: the notes A wrote are in the trail as the losing value.
        QSqlQuery q(c->db->connection());
        REQUIRE(q.exec(
            QStringLiteral("SELECT field, old_value, new_value FROM audit_log WHERE op = 'conflict'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("notes"));
        CHECK(q.value(1).toString() == QStringLiteral("A: device replaced"));
        CHECK(q.value(2).toString() == QStringLiteral("B: customer satisfied"));
        CHECK_FALSE(q.next());
        CHECK(c->engine->status().conflicts == 1);
        // Shown to supervisors, not to agents.
        auto shown = SyncEngine::conflicts(actorWith(QStringLiteral("supervisor")), *c->db);
        REQUIRE(shown.ok());
        REQUIRE(shown->size() == 1);
        CHECK(shown->at(0).oldValue == QStringLiteral("A: device replaced"));
        CHECK_FALSE(SyncEngine::conflicts(actorWith(QStringLiteral("agent")), *c->db).ok());
    }
    // A third console joining later replays the log to the same record, without a conflict.
    Console c(server, QStringLiteral("c"));
    c.connect(server.admin());
    c.sync();
    CHECK(c.value(QStringLiteral("customers"), id, QStringLiteral("notes")).toString() ==
          QStringLiteral("B: customer satisfied"));
    CHECK(c.value(QStringLiteral("customers"), id, QStringLiteral("address")).toString() ==
          QStringLiteral("济南市历下区"));
    CHECK(c.value(QStringLiteral("customers"), id, QStringLiteral("unit")).toString() ==
          QStringLiteral("济南分行"));
}

TEST_CASE("with a console's clock an hour behind, a change made after seeing another still wins")
{
    ServerDb server;
    Console a(server, QStringLiteral("a"), true);
    Console b(server, QStringLiteral("b"));
    b.clock.advanceMs(-3600'000);
    a.connect(server.admin());
    b.connect(server.admin());
    const QString id = a.insertCustomer(QStringLiteral("钱先生"));
    a.update(QStringLiteral("customers"), id, {{QStringLiteral("notes"), QStringLiteral("A wrote this")}});
    a.sync();
    b.sync();
    REQUIRE(b.value(QStringLiteral("customers"), id, QStringLiteral("notes")).toString() ==
            QStringLiteral("A wrote this"));
    // B saw A's notes, then corrected them: B's clock is behind, the correction still wins.
    b.update(QStringLiteral("customers"), id, {{QStringLiteral("notes"), QStringLiteral("B corrected it")}});
    b.sync();
    a.sync();
    CHECK(a.value(QStringLiteral("customers"), id, QStringLiteral("notes")).toString() ==
          QStringLiteral("B corrected it"));
    CHECK(b.value(QStringLiteral("customers"), id, QStringLiteral("notes")).toString() ==
          QStringLiteral("B corrected it"));
    // One after the other is not a conflict.
    CHECK(a.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE op = 'conflict'")) == 0);
}

TEST_CASE("a NULL travels as NULL, not as an empty text or a zero time")
{
    ServerDb server;
    Console a(server, QStringLiteral("a"), true);
    Console b(server, QStringLiteral("b"));
    a.connect(server.admin());
    b.connect(server.admin());
    auto call = a.writer->insert(QStringLiteral("calls"),
                                 {{QStringLiteral("caller_number"), QStringLiteral("+8653288888888")},
                                  {QStringLiteral("ring_at"), qlonglong(1'764'000'000'000)},
                                  {QStringLiteral("answered_at"), QVariant(QMetaType::fromType<qlonglong>())},
                                  {QStringLiteral("customer_id"), QVariant(QMetaType::fromType<QString>())}},
                                 QString());
    REQUIRE(call.ok());
    a.sync();
    b.sync();
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM calls")) == 1);
    CHECK(b.value(QStringLiteral("calls"), call.value(), QStringLiteral("answered_at")).isNull());
    CHECK(b.value(QStringLiteral("calls"), call.value(), QStringLiteral("customer_id")).isNull());
    CHECK(b.value(QStringLiteral("calls"), call.value(), QStringLiteral("ring_at")).toLongLong() ==
          1'764'000'000'000);
}

TEST_CASE("a deleted record is deleted on the other console too")
{
    ServerDb server;
    Console a(server, QStringLiteral("a"), true);
    Console b(server, QStringLiteral("b"));
    a.connect(server.admin());
    b.connect(server.admin());
    const QString id = a.insertCustomer(QStringLiteral("孙女士"));
    a.sync();
    b.sync();
    REQUIRE(b.count(QStringLiteral("SELECT count(*) FROM customers")) == 1);
    REQUIRE(a.writer->remove(QStringLiteral("customers"), id, QString()).ok());
    a.sync();
    b.sync();
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM customers")) == 0);
}

TEST_CASE("a change whose parent record is gone here is kept as not applied and holds up nothing")
{
    ServerDb server;
    Console a(server, QStringLiteral("a"), true);
    Console b(server, QStringLiteral("b"));
    a.connect(server.admin());
    b.connect(server.admin());
    const QString customer = a.insertCustomer(QStringLiteral("陈先生"));
    a.sync();
    b.sync();
    // Apart: B deletes the customer, A registers a device of theirs.
    REQUIRE(b.writer->remove(QStringLiteral("customers"), customer, QString()).ok());
    auto device = a.writer->insert(
        QStringLiteral("devices"),
        {{QStringLiteral("customer_id"), customer}, {QStringLiteral("product"), QStringLiteral("ATM")}},
        QString());
    REQUIRE(device.ok());
    const QString later = a.insertCustomer(QStringLiteral("林女士"));
    a.sync();
    b.sync();
    a.sync();
    // B cannot take the device (its customer is gone there), A cannot delete a customer with a device:
    // each keeps what it could not apply in the trail, and what came after still arrived.
    CHECK(b.count(QStringLiteral(
              "SELECT count(*) FROM audit_log WHERE op = 'conflict' AND new_value LIKE 'not applied%'")) ==
          1);
    CHECK(a.count(QStringLiteral(
              "SELECT count(*) FROM audit_log WHERE op = 'conflict' AND new_value LIKE 'not applied%'")) ==
          1);
    CHECK(b.value(QStringLiteral("customers"), later, QStringLiteral("name")).toString() ==
          QStringLiteral("林女士"));
    CHECK(b.engine->status().queued == 0);
    CHECK(a.engine->status().queued == 0);
}
