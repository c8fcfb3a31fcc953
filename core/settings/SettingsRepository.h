#pragma once

#include "core/db/RecordWriter.h"

namespace threerings {

// Key/value settings of one installation (unit name, hotline number, ring cadence, calendar …).
class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)

public:
    SettingsRepository(Database& db, const Clock& clock);

    QString value(const QString& key, const QString& fallback = {}) const;
    // The keys that start with `prefix` (all keys for an empty prefix), sorted.
    QStringList keys(const QString& prefix = {}) const;
    Status set(const QString& key, const QString& value, const QString& actor);
    // Sets the value only when the key has none yet.
    Status setDefault(const QString& key, const QString& value, const QString& actor);

private:
    Database& m_db;
    RecordWriter m_writer;
};

} // namespace threerings
