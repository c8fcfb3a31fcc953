#include "core/customers/OutletService.h"

#include "core/auth/Permissions.h"
#include "core/customers/OutletRepository.h"
#include "core/db/Transaction.h"

namespace threerings {

OutletService::OutletService(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

Result<QList<Outlet>> OutletService::search(const Actor& actor, const QString& text, bool retiredToo) const
{
    if (Status s = Permissions::require(actor, Action::ReadLiveRecords); !s)
        return s.error();
    return OutletRepository(m_db, m_clock).search(text, retiredToo);
}

Result<Outlet> OutletService::save(const Actor& actor, Outlet outlet)
{
    if (Status s = Permissions::require(actor, Action::ManageSetup); !s)
        return s.error();
    outlet.code = outlet.code.trimmed();
    outlet.name = outlet.name.trimmed();
    outlet.kind = Outlet::kindFromText(outlet.kind);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    OutletRepository repo(m_db, m_clock);
    if (auto same = repo.findByCode(outlet.code); same && same->meta.id != outlet.meta.id)
        return Error::data(tr("The outlet code %1 is %2's already; give each outlet its own code.")
                               .arg(outlet.code, same->name),
                           QStringLiteral("code"));
    auto saved =
        outlet.meta.isStored() ? repo.update(outlet, actor.stamp()) : repo.insert(outlet, actor.stamp());
    if (!saved)
        return saved.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return saved;
}

Status OutletService::setActive(const Actor& actor, const QString& id, bool active)
{
    if (Status s = Permissions::require(actor, Action::ManageSetup); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    OutletRepository repo(m_db, m_clock);
    auto o = repo.get(id);
    if (!o)
        return o.error();
    if (o->active == active)
        return {};
    o->active = active;
    if (auto saved = repo.update(*o, actor.stamp()); !saved)
        return saved.error();
    return tx.commit();
}

} // namespace threerings
