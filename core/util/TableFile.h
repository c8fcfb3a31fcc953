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
    QList<QStringList> rows; // data rows, each padded/truncated to header.size()
    QList<int> rowNumbers;   // rows[i] is row rowNumbers[i] of the file
};

// Reads `path` by its suffix (.csv or .xlsx, case-insensitive). Blank rows are skipped; the first row that
// is not blank is the header.
//
// CSV: UTF-8 with or without a BOM, or GB18030 (GBK) as Excel on a Chinese Windows saves it; RFC 4180
// quoting; CRLF, LF or CR line ends. The single quote the console's own export puts in front of a cell a
// spreadsheet would run as a formula (core/util/CsvCell) is taken off again, so an export reads back as it
// was. Cells other than the header are not trimmed.
//
// XLSX: the first sheet in workbook order, as Excel, WPS, LibreOffice or libxlsxwriter write it
// (core/util/XlsxSheet).
//
// Errors are Error::data, naming the file and what to do: a suffix other than .csv or .xlsx, a file that
// cannot be read, a file that is not a valid workbook, an empty file or one without a header row, and two
// columns with the same heading.
Result<TableFile> readTableFile(const QString& path);

} // namespace threerings
