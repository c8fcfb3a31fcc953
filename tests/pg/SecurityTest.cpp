#include "PgSupport.h"
#include "core/sync/ServerSchema.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace threerings;
using namespace threerings::test;

namespace {

const QString rawInsert = QStringLiteral(
    "INSERT INTO tr_changes (console_id, origin_seq, table_name, row_id, op, revision, hlc, changed_at, "
    "audience, pushed_by, fields) VALUES ('raw', %1, 'customers', 'x%1', 'insert', 1, 1, 1, '%2', '%3', "
    "'{}')");

} // namespace

TEST_CASE("row-level security: penalty opinions reach supervisors only and practice stays practice")
{
    ServerDb server;
    QSqlDatabase admin = server.adminConnection();
    REQUIRE(ServerSchema::addPerson(admin, QStringLiteral("p_agent"), QStringLiteral("pw-p_agent"),
                                    {QStringLiteral("agent")})
                .ok());
    REQUIRE(ServerSchema::addPerson(admin, QStringLiteral("p_super"), QStringLiteral("pw-p_super"),
                                    {QStringLiteral("supervisor")})
                .ok());
    REQUIRE(ServerSchema::addPerson(admin, QStringLiteral("p_trainee"), QStringLiteral("pw-p_trainee"),
                                    {QStringLiteral("trainee")})
                .ok());
    CHECK_FALSE(ServerSchema::addPerson(admin, QStringLiteral("Robert'); DROP TABLE tr_changes; --"),
                                        QStringLiteral("x"), {QStringLiteral("agent")})
                    .ok());

    Console sup(server, QStringLiteral("sup"), true);
    Console agent(server, QStringLiteral("agent"));
    Console sup2(server, QStringLiteral("sup2"));
    Console trainee(server, QStringLiteral("trainee"));
    sup.connect(server.as(QStringLiteral("p_super"), QStringLiteral("pw-p_super")));
    sup2.connect(server.as(QStringLiteral("p_super"), QStringLiteral("pw-p_super")));
    agent.connect(server.as(QStringLiteral("p_agent"), QStringLiteral("pw-p_agent")));
    trainee.connect(server.as(QStringLiteral("p_trainee"), QStringLiteral("pw-p_trainee")));

    const QString supervisor = addUser(sup, QStringLiteral("3001"), QStringLiteral("supervisor"));
    // The supervisor's own login: changes they sign are taken from it only.
    REQUIRE(ServerSchema::addPerson(admin, QStringLiteral("p_super"), QStringLiteral("pw-p_super"),
                                    {QStringLiteral("supervisor")}, supervisor)
                .ok());
    auto complaint = sup.writer->insert(QStringLiteral("complaints"),
                                        {{QStringLiteral("no"), QStringLiteral("20261125-3001-001")},
                                         {QStringLiteral("matter"), QStringLiteral("engineer late twice")},
                                         {QStringLiteral("complained_at"), qlonglong(1'764'000'000'000)}},
                                        supervisor);
    REQUIRE(complaint.ok());
    auto report = sup.writer->insert(QStringLiteral("complaint_reports"),
                                     {{QStringLiteral("no"), QStringLiteral("R-001")},
                                      {QStringLiteral("complaint_id"), complaint.value()},
                                      {QStringLiteral("cause"), QStringLiteral("traffic")},
                                      {QStringLiteral("penalty_opinion"), QStringLiteral("扣绩效分 2 分")}},
                                     supervisor);
    REQUIRE(report.ok());
    sup.sync();
    CHECK(server.count(QStringLiteral("SELECT count(*) FROM tr_changes WHERE audience = 'supervisors'")) ==
          1);

    agent.sync();
    sup2.sync();
    CHECK(agent.value(QStringLiteral("complaint_reports"), report.value(), QStringLiteral("cause"))
              .toString() == QStringLiteral("traffic"));
    CHECK(agent.value(QStringLiteral("complaint_reports"), report.value(), QStringLiteral("penalty_opinion"))
              .toString()
              .isEmpty());
    CHECK(sup2.value(QStringLiteral("complaint_reports"), report.value(), QStringLiteral("penalty_opinion"))
              .toString() == QStringLiteral("扣绩效分 2 分"));
    qint64 seen = -1;
    CHECK(runAs(server, QStringLiteral("p_agent"),
                QStringLiteral("SELECT count(*) FROM tr_changes WHERE fields ? 'penalty_opinion'"), &seen)
              .isEmpty());
    CHECK(seen == 0);

    // A trainee's practice: pushed, but only the trainee (and trainers) read it.
    const QString learner = addUser(trainee, QStringLiteral("5001"), QStringLiteral("trainee"));
    REQUIRE(ServerSchema::addPerson(admin, QStringLiteral("p_trainee"), QStringLiteral("pw-p_trainee"),
                                    {QStringLiteral("trainee")}, learner)
                .ok());
    auto practice = trainee.writer->insert(
        QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("practice caller")}}, learner);
    REQUIRE(practice.ok());
    trainee.sync();
    CHECK(server.count(QStringLiteral("SELECT count(*) FROM tr_changes WHERE audience = 'practice'")) >= 1);
    agent.sync();
    CHECK(agent.value(QStringLiteral("customers"), practice.value(), QStringLiteral("name")).isNull());
    // Nor does a trainee read the live records.
    seen = -1;
    CHECK(runAs(server, QStringLiteral("p_trainee"),
                QStringLiteral("SELECT count(*) FROM tr_changes WHERE audience = 'all'"), &seen)
              .isEmpty());
    CHECK(seen == 0);

    // Refusals by the server itself, whatever a console sends.
    CHECK(runAs(server, QStringLiteral("p_trainee"),
                rawInsert.arg(1).arg(QStringLiteral("all"), QStringLiteral("p_trainee")))
              .contains(QStringLiteral("row-level security")));
    CHECK(runAs(server, QStringLiteral("p_agent"),
                rawInsert.arg(2).arg(QStringLiteral("all"), QStringLiteral("p_super")))
              .contains(QStringLiteral("row-level security")));
    CHECK(runAs(server, QStringLiteral("p_agent"),
                rawInsert.arg(3).arg(QStringLiteral("supervisors"), QStringLiteral("p_agent")))
              .contains(QStringLiteral("row-level security")));
    CHECK(runAs(server, QStringLiteral("p_agent"), QStringLiteral("DELETE FROM tr_changes"))
              .contains(QStringLiteral("permission denied")));
    CHECK(runAs(server, QStringLiteral("p_agent"),
                rawInsert.arg(4).arg(QStringLiteral("all"), QStringLiteral("p_agent")))
              .isEmpty());
}

TEST_CASE("TLS with verify-full: the test cluster's certificate authority is trusted, another is refused")
{
    const QString ca = qEnvironmentVariable("THREERINGS_TEST_PG_CA");
    if (ca.isEmpty()) {
        WARN("THREERINGS_TEST_PG_CA is not set (a cluster not started by scripts/pg-cluster.sh): no TLS "
             "check");
        return;
    }
    ServerDb server;
    for (const QString& host : {QStringLiteral("localhost"), QStringLiteral("127.0.0.1")}) {
        ServerConfig tls = server.admin();
        tls.host = host;
        tls.sslMode = QStringLiteral("verify-full");
        tls.sslRootCert = ca;
        const QString name = QStringLiteral("tls-") + host;
        {
            auto db = tls.open(name);
            REQUIRE(db.ok());
            QSqlQuery q(db.value());
            REQUIRE(q.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
            REQUIRE(q.next());
            CHECK(q.value(0).toBool());
        }
        QSqlDatabase::removeDatabase(name);
    }

    // A certificate authority made now, that did not sign the server's certificate.
    QTemporaryDir dir;
    QProcess openssl;
    openssl.setStandardOutputFile(QProcess::nullDevice());
    openssl.setStandardErrorFile(QProcess::nullDevice());
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=Stranger CA"),
                   QStringLiteral("-keyout"), dir.filePath(QStringLiteral("other.key")),
                   QStringLiteral("-out"), dir.filePath(QStringLiteral("other.crt"))});
    REQUIRE(openssl.waitForFinished(60000));
    REQUIRE(openssl.exitCode() == 0);
    ServerConfig stranger = server.admin();
    stranger.sslMode = QStringLiteral("verify-full");
    stranger.sslRootCert = dir.filePath(QStringLiteral("other.crt"));
    {
        auto refused = stranger.open(QStringLiteral("tls-stranger"));
        CHECK_FALSE(refused.ok());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tls-stranger"));

    // A console replicates over the verified connection.
    Console a(server, QStringLiteral("a"), true);
    ServerConfig tls = server.admin();
    tls.host = QStringLiteral("localhost");
    tls.sslMode = QStringLiteral("verify-full");
    tls.sslRootCert = ca;
    a.connect(tls);
    a.insertCustomer(QStringLiteral("吴先生"));
    a.sync();
    CHECK(server.count(QStringLiteral("SELECT count(*) FROM tr_changes")) == 1);
    CHECK(a.engine->status().transport.isEmpty());

    // A URL that names no mode is verify-full: without the authority that signed the server's certificate
    // the connection is refused, never made unchecked or in the clear.
    const ServerConfig admin = server.admin();
    auto bare = ServerConfig::parse(QStringLiteral("postgresql://%1:%2@localhost:%3/%4")
                                        .arg(admin.user, admin.password)
                                        .arg(admin.port)
                                        .arg(admin.database));
    REQUIRE(bare.ok());
    CHECK(bare->sslMode == QStringLiteral("verify-full"));
    bare->sslRootCert = dir.filePath(QStringLiteral("other.crt"));
    {
        auto refused = bare->open(QStringLiteral("tls-bare"));
        REQUIRE_FALSE(refused.ok());
        CHECK_FALSE(refused.error().message.isEmpty());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tls-bare"));

    // A weaker mode is the admin's explicit choice, and the console's status says what it risks.
    Console b(server, QStringLiteral("b"));
    ServerConfig weak = server.admin();
    weak.sslMode = QStringLiteral("require");
    b.connect(weak);
    b.sync();
    CHECK(b.engine->status().transport.contains(QStringLiteral("sslmode=require")));
}
