// The command line acts without a sign-in only on a file that holds nobody and has no server: a new
// database being set up. A file with records but no accounts is refused until its first admin exists.

#include "CliRun.h"
#include "TestSupport.h"
#include "core/customers/CustomerRepository.h"
#include "core/db/Database.h"
#include "core/util/Clock.h"

#include <QTemporaryDir>

using namespace threerings;
using test::CliRun;
using test::runCli;

namespace {

CliRun exportAudit(const QString& db)
{
    return runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("audit"),
                   QStringLiteral("--format"), QStringLiteral("json")});
}

void sql(const QString& path, const QString& script)
{
    auto db = Database::open(path, Database::Open::MustExist);
    REQUIRE(db.ok());
    REQUIRE((*db)->execScript(script).ok());
}

} // namespace

TEST_CASE("without accounts, only a file with nobody in it and no server opens without a sign-in",
          "[cli][auth]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    // A new database: set up without a sign-in.
    const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), fresh, QStringLiteral("init")}).code == 0);
    CHECK(exportAudit(fresh).code == 0);

    // A customer but no accounts: refused, with the way to the first admin.
    const QString customers = dir.filePath(QStringLiteral("customers.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), customers, QStringLiteral("init")}).code == 0);
    {
        auto db = Database::open(customers, Database::Open::MustExist);
        REQUIRE(db.ok());
        SystemClock clock;
        Customer c;
        c.name = QStringLiteral("王建国");
        c.phoneMobile = QStringLiteral("13812345678");
        REQUIRE(CustomerRepository(**db, clock).insert(c, {}).ok());
    }
    CliRun r = runCli({QStringLiteral("--db"), customers, QStringLiteral("export"),
                       QStringLiteral("customers"), QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(r.code == 3);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(QStringLiteral("no accounts")));
    CHECK(r.err.contains(QStringLiteral("user add --job-number NO --name NAME --role admin")));
    CHECK(runCli({QStringLiteral("--db"), customers, QStringLiteral("init")}).code == 3);

    // The first admin may still be added, and then that admin signs in.
    r = runCli({QStringLiteral("--db"), customers, QStringLiteral("user"), QStringLiteral("add"),
                QStringLiteral("--job-number"), QStringLiteral("9001"), QStringLiteral("--name"),
                QStringLiteral("赵磊"), QStringLiteral("--role"), QStringLiteral("agent")},
               "admin-pass-1\n");
    CHECK(r.code != 0); // the first account must be an admin's
    r = runCli({QStringLiteral("--db"), customers, QStringLiteral("user"), QStringLiteral("add"),
                QStringLiteral("--job-number"), QStringLiteral("9001"), QStringLiteral("--name"),
                QStringLiteral("赵磊"), QStringLiteral("--role"), QStringLiteral("admin")},
               "admin-pass-1\n");
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(exportAudit(customers).code == 3);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("THREERINGS_PASSWORD"), QStringLiteral("admin-pass-1"));
    r = runCli({QStringLiteral("--db"), customers, QStringLiteral("--user"), QStringLiteral("9001"),
                QStringLiteral("export"), QStringLiteral("customers"), QStringLiteral("--format"),
                QStringLiteral("csv")},
               {}, env);
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("王建国")));

    // People of the hotline but no accounts: refused.
    const QString staff = dir.filePath(QStringLiteral("staff.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), staff, QStringLiteral("init")}).code == 0);
    sql(staff, QStringLiteral("INSERT INTO users(id, job_number, name, roles, created_at, updated_at) VALUES "
                              "('u1', '1001', 'Li Na', 'agent', 0, 0);"));
    r = exportAudit(staff);
    CHECK(r.code == 3);
    CHECK(r.err.contains(QStringLiteral("--role admin")));

    // Nobody in it, but a server configured: refused too.
    const QString team = dir.filePath(QStringLiteral("team.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), team, QStringLiteral("init")}).code == 0);
    sql(team, QStringLiteral("INSERT INTO sync_state(key, value) VALUES "
                             "('server_url', 'postgresql://console@127.0.0.1:5432/hotline');"));
    r = exportAudit(team);
    CHECK(r.code == 3);
    CHECK(r.err.contains(QStringLiteral("--role admin")));
}
