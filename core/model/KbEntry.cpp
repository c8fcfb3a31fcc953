#include "core/model/KbEntry.h"

namespace threerings {

bool KbEntry::isKind(const QString& kind)
{
    return kind == QLatin1String("solution") || kind == QLatin1String("directory") ||
           kind == QLatin1String("price");
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
    return {};
}

} // namespace threerings
