#pragma once

#include "core/auth/Actor.h"
#include "core/db/Database.h"
#include "core/util/Clock.h"

#include <QTemporaryDir>
#include <memory>

namespace threerings::test {

// A fresh, migrated database in its own temporary folder, with a clock the test sets.
struct TempDb
{
    TempDb();
    QString path() const { return dir.filePath(QStringLiteral("test.sqlite")); }

    QTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<Database> db;
};

// A signed-in person with these roles (comma-separated), for permission checks in core calls.
Actor actorWith(const QString& roles, const QString& userId = QStringLiteral("test-user"));

// The first column of the first row of `sql`, as a number (counts in tests).
int count(Database& db, const QString& sql);

// Writes a settings row as an old or hand-edited database holds it, past the table's checks
// (SettingsRepository refuses such a value).
void storeRawSetting(Database& db, const QString& key, const QString& value);

// 2026-11-25 09:00 in Beijing time, a Wednesday and an ordinary working day.
QDateTime beijing(int y, int m, int d, int hh = 9, int mm = 0);

} // namespace threerings::test
