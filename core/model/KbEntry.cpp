#include "core/model/KbEntry.h"

namespace threerings {

bool KbEntry::isKind(const QString& kind)
{
    return kind == QLatin1String("solution") || kind == QLatin1String("directory") ||
           kind == QLatin1String("price");
}

QStringList KbEntry::kinds()
{
    return {QStringLiteral("solution"), QStringLiteral("directory"), QStringLiteral("price")};
}

QString KbEntry::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("solution"))
        return tr("solution");
    if (kind == QLatin1String("directory"))
        return tr("directory");
    if (kind == QLatin1String("price"))
        return tr("price list");
    return kind;
}

Status KbEntry::validate() const
{
    if (!isKind(kind))
        return Error::data(
            tr("The kind \"%1\" is not a knowledge-base kind; use solution, directory or price.").arg(kind),
            QStringLiteral("kind"));
    if (title.trimmed().isEmpty())
        return Error::data(tr("The entry has no title; give it one the agent will search for."),
                           QStringLiteral("title"));
    if (category.size() > 100)
        return Error::data(tr("The category is longer than 100 characters; shorten it."),
                           QStringLiteral("category"));
    return {};
}

} // namespace threerings
