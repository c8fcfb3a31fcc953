#include "app/cli/Commands.h"
#include "app/cli/Options.h"
#include "core/auth/Actor.h"
#include "core/calendar/BusinessCalendar.h"
#include "core/calendar/CalendarService.h"
#include "core/db/Database.h"

namespace threerings::cli {

namespace {

QString yearList(const QList<int>& years)
{
    QStringList parts;
    for (int y : years)
        parts << QString::number(y);
    return parts.join(QStringLiteral(", "));
}

int runCalendarAdd(Context& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"),
                                  Text::tr("Start time, \"YYYY-MM-DD HH:MM\" in the calendar's time zone."),
                                  QStringLiteral("YYYY-MM-DD HH:MM"));
    const QCommandLineOption hours(QStringLiteral("working-hours"), Text::tr("Add N working hours."),
                                   QStringLiteral("N"));
    const QCommandLineOption days(QStringLiteral("working-days"), Text::tr("Add N working days."),
                                  QStringLiteral("N"));
    parser.addOptions({from, hours, days});
    if (auto done =
            parseOptions(ctx, parser, QStringLiteral("calendar add"),
                         Text::tr("Print the deadline N working hours or working days after a moment, "
                                  "by the business calendar of the database.")))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(
            Text::tr("Unexpected argument '%1'. Run 'threerings calendar add --help' for the options.")
                .arg(parser.positionalArguments().constFirst()));

    if (!parser.isSet(from))
        return ctx.usage(Text::tr("--from is missing; give the start as \"YYYY-MM-DD HH:MM\", for example "
                                  "--from \"2026-09-30 16:00\"."));
    // Date and time are read apart: a whole QDateTime would be checked against this machine's
    // zone, and a moment in its daylight-saving gap is an ordinary one in the calendar's zone.
    const QStringList fromParts = parser.value(from).simplified().split(QLatin1Char(' '));
    const QDate fromDate = fromParts.size() == 2 && fromParts[0].size() == 10
                               ? QDate::fromString(fromParts[0], QStringLiteral("yyyy-MM-dd"))
                               : QDate();
    const QTime fromTime = fromParts.size() == 2 && fromParts[1].size() == 5
                               ? QTime::fromString(fromParts[1], QStringLiteral("HH:mm"))
                               : QTime();
    if (!fromDate.isValid() || !fromTime.isValid())
        return ctx.usage(Text::tr("--from '%1' is not a date and time; write it as \"YYYY-MM-DD HH:MM\", for "
                                  "example --from \"2026-09-30 16:00\".")
                             .arg(parser.value(from)));
    if (parser.isSet(hours) == parser.isSet(days))
        return ctx.usage(Text::tr("Give exactly one of --working-hours N and --working-days N."));
    const bool byHours = parser.isSet(hours);
    auto n =
        countOption(parser, byHours ? QStringLiteral("working-hours") : QStringLiteral("working-days"), 0);
    if (!n)
        return ctx.fail(n.error());
    // A bound that keeps minutes * 60 000 far from overflowing; no hotline deadline is ten thousand years
    // out.
    constexpr qint64 kMaxHours = 24LL * 366 * 100;
    if (*n > (byHours ? kMaxHours : kMaxHours / 24))
        return ctx.usage(Text::tr("--%1 %2 is too large; give at most %3.")
                             .arg(byHours ? QStringLiteral("working-hours") : QStringLiteral("working-days"))
                             .arg(*n)
                             .arg(byHours ? kMaxHours : kMaxHours / 24));

    // Reading the calendar is reading the database: on one with accounts, sign in first.
    auto signedIn = ctx.openSignedIn();
    if (!signedIn)
        return ctx.fail(signedIn.error());
    Database& db = *signedIn->db;
    auto calendar = CalendarService(db, ctx.clock).load(signedIn->actor);
    if (!calendar)
        return ctx.fail(calendar.error());

    const QDateTime start(fromDate, fromTime, calendar->timeZone());
    const BusinessCalendar::Deadline deadline =
        byHours ? calendar->addWorkingHours(start, *n * 60) : calendar->addWorkingDays(start, int(*n));
    if (!deadline.at.isValid())
        return ctx.fail(
            Error::data(Text::tr("The business calendar has no working time at all; give it working "
                                 "days and opening hours first.")));
    if (deadline.fellBack())
        ctx.err << Text::tr("threerings: note: the calendar has no holiday data for %1; plain weekends were "
                            "assumed there. An admin can add the year's holidays.")
                       .arg(yearList(deadline.fallbackYears))
                << Qt::endl;
    ctx.out << deadline.at.toTimeZone(calendar->timeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            << Qt::endl;
    return Done;
}

} // namespace

int runCalendar(Context& ctx)
{
    const QString action = ctx.args.value(0);
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        ctx.out << Text::tr("Usage: threerings --db FILE calendar add --from \"YYYY-MM-DD HH:MM\" "
                            "(--working-hours N | --working-days N)\n");
        return Done;
    }
    if (action != QLatin1String("add"))
        return ctx.usage(action.isEmpty()
                             ? Text::tr("calendar needs an action: add. Run 'threerings calendar --help'.")
                             : Text::tr("Unknown calendar action '%1'; the action is add. Run 'threerings "
                                        "calendar --help'.")
                                   .arg(action));
    Context sub = ctx;
    sub.args = ctx.args.mid(1);
    return runCalendarAdd(sub);
}

} // namespace threerings::cli
