#include "core/report/ReportWriter.h"

#include "core/db/Database.h"
#include "core/util/CsvCell.h"
#include "core/util/OwnerOnly.h"

#include <QFile>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <xlsxwriter.h>

namespace threerings {

namespace {

// The value as it goes into CSV: plain numbers (a share as 0.975), ISO dates, and texts as cells a
// spreadsheet runs nothing from.
QString csvValue(const ReportColumn& c, const QVariant& v)
{
    if (v.isNull() || !v.isValid())
        return {};
    switch (c.type) {
    case ReportColumn::Type::Integer:
    case ReportColumn::Type::Tally:
        return QString::number(v.toLongLong());
    case ReportColumn::Type::Real:
        return QString::number(v.toDouble(), 'f', 2);
    case ReportColumn::Type::Percent:
        return QString::number(v.toDouble(), 'f', 4);
    case ReportColumn::Type::Date:
        return v.toDate().toString(Qt::ISODate);
    case ReportColumn::Type::Text:
        break;
    }
    return csv::cell(v.toString());
}

QString typeName(ReportColumn::Type t)
{
    switch (t) {
    case ReportColumn::Type::Text:
        return QStringLiteral("text");
    case ReportColumn::Type::Integer:
        return QStringLiteral("integer");
    case ReportColumn::Type::Real:
        return QStringLiteral("real");
    case ReportColumn::Type::Percent:
        return QStringLiteral("percent");
    case ReportColumn::Type::Date:
        return QStringLiteral("date");
    case ReportColumn::Type::Tally:
        return QStringLiteral("tally");
    }
    return {};
}

} // namespace

QString ReportWriter::marksHeading(const ReportColumn& column)
{
    //: the 正 tally marks beside a count, as on 800电话信息统计报表
    return tr("%1 (tally marks)").arg(column.heading);
}

Status ReportWriter::writeCsv(const Report& report, QIODevice& out)
{
    QByteArray text;
    // Fields are cells already (csvValue); titles and headings become cells here.
    const auto line = [&text](const QStringList& fields) {
        text += fields.join(QLatin1Char(',')).toUtf8();
        text += "\r\n";
    };
    const auto cells = [](const QStringList& texts) {
        QStringList list;
        for (const QString& t : texts)
            list << csv::cell(t);
        return list;
    };
    const bool titled = report.sections.size() > 1;
    for (int i = 0; i < report.sections.size(); ++i) {
        const ReportSection& s = report.sections.at(i);
        if (i > 0)
            text += "\r\n";
        if (titled)
            line(cells({s.title.isEmpty() ? report.title : s.title}));
        QStringList header;
        for (const ReportColumn& c : s.columns) {
            header << c.heading;
            if (c.type == ReportColumn::Type::Tally)
                header << marksHeading(c);
        }
        line(cells(header));
        for (const QVariantList& row : s.rows) {
            QStringList fields;
            for (int c = 0; c < s.columns.size(); ++c) {
                const QVariant v = row.value(c);
                fields << csvValue(s.columns.at(c), v);
                if (s.columns.at(c).type == ReportColumn::Type::Tally)
                    fields << csv::cell(tallyMarks(v.toLongLong()));
            }
            line(fields);
        }
        if (out.write(text) != text.size())
            return Error::io(tr("Cannot write the report: %1.").arg(out.errorString()));
        text.clear();
    }
    return {};
}

Status ReportWriter::writeJson(const Report& report, QIODevice& out)
{
    QJsonArray sections;
    for (const ReportSection& s : report.sections) {
        QJsonArray columns, rows;
        for (const ReportColumn& c : s.columns)
            columns.append(QJsonObject{{QStringLiteral("key"), c.key},
                                       {QStringLiteral("heading"), c.heading},
                                       {QStringLiteral("type"), typeName(c.type)}});
        for (const QVariantList& row : s.rows) {
            QJsonObject o;
            for (int c = 0; c < s.columns.size(); ++c) {
                const QVariant v = row.value(c);
                const ReportColumn& col = s.columns.at(c);
                if (v.isNull() || !v.isValid())
                    o.insert(col.key, QJsonValue());
                else if (col.type == ReportColumn::Type::Date)
                    o.insert(col.key, v.toDate().toString(Qt::ISODate));
                else if (col.type == ReportColumn::Type::Integer || col.type == ReportColumn::Type::Tally)
                    o.insert(col.key, v.toLongLong());
                else if (col.type == ReportColumn::Type::Real || col.type == ReportColumn::Type::Percent)
                    o.insert(col.key, v.toDouble());
                else
                    o.insert(col.key, v.toString());
            }
            rows.append(o);
        }
        sections.append(QJsonObject{{QStringLiteral("key"), s.key},
                                    {QStringLiteral("title"), s.title},
                                    {QStringLiteral("columns"), columns},
                                    {QStringLiteral("rows"), rows}});
    }
    const QJsonObject doc{{QStringLiteral("kind"), report.kind},
                          {QStringLiteral("title"), report.title},
                          {QStringLiteral("period"), report.period},
                          {QStringLiteral("from"), report.from.toString(Qt::ISODate)},
                          {QStringLiteral("to"), report.to.toString(Qt::ISODate)},
                          {QStringLiteral("footer"), QJsonArray::fromStringList(report.footer)},
                          {QStringLiteral("sections"), sections}};
    const QByteArray bytes = QJsonDocument(doc).toJson(QJsonDocument::Indented);
    if (out.write(bytes) != bytes.size())
        return Error::io(tr("Cannot write the report: %1.").arg(out.errorString()));
    return {};
}

Status ReportWriter::writeXlsx(const Report& report, const QString& path)
{
    if (Status guard = Database::refuseOpenFile(path); !guard)
        return guard.error();
    const OwnerOnly::Scope ownerOnly; // a new file holds the hotline's records: 0600
    {
        // libxlsxwriter reports a bad path on stderr only when closing; find it first.
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return Error::io(
                tr("Cannot write %1: %2. Choose a writable file.").arg(path, probe.errorString()));
    }
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook* book = workbook_new(file.constData());
    if (!book)
        return Error::io(
            tr("Cannot write %1: the folder is missing or not writable. Choose another file.").arg(path));
    lxw_format* title = workbook_add_format(book);
    format_set_bold(title);
    format_set_font_size(title, 14);
    lxw_format* head = workbook_add_format(book);
    format_set_bold(head);
    format_set_border(head, LXW_BORDER_THIN);
    format_set_text_wrap(head);
    format_set_align(head, LXW_ALIGN_CENTER);
    lxw_format* cell = workbook_add_format(book);
    format_set_border(cell, LXW_BORDER_THIN);
    lxw_format* real = workbook_add_format(book);
    format_set_border(real, LXW_BORDER_THIN);
    format_set_num_format(real, "0.0");
    lxw_format* percent = workbook_add_format(book);
    format_set_border(percent, LXW_BORDER_THIN);
    format_set_num_format(percent, "0.0%");
    lxw_format* date = workbook_add_format(book);
    format_set_border(date, LXW_BORDER_THIN);
    format_set_num_format(date, "yyyy-mm-dd");

    int index = 0;
    for (const ReportSection& s : report.sections) {
        ++index;
        // Sheet names: at most 31 characters, no []:*?/\ ; the key is safe and unique.
        const QByteArray name = QString(QString::number(index) + QLatin1Char(' ') + s.key).left(31).toUtf8();
        lxw_worksheet* sheet = workbook_add_worksheet(book, name.constData());
        lxw_row_t r = 0;
        const QByteArray t = (report.title + QStringLiteral("  ") + report.period +
                              (s.title.isEmpty() ? QString() : QStringLiteral("  ") + s.title))
                                 .toUtf8();
        worksheet_write_string(sheet, r++, 0, t.constData(), title);
        lxw_col_t c = 0;
        for (const ReportColumn& col : s.columns) {
            worksheet_set_column(sheet, c, c, std::max(8, col.width) * 1.3, nullptr);
            worksheet_write_string(sheet, r, c++, col.heading.toUtf8().constData(), head);
            if (col.type == ReportColumn::Type::Tally) {
                worksheet_set_column(sheet, c, c, std::max(8, col.width) * 1.3, nullptr);
                worksheet_write_string(sheet, r, c++, marksHeading(col).toUtf8().constData(), head);
            }
        }
        ++r;
        for (const QVariantList& row : s.rows) {
            c = 0;
            for (int i = 0; i < s.columns.size(); ++i) {
                const ReportColumn& col = s.columns.at(i);
                const QVariant v = row.value(i);
                const bool empty = v.isNull() || !v.isValid();
                switch (col.type) {
                case ReportColumn::Type::Text:
                    worksheet_write_string(sheet, r, c, v.toString().toUtf8().constData(), cell);
                    break;
                case ReportColumn::Type::Integer:
                case ReportColumn::Type::Tally:
                    if (empty)
                        worksheet_write_blank(sheet, r, c, cell);
                    else
                        worksheet_write_number(sheet, r, c, double(v.toLongLong()), cell);
                    break;
                case ReportColumn::Type::Real:
                case ReportColumn::Type::Percent:
                    if (empty)
                        worksheet_write_blank(sheet, r, c,
                                              col.type == ReportColumn::Type::Real ? real : percent);
                    else
                        worksheet_write_number(sheet, r, c, v.toDouble(),
                                               col.type == ReportColumn::Type::Real ? real : percent);
                    break;
                case ReportColumn::Type::Date: {
                    const QDate d = v.toDate();
                    if (!d.isValid()) {
                        worksheet_write_blank(sheet, r, c, date);
                        break;
                    }
                    lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0.0};
                    worksheet_write_datetime(sheet, r, c, &dt, date);
                    break;
                }
                }
                ++c;
                if (col.type == ReportColumn::Type::Tally)
                    worksheet_write_string(sheet, r, c++, tallyMarks(v.toLongLong()).toUtf8().constData(),
                                           cell);
            }
            ++r;
        }
        if (index == 1) {
            ++r;
            for (const QString& f : report.footer)
                worksheet_write_string(sheet, r++, 0, f.toUtf8().constData(), nullptr);
        }
    }
    const lxw_error e = workbook_close(book);
    if (e != LXW_NO_ERROR)
        return Error::io(
            tr("Cannot write %1: %2. Choose a writable file.").arg(path, QString::fromUtf8(lxw_strerror(e))));
    return {};
}

} // namespace threerings
