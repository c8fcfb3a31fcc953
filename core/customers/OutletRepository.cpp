#include "core/customers/OutletRepository.h"

#include "core/db/SqlValue.h"
#include "core/model/PhoneNumber.h"

namespace threerings {

const RowShape& OutletRepository::shape()
{
    static const RowShape s(QStringLiteral("outlets"),
                            {"code", "name", "kind", "region", "phone", "address"});
    return s;
}

QVariantList OutletRepository::toValues(const Outlet& x)
{
    // In the order of shape().
    return {
        SqlValue::text(x.code),   SqlValue::text(x.name),  SqlValue::text(x.kind),
        SqlValue::text(x.region), SqlValue::text(x.phone), SqlValue::text(x.address),
    };
}

Outlet OutletRepository::fromRow(const QSqlQuery& q)
{
    Outlet x;
    x.meta = readMeta(q);
    x.code = q.value(QStringLiteral("code")).toString();
    x.name = q.value(QStringLiteral("name")).toString();
    x.kind = q.value(QStringLiteral("kind")).toString();
    x.region = q.value(QStringLiteral("region")).toString();
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

Result<QList<Outlet>> OutletRepository::list() const
{
    return fetchAll<Outlet>(QStringLiteral("SELECT * FROM outlets ORDER BY code"), {}, fromRow);
}

} // namespace threerings
