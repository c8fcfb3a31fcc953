#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// One cell of a CSV line as the console writes it for spreadsheets: quoted as RFC 4180 asks, and
// a text a spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage return)
// is written with a single quote in front and quoted, as OWASP advises for CSV injection, so that
// opening an export of a customer named "=HYPERLINK(…)" in Excel or WPS runs nothing. A plain
// number ("-12", "+8613812345678", "-0.50") runs nothing either and is written as it is.
namespace threerings::csv {

// Appends the UTF-8 text `utf8` to `line` as one cell.
void appendCell(QByteArray& line, QByteArrayView utf8);

// `text` as one cell.
QString cell(const QString& text);

// Whether a spreadsheet would read `utf8` as a formula.
bool startsFormula(QByteArrayView utf8);

} // namespace threerings::csv
