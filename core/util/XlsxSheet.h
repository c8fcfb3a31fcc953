#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace threerings {

// The first sheet of an .xlsx workbook as text cells: shared, inline and formula strings as written, numbers
// without a needless ".0" (an 11-digit phone stays whole), booleans as 1 or 0, cells in a date format as
// YYYY-MM-DD (with HH:MM when they hold a time), in the 1900 or the 1904 date system. The zip is read with
// minizip and the parts with QXmlStreamReader; cells that skip columns or rows are placed by their
// references, and cells without references (some writers leave them out) follow one another.
struct XlsxSheet
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSheet)

public:
    QList<QStringList> rows;
    QList<int> rowNumbers; // the sheet's own row numbers (1-based)

    static Result<XlsxSheet> read(const QString& path);
};

} // namespace threerings
