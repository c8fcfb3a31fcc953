#include "app/cli/Commands.h"
#include "app/cli/Options.h"
#include "core/auth/Actor.h"
#include "core/calendar/CalendarService.h"
#include "core/db/Database.h"
#include "core/report/ReportWriter.h"
#include "core/report/Reports.h"
#include "core/util/Clock.h"
#include "core/util/OwnerOnly.h"
#include "ui/report/ReportPainter.h"

#include <QFile>
#include <QSaveFile>

namespace threerings::cli {

// threerings --db FILE report KIND [--date D | --month YYYY-MM | --quarter YYYY-Qn]
//            --format csv|xlsx|pdf|json --out FILE: the supervisor's sheets, headless.
int runReport(Context& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption date(QStringLiteral("date"),
                                  Text::tr("The day (default today); weekly takes the week holding it, the "
                                           "complaint rate and ratings its month."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption month(QStringLiteral("month"),
                                   Text::tr("A month: tally, service-level, "
                                            "complaint-rate, ratings."),
                                   QStringLiteral("YYYY-MM"));
    const QCommandLineOption quarter(QStringLiteral("quarter"), Text::tr("A quarter: as --month."),
                                     QStringLiteral("YYYY-Qn"));
    const QCommandLineOption format(QStringLiteral("format"), Text::tr("csv, xlsx, pdf or json."),
                                    QStringLiteral("csv|xlsx|pdf|json"));
    const QCommandLineOption outFile(
        QStringLiteral("out"), Text::tr("The file to write (csv and json go to standard output without it)."),
        QStringLiteral("FILE"));
    parser.addOptions({date, month, quarter, format, outFile});
    parser.addPositionalArgument(QStringLiteral("KIND"), Reports::kinds().join(QLatin1Char(' ')));
    if (auto done =
            parseOptions(ctx, parser, QStringLiteral("report"),
                         Text::tr("Write a supervisor's sheet: the daily callback sheet, the call tally, "
                                  "service level, deadlines, the complaint rate, ratings or the weekly "
                                  "summary.")))
        return *done;

    auto kindGiven = kindArgument(parser, Reports::kinds(), Text::tr("Name the report: one of %1."),
                                  Text::tr("Write one report at a time; '%1' is extra."),
                                  Text::tr("Unknown report '%1'; choose one of: %2."));
    if (!kindGiven)
        return ctx.fail(kindGiven.error());
    const QString kind = *kindGiven;
    if (int(parser.isSet(date)) + int(parser.isSet(month)) + int(parser.isSet(quarter)) > 1)
        return ctx.usage(Text::tr("Give one of --date, --month or --quarter."));
    const bool byDayOnly = kind == QLatin1String("daily-callbacks") || kind == QLatin1String("deadlines") ||
                           kind == QLatin1String("weekly");
    if (byDayOnly && (parser.isSet(month) || parser.isSet(quarter)))
        return ctx.usage(Text::tr("The %1 report is by day: give --date YYYY-MM-DD.").arg(kind));

    if (!parser.isSet(format))
        return ctx.usage(Text::tr("Say which format to write: add --format csv, xlsx, pdf or json."));
    const QString fmt = parser.value(format);
    if (!QStringList{QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("pdf"),
                     QStringLiteral("json")}
             .contains(fmt))
        return ctx.usage(Text::tr("--format '%1' is not known; use csv, xlsx, pdf or json.").arg(fmt));
    if ((fmt == QLatin1String("xlsx") || fmt == QLatin1String("pdf")) && !parser.isSet(outFile))
        return ctx.usage(Text::tr("An %1 file needs --out FILE.").arg(fmt));

    std::optional<ReportPeriod> period;
    if (parser.isSet(month)) {
        auto p = ReportPeriod::parseMonth(parser.value(month));
        if (!p)
            return ctx.fail(p.error());
        period = *p;
    } else if (parser.isSet(quarter)) {
        auto p = ReportPeriod::parseQuarter(parser.value(quarter));
        if (!p)
            return ctx.fail(p.error());
        period = *p;
    }
    auto dateGiven = dateOption(parser, QStringLiteral("date")); // an invalid date when not given
    if (!dateGiven)
        return ctx.fail(dateGiven.error());
    QDate day = *dateGiven;

    auto signedIn = ctx.openSignedIn();
    if (!signedIn)
        return ctx.fail(signedIn.error());
    Database& db = *signedIn->db;
    const Actor& actor = signedIn->actor;
    auto calendar = CalendarService(db, ctx.clock).load(actor);
    if (!calendar)
        return ctx.fail(calendar.error());
    if (!period) {
        if (!day.isValid())
            day = ctx.clock.now().toTimeZone(calendar->timeZone()).date();
        period = Reports::defaultPeriod(kind, day);
    }

    Reports reports(db, ctx.clock, *calendar);
    auto report = reports.build(actor, kind, *period);
    if (!report)
        return ctx.fail(report.error());

    const QString path = parser.value(outFile);
    if (Status guard = Database::refuseOpenFile(path, QStringLiteral("--out")); !guard)
        return ctx.fail(guard.error());
    const auto cannotWrite = [&](const QString& why) {
        return ctx.fail(
            Error::io(Text::tr("Cannot write %1: %2. Choose a writable file with --out.").arg(path, why)));
    };
    const OwnerOnly::Scope ownerOnly; // a new file holds the hotline's records: 0600
    if (fmt == QLatin1String("xlsx")) {
        if (auto s = ReportWriter::writeXlsx(*report, path); !s.ok())
            return ctx.fail(s.error());
        return Done;
    }
    if (fmt == QLatin1String("pdf")) {
        auto pages = ui::ReportPainter::writePdf(*report, path);
        if (!pages)
            return ctx.fail(pages.error());
        return Done;
    }
    const auto write = [&](QIODevice& out) {
        return fmt == QLatin1String("csv") ? ReportWriter::writeCsv(*report, out)
                                           : ReportWriter::writeJson(*report, out);
    };
    if (!path.isEmpty()) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return cannotWrite(file.errorString());
        if (auto s = write(file); !s.ok()) {
            file.cancelWriting();
            return ctx.fail(s.error());
        }
        if (!file.commit())
            return cannotWrite(file.errorString());
        return Done;
    }
    ctx.out.flush();
    QFile stdOut;
    if (!stdOut.open(stdout, QIODevice::WriteOnly))
        return ctx.fail(Error::io(Text::tr("Cannot write to standard output.")));
    const Status s = write(stdOut);
    stdOut.flush();
    if (!s.ok())
        return ctx.fail(s.error());
    return Done;
}

} // namespace threerings::cli
