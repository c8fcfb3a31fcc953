#include "core/auth/DepartmentService.h"

#include "core/auth/DepartmentRepository.h"
#include "core/auth/Permissions.h"
#include "core/auth/UserRepository.h"
#include "core/db/Transaction.h"

namespace threerings {

DepartmentService::DepartmentService(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

Result<QList<Department>> DepartmentService::list(const Actor& actor, bool retiredToo) const
{
    if (Status s = Permissions::require(actor, Action::ReadDepartments); !s)
        return s.error();
    auto all = DepartmentRepository(m_db, m_clock).list();
    if (!all || retiredToo)
        return all;
    QList<Department> active;
    for (const Department& d : all.value())
        if (d.active)
            active << d;
    return active;
}

Result<Department> DepartmentService::save(const Actor& actor, Department department)
{
    if (Status s = Permissions::require(actor, Action::ManageSetup); !s)
        return s.error();
    department.name = department.name.trimmed();
    if (Status s = department.validate(); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    DepartmentRepository repo(m_db, m_clock);
    if (auto same = repo.findByName(department.name); same && same->meta.id != department.meta.id)
        return Error::data(
            tr("There is already a department named %1; choose another name.").arg(department.name),
            QStringLiteral("name"));
    if (!department.headUserId.isEmpty()) {
        auto head = UserRepository(m_db, m_clock).get(department.headUserId);
        if (!head || !head->active)
            return Error::data(tr("The head of the department must be an active person of the hotline; "
                                  "choose another head or none."),
                               QStringLiteral("head"));
    }
    auto saved = department.meta.isStored() ? repo.update(department, actor.stamp())
                                            : repo.insert(department, actor.stamp());
    if (!saved)
        return saved.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return saved;
}

Status DepartmentService::setActive(const Actor& actor, const QString& id, bool active)
{
    if (Status s = Permissions::require(actor, Action::ManageSetup); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    DepartmentRepository repo(m_db, m_clock);
    auto d = repo.get(id);
    if (!d)
        return d.error();
    if (d->active == active)
        return {};
    d->active = active;
    if (auto saved = repo.update(*d, actor.stamp()); !saved)
        return saved.error();
    return tx.commit();
}

Result<std::optional<Department>> DepartmentService::routeFor(const Actor& actor, Category category) const
{
    auto all = list(actor, false);
    if (!all)
        return all.error();
    std::optional<Department> byKind;
    for (const Department& d : all.value()) {
        if (d.routes.contains(category))
            return std::optional<Department>(d);
        if (!byKind && d.routes.isEmpty() && d.effectiveRoutes().contains(category))
            byKind = d;
    }
    return byKind;
}

} // namespace threerings
