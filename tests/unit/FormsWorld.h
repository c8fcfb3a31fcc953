#pragma once

#include "TestSupport.h"
#include "core/auth/Actor.h"
#include "core/auth/DepartmentRepository.h"
#include "core/auth/UserRepository.h"
#include "core/calendar/BusinessCalendar.h"
#include "core/calendar/CalendarRepository.h"
#include "core/forms/ProblemFormWorkflow.h"
#include "core/model/Department.h"
#include "core/model/User.h"

#include <catch2/catch.hpp>

namespace threerings::test {

// A migrated database with the 2026 mainland calendar, a service and a technical department, and one
// agent, one handler (technical) and one supervisor (head of both departments).
struct FormsWorld
{
    FormsWorld()
    {
        auto c = CalendarRepository::loadDefaults();
        REQUIRE(c);
        calendar = *c;
        DepartmentRepository depts(*t.db, t.clock);
        Department s;
        s.name = QStringLiteral("用户服务部");
        s.kind = QStringLiteral("service");
        service = depts.insert(s, {}).value();
        Department te;
        te.name = QStringLiteral("技术支持部");
        te.kind = QStringLiteral("technical");
        technical = depts.insert(te, {}).value();
        agent =
            person(QStringLiteral("1001"), QStringLiteral("王芳"), QStringLiteral("agent"), service.meta.id);
        agent2 =
            person(QStringLiteral("1002"), QStringLiteral("李娜"), QStringLiteral("agent"), service.meta.id);
        handler = person(QStringLiteral("2001"), QStringLiteral("张伟"), QStringLiteral("handler"),
                         technical.meta.id);
        supervisor = person(QStringLiteral("3001"), QStringLiteral("刘洋"), QStringLiteral("supervisor"),
                            service.meta.id);
        service.headUserId = supervisor.userId;
        service = depts.update(service, {}).value();
        technical.headUserId = supervisor.userId;
        technical = depts.update(technical, {}).value();
    }

    Actor person(const QString& job, const QString& name, const QString& role, const QString& dept)
    {
        User u;
        u.jobNumber = job;
        u.name = name;
        u.roles = {roleFromText(role)};
        u.departmentId = dept;
        auto stored = UserRepository(*t.db, t.clock).insert(u, {});
        REQUIRE(stored);
        Actor a;
        a.userId = stored->meta.id;
        a.jobNumber = job;
        a.name = name;
        a.roles = {roleFromText(role)};
        return a;
    }

    TempDb t;
    BusinessCalendar calendar;
    Department service, technical;
    Actor agent, agent2, handler, supervisor;
};

// A technical problem form ("ATM 吞卡") accepted by `agent` at the clock's now, as stored.
inline ProblemForm acceptedForm(ProblemFormWorkflow& forms, const Actor& agent,
                                const QString& name = QStringLiteral("陈先生"),
                                const QString& phone = QStringLiteral("13812345678"))
{
    ProblemForm f;
    f.agentId = agent.userId;
    f.category = Category::Technical;
    f.customerName = name;
    f.phoneMobile = phone;
    f.description = QStringLiteral("ATM 吞卡");
    auto form = forms.accept(agent, f);
    REQUIRE(form);
    return *form;
}

} // namespace threerings::test
