#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace threerings {

// One sheet of rows read from a CSV or XLSX file: the header row and the data rows, each with the row number
// the user sees in their spreadsheet (1-based, the header is row 1), so that a message can name "row 7,
// column 电话".
struct TableFile
{
    Q_DECLARE_TR_FUNCTIONS(TableFile)

public:
    QStringList header;      // trimmed header cells
    QList<QStringList> rows; // data rows, each as wide as the header
    QList<int> rowNumbers;   // rows[i] is row rowNumbers[i] of the file
};

// Reads `path` by its suffix (.csv or .xlsx). CSV: UTF-8 with or without a BOM, or GB18030 as Excel on a
// Chinese Windows saves it; RFC 4180 quoting; the console's own guard against spreadsheet formulas (a
// leading ') is taken off again. XLSX: the first sheet of a workbook written by Excel, WPS, LibreOffice or
// this console; numbers as written (a phone stored as a number keeps all its digits), dates as YYYY-MM-DD.
// Blank rows are skipped. A Data error names the file and the fix.
Result<TableFile> readTableFile(const QString& path);

} // namespace threerings
