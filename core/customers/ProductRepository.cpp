#include "core/customers/ProductRepository.h"

#include "core/db/SqlValue.h"

#include <optional>

namespace threerings {

const RowShape& ProductRepository::shape()
{
    static const RowShape s(QStringLiteral("products"), {"model", "product", "warranty_months", "active"});
    return s;
}

QVariantList ProductRepository::toValues(const Product& x)
{
    // In the order of shape().
    return {SqlValue::text(x.model), SqlValue::text(x.product), x.warrantyMonths, x.active ? 1 : 0};
}

Product ProductRepository::fromRow(const QSqlQuery& q)
{
    Product x;
    x.meta = readMeta(q);
    x.model = q.value(QStringLiteral("model")).toString();
    x.product = q.value(QStringLiteral("product")).toString();
    x.warrantyMonths = q.value(QStringLiteral("warranty_months")).toInt();
    x.active = q.value(QStringLiteral("active")).toInt() != 0;
    return x;
}

Result<Product> ProductRepository::insert(Product product, const QString& actor)
{
    if (Status s = product.validate(); !s)
        return s.error();
    auto meta = insertRow(shape(), toValues(product), actor);
    if (!meta)
        return meta.error();
    product.meta = meta.value();
    return product;
}

Result<Product> ProductRepository::get(const QString& id) const
{
    return fetchOne<Product>(QStringLiteral("SELECT * FROM products WHERE id = ?"), {id}, fromRow,
                             tr("The product %1 does not exist; it may have been deleted.").arg(id));
}

Result<Product> ProductRepository::update(Product product, const QString& actor)
{
    if (Status s = product.validate(); !s)
        return s.error();
    auto meta = updateRow(shape(), product.meta, toValues(product), actor);
    if (!meta)
        return meta.error();
    product.meta = meta.value();
    return product;
}

Result<std::optional<Product>> ProductRepository::findByModel(const QString& model) const
{
    auto found =
        fetchAll<Product>(QStringLiteral("SELECT * FROM products WHERE model = ?"), {model}, fromRow);
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<Product>() : std::optional<Product>(found->constFirst());
}

Result<QList<Product>> ProductRepository::search(const QString& text, bool retiredToo) const
{
    const QString like =
        QLatin1Char('%') + QString(text.trimmed()).replace(QLatin1Char('%'), QString()) + QLatin1Char('%');
    return fetchAll<Product>(
        QStringLiteral("SELECT * FROM products WHERE (? OR active = 1) AND (model LIKE ? OR "
                       "product LIKE ?) ORDER BY product, model"),
        {retiredToo ? 1 : 0, like, like}, fromRow);
}

} // namespace threerings
