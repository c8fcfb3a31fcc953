#pragma once

#include <QString>
#include <QVariantList>
#include <optional>

namespace threerings {

class RowShape;

// The records whose natural key is unique across the team (a person's job number, a department's name, a
// setting's key, a calendar day or year, a script's language and key, a phrase list's language): the same
// key gets the same id on every console, a UUID v5 of the table and the key, so a person added on two
// consoles, or the defaults every new database is seeded with, are one record to replication, not two that
// clash for good. Empty for other tables, or when the row being inserted lacks its key.
std::optional<QString> naturalKeyId(const RowShape& shape, const QVariantList& values);

} // namespace threerings
