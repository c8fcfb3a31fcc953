#include "core/customers/OutletRepository.h"

#include "core/db/SqlValue.h"
#include "core/model/PhoneNumber.h"

namespace threerings {

const RowShape& OutletRepository::shape()
{
    static const RowShape s(QStringLiteral("outlets"),
                            {"code", "name", "kind", "province", "city", "phone", "address", "active"});
    return s;
}

QVariantList OutletRepository::toValues(const Outlet& x)
{
    // In the order of shape().
    return {
        SqlValue::text(x.code),     SqlValue::text(x.name), SqlValue::text(x.kind),
        SqlValue::text(x.province), SqlValue::text(x.city), SqlValue::text(x.phone),
        SqlValue::text(x.address),  x.active ? 1 : 0,
    };
}

Outlet OutletRepository::fromRow(const QSqlQuery& q)
{
    Outlet x;
    x.meta = readMeta(q);
    x.code = q.value(QStringLiteral("code")).toString();
    x.name = q.value(QStringLiteral("name")).toString();
    // Changes a console of the first wave sent (repair_center, dealer, branch; a region) read as today's.
    x.kind = Outlet::kindFromText(q.value(QStringLiteral("kind")).toString());
    x.province = q.value(QStringLiteral("province")).toString();
    if (x.province.isEmpty())
        x.province = q.value(QStringLiteral("region")).toString();
    x.city = q.value(QStringLiteral("city")).toString();
    x.active = q.value(QStringLiteral("active")).toInt() != 0;
    x.phone = q.value(QStringLiteral("phone")).toString();
    x.address = q.value(QStringLiteral("address")).toString();
    return x;
}

Result<Outlet> OutletRepository::insert(Outlet outlet, const QString& actor)
{
    if (!outlet.phone.trimmed().isEmpty()) {
        if (auto n = PhoneNumber::normalize(outlet.phone))
            outlet.phone = n.value();
    }
    if (Status s = outlet.validate(); !s)
        return s.error();
    auto meta = insertRow(shape(), toValues(outlet), actor);
    if (!meta)
        return meta.error();
    outlet.meta = meta.value();
    return outlet;
}

Result<Outlet> OutletRepository::get(const QString& id) const
{
    return fetchOne<Outlet>(QStringLiteral("SELECT * FROM outlets WHERE id = ?"), {id}, fromRow,
                            tr("The outlet %1 does not exist; it may have been deleted.").arg(id));
}

Result<Outlet> OutletRepository::update(Outlet outlet, const QString& actor)
{
    if (!outlet.phone.trimmed().isEmpty()) {
        if (auto n = PhoneNumber::normalize(outlet.phone))
            outlet.phone = n.value();
    }
    if (Status s = outlet.validate(); !s)
        return s.error();
    auto meta = updateRow(shape(), outlet.meta, toValues(outlet), actor);
    if (!meta)
        return meta.error();
    outlet.meta = meta.value();
    return outlet;
}

Result<Outlet> OutletRepository::findByCode(const QString& code) const
{
    return fetchOne<Outlet>(QStringLiteral("SELECT * FROM outlets WHERE code = ?"), {code}, fromRow,
                            tr("There is no outlet with the code %1.").arg(code));
}

Result<Outlet> OutletRepository::findByName(const QString& name) const
{
    return fetchOne<Outlet>(
        QStringLiteral("SELECT * FROM outlets WHERE name = ? ORDER BY active DESC, code LIMIT 1"), {name},
        fromRow, tr("There is no outlet named %1.").arg(name));
}

Result<QList<Outlet>> OutletRepository::list() const
{
    return fetchAll<Outlet>(QStringLiteral("SELECT * FROM outlets ORDER BY code"), {}, fromRow);
}

Result<QList<Outlet>> OutletRepository::search(const QString& text, bool retiredToo) const
{
    // A code, a name, a province or a city, anywhere in it.
    const QString like =
        QLatin1Char('%') + QString(text.trimmed()).replace(QLatin1Char('%'), QString()) + QLatin1Char('%');
    return fetchAll<Outlet>(
        QStringLiteral("SELECT * FROM outlets WHERE (? OR active = 1) AND (code LIKE ? OR "
                       "name LIKE ? OR province LIKE ? OR city LIKE ?) ORDER BY code"),
        {retiredToo ? 1 : 0, like, like, like, like}, fromRow);
}

} // namespace threerings
