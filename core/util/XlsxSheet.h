#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace threerings {

// The first sheet of an .xlsx workbook (in workbook order, found through the workbook's relationships, not
// by the name sheet1.xml) as text cells, for readTableFile (core/util/TableFile):
// - shared strings (rich-text runs joined, phonetic guides left out), inline strings and the text results
//   of formulas as written, with whitespace kept;
// - numbers without a needless ".0", and integers with all their digits (a phone stored as a number,
//   13812345678, stays 13812345678); other numbers with Excel's 15 significant digits;
// - a number in a date or time format (built-in, or a custom code with y, m, d, h or s outside quotes and
//   brackets) as YYYY-MM-DD, YYYY-MM-DD HH:MM when it has a time of day, or HH:MM for a time alone, in the
//   1900 date system or the 1904 one;
// - booleans as TRUE or FALSE and error values (#N/A) as the spreadsheet shows them.
// Cells are placed by their references (r="C5"), so cells and rows a writer leaves out stay gaps; cells
// without references (LibreOffice and WPS sometimes leave them out) follow one another, and rows without
// one follow the row before. The zip is taken apart by ZipArchive (minizip) and the parts read with
// QXmlStreamReader.
struct XlsxSheet
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSheet)

public:
    QList<QStringList> rows; // every row the sheet holds, blank ones too
    QList<int> rowNumbers;   // the sheet's own row numbers (1-based)

    // Reads the workbook `bytes` (the file `path`, named in messages). Error::data naming the file and the
    // fix when it is not a zip, not a workbook, has no sheet or is damaged.
    static Result<XlsxSheet> read(const QByteArray& bytes, const QString& path);
};

} // namespace threerings
