#include "core/model/Category.h"

namespace threerings {

QString CategoryNames::key(Category c)
{
    switch (c) {
    case Category::Technical:
        return QStringLiteral("technical");
    case Category::Service:
        return QStringLiteral("service");
    case Category::Sales:
        return QStringLiteral("sales");
    case Category::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<Category> CategoryNames::fromKey(const QString& key)
{
    for (Category c : {Category::Technical, Category::Service, Category::Sales, Category::Other}) {
        if (CategoryNames::key(c) == key)
            return c;
    }
    return std::nullopt;
}

QString CategoryNames::label(Category c)
{
    switch (c) {
    case Category::Technical:
        return tr("Technical quality");
    case Category::Service:
        return tr("Service");
    case Category::Sales:
        return tr("Sales");
    case Category::Other:
        break;
    }
    return tr("Other");
}

QStringList CategoryNames::keys()
{
    return {QStringLiteral("technical"), QStringLiteral("service"), QStringLiteral("sales"),
            QStringLiteral("other")};
}

} // namespace threerings
