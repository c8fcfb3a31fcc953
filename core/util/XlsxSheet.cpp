#include "core/util/XlsxSheet.h"

#include "core/util/ZipArchive.h"

#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QXmlStreamReader>
#include <algorithm>
#include <cmath>

namespace threerings {

namespace {

constexpr int MaxColumns = 16384; // XFD, Excel's last column
constexpr int MaxRows = 1048576;  // Excel's last row
// A full sheet (1,048,576 rows of a customer list) inflates to about 400 MB of XML; a larger part is taken
// for a zip bomb and refused.
constexpr qint64 MaxPartBytes = 1LL << 30;
constexpr double MaxDateSerial = 2958465.0; // 9999-12-31 in the 1900 date system

QStringView attribute(const QXmlStreamReader& x, QLatin1String localName)
{
    for (const QXmlStreamAttribute& a : x.attributes())
        if (a.name() == localName)
            return a.value();
    return {};
}

bool isElement(const QXmlStreamReader& x, QLatin1String localName)
{
    return x.isStartElement() && x.name() == localName;
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// The text escapes of OOXML strings: _x000D_ is a carriage return, _x005F_ an underscore.
QString unescape(const QString& s)
{
    if (!s.contains(QLatin1String("_x")))
        return s;
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) == u'_' && i + 6 < s.size() && s.at(i + 1) == u'x' && s.at(i + 6) == u'_') {
            const QStringView hex = QStringView(s).mid(i + 2, 4);
            bool ok = std::all_of(hex.cbegin(), hex.cend(), [](QChar c) { return isHexDigit(c); });
            const ushort code = ok ? hex.toUShort(&ok, 16) : 0;
            if (ok) {
                out += QChar(code);
                i += 6;
                continue;
            }
        }
        out += s.at(i);
    }
    return out;
}

// The text of the <si> or <is> the reader stands on: its <t>, or the <t> of each run (<r>) in turn, without
// the phonetic guides (<rPh>) Japanese and Chinese Excel add. Leaves the reader on the element's end.
QString stringItem(QXmlStreamReader& x)
{
    QString text;
    int depth = 1;
    int phonetic = 0;
    while (depth > 0 && !x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            if (x.name() == QLatin1String("t") && phonetic == 0) {
                text += x.readElementText(); // whitespace as written (xml:space="preserve" or not)
                continue;
            }
            ++depth;
            if (x.name() == QLatin1String("rPh"))
                ++phonetic;
        } else if (x.isEndElement()) {
            --depth;
            if (x.name() == QLatin1String("rPh"))
                --phonetic;
        }
    }
    return unescape(text);
}

// Whether a number format shows a date or a time. Built-in formats have no code in the file: 14–22 and
// 45–47 everywhere, and 27–36 and 50–58, which are the dates of Chinese, Japanese and Korean Excel
// (yyyy"年"m"月"d"日" and the like). A code shows one when y, m, d, h or s stands outside quotes, brackets
// ([Red], [$-804]) and escaped characters.
bool isDateFormat(int id, const QString& code)
{
    if (code.isEmpty())
        return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
               (id >= 50 && id <= 58);
    bool quoted = false;
    bool bracket = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = code.at(i).toLower().unicode();
        if (quoted)
            quoted = c != u'"';
        else if (bracket)
            bracket = c != u']';
        else if (c == u'"')
            quoted = true;
        else if (c == u'[')
            bracket = true;
        else if (c == u'\\' || c == u'_' || c == u'*')
            ++i; // the next character is shown as it is, or pads
        else if (c == u'y' || c == u'm' || c == u'd' || c == u'h' || c == u's')
            return true;
    }
    return false;
}

// For each cell format (the s of a cell indexes <cellXfs>), whether it shows a date.
QList<bool> dateStyles(QXmlStreamReader& x)
{
    QHash<int, QString> codes;
    QList<int> formats;
    bool inCellXfs = false;
    while (!x.atEnd()) {
        x.readNext();
        if (isElement(x, QLatin1String("numFmt")))
            codes.insert(attribute(x, QLatin1String("numFmtId")).toInt(),
                         attribute(x, QLatin1String("formatCode")).toString());
        else if (isElement(x, QLatin1String("cellXfs")))
            inCellXfs = true;
        else if (x.isEndElement() && x.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        else if (inCellXfs && isElement(x, QLatin1String("xf")))
            formats << attribute(x, QLatin1String("numFmtId")).toInt();
    }
    QList<bool> dates;
    for (const int id : formats)
        dates << isDateFormat(id, codes.value(id));
    return dates;
}

QString twoDigits(qint64 n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

// A date serial as the spreadsheet shows it, to the minute; empty when it is no date.
QString dateText(double serial, bool date1904)
{
    if (serial < 0 || serial > MaxDateSerial)
        return {};
    const qint64 seconds = std::llround(serial * 86400.0);
    const qint64 days = seconds / 86400;
    const qint64 minutes = seconds % 86400 / 60; // a format shows h:mm of 12:30:45 as 12:30
    const QString time = twoDigits(minutes / 60) + QLatin1Char(':') + twoDigits(minutes % 60);
    if (days == 0)
        return time; // a time of day alone
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days);
    else if (days >= 61)
        date = QDate(1899, 12, 30).addDays(days); // after the 29 February 1900 that Excel counts
    else
        date = QDate(1899, 12, 31).addDays(days);
    const QString day = date.toString(Qt::ISODate);
    if (minutes == 0)
        return day;
    return day + QLatin1Char(' ') + time;
}

QString numberText(const QString& raw)
{
    bool ok = false;
    const double d = raw.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return raw.trimmed();
    // Whole numbers up to 2^53 are exact in a double: a phone or an account number keeps every digit.
    if (d == std::floor(d) && std::fabs(d) <= 9007199254740992.0)
        return QString::number(qint64(d));
    return QString::number(d, 'g', 15); // as Excel shows it: 0.1 + 0.2 is 0.3
}

// An ISO 8601 date cell (t="d", written by some tools) in the form of the other dates.
QString isoDateText(const QString& raw)
{
    const QDateTime at = QDateTime::fromString(raw, Qt::ISODate);
    if (!at.isValid()) {
        const QDate day = QDate::fromString(raw, Qt::ISODate);
        return day.isValid() ? day.toString(Qt::ISODate) : raw;
    }
    if (at.time() == QTime(0, 0))
        return at.date().toString(Qt::ISODate);
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// "C5": column 2 (0-based) and row 5; -1 for what the reference leaves out. Not valid past Excel's last
// column or row, or with anything but letters and then digits.
struct CellRef
{
    int column = -1;
    int row = -1;
    bool valid = true;
};

CellRef parseRef(QStringView ref)
{
    CellRef out;
    qsizetype i = 0;
    int column = 0;
    for (; i < ref.size() && i < 4; ++i) {
        const char16_t c = ref.at(i).toUpper().unicode();
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c - u'A' + 1);
    }
    if (i > 0)
        out.column = column - 1;
    if (i < ref.size())
        out.row = ref.mid(i).toInt();
    out.valid = out.column < MaxColumns && (i == ref.size() || (out.row >= 1 && out.row <= MaxRows));
    return out;
}

class Reader
{
public:
    Reader(const QByteArray& bytes, const QString& path)
        : m_shown(QDir::toNativeSeparators(path)), m_zip(bytes)
    {
        m_ole = bytes.startsWith(QByteArray("\xD0\xCF\x11\xE0", 4));
    }

    Result<XlsxSheet> read();

private:
    // A part of the package by its name; NotFound when the package has none, Data when it is damaged.
    Result<QByteArray> part(const QString& name);
    Error damaged(const QString& part, const QString& detail) const
    {
        return Error::data(
            XlsxSheet::tr("%1 is damaged (%2 in %3). Open it in Excel, WPS or LibreOffice and save it again "
                          "as an Excel workbook (.xlsx).")
                .arg(m_shown, detail, part));
    }
    Error noSheet() const
    {
        return Error::data(
            XlsxSheet::tr("%1 holds no sheet. Save it again from the spreadsheet as an Excel workbook "
                          "(.xlsx), with the table on its first sheet.")
                .arg(m_shown));
    }
    Error notZip() const;
    // The relationships of `source` (Id → target part), and the target of the first one of each type.
    struct Relationships
    {
        QHash<QString, QString> targets;
        QHash<QString, QString> byType; // the last segment of the type: officeDocument, sharedStrings …
    };
    Result<Relationships> relationships(const QString& source);
    Status readSheet(const QByteArray& xml, const QString& name, XlsxSheet& out) const;
    QString cellText(QStringView type, int style, const QString& raw, const QString* inlineText) const;

    QString m_shown;
    ZipArchive m_zip;
    bool m_ole = false; // an OLE compound file, not a zip
    QStringList m_shared;
    QList<bool> m_dateStyles;
    bool m_date1904 = false;
};

Error Reader::notZip() const
{
    // An Excel 97–2003 workbook, and an .xlsx with a password, are OLE compound files, not zips.
    if (m_ole)
        return Error::data(
            XlsxSheet::tr(
                "%1 is an Excel 97-2003 workbook or a workbook with a password, which the console "
                "cannot read. Open it in Excel, WPS or LibreOffice and save it as an Excel workbook "
                "(.xlsx) without a password.")
                .arg(m_shown));
    return Error::data(
        XlsxSheet::tr("%1 is not a valid .xlsx workbook (it is not a zip package). Open it in Excel, WPS or "
                      "LibreOffice and save it again as an Excel workbook (.xlsx), or as CSV.")
            .arg(m_shown));
}

Result<QByteArray> Reader::part(const QString& name)
{
    ZipArchive::Part p = m_zip.part(name, MaxPartBytes);
    switch (p.state) {
    case ZipArchive::Part::State::Read:
        return std::move(p.bytes);
    case ZipArchive::Part::State::Missing:
        return Error::notFound(name);
    case ZipArchive::Part::State::TooLarge:
        return damaged(name, XlsxSheet::tr("the part is larger than %1 MB").arg(MaxPartBytes >> 20));
    case ZipArchive::Part::State::Damaged:
        break;
    }
    return damaged(name, XlsxSheet::tr("zip error %1").arg(p.zipError));
}

Result<Reader::Relationships> Reader::relationships(const QString& source)
{
    const qsizetype slash = source.lastIndexOf(u'/');
    const QString folder = slash < 0 ? QString() : source.left(slash + 1);
    const QString relsName =
        folder + QStringLiteral("_rels/") + source.mid(slash + 1) + QStringLiteral(".rels");
    Relationships out;
    const auto xml = part(relsName);
    if (!xml && xml.error().kind == Error::Kind::NotFound)
        return out; // a package without them: the parts stand at their usual names
    if (!xml)
        return xml.error();
    QXmlStreamReader x(xml.value());
    while (!x.atEnd()) {
        x.readNext();
        if (!isElement(x, QLatin1String("Relationship")) ||
            attribute(x, QLatin1String("TargetMode")) == QLatin1String("External"))
            continue;
        const QString target = attribute(x, QLatin1String("Target")).toString();
        // Targets are relative to the source's folder, or absolute in the package.
        const QString resolved = QDir::cleanPath(target.startsWith(u'/') ? target.mid(1) : folder + target);
        out.targets.insert(attribute(x, QLatin1String("Id")).toString(), resolved);
        const QStringView type = attribute(x, QLatin1String("Type"));
        const QString kind = type.mid(type.lastIndexOf(u'/') + 1).toString();
        if (!out.byType.contains(kind))
            out.byType.insert(kind, resolved);
    }
    if (x.hasError())
        return damaged(relsName, x.errorString());
    return out;
}

Result<XlsxSheet> Reader::read()
{
    if (!m_zip.isOpen())
        return notZip();
    const auto rootRels = relationships(QString());
    if (!rootRels)
        return rootRels.error();
    const QString workbookName =
        rootRels->byType.value(QStringLiteral("officeDocument"), QStringLiteral("xl/workbook.xml"));
    const auto workbook = part(workbookName);
    if (!workbook && workbook.error().kind == Error::Kind::NotFound)
        return Error::data(
            XlsxSheet::tr("%1 is a zip file but not an Excel workbook: it holds no %2. Save the sheet from "
                          "the spreadsheet as an Excel workbook (.xlsx).")
                .arg(m_shown, workbookName));
    if (!workbook)
        return workbook.error();

    QString sheetId;
    bool sheetFound = false;
    QXmlStreamReader wx(workbook.value());
    while (!wx.atEnd()) {
        wx.readNext();
        if (isElement(wx, QLatin1String("workbookPr"))) {
            const QStringView v = attribute(wx, QLatin1String("date1904"));
            m_date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (!sheetFound && isElement(wx, QLatin1String("sheet"))) {
            sheetId = attribute(wx, QLatin1String("id")).toString(); // r:id
            sheetFound = true;
        }
    }
    if (wx.hasError())
        return damaged(workbookName, wx.errorString());
    if (!sheetFound)
        return noSheet();

    const auto rels = relationships(workbookName);
    if (!rels)
        return rels.error();
    const QString folder = workbookName.left(workbookName.lastIndexOf(u'/') + 1);
    const QString sheetName = rels->targets.value(sheetId);
    if (sheetName.isEmpty())
        return noSheet();
    const auto sheet = part(sheetName);
    if (!sheet && sheet.error().kind == Error::Kind::NotFound)
        return noSheet();
    if (!sheet)
        return sheet.error();

    const QString sharedName =
        rels->byType.value(QStringLiteral("sharedStrings"), folder + QStringLiteral("sharedStrings.xml"));
    if (const auto shared = part(sharedName)) {
        QXmlStreamReader x(shared.value());
        while (!x.atEnd()) {
            x.readNext();
            if (isElement(x, QLatin1String("si")))
                m_shared << stringItem(x);
        }
        if (x.hasError())
            return damaged(sharedName, x.errorString());
    } else if (shared.error().kind != Error::Kind::NotFound) {
        return shared.error();
    }
    const QString stylesName =
        rels->byType.value(QStringLiteral("styles"), folder + QStringLiteral("styles.xml"));
    if (const auto styles = part(stylesName)) {
        QXmlStreamReader x(styles.value());
        m_dateStyles = dateStyles(x);
        if (x.hasError())
            return damaged(stylesName, x.errorString());
    } else if (styles.error().kind != Error::Kind::NotFound) {
        return styles.error();
    }

    XlsxSheet out;
    if (const Status rows = readSheet(sheet.value(), sheetName, out); !rows)
        return rows.error();
    return out;
}

QString Reader::cellText(QStringView type, int style, const QString& raw, const QString* inlineText) const
{
    if (inlineText)
        return *inlineText; // t="inlineStr"
    if (type == QLatin1String("s")) {
        bool ok = false;
        const int index = raw.toInt(&ok);
        return ok ? m_shared.value(index) : QString();
    }
    if (type == QLatin1String("str") || type == QLatin1String("inlineStr"))
        return unescape(raw);
    if (type == QLatin1String("e"))
        return raw; // #N/A, #DIV/0! as the spreadsheet shows them
    if (type == QLatin1String("b"))
        return raw.isEmpty()                                               ? QString()
               : raw == QLatin1String("1") || raw == QLatin1String("true") ? QStringLiteral("TRUE")
                                                                           : QStringLiteral("FALSE");
    if (type == QLatin1String("d"))
        return isoDateText(raw);
    if (raw.isEmpty())
        return {};
    if (m_dateStyles.value(style)) {
        bool ok = false;
        const QString date = dateText(raw.toDouble(&ok), m_date1904);
        if (ok && !date.isEmpty())
            return date;
    }
    return numberText(raw);
}

Status Reader::readSheet(const QByteArray& xml, const QString& name, XlsxSheet& out) const
{
    QXmlStreamReader x(xml);
    bool inData = false;
    int rowNumber = 0;
    bool rowNumbered = false; // the <row> has its r, or a cell of it gave one
    int nextColumn = 0;
    QStringList row;
    while (!x.atEnd()) {
        x.readNext();
        if (isElement(x, QLatin1String("sheetData"))) {
            inData = true;
        } else if (x.isEndElement() && x.name() == QLatin1String("sheetData")) {
            inData = false;
        } else if (!inData) {
            continue;
        } else if (isElement(x, QLatin1String("row"))) {
            const QStringView r = attribute(x, QLatin1String("r"));
            rowNumbered = !r.isEmpty();
            rowNumber = rowNumbered ? r.toInt() : rowNumber + 1;
            if (rowNumber < 1 || rowNumber > MaxRows)
                return damaged(name, XlsxSheet::tr("row number %1").arg(r));
            row.clear();
            nextColumn = 0;
        } else if (x.isEndElement() && x.name() == QLatin1String("row")) {
            out.rows << row;
            out.rowNumbers << rowNumber;
        } else if (isElement(x, QLatin1String("c"))) {
            const QStringView r = attribute(x, QLatin1String("r"));
            const CellRef ref = parseRef(r);
            if (!ref.valid)
                return damaged(name, XlsxSheet::tr("cell reference %1").arg(r));
            if (!rowNumbered && ref.row > 0) {
                rowNumber = ref.row;
                rowNumbered = true;
            }
            const int column = ref.column >= 0 ? ref.column : nextColumn;
            if (column >= MaxColumns)
                return damaged(name, XlsxSheet::tr("more than %1 columns").arg(MaxColumns));
            nextColumn = column + 1;
            const QString type = attribute(x, QLatin1String("t")).toString();
            const int style = attribute(x, QLatin1String("s")).toInt();
            QString raw;
            QString inlineText;
            bool hasInline = false;
            while (!x.atEnd()) {
                x.readNext();
                if (isElement(x, QLatin1String("v"))) {
                    raw = x.readElementText();
                } else if (isElement(x, QLatin1String("is"))) {
                    inlineText = stringItem(x);
                    hasInline = true;
                } else if (x.isStartElement()) {
                    x.skipCurrentElement(); // <f>, <extLst>
                } else if (x.isEndElement() && x.name() == QLatin1String("c")) {
                    break;
                }
            }
            const QString value = cellText(type, style, raw, hasInline ? &inlineText : nullptr);
            if (value.isEmpty())
                continue;
            while (row.size() <= column)
                row << QString();
            row[column] = value;
        }
    }
    if (x.hasError())
        return damaged(name, x.errorString());
    return {};
}

} // namespace

Result<XlsxSheet> XlsxSheet::read(const QByteArray& bytes, const QString& path)
{
    return Reader(bytes, path).read();
}

} // namespace threerings
