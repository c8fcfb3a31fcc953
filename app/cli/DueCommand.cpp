#include "app/cli/Commands.h"
#include "app/cli/Options.h"
#include "core/auth/Actor.h"
#include "core/calendar/CalendarService.h"
#include "core/db/Database.h"
#include "core/forms/MyWork.h"
#include "core/util/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace threerings::cli {

// threerings --db FILE due [--date YYYY-MM-DD] [--agent NO] [--format text|json]: "My work" headless.
int runDue(Context& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption date(
        QStringLiteral("date"),
        Text::tr("The day to list (default today); a past or future day is listed as "
                 "at its opening time."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption agent(QStringLiteral("agent"),
                                   Text::tr("Whose work to list, by job number (default: the signed-in "
                                            "person; another person's needs a supervisor)."),
                                   QStringLiteral("NO"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Text::tr("text (default) or json (one object per line)."),
                                    QStringLiteral("text|json"), QStringLiteral("text"));
    parser.addOptions({date, agent, format});
    if (auto done =
            parseOptions(ctx, parser, QStringLiteral("due"),
                         Text::tr("Print My work: everything with a clock on it, by deadline, with the "
                                  "time left in working hours (negative = late).")))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(Text::tr("Unexpected argument '%1'. Run 'threerings due --help' for the options.")
                             .arg(parser.positionalArguments().constFirst()));
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json"))
        return ctx.usage(Text::tr("--format '%1' is not known; use text or json.").arg(fmt));
    auto dateGiven = dateOption(parser, QStringLiteral("date")); // an invalid date when not given
    if (!dateGiven)
        return ctx.fail(dateGiven.error());
    const QDate day = *dateGiven;

    auto signedIn = ctx.openSignedIn();
    if (!signedIn)
        return ctx.fail(signedIn.error());
    Database& db = *signedIn->db;
    const Actor& actor = signedIn->actor;
    auto calendar = CalendarService(db, ctx.clock).load(actor);
    if (!calendar)
        return ctx.fail(calendar.error());

    if (!parser.isSet(agent) && actor.system)
        return ctx.usage(
            Text::tr("This database has no accounts yet; give --agent NO to say whose work to list."));

    const QDateTime nowLocal = ctx.clock.now().toTimeZone(calendar->timeZone());
    QDateTime at = nowLocal;
    if (day.isValid() && day != nowLocal.date())
        at = QDateTime(day, calendar->opens(), calendar->timeZone());
    MyWork work(db, ctx.clock, *calendar);
    // Whose list: checked by MyWork before the job number is even looked up.
    auto items = parser.isSet(agent) ? work.forJobNumber(actor, parser.value(agent), at)
                                     : work.forPerson(actor, actor.userId, at);
    if (!items && items.error().kind == Error::Kind::NotFound && parser.isSet(agent))
        return ctx.fail(Error::data(Text::tr("No person has the job number %1; run 'threerings user list' to "
                                             "see the job numbers.")
                                        .arg(parser.value(agent))));
    if (!items)
        return ctx.fail(items.error());

    const QString timeFormat = QStringLiteral("yyyy-MM-dd HH:mm");
    for (const WorkItem& w : *items) {
        const QString due =
            w.dueAt.isValid() ? w.dueAt.toTimeZone(calendar->timeZone()).toString(timeFormat) : QString();
        if (fmt == QLatin1String("json")) {
            QJsonObject o{
                {QStringLiteral("kind"), WorkItem::kindKey(w.kind)},
                {QStringLiteral("record_table"), RecordKinds::table(w.recordKind)},
                {QStringLiteral("record_id"), w.recordId},
                {QStringLiteral("reference"), w.reference},
                {QStringLiteral("title"), w.title},
                {QStringLiteral("due"), due},
                {QStringLiteral("working_minutes_left"), w.minutesLeft},
                {QStringLiteral("late"), w.late()},
                {QStringLiteral("prompt"), w.prompt},
            };
            if (w.notBefore.isValid())
                o.insert(QStringLiteral("not_before"),
                         w.notBefore.toTimeZone(calendar->timeZone()).toString(timeFormat));
            ctx.out << jsonLine(o) << Qt::endl;
        } else {
            ctx.out << due << QLatin1Char('\t') << WorkItem::formatLeft(w.minutesLeft) << QLatin1Char('\t')
                    << WorkItem::kindLabel(w.kind) << QLatin1Char('\t') << w.reference << QLatin1Char('\t')
                    << w.title << QLatin1Char('\t') << w.prompt << Qt::endl;
        }
    }
    if (fmt == QLatin1String("text") && items->isEmpty())
        ctx.out << Text::tr("Nothing due.") << Qt::endl;
    return Done;
}

} // namespace threerings::cli
