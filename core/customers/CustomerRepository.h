#pragma once

#include "core/db/Repository.h"
#include "core/model/Customer.h"

#include <optional>

namespace threerings {

// Customers; phones are stored in E.164 so any way of writing a number finds the customer.
class CustomerRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(CustomerRepository)

public:
    using Repository::Repository;

    // Validates and stores a new record; returns it as stored (id, revision 1, normalized values).
    Result<Customer> insert(Customer customer, const QString& actor);
    // The same for a record whose phones were normalized and whose fields were validated just before, in
    // this process (an import checks every row first): stored as it is.
    Result<Customer> insertChecked(Customer customer, const QString& actor);
    Result<Customer> get(const QString& id) const;
    // Saves every field when nobody changed the record since it was read (meta.revision); else a Conflict.
    Result<Customer> update(Customer customer, const QString& actor);
    // Customers whose mobile or office phone is `phone`, written any way libphonenumber understands.
    Result<QList<Customer>> findByPhone(const QString& phone) const;
    // Customers in use (not merged away) whose name, unit or any phone holds `text`, up to `limit`, by name.
    // Digits are matched against the phones whatever way they were typed (180 6065, 0653267); three
    // characters or more go through the trigram index, one or two find the names that start with them.
    Result<QList<Customer>> search(const QString& text, int limit) const;
    // The record in use that has `e164` as any of its numbers (the most recently changed one), if any.
    Result<std::optional<Customer>> findInUseByPhone(const QString& e164) const;
    // The records merged into `id`.
    Result<QList<Customer>> mergedInto(const QString& id) const;
    // Up to `limit` customers' mobile numbers, for a demo line to ring from.
    Result<QStringList> somePhones(int limit) const;
    // How many customers the database holds.
    Result<qint64> count() const;

    static const RowShape& shape();
    static QVariantList toValues(const Customer& x);
    static Customer fromRow(const QSqlQuery& q);

private:
    static Status normalizeAndValidate(Customer& customer);
};

} // namespace threerings
