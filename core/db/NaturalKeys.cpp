#include "core/db/NaturalKeys.h"

#include "core/db/RowShape.h"

#include <QUuid>

namespace threerings {

namespace {

struct NaturalKey
{
    const char* table;
    const char* columns[2]; // the second nullptr for a key of one column
};
constexpr NaturalKey naturalKeys[] = {
    {"users", {"job_number", nullptr}},      {"departments", {"name", nullptr}},
    {"settings", {"key", nullptr}},          {"calendar_days", {"day", nullptr}},
    {"calendar_years", {"year", nullptr}},   {"scripts", {"language", "key"}},
    {"phrase_lists", {"language", nullptr}},
};

} // namespace

std::optional<QString> naturalKeyId(const RowShape& shape, const QVariantList& values)
{
    static const QUuid space(QStringLiteral("6f1c8f2e-3b1a-5c7d-9e80-800800800800"));
    for (const NaturalKey& k : naturalKeys) {
        if (shape.table() != QLatin1String(k.table))
            continue;
        QString name = shape.table();
        for (const char* column : k.columns) {
            if (!column)
                break;
            const qsizetype at = shape.columns().indexOf(QLatin1String(column));
            if (at < 0 || values[at].isNull())
                return std::nullopt;
            name += QChar(0x1f) + values[at].toString().trimmed();
        }
        return QUuid::createUuidV5(space, name).toString(QUuid::WithoutBraces);
    }
    return std::nullopt;
}

} // namespace threerings
