#pragma once

#include "core/db/Repository.h"
#include "core/model/Customer.h"

namespace threerings {

// Customers; phones are stored in E.164 so any way of writing a number finds the customer.
class CustomerRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(CustomerRepository)

public:
    using Repository::Repository;

    // Validates and stores a new record; returns it as stored (id, revision 1, normalized values).
    Result<Customer> insert(Customer customer, const QString& actor);
    Result<Customer> get(const QString& id) const;
    // Saves every field when nobody changed the record since it was read (meta.revision); else a Conflict.
    Result<Customer> update(Customer customer, const QString& actor);
    // Customers whose mobile or office phone is `phone`, written any way libphonenumber understands.
    Result<QList<Customer>> findByPhone(const QString& phone) const;
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
