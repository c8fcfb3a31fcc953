#include "core/util/TableFile.h"

#include "core/util/CsvCell.h"
#include "core/util/XlsxSheet.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>

namespace threerings {

namespace {

// The rows of a CSV text, each with the line it starts on.
void splitCsv(const QString& text, QList<QStringList>& rows, QList<int>& lines)
{
    QStringList row;
    QString cell;
    bool quoted = false;
    bool any = false; // the row has a cell or a separator
    int line = 1;
    int rowLine = 1;
    const auto endRow = [&] {
        if (any || !cell.isEmpty()) {
            row << cell;
            rows << row;
            lines << rowLine;
        }
        row.clear();
        cell.clear();
        any = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
            any = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRow();
            rowLine = ++line;
        } else {
            cell += c;
        }
    }
    endRow();
}

Result<QString> decodeCsv(const QString& path, const QByteArray& bytes)
{
    QStringDecoder utf8(QStringConverter::Utf8);
    QString text = utf8(bytes);
    if (utf8.hasError()) {
        // Not UTF-8: Excel on a Chinese Windows saves "CSV" in the system's GB18030 (GBK).
        QStringDecoder gb("GB18030");
        text = gb(bytes);
        if (!gb.isValid() || gb.hasError())
            return Error::data(
                TableFile::tr("%1 is neither UTF-8 nor GB18030 text; save it again as \"CSV UTF-8\".")
                    .arg(path));
    }
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    return text;
}

Result<TableFile> shape(const QString& path, const QList<QStringList>& all, const QList<int>& lines, bool csv)
{
    qsizetype first = 0;
    const auto blank = [](const QStringList& r) {
        for (const QString& v : r)
            if (!v.trimmed().isEmpty())
                return false;
        return true;
    };
    while (first < all.size() && blank(all.at(first)))
        ++first;
    if (first == all.size())
        return Error::data(TableFile::tr("%1 holds no rows; the first row must name the columns.").arg(path));
    TableFile t;
    QSet<QString> seen;
    for (const QString& h : all.at(first)) {
        const QString name = h.trimmed();
        if (!name.isEmpty() && seen.contains(name))
            return Error::data(TableFile::tr("%1 has two columns headed %2 (row %3); keep one.")
                                   .arg(path, name)
                                   .arg(lines.at(first)));
        seen.insert(name);
        t.header << name;
    }
    while (!t.header.isEmpty() && t.header.constLast().isEmpty())
        t.header.removeLast();
    for (qsizetype i = first + 1; i < all.size(); ++i) {
        QStringList r = all.at(i);
        if (blank(r))
            continue;
        if (csv)
            for (QString& v : r)
                if (v.startsWith(QLatin1Char('\'')) && csv::startsFormula(QStringView(v).mid(1).toUtf8()))
                    v.remove(0, 1); // the console's guard against formulas, taken off
        while (r.size() < t.header.size())
            r << QString();
        t.rows << r.mid(0, t.header.size());
        t.rowNumbers << lines.at(i);
    }
    return t;
}

} // namespace

Result<TableFile> readTableFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
        return Error::data(
            TableFile::tr("%1 is neither a .csv nor an .xlsx file; save the sheet in one of those formats.")
                .arg(path));
    QList<QStringList> rows;
    QList<int> lines;
    if (suffix == QLatin1String("xlsx")) {
        auto sheet = XlsxSheet::read(path);
        if (!sheet)
            return sheet.error();
        rows = sheet->rows;
        lines = sheet->rowNumbers;
        return shape(path, rows, lines, false);
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::notFound(TableFile::tr("Cannot read %1: %2.").arg(path, f.errorString()));
    auto text = decodeCsv(path, f.readAll());
    if (!text)
        return text.error();
    splitCsv(*text, rows, lines);
    return shape(path, rows, lines, true);
}

} // namespace threerings
