// threerings report KIND …: the supervisor's sheets headless, as a scheduled export runs them.

#include "CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using threerings::test::CliRun;
using threerings::test::runCli;

namespace {

struct ReportDb
{
    ReportDb()
    {
        REQUIRE(dir.isValid());
        const auto r = runCli({QStringLiteral("--db"), path(), QStringLiteral("demo-data"),
                               QStringLiteral("--customers"), QStringLiteral("60"), QStringLiteral("--calls"),
                               QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("11"),
                               QStringLiteral("--password"), QStringLiteral("demo-pass-11")});
        REQUIRE(r.code == 0);
        env.insert(QStringLiteral("THREERINGS_PASSWORD"), QStringLiteral("demo-pass-11"));
    }
    QString path() const { return dir.filePath(QStringLiteral("reports.sqlite")); }
    QString file(const QString& name) const { return dir.filePath(name); }
    CliRun run(const QString& user, const QStringList& args) const
    {
        return runCli(QStringList{QStringLiteral("--db"), path(), QStringLiteral("--user"), user} + args, {},
                      env);
    }
    // The busiest day of the demo calls, from the tally export.
    QString busiestDay() const
    {
        const CliRun r = run(QStringLiteral("3001"), {QStringLiteral("export"), QStringLiteral("tally"),
                                                      QStringLiteral("--format"), QStringLiteral("json")});
        REQUIRE(r.code == 0);
        QHash<QString, int> perDay;
        for (const QString& line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            perDay[o.value(QStringLiteral("day")).toString()] +=
                o.value(QStringLiteral("handled_calls")).toInt();
        }
        QString best;
        for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
            if (best.isEmpty() || it.value() > perDay.value(best))
                best = it.key();
        }
        REQUIRE_FALSE(best.isEmpty());
        return best;
    }
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
};

int pdfPages(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                       .match(QString::fromUtf8(p.readAllStandardOutput()));
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

} // namespace

TEST_CASE("report tally as json agrees with the tally export of the same day", "[cli][reports]")
{
    ReportDb db;
    const QString day = db.busiestDay();
    const CliRun exported =
        db.run(QStringLiteral("3001"),
               {QStringLiteral("export"), QStringLiteral("tally"), QStringLiteral("--from"), day,
                QStringLiteral("--to"), day, QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(exported.code == 0);
    int handled = 0;
    for (const QString& line : exported.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        handled +=
            QJsonDocument::fromJson(line.toUtf8()).object().value(QStringLiteral("handled_calls")).toInt();
    REQUIRE(handled > 0);

    const CliRun r = db.run(QStringLiteral("3001"),
                            {QStringLiteral("report"), QStringLiteral("tally"), QStringLiteral("--date"), day,
                             QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(r.code == 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(doc.value(QStringLiteral("kind")).toString() == QStringLiteral("tally"));
    CHECK(doc.value(QStringLiteral("period")).toString() == day);
    const QJsonArray rows = doc.value(QStringLiteral("sections"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("rows"))
                                .toArray();
    REQUIRE_FALSE(rows.isEmpty());
    CHECK(rows.last().toObject().value(QStringLiteral("total")).toInt() == handled);
}

TEST_CASE("report writes a PDF with the sheet's pages and an xlsx with its rows", "[cli][reports]")
{
    ReportDb db;
    const QString day = db.busiestDay();
    const QString tallyPdf = db.file(QStringLiteral("tally.pdf"));
    CliRun r = db.run(QStringLiteral("3001"),
                      {QStringLiteral("report"), QStringLiteral("tally"), QStringLiteral("--date"), day,
                       QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), tallyPdf});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.err.isEmpty()); // nothing from Qt's platform on stderr: scripts read it as the command's message
    CHECK(pdfPages(tallyPdf) >= 1);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {tallyPdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(words.contains(QStringLiteral("call tally"))); // pdftotext drops the bold digits of the title
    CHECK(words.contains(day));

    // A month of service level: the agents' table, then a row per day; at least two pages.
    const QString month = day.left(7);
    const QString slPdf = db.file(QStringLiteral("sl.pdf"));
    r = db.run(QStringLiteral("3001"),
               {QStringLiteral("report"), QStringLiteral("service-level"), QStringLiteral("--month"), month,
                QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), slPdf});
    REQUIRE(r.code == 0);
    CHECK(pdfPages(slPdf) >= 2);

    const QString xlsx = db.file(QStringLiteral("sl.xlsx"));
    r = db.run(QStringLiteral("3001"),
               {QStringLiteral("report"), QStringLiteral("service-level"), QStringLiteral("--month"), month,
                QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), xlsx});
    REQUIRE(r.code == 0);
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet2.xml")});
    REQUIRE(unzip.waitForFinished(20000));
    const QString perDay = QString::fromUtf8(unzip.readAllStandardOutput());
    const int days = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate).daysInMonth();
    CHECK(perDay.count(QStringLiteral("<row ")) == days + 2); // title, headings, one row per day
}

TEST_CASE("report refuses agents and explains wrong options", "[cli][reports]")
{
    ReportDb db;
    const QString out = db.file(QStringLiteral("x.csv"));
    CHECK(db.run(QStringLiteral("1001"),
                 {QStringLiteral("report"), QStringLiteral("tally"), QStringLiteral("--format"),
                  QStringLiteral("csv"), QStringLiteral("--out"), out})
              .code == 3);
    CliRun r = db.run(QStringLiteral("3001"),
                      {QStringLiteral("report"), QStringLiteral("daily-callbacks"), QStringLiteral("--month"),
                       QStringLiteral("2026-11"), QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--date")));
    r = db.run(QStringLiteral("3001"), {QStringLiteral("report"), QStringLiteral("weekly"),
                                        QStringLiteral("--format"), QStringLiteral("pdf")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--out")));
    r = db.run(QStringLiteral("3001"),
               {QStringLiteral("report"), QStringLiteral("complaint-rate"), QStringLiteral("--quarter"),
                QStringLiteral("2026-Q9"), QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("YYYY-Qn")));
    r = db.run(QStringLiteral("3001"),
               {QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--format"),
                QStringLiteral("csv"), QStringLiteral("--out"), out});
    CHECK(r.code == 0);
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(f.readAll()).contains(QStringLiteral("Callbacks due this week")));
}
