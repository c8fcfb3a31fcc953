#include "core/util/TableFile.h"

#include "core/util/CsvCell.h"
#include "core/util/XlsxSheet.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>
#include <algorithm>

namespace threerings {

namespace {

// The rows of a file before the header is picked: every row, blank ones too, with its row number.
struct RawRows
{
    QList<QStringList> rows;
    QList<int> numbers;
};

// "A" for column 0, "AA" for column 26: the letters a spreadsheet shows above the column.
QString columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(char16_t(u'A' + (n - 1) % 26)));
    return letters;
}

// UTF-8 (a BOM or not), else GB18030: Excel on a Chinese Windows saves "CSV" in the system's code page
// (GBK, which GB18030 contains), and a GBK text is hardly ever valid UTF-8 by chance.
Result<QString> decodeCsv(const QByteArray& bytes, const QString& shown)
{
    QStringDecoder utf8(QStringConverter::Utf8);
    QString text = utf8(bytes);
    if (utf8.hasError()) {
        QStringDecoder gb18030("GB18030");
        text = gb18030(bytes);
        if (!gb18030.isValid() || gb18030.hasError())
            return Error::data(
                TableFile::tr("%1 is neither UTF-8 nor GBK (GB18030) text. Save it again from the "
                              "spreadsheet as \"CSV UTF-8\", or as an Excel workbook (.xlsx).")
                    .arg(shown));
    }
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    return text;
}

// The records of a CSV text as RFC 4180 reads them. A record is one row of the spreadsheet, however many
// lines its quoted cells span, so row numbers count records, not lines. Lenient as spreadsheets are: a
// quote inside an unquoted cell is text, and text after a closing quote is added to the cell.
Result<RawRows> splitCsv(const QString& text, const QString& shown)
{
    enum class State
    {
        CellStart,
        Unquoted,
        Quoted,
        AfterQuote,
    };
    RawRows out;
    QStringList row;
    QString cell;
    State state = State::CellStart;
    int record = 1;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (state == State::Quoted) {
            if (c != u'"')
                cell += c;
            else if (i + 1 < size && text.at(i + 1) == u'"')
                cell += text.at(++i);
            else
                state = State::AfterQuote;
        } else if (state == State::CellStart && c == u'"') {
            state = State::Quoted;
        } else if (c == u',') {
            row << cell;
            cell.clear();
            state = State::CellStart;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            row << cell;
            cell.clear();
            out.rows << row;
            out.numbers << record++;
            row.clear();
            state = State::CellStart;
        } else {
            cell += c;
            if (state == State::CellStart)
                state = State::Unquoted;
        }
    }
    if (state == State::Quoted)
        return Error::data(
            TableFile::tr("%1, row %2: a cell opens a quote (\") that is never closed. Close it, "
                          "or save the file again from the spreadsheet.")
                .arg(shown)
                .arg(record));
    // A last line without a line end is a record too; a line end at the very end starts none.
    if (state != State::CellStart || !row.isEmpty()) {
        row << cell;
        out.rows << row;
        out.numbers << record;
    }
    return out;
}

// Takes off the single quote that core/util/CsvCell puts in front of a cell a spreadsheet would run as a
// formula, and only then: an export of the console reads back as it was.
void undoFormulaGuard(RawRows& raw)
{
    for (QStringList& row : raw.rows)
        for (QString& cell : row)
            if (cell.startsWith(u'\'') && csv::startsFormula(QStringView(cell).mid(1).toUtf8()))
                cell.remove(0, 1);
}

bool isBlank(const QStringList& row)
{
    return std::all_of(row.cbegin(), row.cend(),
                       [](const QString& cell) { return cell.trimmed().isEmpty(); });
}

// The first row that is not blank is the header; blank rows after it are skipped, and each data row is
// made as wide as the header.
Result<TableFile> shape(const RawRows& raw, const QString& shown)
{
    qsizetype first = 0;
    while (first < raw.rows.size() && isBlank(raw.rows.at(first)))
        ++first;
    if (first == raw.rows.size())
        return Error::data(TableFile::tr("%1 holds no rows. Its first row must name the columns and the rows "
                                         "below it hold the data.")
                               .arg(shown));
    TableFile table;
    for (const QString& cell : raw.rows.at(first))
        table.header << cell.trimmed();
    while (!table.header.isEmpty() && table.header.constLast().isEmpty())
        table.header.removeLast(); // cells a spreadsheet leaves after the last heading
    QHash<QString, int> seen;
    for (int column = 0; column < table.header.size(); ++column) {
        const QString& name = table.header.at(column);
        if (name.isEmpty())
            continue;
        const QString key = name.toCaseFolded();
        if (const auto it = seen.constFind(key); it != seen.cend())
            return Error::data(
                TableFile::tr("%1, row %2: columns %3 and %4 are both headed \"%5\". Rename or "
                              "remove one of them.")
                    .arg(shown)
                    .arg(raw.numbers.at(first))
                    .arg(columnLetters(*it), columnLetters(column), name),
                name);
        seen.insert(key, column);
    }
    const qsizetype width = table.header.size();
    for (qsizetype i = first + 1; i < raw.rows.size(); ++i) {
        const QStringList& cells = raw.rows.at(i);
        if (isBlank(cells))
            continue;
        QStringList row = cells.mid(0, width);
        while (row.size() < width)
            row << QString();
        table.rows << row;
        table.rowNumbers << raw.numbers.at(i);
    }
    return table;
}

Result<QByteArray> readBytes(const QString& path, const QString& shown)
{
    QFile file(path);
    QByteArray bytes;
    if (file.open(QIODevice::ReadOnly))
        bytes = file.readAll();
    if (!file.isOpen() || file.error() != QFileDevice::NoError)
        return Error::data(
            TableFile::tr("Cannot read %1: %2. Check the file name and that the file is not open "
                          "in another program.")
                .arg(shown, file.errorString()));
    return bytes;
}

Result<RawRows> readCsv(const QByteArray& bytes, const QString& shown)
{
    auto text = decodeCsv(bytes, shown);
    if (!text)
        return text.error();
    auto raw = splitCsv(text.value(), shown);
    if (raw)
        undoFormulaGuard(raw.value());
    return raw;
}

Result<RawRows> readXlsx(const QByteArray& bytes, const QString& path)
{
    auto sheet = XlsxSheet::read(bytes, path);
    if (!sheet)
        return sheet.error();
    return RawRows{std::move(sheet->rows), std::move(sheet->rowNumbers)};
}

} // namespace

Result<TableFile> readTableFile(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool isCsv = suffix == QLatin1String("csv");
    if (!isCsv && suffix != QLatin1String("xlsx"))
        return Error::data(TableFile::tr("%1 is neither a .csv nor an .xlsx file. Save the sheet from the "
                                         "spreadsheet as \"CSV UTF-8\" or as an Excel workbook (.xlsx).")
                               .arg(shown));
    const auto bytes = readBytes(path, shown);
    if (!bytes)
        return bytes.error();
    const Result<RawRows> raw = isCsv ? readCsv(bytes.value(), shown) : readXlsx(bytes.value(), path);
    if (!raw)
        return raw.error();
    return shape(raw.value(), shown);
}

} // namespace threerings
