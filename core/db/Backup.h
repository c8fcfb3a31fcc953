#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace threerings {

// Online backups through SQLite's backup API. It opens its own connection to the file, so it can
// run on a worker thread while the console keeps working.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    // Copies the live database at `dbPath` to `target` (written beside it first, then renamed).
    static Status copy(const QString& dbPath, const QString& target);

    // Once a day: writes "<dir>/<base>-YYYY-MM-DD.sqlite" unless today's exists, then keeps the
    // newest `keep` of them. Returns the path written, or an empty string when today's was there.
    static Result<QString> daily(const QString& dbPath, const QString& dir, const QDate& today, int keep = 7);
};

} // namespace threerings
