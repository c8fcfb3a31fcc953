#include "core/util/XlsxSheet.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <cmath>
#include <memory>
#include <optional>
#include <unzip.h>

namespace threerings {

namespace {

// The workbook's zip, read with minizip: the zip library libxlsxwriter (the console's .xlsx writer) uses too,
// so one process holds one minizip.
struct Zip
{
    explicit Zip(const QString& path)
    {
        const QByteArray name = QFile::encodeName(path);
        handle = unzOpen64(name.constData());
    }
    ~Zip()
    {
        if (handle)
            unzClose(handle);
    }
    Zip(const Zip&) = delete;
    Zip& operator=(const Zip&) = delete;

    // One part of the package, or nothing when it is not there.
    std::optional<QByteArray> part(const QString& name) const
    {
        QString n = name;
        if (n.startsWith(QLatin1Char('/')))
            n.remove(0, 1);
        const QByteArray wanted = n.toUtf8();
        if (unzLocateFile(handle, wanted.constData(), 2 /* case-insensitive */) != UNZ_OK)
            return std::nullopt;
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(handle, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK ||
            info.uncompressed_size > MaxPart || unzOpenCurrentFile(handle) != UNZ_OK)
            return std::nullopt;
        QByteArray bytes;
        bytes.reserve(qsizetype(info.uncompressed_size));
        char buffer[1 << 16];
        int got = 0;
        while ((got = unzReadCurrentFile(handle, buffer, sizeof buffer)) > 0) {
            bytes.append(buffer, got);
            if (quint64(bytes.size()) > MaxPart)
                break;
        }
        const int closed = unzCloseCurrentFile(handle); // UNZ_CRCERROR for a damaged part
        if (got < 0 || closed != UNZ_OK || quint64(bytes.size()) > MaxPart)
            return std::nullopt;
        return bytes;
    }

    // A part larger than this (a zip bomb, or a sheet of far more than a hotline's rows) is not read.
    static constexpr quint64 MaxPart = quint64(2) << 30;
    unzFile handle = nullptr;
};

QString attribute(const QXmlStreamReader& x, QLatin1StringView name)
{
    for (const QXmlStreamAttribute& a : x.attributes())
        if (a.name() == name)
            return a.value().toString();
    return {};
}

// The text of an <si> or <is>: its <t>, or its runs' <t>s, without the phonetic guides (<rPh>).
QString richText(QXmlStreamReader& x)
{
    const QString end = x.name().toString();
    QString text;
    int phonetic = 0;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == QLatin1String("rPh"))
            ++phonetic;
        else if (x.isEndElement() && x.name() == QLatin1String("rPh"))
            --phonetic;
        else if (x.isStartElement() && x.name() == QLatin1String("t") && phonetic == 0)
            text += x.readElementText();
        else if (x.isEndElement() && x.name() == end)
            break;
    }
    return text;
}

QStringList sharedStrings(const QByteArray& xml)
{
    QStringList out;
    QXmlStreamReader x(xml);
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == QLatin1String("si"))
            out << richText(x);
    }
    return out;
}

// Whether a number format shows a date: the built-in date formats, or a code with y, m, d, h or s outside
// quotes, brackets and escapes.
bool isDateFormat(int id, const QString& code)
{
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return true;
    if (code.isEmpty())
        return false;
    bool quoted = false;
    int bracket = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*'))
            ++i;
        else if (c == QLatin1Char('['))
            ++bracket;
        else if (c == QLatin1Char(']'))
            --bracket;
        else if (bracket == 0 && QStringLiteral("ymdhsYMDHS").contains(c))
            return true;
    }
    return false;
}

// For each cell style (the s of a cell), whether it shows a date.
QList<bool> dateStyles(const QByteArray& xml)
{
    QHash<int, QString> codes;
    QList<bool> out;
    QXmlStreamReader x(xml);
    bool inCellXfs = false;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == QLatin1String("numFmt"))
            codes.insert(attribute(x, QLatin1StringView("numFmtId")).toInt(),
                         attribute(x, QLatin1StringView("formatCode")));
        else if (x.isStartElement() && x.name() == QLatin1String("cellXfs"))
            inCellXfs = true;
        else if (x.isEndElement() && x.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        else if (inCellXfs && x.isStartElement() && x.name() == QLatin1String("xf")) {
            const int id = attribute(x, QLatin1StringView("numFmtId")).toInt();
            out << isDateFormat(id, codes.value(id));
        }
    }
    return out;
}

// "C5" → column 2 (0-based); -1 when there are no letters.
int columnOf(const QString& ref)
{
    int col = 0;
    int letters = 0;
    for (const QChar c : ref) {
        if (!c.isLetter())
            break;
        col = col * 26 + (c.toUpper().unicode() - 'A' + 1);
        ++letters;
    }
    return letters == 0 ? -1 : col - 1;
}

QString number(const QString& v, bool date, bool date1904)
{
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok)
        return v;
    if (date) {
        double days = std::floor(d);
        const double fraction = d - days;
        QDate base = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
        if (!date1904 && days < 61)
            base = QDate(1899, 12, 31); // before Excel's 29 February 1900, which never was
        const QDate day = base.addDays(qint64(days));
        const int minutes = int(std::lround(fraction * 24 * 60));
        if (minutes == 0)
            return day.toString(Qt::ISODate);
        return day.toString(Qt::ISODate) + QStringLiteral(" %1:%2")
                                               .arg(minutes / 60 % 24, 2, 10, QLatin1Char('0'))
                                               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    if (std::fabs(d) < 1e15 && d == std::floor(d))
        return QString::number(qint64(d));
    return QString::number(d, 'g', 15);
}

} // namespace

Result<XlsxSheet> XlsxSheet::read(const QString& path)
{
    const Zip zip(path);
    if (!zip.handle)
        return Error::data(
            tr("%1 is not an .xlsx workbook (it cannot be opened as one); save it again as an Excel "
               "workbook (.xlsx) or as CSV.")
                .arg(path));
    const auto workbook = zip.part(QStringLiteral("xl/workbook.xml"));
    if (!workbook)
        return Error::data(tr("%1 holds no workbook; save it again as an Excel workbook (.xlsx).").arg(path));
    bool date1904 = false;
    QString sheetRel;
    {
        QXmlStreamReader x(*workbook);
        while (!x.atEnd()) {
            x.readNext();
            if (!x.isStartElement())
                continue;
            if (x.name() == QLatin1String("workbookPr")) {
                const QString v = attribute(x, QLatin1StringView("date1904"));
                date1904 = v == QLatin1String("1") || v == QLatin1String("true");
            } else if (x.name() == QLatin1String("sheet") && sheetRel.isEmpty()) {
                sheetRel = attribute(x, QLatin1StringView("id")); // r:id
            }
        }
    }
    QString sheetPart;
    if (const auto rels = zip.part(QStringLiteral("xl/_rels/workbook.xml.rels"))) {
        QXmlStreamReader x(*rels);
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("Relationship") &&
                attribute(x, QLatin1StringView("Id")) == sheetRel) {
                const QString target = attribute(x, QLatin1StringView("Target"));
                sheetPart =
                    target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
            }
        }
    }
    if (sheetPart.isEmpty())
        sheetPart = QStringLiteral("xl/worksheets/sheet1.xml");
    const auto sheet = zip.part(sheetPart);
    if (!sheet)
        return Error::data(tr("%1 holds no sheet; save it again as an Excel workbook (.xlsx).").arg(path));
    const QStringList shared =
        sharedStrings(zip.part(QStringLiteral("xl/sharedStrings.xml")).value_or(QByteArray()));
    const QList<bool> dates = dateStyles(zip.part(QStringLiteral("xl/styles.xml")).value_or(QByteArray()));

    XlsxSheet out;
    QXmlStreamReader x(*sheet);
    QStringList row;
    int rowNumber = 0;
    int nextColumn = 0;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == QLatin1String("row")) {
            const int r = attribute(x, QLatin1StringView("r")).toInt();
            rowNumber = r > 0 ? r : rowNumber + 1;
            row.clear();
            nextColumn = 0;
        } else if (x.isEndElement() && x.name() == QLatin1String("row")) {
            out.rows << row;
            out.rowNumbers << rowNumber;
        } else if (x.isStartElement() && x.name() == QLatin1String("c")) {
            const int ref = columnOf(attribute(x, QLatin1StringView("r")));
            const int column = ref >= 0 ? ref : nextColumn;
            nextColumn = column + 1;
            const QString type = attribute(x, QLatin1StringView("t"));
            const int style = attribute(x, QLatin1StringView("s")).toInt();
            QString value;
            QString raw;
            bool inline_ = false;
            while (!x.atEnd()) {
                x.readNext();
                if (x.isStartElement() && x.name() == QLatin1String("v"))
                    raw = x.readElementText();
                else if (x.isStartElement() && x.name() == QLatin1String("is")) {
                    value = richText(x);
                    inline_ = true;
                } else if (x.isEndElement() && x.name() == QLatin1String("c"))
                    break;
            }
            if (inline_) {
                // the inline string as it is
            } else if (type == QLatin1String("s")) {
                value = shared.value(raw.toInt());
            } else if (type == QLatin1String("str") || type == QLatin1String("e") ||
                       type == QLatin1String("inlineStr")) {
                value = raw;
            } else if (type == QLatin1String("b")) {
                value = raw == QLatin1String("1") || raw == QLatin1String("true") ? QStringLiteral("1")
                                                                                  : QStringLiteral("0");
            } else if (!raw.isEmpty()) {
                value = number(raw, dates.value(style), date1904);
            }
            while (row.size() <= column)
                row << QString();
            row[column] = value;
        }
    }
    if (x.hasError())
        return Error::data(
            tr("%1 is damaged (%2); save it again as an Excel workbook (.xlsx).").arg(path, x.errorString()));
    return out;
}

} // namespace threerings
