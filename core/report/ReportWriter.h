#pragma once

#include "core/report/Report.h"
#include "core/util/Result.h"

#include <QCoreApplication>

class QIODevice;

namespace threerings {

// Writes a sheet as CSV (UTF-8 with BOM-less header rows, RFC 4180 quoting; each table under its
// title, a blank line between tables), as one JSON document, or as an .xlsx workbook
// (libxlsxwriter: one worksheet per table, numbers as numbers, shares as percentages, dates as
// dates, headings in the console's language). A tally column gets a second column of 正 marks.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    static Status writeCsv(const Report& report, QIODevice& out);
    static Status writeJson(const Report& report, QIODevice& out);
    // libxlsxwriter writes the file itself (a zip), so this takes a path.
    static Status writeXlsx(const Report& report, const QString& path);
    // The heading of the 正 column beside a tally column.
    static QString marksHeading(const ReportColumn& column);
};

} // namespace threerings
