#include "core/site/HotlineSetup.h"

#include "core/auth/AccountService.h"
#include "core/auth/DepartmentService.h"
#include "core/auth/Permissions.h"
#include "core/customers/CustomerRepository.h"
#include "core/customers/OutletService.h"
#include "core/db/Transaction.h"
#include "core/settings/SettingsRepository.h"

namespace threerings {

namespace {

// "技术支持部: the department phone …": which row of the step a message is about.
Error about(const QString& what, const Error& e)
{
    Error out = e;
    out.message = HotlineSetup::tr("%1: %2").arg(what, e.message);
    return out;
}

} // namespace

HotlineSetup::HotlineSetup(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

bool HotlineSetup::isDone() const
{
    return SettingsRepository(m_db, m_clock).get(Setting::SetupWalkthroughDone);
}

bool HotlineSetup::offeredTo(const Actor& actor) const
{
    return Permissions::allows(actor, Action::ManageSetup) && !isDone();
}

HotlineSetup::Identity HotlineSetup::identity() const
{
    const SettingsRepository settings(m_db, m_clock);
    return {settings.get(Setting::UnitName), settings.get(Setting::HotlineNumber)};
}

Status HotlineSetup::saveIdentity(const Actor& actor, const Identity& identity)
{
    if (Status s = Permissions::require(actor, Action::ManageSetup); !s)
        return s;
    const QString unit = identity.unitName.trimmed();
    const QString number = identity.hotlineNumber.trimmed();
    // Both are checked before either is written, so a bad number leaves the old name too.
    if (Status s = Settings::check(Setting::UnitName, unit); !s)
        return s;
    if (Status s = Settings::check(Setting::HotlineNumber, number); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    SettingsRepository settings(m_db, m_clock);
    if (Status s = settings.set(Setting::UnitName, unit, actor.stamp()); !s)
        return s;
    if (Status s = settings.set(Setting::HotlineNumber, number, actor.stamp()); !s)
        return s;
    return tx.commit();
}

QList<Department> HotlineSetup::proposedDepartments()
{
    // No routes of their own: each takes the categories of its kind (Department::defaultRoutes).
    const std::pair<QString, const char*> proposals[] = {
        {tr("Technical Support Department"), "technical"},
        {tr("Product Division"), "product"},
        {tr("User Service Department"), "service"},
    };
    QList<Department> out;
    for (const auto& [name, kind] : proposals) {
        Department d;
        d.name = name;
        d.kind = QString::fromLatin1(kind);
        out << d;
    }
    return out;
}

Result<QList<Department>> HotlineSetup::saveDepartments(const Actor& actor,
                                                        const QList<Department>& departments)
{
    if (Status s = Permissions::require(actor, Action::ManageSetup); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    DepartmentService service(m_db, m_clock);
    QList<Department> saved;
    for (const Department& d : departments) {
        auto one = service.save(actor, d);
        if (!one)
            return about(d.name.trimmed().isEmpty() ? tr("Department %1").arg(saved.size() + 1)
                                                    : d.name.trimmed(),
                         one.error());
        saved << *one;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return saved;
}

Result<QList<Outlet>> HotlineSetup::saveOutlets(const Actor& actor, const QList<Outlet>& outlets)
{
    if (Status s = Permissions::require(actor, Action::ManageSetup); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    OutletService service(m_db, m_clock);
    QList<Outlet> saved;
    for (const Outlet& o : outlets) {
        auto one = service.save(actor, o);
        if (!one)
            return about(o.code.trimmed().isEmpty() ? tr("Outlet %1").arg(saved.size() + 1)
                                                    : o.code.trimmed(),
                         one.error());
        saved << *one;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return saved;
}

Result<HotlineSetup::Progress> HotlineSetup::progress(const Actor& actor) const
{
    if (Status s = Permissions::require(actor, Action::ManageSetup); !s)
        return s.error();
    Progress p;
    p.identity = identity();
    p.identityChanged = p.identity.unitName != Setting::UnitName.defaultValue() ||
                        p.identity.hotlineNumber != Setting::HotlineNumber.defaultValue();
    auto departments = DepartmentService(m_db, m_clock).list(actor);
    if (!departments)
        return departments.error();
    p.departments = int(departments->size());
    auto outlets = OutletService(m_db, m_clock).search(actor);
    if (!outlets)
        return outlets.error();
    p.outlets = int(outlets->size());
    auto customers = CustomerRepository(m_db, m_clock).count();
    if (!customers)
        return customers.error();
    p.customers = *customers;
    auto people = AccountService(m_db, m_clock).list(actor);
    if (!people)
        return people.error();
    p.people = int(people->size());
    p.done = isDone();
    return p;
}

Status HotlineSetup::finish(const Actor& actor)
{
    if (Status s = Permissions::require(actor, Action::ManageSetup); !s)
        return s;
    return SettingsRepository(m_db, m_clock).set(Setting::SetupWalkthroughDone, true, actor.stamp());
}

} // namespace threerings
