// The chase of a late form in a team: the agent's attempt reaches every console through the server, and a
// trainee's login that writes a chase straight into its file (stamped as an agent's) reaches no live console.
#include "PgSupport.h"
#include "core/forms/ChaseRepository.h"
#include "core/forms/FormChases.h"
#include "core/forms/ProblemFormWorkflow.h"
#include "core/model/Role.h"
#include "core/site/Defaults.h"
#include "core/sync/ServerSchema.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace threerings;
using namespace threerings::test;

namespace {

Actor actor(const QString& id, const QString& job, Role role)
{
    Actor a;
    a.userId = id;
    a.jobNumber = job;
    a.name = QStringLiteral("Person ") + job;
    a.roles = {role};
    return a;
}

} // namespace

TEST_CASE("an agent's chase of a late form reaches the team; a trainee's forged chase reaches nobody")
{
    ServerDb server;
    Console setup(server, QStringLiteral("setup"), true);
    setup.connect(server.admin());
    REQUIRE(Defaults::ensure(*setup.db, setup.clock));
    const QString agentId = addUser(setup, QStringLiteral("1001"), QStringLiteral("agent"));
    const QString handlerId = addUser(setup, QStringLiteral("2001"), QStringLiteral("handler"));
    const QString traineeId = addUser(setup, QStringLiteral("5001"), QStringLiteral("trainee"));
    {
        QSqlDatabase admin = server.adminConnection();
        REQUIRE(ServerSchema::addPerson(admin, QStringLiteral("p_agent"), QStringLiteral("pw-p_agent"),
                                        {QStringLiteral("agent")}, agentId));
        REQUIRE(ServerSchema::addPerson(admin, QStringLiteral("p_trainee"), QStringLiteral("pw-p_trainee"),
                                        {QStringLiteral("trainee")}, traineeId));
    }
    setup.sync();

    Console agent(server, QStringLiteral("agent"));
    agent.connect(server.as(QStringLiteral("p_agent"), QStringLiteral("pw-p_agent")));
    agent.sync();
    const Actor a = actor(agentId, QStringLiteral("1001"), Role::Agent);
    ProblemFormWorkflow forms(*agent.db, agent.clock, BusinessCalendar());
    ProblemForm f;
    f.category = Category::Technical;
    f.customerName = QStringLiteral("陈先生");
    f.phoneMobile = QStringLiteral("13812345678");
    f.description = QStringLiteral("ATM 吞卡");
    auto form = forms.accept(a, f);
    REQUIRE(form);
    REQUIRE(forms.transfer(a, form->meta.id, handlerId));
    FormChase chase;
    chase.target = ChaseTarget::Handler;
    chase.reached = false;
    chase.note = QStringLiteral("无人接听");
    auto stored = FormChases(*agent.db, agent.clock).record(a, form->meta.id, chase);
    REQUIRE(stored);
    agent.sync();

    setup.sync();
    CHECK(setup.value(QStringLiteral("form_chases"), stored->meta.id, QStringLiteral("note")).toString() ==
          QStringLiteral("无人接听"));

    // A trainee's console, past its own checks: a chase written straight into the file. The trainee's file
    // never received the real form (live records do not reach trainees), so the attacker turns the file's
    // own foreign keys off too.
    Console trainee(server, QStringLiteral("trainee"));
    trainee.connect(server.as(QStringLiteral("p_trainee"), QStringLiteral("pw-p_trainee")));
    trainee.sync();
    FormChase forged;
    forged.formId = form->meta.id;
    forged.target = ChaseTarget::Handler;
    forged.reached = true;
    forged.note = QStringLiteral("处理人说已经修好了");
    // Stamped as the agent's, so the console sends it as a live change, not as the trainee's practice.
    forged.chasedBy = agentId;
    forged.chasedAt = trainee.clock.now();
    REQUIRE(QSqlQuery(trainee.db->connection()).exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    auto planted = ChaseRepository(*trainee.db, trainee.clock).insert(forged, agentId);
    INFO((planted ? QString() : planted.error().message).toStdString());
    REQUIRE(planted);
    // And one in the trainee's own name: it travels, as practice.
    forged.chasedBy = traineeId;
    REQUIRE(ChaseRepository(*trainee.db, trainee.clock).insert(forged, traineeId));
    trainee.sync();
    // A person's login pushes that person's changes only: the row stamped as the agent's stays in the
    // trainee's file. The server holds the agent's chase alone, and no live console reads another.
    agent.sync();
    CHECK(agent.count(QStringLiteral("SELECT count(*) FROM form_chases")) == 1);
    CHECK(server.count(QStringLiteral("SELECT count(*) FROM tr_changes WHERE table_name = 'form_chases' AND "
                                      "audience <> 'practice'")) == 1);
}
