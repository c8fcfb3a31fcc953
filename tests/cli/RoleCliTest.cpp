// The roles typed on the command line go through the one table of roles: a role that is not one is
// named with the choices, and the account list shows the roles as users.roles stores them.

#include "CliRun.h"
#include "TestSupport.h"

using namespace threerings;
using namespace threerings::test;

TEST_CASE("user add names a role that is not one, and user list shows the roles as stored")
{
    TempDb t;
    const QString path = t.path();
    t.db.reset();
    REQUIRE(runCli({QStringLiteral("--db"), path, QStringLiteral("init")}).code == 0);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("THREERINGS_PASSWORD"));
    const auto add = [&](const QString& job, const QString& roles) {
        return runCli({QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("9001"),
                       QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--job-number"), job,
                       QStringLiteral("--name"), QStringLiteral("Name ") + job, QStringLiteral("--role"),
                       roles},
                      "person-pass-1\n", env);
    };
    REQUIRE(runCli({QStringLiteral("--db"), path, QStringLiteral("user"), QStringLiteral("add"),
                    QStringLiteral("--job-number"), QStringLiteral("9001"), QStringLiteral("--name"),
                    QStringLiteral("Admin"), QStringLiteral("--role"), QStringLiteral("admin")},
                   "admin-pass-1\n", env)
                .code == 0);
    env.insert(QStringLiteral("THREERINGS_PASSWORD"), QStringLiteral("admin-pass-1"));

    const CliRun boss = add(QStringLiteral("1001"), QStringLiteral("agent, boss"));
    CHECK(boss.code == 4);
    CHECK(boss.err.contains(QStringLiteral("The role 'boss' is not known; choose one of: agent, handler, "
                                           "supervisor, trainer, admin, trainee.")));
    // The person's other fields are still checked first, as before the roles were typed.
    const CliRun badJob = add(QStringLiteral("10-01"), QStringLiteral("boss"));
    CHECK(badJob.code == 4);
    CHECK(badJob.err.contains(QStringLiteral("job number")));
    CHECK_FALSE(badJob.err.contains(QStringLiteral("boss")));

    const CliRun added = add(QStringLiteral("1001"), QStringLiteral(" agent ,supervisor"));
    REQUIRE(added.code == 0);
    CHECK(added.out.contains(QStringLiteral("(agent,supervisor)")));
    const CliRun list = runCli({QStringLiteral("--db"), path, QStringLiteral("--user"),
                                QStringLiteral("9001"), QStringLiteral("user"), QStringLiteral("list")},
                               {}, env);
    REQUIRE(list.code == 0);
    CHECK(list.out.contains(QStringLiteral("1001\tName 1001\tagent,supervisor\t")));
    CHECK(list.out.contains(QStringLiteral("9001\tAdmin\tadmin\t")));
}
