#include "core/customers/CustomerService.h"

#include "core/auth/Permissions.h"
#include "core/customers/CustomerRepository.h"
#include "core/db/Transaction.h"
#include "core/model/PhoneNumber.h"

namespace threerings {

CustomerService::CustomerService(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

Result<QList<Customer>> CustomerService::search(const Actor& actor, const QString& text, int limit) const
{
    if (Status s = Permissions::require(actor, Action::ReadLiveRecords); !s)
        return s.error();
    return CustomerRepository(m_db, m_clock).search(text, std::max(1, limit));
}

Result<Customer> CustomerService::get(const Actor& actor, const QString& id) const
{
    if (Status s = Permissions::require(actor, Action::ReadLiveRecords); !s)
        return s.error();
    return CustomerRepository(m_db, m_clock).get(id);
}

Result<Customer> CustomerService::findByPhone(const Actor& actor, const QString& phone) const
{
    if (Status s = Permissions::require(actor, Action::ReadLiveRecords); !s)
        return s.error();
    auto e164 = PhoneNumber::normalize(phone);
    if (!e164)
        return e164.error();
    auto found = CustomerRepository(m_db, m_clock).findInUseByPhone(e164.value());
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(tr("No customer has the number %1; add the customer first (Customers ▸ New), "
                                  "or correct the number.")
                                   .arg(PhoneNumber::display(e164.value())));
    return **found;
}

Result<QList<Customer>> CustomerService::mergedInto(const Actor& actor, const QString& id) const
{
    if (Status s = Permissions::require(actor, Action::ReadLiveRecords); !s)
        return s.error();
    return CustomerRepository(m_db, m_clock).mergedInto(id);
}

Result<Customer> CustomerService::save(const Actor& actor, Customer customer)
{
    if (Status s = Permissions::require(actor, Action::WriteCustomers); !s)
        return s.error();
    customer.name = customer.name.trimmed();
    customer.unit = customer.unit.trimmed();
    customer.address = customer.address.trimmed();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    CustomerRepository repo(m_db, m_clock);
    if (customer.meta.isStored()) {
        auto stored = repo.get(customer.meta.id);
        if (!stored)
            return stored.error();
        if (!stored->mergedInto.isEmpty()) {
            auto into = repo.get(stored->mergedInto);
            return Error::data(tr("%1's record was merged into %2's; correct that record instead.")
                                   .arg(stored->name, into ? into->name : stored->mergedInto));
        }
        customer.mergedInto.clear(); // merging goes through merge(), with its own right
    } else {
        customer.mergedInto.clear();
    }
    auto saved = customer.meta.isStored() ? repo.update(customer, actor.stamp())
                                          : repo.insert(customer, actor.stamp());
    if (!saved)
        return saved.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return saved;
}

Result<Customer> CustomerService::merge(const Actor& actor, const QString& keepId, const QString& goneId)
{
    if (Status s = Permissions::require(actor, Action::MergeCustomers); !s)
        return s.error();
    if (keepId == goneId)
        return Error::usage(
            tr("A record cannot be merged into itself; choose the other record of the person."));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    CustomerRepository repo(m_db, m_clock);
    auto keep = repo.get(keepId);
    if (!keep)
        return keep.error();
    auto gone = repo.get(goneId);
    if (!gone)
        return gone.error();
    for (const Customer* c : {&keep.value(), &gone.value()})
        if (!c->mergedInto.isEmpty())
            return Error::data(tr("%1's record was merged into another already; merge into the record it "
                                  "went into.")
                                   .arg(c->name));
    // The kept record takes what it lacks: the numbers it does not have (as many as it has room for) and
    // the empty fields.
    Customer kept = keep.value();
    for (const QString& phone : gone->phones()) {
        if (kept.phones().contains(phone))
            continue;
        for (QString* slot : {&kept.phoneMobile, &kept.phoneOffice, &kept.phoneOther})
            if (slot->isEmpty()) {
                *slot = phone;
                break;
            }
    }
    for (auto [mine, theirs] : {std::pair{&kept.unit, &gone->unit}, std::pair{&kept.address, &gone->address},
                                std::pair{&kept.outletId, &gone->outletId}})
        if (mine->isEmpty())
            *mine = *theirs;
    if (!gone->notes.isEmpty() && !kept.notes.contains(gone->notes))
        kept.notes = kept.notes.isEmpty() ? gone->notes : kept.notes + QLatin1Char('\n') + gone->notes;
    Customer folded = gone.value();
    folded.mergedInto = kept.meta.id;
    if (auto saved = repo.update(folded, actor.stamp()); !saved)
        return saved.error();
    auto saved = repo.update(kept, actor.stamp());
    if (!saved)
        return saved.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return saved;
}

} // namespace threerings
