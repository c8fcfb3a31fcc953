#include "app/cli/Commands.h"
#include "app/cli/Options.h"
#include "core/auth/AccountService.h"
#include "core/calendar/BusinessCalendar.h"
#include "core/calendar/CalendarService.h"
#include "core/db/Database.h"
#include "core/demo/DemoData.h"
#include "core/site/Defaults.h"

#include <QElapsedTimer>

namespace threerings::cli {

int runDemoData(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("customers"), Text::tr("How many customers (at least 1)."),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("calls"),
                      Text::tr("How many calls, spread over the last weeks up to now."), QStringLiteral("M"),
                      QStringLiteral("5000")});
    parser.addOption({QStringLiteral("seed"), Text::tr("The same seed on the same day gives the same data."),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption(
        {QStringLiteral("password"), Text::tr("The password of every demo account."), QStringLiteral("P")});
    if (auto done =
            parseOptions(ctx, parser, QStringLiteral("demo-data"),
                         Text::tr("Fill an empty database with deterministic synthetic hotline data and "
                                  "one demo account per role.")))
        return *done;
    auto customers = countOption(parser, QStringLiteral("customers"), 1);
    if (!customers)
        return ctx.fail(customers.error());
    auto calls = countOption(parser, QStringLiteral("calls"), 0);
    if (!calls)
        return ctx.fail(calls.error());
    auto seed = countOption(parser, QStringLiteral("seed"), 0);
    if (!seed)
        return ctx.fail(seed.error());

    auto db = ctx.openDatabase(/*createIfMissing=*/true);
    if (!db)
        return ctx.fail(db.error());
    // Demo data fills an empty database only, so it needs no sign-in; one with accounts is not empty.
    auto hasAccounts = AccountService(**db, ctx.clock).hasAccounts();
    if (!hasAccounts)
        return ctx.fail(hasAccounts.error());
    if (*hasAccounts)
        return ctx.fail(
            Error::data(Text::tr("%1 already has accounts; demo data only fills an empty database. "
                                 "Name a new file with --db.")
                            .arg((*db)->path())));
    if (Status s = Defaults::ensure(**db, ctx.clock); !s)
        return ctx.fail(s.error());
    // Setup of an empty database: the system reads the calendar the demo days follow.
    auto calendar = CalendarService(**db, ctx.clock).load(Actor::systemActor());
    if (!calendar)
        return ctx.fail(calendar.error());

    DemoOptions options;
    options.customers = *customers;
    options.calls = *calls;
    options.seed = quint64(*seed);
    options.password = parser.value(QStringLiteral("password"));
    if (parser.isSet(QStringLiteral("password"))) {
        if (Status s = PasswordHasher::checkPolicy(options.password); !s)
            return ctx.fail(s.error());
    }
    QElapsedTimer timer;
    timer.start();
    auto summary = DemoData(**db, ctx.clock, *calendar).generate(options);
    if (!summary)
        return ctx.fail(summary.error());
    const double seconds = double(timer.elapsed()) / 1000.0;

    ctx.out
        << Text::tr(
               "%1: %2 customers, %3 devices, %4 calls from %5 to %6, %7 problem forms, %8 consultations, "
               "%9 callbacks, %10 complaints, %11 ratings in %12 s")
               .arg((*db)->path())
               .arg(summary->customers)
               .arg(summary->devices)
               .arg(summary->calls)
               .arg(summary->from.toString(Qt::ISODate), summary->to.toString(Qt::ISODate))
               .arg(summary->forms)
               .arg(summary->consultations)
               .arg(summary->callbacks)
               .arg(summary->complaints)
               .arg(summary->ratings)
               .arg(seconds, 0, 'f', 1)
        << Qt::endl;
    ctx.out << Text::tr("The agents' days: %1 agent-state stretches, %2 script runs, %3 banned phrases found")
                   .arg(summary->agentStates)
                   .arg(summary->scriptRuns)
                   .arg(summary->phraseHits)
            << Qt::endl;
    ctx.out << Text::tr("Demo accounts (role, job number, name, password):") << Qt::endl;
    for (const DemoAccount& a : summary->accounts) {
        ctx.out << QStringLiteral("  %1 %2 %3").arg(roleText(a.role), -11).arg(a.jobNumber, -5).arg(a.name);
        if (!a.password.isEmpty())
            ctx.out << QLatin1Char(' ') << a.password;
        ctx.out << Qt::endl;
    }
    return Done;
}

} // namespace threerings::cli
