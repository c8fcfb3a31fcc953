#pragma once

#include "core/auth/Actor.h"
#include "core/model/Customer.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace threerings {

class Clock;
class Database;

// The hotline's customers as the people on the phone and the set-up views reach them: found by any
// fragment of a name, unit or phone (ReadLiveRecords), added and corrected during a call or after it
// (WriteCustomers), and two records of one person merged into one (MergeCustomers). Every change is
// audited and replicated through the repositories.
class CustomerService
{
    Q_DECLARE_TR_FUNCTIONS(CustomerService)

public:
    static constexpr int searchLimit = 200;

    CustomerService(Database& db, const Clock& clock);

    // Customers in use whose name, unit or any phone holds `text` (the first ones by name when it is empty).
    Result<QList<Customer>> search(const Actor& actor, const QString& text, int limit = searchLimit) const;
    Result<Customer> get(const Actor& actor, const QString& id) const;
    // The record in use that has `phone` (written any way) as one of its numbers; an error when none has.
    Result<Customer> findByPhone(const Actor& actor, const QString& phone) const;
    // The records merged into `id`, for its history.
    Result<QList<Customer>> mergedInto(const Actor& actor, const QString& id) const;
    // Adds the customer (no id yet) or saves the corrections to a stored one (at the revision it was read).
    // A merged-away record is not changed: the message names the record it went into.
    Result<Customer> save(const Actor& actor, Customer customer);
    // Folds `goneId` into `keepId`: the gone record keeps its row and numbers and names the kept one, so
    // the screen pop finds the person by every number and the card shows the calls and forms of both.
    // The kept record takes the numbers and fields it lacks from the gone one.
    Result<Customer> merge(const Actor& actor, const QString& keepId, const QString& goneId);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace threerings
