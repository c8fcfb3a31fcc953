#pragma once

#include "core/db/Repository.h"
#include "core/model/Product.h"

#include <optional>

namespace threerings {

// The models the hotline services and their warranty rules.
class ProductRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(ProductRepository)

public:
    using Repository::Repository;

    Result<Product> insert(Product product, const QString& actor);
    Result<Product> get(const QString& id) const;
    Result<Product> update(Product product, const QString& actor);
    // The product of `model`, if one is set up.
    Result<std::optional<Product>> findByModel(const QString& model) const;
    // Those whose model or product holds `text` (all when it is empty), by product and model.
    Result<QList<Product>> search(const QString& text, bool retiredToo) const;

    static const RowShape& shape();
    static QVariantList toValues(const Product& x);
    static Product fromRow(const QSqlQuery& q);
};

} // namespace threerings
