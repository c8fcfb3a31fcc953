#include "core/model/Department.h"

#include "core/model/Validation.h"

namespace threerings {

QStringList Department::kinds()
{
    return {QStringLiteral("service"), QStringLiteral("technical"), QStringLiteral("sales"),
            QStringLiteral("product"), QStringLiteral("other")};
}

QString Department::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("service"))
        return tr("user service");
    if (kind == QLatin1String("technical"))
        return tr("technical support");
    if (kind == QLatin1String("sales"))
        return tr("sales");
    if (kind == QLatin1String("product"))
        return tr("product division");
    if (kind == QLatin1String("other"))
        return tr("other");
    return kind;
}

QList<Category> Department::defaultRoutes(const QString& kind)
{
    if (kind == QLatin1String("technical"))
        return {Category::Technical, Category::Other};
    if (kind == QLatin1String("product"))
        return {Category::Sales};
    if (kind == QLatin1String("service"))
        return {Category::Service};
    return {};
}

QList<Category> Department::effectiveRoutes() const
{
    return routes.isEmpty() ? defaultRoutes(kind) : routes;
}

Status Department::knownKind() const
{
    if (kinds().contains(kind))
        return {};
    QStringList choices;
    for (const QString& k : kinds())
        choices << QStringLiteral("%1 (%2)").arg(kindLabel(k), k);
    return Error::data(tr("The department kind '%1' is not known; choose one of: %2.")
                           .arg(kind, choices.join(QStringLiteral(", "))),
                       QStringLiteral("kind"));
}

Status Department::validate() const
{
    using V = Validation;
    return V::first({
        V::required(QStringLiteral("name"), tr("department name"), name),
        V::maxLength(QStringLiteral("name"), tr("department name"), name, V::NameLength),
        knownKind(),
        V::phone(QStringLiteral("phone"), tr("department phone"), phone),
    });
}

} // namespace threerings
