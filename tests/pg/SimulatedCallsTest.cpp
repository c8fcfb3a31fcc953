#include "PgSupport.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace threerings;
using namespace threerings::test;

namespace {

QString insert(Console& c, const QString& table, const QVariantMap& fields)
{
    auto id = c.writer->insert(table, fields, QString());
    REQUIRE(id.ok());
    return id.value();
}

QString call(Console& c, const QString& agent, qint64 ringAt, bool simulated)
{
    return insert(c, QStringLiteral("calls"),
                  {{QStringLiteral("agent_id"), agent},
                   {QStringLiteral("caller_number"), QStringLiteral("+8613812345678")},
                   {QStringLiteral("ring_at"), ringAt},
                   {QStringLiteral("answered_at"), ringAt + 4000},
                   {QStringLiteral("rings_at_answer"), 1},
                   {QStringLiteral("simulated"), simulated ? 1 : 0}});
}

} // namespace

TEST_CASE("calls of the simulated line and what was written on them stay on the console")
{
    ServerDb server;
    Console a(server, QStringLiteral("a"), true);
    Console b(server, QStringLiteral("b"));
    a.connect(server.admin());
    b.connect(server.admin());

    const qint64 nine = 1764032400000;
    const QString agent = insert(a, QStringLiteral("users"),
                                 {{QStringLiteral("job_number"), QStringLiteral("1001")},
                                  {QStringLiteral("name"), QStringLiteral("王芳")}});
    const QString real = call(a, agent, nine, false);
    const QString pretend = call(a, agent, nine + 60000, true);
    const auto runOn = [&](const QString& callId) {
        return insert(a, QStringLiteral("script_runs"),
                      {{QStringLiteral("call_id"), callId},
                       {QStringLiteral("agent_id"), agent},
                       {QStringLiteral("script_key"), QStringLiteral("incoming")},
                       {QStringLiteral("finished_at"), nine + 120000}});
    };
    const QString realRun = runOn(real);
    const QString pretendRun = runOn(pretend);
    const QString advice = insert(a, QStringLiteral("consultations"),
                                  {{QStringLiteral("call_id"), pretend},
                                   {QStringLiteral("agent_id"), agent},
                                   {QStringLiteral("caller_name"), QStringLiteral("演示来电")},
                                   {QStringLiteral("consulted_at"), nine + 90000}});
    a.update(QStringLiteral("calls"), pretend, {{QStringLiteral("summary"), QStringLiteral("演示")}});
    a.update(QStringLiteral("calls"), real, {{QStringLiteral("summary"), QStringLiteral("ATM 吞卡")}});

    a.sync();
    CHECK(a.engine->queued() == 0); // the cursor went past what stays here
    // The person, the real call (inserted and updated) and its script run; nothing of the simulated call.
    CHECK(server.count(QStringLiteral("SELECT count(*) FROM tr_changes")) == 4);
    CHECK(server.count(QStringLiteral("SELECT count(*) FROM tr_changes WHERE row_id IN ('%1', '%2', '%3')")
                           .arg(pretend, pretendRun, advice)) == 0);

    b.sync();
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM calls WHERE id = '%1'").arg(real)) == 1);
    CHECK(b.value(QStringLiteral("calls"), real, QStringLiteral("summary")).toString() ==
          QStringLiteral("ATM 吞卡"));
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM script_runs WHERE id = '%1'").arg(realRun)) == 1);
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM calls")) == 1);
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM consultations")) == 0);
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE op = 'conflict'")) == 0);
    // They are still on the console that took them.
    CHECK(a.count(QStringLiteral("SELECT count(*) FROM calls WHERE simulated = 1")) == 1);
    CHECK(a.count(QStringLiteral("SELECT count(*) FROM consultations")) == 1);
}
