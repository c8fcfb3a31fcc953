#include "core/customers/CustomerRepository.h"

#include "core/db/SqlValue.h"
#include "core/model/PhoneNumber.h"

namespace threerings {

const RowShape& CustomerRepository::shape()
{
    static const RowShape s(QStringLiteral("customers"), {"name", "unit", "phone_mobile", "phone_office",
                                                          "outlet_id", "address", "notes"});
    return s;
}

QVariantList CustomerRepository::toValues(const Customer& x)
{
    // In the order of shape().
    return {
        SqlValue::text(x.name),        SqlValue::text(x.unit),    SqlValue::text(x.phoneMobile),
        SqlValue::text(x.phoneOffice), SqlValue::ref(x.outletId), SqlValue::text(x.address),
        SqlValue::text(x.notes),
    };
}

Customer CustomerRepository::fromRow(const QSqlQuery& q)
{
    Customer x;
    x.meta = readMeta(q);
    x.name = q.value(QStringLiteral("name")).toString();
    x.unit = q.value(QStringLiteral("unit")).toString();
    x.phoneMobile = q.value(QStringLiteral("phone_mobile")).toString();
    x.phoneOffice = q.value(QStringLiteral("phone_office")).toString();
    x.outletId = q.value(QStringLiteral("outlet_id")).toString();
    x.address = q.value(QStringLiteral("address")).toString();
    x.notes = q.value(QStringLiteral("notes")).toString();
    return x;
}

Status CustomerRepository::normalizeAndValidate(Customer& customer)
{
    // Numbers are kept in E.164 so any way of writing them finds the customer; one that cannot be read
    // is left as typed, for validate() to name.
    for (QString* phone : {&customer.phoneMobile, &customer.phoneOffice}) {
        if (phone->trimmed().isEmpty())
            continue;
        if (auto n = PhoneNumber::normalize(*phone))
            *phone = n.value();
    }
    return customer.validate();
}

Result<Customer> CustomerRepository::insert(Customer customer, const QString& actor)
{
    if (Status s = normalizeAndValidate(customer); !s)
        return s.error();
    auto meta = insertRow(shape(), toValues(customer), actor);
    if (!meta)
        return meta.error();
    customer.meta = meta.value();
    return customer;
}

Result<Customer> CustomerRepository::get(const QString& id) const
{
    return fetchOne<Customer>(QStringLiteral("SELECT * FROM customers WHERE id = ?"), {id}, fromRow,
                              tr("The customer %1 does not exist; it may have been deleted.").arg(id));
}

Result<Customer> CustomerRepository::update(Customer customer, const QString& actor)
{
    if (Status s = normalizeAndValidate(customer); !s)
        return s.error();
    auto meta = updateRow(shape(), customer.meta, toValues(customer), actor);
    if (!meta)
        return meta.error();
    customer.meta = meta.value();
    return customer;
}

Result<QList<Customer>> CustomerRepository::findByPhone(const QString& phone) const
{
    auto e164 = PhoneNumber::normalize(phone);
    if (!e164)
        return e164.error();
    // The "<> ''" terms let SQLite use the partial indexes customers_phone_mobile/_office.
    return fetchAll<Customer>(
        QStringLiteral("SELECT * FROM customers WHERE phone_mobile = ? AND phone_mobile <> '' "
                       "UNION SELECT * FROM customers WHERE phone_office = ? AND "
                       "phone_office <> '' ORDER BY name, id"),
        {e164.value(), e164.value()}, fromRow);
}

Result<qint64> CustomerRepository::count() const
{
    return fetchOne<qint64>(
        QStringLiteral("SELECT count(*) FROM customers"), {},
        [](const QSqlQuery& q) { return q.value(0).toLongLong(); }, QString());
}

Result<QStringList> CustomerRepository::somePhones(int limit) const
{
    return fetchAll<QString>(
        QStringLiteral("SELECT phone_mobile FROM customers WHERE phone_mobile <> '' ORDER BY rowid LIMIT ?"),
        {limit}, [](const QSqlQuery& q) { return q.value(0).toString(); });
}

} // namespace threerings
