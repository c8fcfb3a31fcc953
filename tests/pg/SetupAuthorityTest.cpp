// The hotline's set-up is the admins' on the server too: an agent's login cannot rename or retire an outlet
// or a department behind the consoles' back; an admin's change reaches every console.
#include "PgSupport.h"
#include "core/auth/DepartmentRepository.h"
#include "core/customers/OutletRepository.h"
#include "core/sync/ServerSchema.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace threerings;
using namespace threerings::test;

TEST_CASE("an agent's login cannot rename or retire an outlet or a department; an admin's can")
{
    ServerDb server;
    Console setup(server, QStringLiteral("setup"), true);
    setup.connect(server.admin());
    const QString agentId = addUser(setup, QStringLiteral("1001"), QStringLiteral("agent"));
    const QString adminId = addUser(setup, QStringLiteral("9001"), QStringLiteral("admin"));
    {
        QSqlDatabase admin = server.adminConnection();
        REQUIRE(ServerSchema::addPerson(admin, QStringLiteral("p_agent"), QStringLiteral("pw-p_agent"),
                                        {QStringLiteral("agent")}, agentId));
        REQUIRE(ServerSchema::addPerson(admin, QStringLiteral("p_admin"), QStringLiteral("pw-p_admin"),
                                        {QStringLiteral("admin")}, adminId));
    }
    Outlet o;
    o.code = QStringLiteral("QD01");
    o.name = QStringLiteral("青岛维修中心");
    const QString outlet = OutletRepository(*setup.db, setup.clock).insert(o, adminId).value().meta.id;
    Department d;
    d.name = QStringLiteral("技术支持部");
    d.kind = QStringLiteral("technical");
    const QString department =
        DepartmentRepository(*setup.db, setup.clock).insert(d, adminId).value().meta.id;
    setup.sync();

    Console agent(server, QStringLiteral("agent"));
    agent.connect(server.as(QStringLiteral("p_agent"), QStringLiteral("pw-p_agent")));
    agent.sync();
    REQUIRE(agent.value(QStringLiteral("outlets"), outlet, QStringLiteral("name")).toString() ==
            QStringLiteral("青岛维修中心"));
    // Past the console's own checks, straight into the file.
    agent.update(QStringLiteral("outlets"), outlet, {{QStringLiteral("name"), QStringLiteral("改掉的名字")}},
                 agentId);
    agent.update(QStringLiteral("outlets"), outlet, {{QStringLiteral("active"), 0}}, agentId);
    agent.update(QStringLiteral("departments"), department,
                 {{QStringLiteral("routes"), QStringLiteral("service")}}, agentId);
    agent.sync();
    CHECK(agent.engine->status().refused == 3);

    Console admin(server, QStringLiteral("admin"));
    admin.connect(server.as(QStringLiteral("p_admin"), QStringLiteral("pw-p_admin")));
    admin.sync();
    CHECK(admin.value(QStringLiteral("outlets"), outlet, QStringLiteral("name")).toString() ==
          QStringLiteral("青岛维修中心"));
    CHECK(admin.value(QStringLiteral("outlets"), outlet, QStringLiteral("active")).toInt() == 1);
    CHECK(admin.value(QStringLiteral("departments"), department, QStringLiteral("routes"))
              .toString()
              .isEmpty());

    // The admin's own correction reaches the others.
    admin.update(QStringLiteral("outlets"), outlet, {{QStringLiteral("kind"), QStringLiteral("own")}},
                 adminId);
    admin.sync();
    setup.sync();
    CHECK(setup.value(QStringLiteral("outlets"), outlet, QStringLiteral("kind")).toString() ==
          QStringLiteral("own"));
    CHECK(server.count(
              QStringLiteral("SELECT count(*) FROM tr_changes WHERE table_name = 'outlets' AND refusal IS "
                             "NULL AND changed_by = '") +
              adminId + QStringLiteral("'")) == 2);
}
