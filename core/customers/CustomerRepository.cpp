#include "core/customers/CustomerRepository.h"

#include "core/db/SqlValue.h"
#include "core/model/PhoneNumber.h"

#include <QSet>
#include <algorithm>

namespace threerings {

const RowShape& CustomerRepository::shape()
{
    static const RowShape s(QStringLiteral("customers"),
                            {"name", "unit", "phone_mobile", "phone_office", "outlet_id", "address", "notes",
                             "phone_other", "merged_into", "do_not_call"});
    return s;
}

QVariantList CustomerRepository::toValues(const Customer& x)
{
    // In the order of shape().
    return {
        SqlValue::text(x.name),        SqlValue::text(x.unit),       SqlValue::text(x.phoneMobile),
        SqlValue::text(x.phoneOffice), SqlValue::ref(x.outletId),    SqlValue::text(x.address),
        SqlValue::text(x.notes),       SqlValue::text(x.phoneOther), SqlValue::ref(x.mergedInto),
        x.doNotCall ? 1 : 0,
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
    x.phoneOther = q.value(QStringLiteral("phone_other")).toString();
    x.mergedInto = q.value(QStringLiteral("merged_into")).toString();
    x.doNotCall = q.value(QStringLiteral("do_not_call")).toInt() != 0;
    return x;
}

Status CustomerRepository::normalizeAndValidate(Customer& customer)
{
    // Numbers are kept in E.164 so any way of writing them finds the customer; one that cannot be read
    // is left as typed, for validate() to name.
    for (QString* phone : {&customer.phoneMobile, &customer.phoneOffice, &customer.phoneOther}) {
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

Result<Customer> CustomerRepository::insertChecked(Customer customer, const QString& actor)
{
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
                       "UNION SELECT * FROM customers WHERE phone_office = ? AND phone_office <> '' "
                       "UNION SELECT * FROM customers WHERE phone_other = ? AND phone_other <> '' "
                       "ORDER BY name, id"),
        {e164.value(), e164.value(), e164.value()}, fromRow);
}

Result<QList<Customer>> CustomerRepository::search(const QString& text, int limit) const
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return fetchAll<Customer>(
            QStringLiteral("SELECT * FROM customers WHERE merged_into IS NULL ORDER BY name, id LIMIT ?"),
            {limit}, fromRow);
    // A number is digits, perhaps with spaces, dashes and a leading +; anything else searches the text.
    QString digits;
    bool number = true;
    for (const QChar c : t) {
        if (c.isDigit())
            digits += c;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QLatin1Char('+'))
            number = false;
    }
    number = number && !digits.isEmpty();
    // A number typed with its trunk 0 (0755 …) is stored without it: search what follows. LIKE's own
    // wildcards are taken out, so the trigram index answers (it does not take an ESCAPE clause).
    QString needle = number ? (digits.startsWith(QLatin1Char('0')) ? digits.mid(1) : digits) : t;
    needle.remove(QLatin1Char('%')).remove(QLatin1Char('_'));
    if (needle.isEmpty())
        return QList<Customer>();
    QList<Customer> found;
    if (number && needle.size() >= 4) {
        // What a caller reads out: the last digits (through the last-four indexes), or the number from its
        // start (through the phone indexes).
        const QString tail = QLatin1Char('%') + needle;
        const QString from = QStringLiteral("+86") + needle;
        const QString to = from + QChar(0xFFFF);
        auto r = fetchAll<Customer>(
            QStringLiteral(
                "SELECT * FROM customers WHERE substr(phone_mobile, -4) = ? AND phone_mobile <> '' AND "
                "phone_mobile LIKE ? UNION ALL SELECT * FROM customers WHERE substr(phone_office, -4) = ? "
                "AND "
                "phone_office <> '' AND phone_office LIKE ? UNION ALL SELECT * FROM customers WHERE "
                "substr(phone_other, -4) = ? AND phone_other <> '' AND phone_other LIKE ? UNION ALL SELECT * "
                "FROM "
                "customers WHERE phone_mobile >= ? AND phone_mobile < ? AND phone_mobile <> '' UNION ALL "
                "SELECT * "
                "FROM customers WHERE phone_office >= ? AND phone_office < ? AND phone_office <> '' LIMIT ?"),
            {needle.right(4), tail, needle.right(4), tail, needle.right(4), tail, from, to, from, to,
             limit * 4},
            fromRow);
        if (!r)
            return r.error();
        found = r.value();
    }
    if (found.isEmpty() && needle.size() >= 3) {
        // Any fragment: the trigram index over the name, unit and numbers (the rows are the customers'
        // rowids); it stops at the limit, however many match.
        auto r = fetchAll<Customer>(
            QStringLiteral("SELECT * FROM customers WHERE rowid IN (SELECT rowid FROM customers_text WHERE "
                           "search_text LIKE ? LIMIT ?)"),
            {QString(QLatin1Char('%') + needle + QLatin1Char('%')), limit * 4}, fromRow);
        if (!r)
            return r.error();
        found = r.value();
    }
    if (number || needle.size() >= 3) {
        // In use only, each once, by name.
        QList<Customer> out;
        QSet<QString> seen;
        for (Customer& c : found)
            if (c.mergedInto.isEmpty() && !seen.contains(c.meta.id)) {
                seen.insert(c.meta.id);
                out << std::move(c);
            }
        std::sort(out.begin(), out.end(), [](const Customer& a, const Customer& b) {
            return a.name == b.name ? a.meta.id < b.meta.id : a.name < b.name;
        });
        if (out.size() > limit)
            out.resize(limit);
        return out;
    }
    // One or two characters: the names that start with them (a surname, or surname and given name).
    return fetchAll<Customer>(QStringLiteral("SELECT * FROM customers WHERE name >= ? AND name < ? AND "
                                             "merged_into IS NULL ORDER BY name, id LIMIT ?"),
                              {needle, QString(needle + QChar(0xFFFF)), limit}, fromRow);
}

Result<std::optional<Customer>> CustomerRepository::findInUseByPhone(const QString& e164) const
{
    auto found = fetchAll<Customer>(
        QStringLiteral("SELECT * FROM customers WHERE phone_mobile = ? AND phone_mobile <> '' "
                       "UNION SELECT * FROM customers WHERE phone_office = ? AND phone_office <> '' "
                       "UNION SELECT * FROM customers WHERE phone_other = ? AND phone_other <> '' "
                       "ORDER BY updated_at DESC, id"),
        {e164, e164, e164}, fromRow);
    if (!found)
        return found.error();
    for (const Customer& c : found.value())
        if (c.mergedInto.isEmpty())
            return std::optional<Customer>(c);
    return std::optional<Customer>();
}

Result<QList<Customer>> CustomerRepository::mergedInto(const QString& id) const
{
    return fetchAll<Customer>(
        QStringLiteral("SELECT * FROM customers WHERE merged_into = ? ORDER BY updated_at, id"), {id},
        fromRow);
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
