// The files admins import: CSV as Excel, WPS and this console write it (UTF-8 or GB18030, quoted cells, the
// guard against formulas) and XLSX as Excel, WPS, LibreOffice and this console write it.
#include "core/util/TableFile.h"

#include "core/util/CsvCell.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <xlsxwriter.h>

using namespace threerings;

namespace {

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    QFile f(dir.filePath(name));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return f.fileName();
}

QString fixture(const char* name)
{
    return QStringLiteral(THREERINGS_SOURCE_DIR "/tests/fixtures/xlsx/") + QLatin1String(name);
}

} // namespace

TEST_CASE("CSV: a BOM, quoted cells with commas, quotes and line breaks, CRLF, blank rows")
{
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("a.csv"),
                               "\xEF\xBB\xBF"
                               "code, name \r\n"
                               "QD01,\"青岛, 市南\"\r\n"
                               "\r\n"
                               ",\r\n"
                               "JN01,\"说 \"\"济南\"\"\n第二行\"\r\n"
                               "XA01,西安\n"
                               "WH01");
    auto t = readTableFile(path);
    REQUIRE(t);
    CHECK(t->header == QStringList{QStringLiteral("code"), QStringLiteral("name")});
    REQUIRE(t->rows.size() == 4);
    CHECK(t->rows.at(0) == QStringList{QStringLiteral("QD01"), QStringLiteral("青岛, 市南")});
    CHECK(t->rows.at(1).at(1) == QStringLiteral("说 \"济南\"\n第二行"));
    CHECK(t->rows.at(3) == QStringList{QStringLiteral("WH01"), QString()});
    CHECK(t->rowNumbers == QList<int>{2, 5, 7, 8});
}

TEST_CASE("CSV: GB18030 as Excel on a Chinese Windows saves it, and the console's formula guard comes off")
{
    QTemporaryDir dir;
    QStringEncoder gb("GB18030");
    REQUIRE(gb.isValid());
    const QByteArray bytes = gb(QStringLiteral("网点编码,网点名称\r\nQD01,青岛维修中心\r\n"));
    auto t = readTableFile(write(dir, QStringLiteral("gbk.csv"), bytes));
    REQUIRE(t);
    CHECK(t->header.at(1) == QStringLiteral("网点名称"));
    CHECK(t->rows.at(0).at(1) == QStringLiteral("青岛维修中心"));

    QByteArray line;
    csv::appendCell(line, "=HYPERLINK(\"x\")");
    line += ',';
    csv::appendCell(line, "-12");
    line += ',';
    csv::appendCell(line, "'quoted by its author");
    auto guarded = readTableFile(write(dir, QStringLiteral("g.csv"), "a,b,c\r\n" + line + "\r\n"));
    REQUIRE(guarded);
    CHECK(guarded->rows.at(0) == QStringList{QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("-12"),
                                             QStringLiteral("'quoted by its author")});
}

TEST_CASE("CSV and XLSX that cannot be read say which file and what to do")
{
    QTemporaryDir dir;
    auto txt = readTableFile(write(dir, QStringLiteral("a.txt"), "a,b\n"));
    REQUIRE_FALSE(txt);
    CHECK(txt.error().message.contains(QStringLiteral("a.txt")));
    auto empty = readTableFile(write(dir, QStringLiteral("e.csv"), "\r\n\r\n"));
    REQUIRE_FALSE(empty);
    CHECK(empty.error().message.contains(QStringLiteral("e.csv")));
    auto twice = readTableFile(write(dir, QStringLiteral("t.csv"), "code,name,code\r\n1,2,3\r\n"));
    REQUIRE_FALSE(twice);
    CHECK(twice.error().message.contains(QStringLiteral("code")));
    auto junk = readTableFile(write(dir, QStringLiteral("j.xlsx"), QByteArray(300, '\x07')));
    REQUIRE_FALSE(junk);
    CHECK(junk.error().message.contains(QStringLiteral("j.xlsx")));
    auto missing = readTableFile(dir.filePath(QStringLiteral("none.csv")));
    REQUIRE_FALSE(missing);
}

TEST_CASE("XLSX written by libxlsxwriter (as the console exports): text, an 11-digit number, a date, gaps")
{
    QTemporaryDir dir;
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("x.xlsx")));
    lxw_workbook* book = workbook_new(path.constData());
    REQUIRE(book);
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_worksheet* sheet = workbook_add_worksheet(book, "网点");
    worksheet_write_string(sheet, 0, 0, "网点编码", nullptr);
    worksheet_write_string(sheet, 0, 1, "电话", nullptr);
    worksheet_write_string(sheet, 0, 2, "地址", nullptr);
    worksheet_write_string(sheet, 0, 3, "开业日期", nullptr);
    worksheet_write_string(sheet, 1, 0, "QD01", nullptr);
    worksheet_write_number(sheet, 1, 1, 13812345678.0, nullptr);
    lxw_datetime day = {2026, 12, 4, 0, 0, 0};
    worksheet_write_datetime(sheet, 1, 3, &day, date);
    worksheet_write_string(sheet, 3, 0, "JN01", nullptr); // row 3 left blank
    worksheet_write_number(sheet, 3, 1, 2.5, nullptr);
    worksheet_write_string(sheet, 3, 2, "济南市历下区", nullptr);
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);

    auto t = readTableFile(dir.filePath(QStringLiteral("x.xlsx")));
    INFO((t ? QString() : t.error().message).toStdString());
    REQUIRE(t);
    CHECK(t->header == QStringList{QStringLiteral("网点编码"), QStringLiteral("电话"), QStringLiteral("地址"),
                                   QStringLiteral("开业日期")});
    REQUIRE(t->rows.size() == 2);
    CHECK(t->rows.at(0) == QStringList{QStringLiteral("QD01"), QStringLiteral("13812345678"), QString(),
                                       QStringLiteral("2026-12-04")});
    CHECK(t->rows.at(1) == QStringList{QStringLiteral("JN01"), QStringLiteral("2.5"),
                                       QStringLiteral("济南市历下区"), QString()});
    CHECK(t->rowNumbers == QList<int>{2, 4});
}

TEST_CASE("XLSX as LibreOffice writes it: shared strings, cells without references, another sheet part")
{
    auto t = readTableFile(fixture("libreoffice-outlets.xlsx"));
    INFO((t ? QString() : t.error().message).toStdString());
    REQUIRE(t);
    CHECK(t->header.at(4) == QStringLiteral("开业日期"));
    REQUIRE(t->rows.size() == 2);
    CHECK(t->rows.at(0) == QStringList{QStringLiteral("QD01"), QStringLiteral("青岛维修中心"),
                                       QStringLiteral("特约点"), QStringLiteral("53288886666"),
                                       QStringLiteral("2024-01-01")});
    CHECK(t->rows.at(1) == QStringList{QStringLiteral("JN01"), QStringLiteral("济南服务站, 历下"),
                                       QStringLiteral("自办点"), QString(),
                                       QStringLiteral("2025-01-01 12:00")});
}

TEST_CASE("XLSX as WPS and Excel write it: inline strings, rich text, the 1904 date system, formula results")
{
    auto t = readTableFile(fixture("wps-outlets.xlsx"));
    INFO((t ? QString() : t.error().message).toStdString());
    REQUIRE(t);
    CHECK(t->header == QStringList{QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("phone"),
                                   QStringLiteral("opened"), QStringLiteral("active")});
    REQUIRE(t->rows.size() == 2);
    CHECK(t->rows.at(0) == QStringList{QStringLiteral("QD01"), QStringLiteral("青岛维修中心"),
                                       QStringLiteral("13812345678"), QStringLiteral("1904-01-01"),
                                       QStringLiteral("1")});
    CHECK(t->rows.at(1) ==
          QStringList{QStringLiteral("XA01"), QString(), QString(), QStringLiteral("1905-01-01"), QString()});
    CHECK(t->rowNumbers == QList<int>{3, 5});
}
