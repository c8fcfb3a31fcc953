#include "app/cli/Commands.h"
#include "app/cli/Options.h"
#include "core/auth/Actor.h"
#include "core/auth/Permissions.h"
#include "core/db/Database.h"
#include "core/training/PracticeRun.h"
#include "core/training/Scenario.h"
#include "core/training/TrainingService.h"
#include "core/words/PhraseGuard.h"
#include "core/words/PhraseList.h"
#include "core/words/Script.h"
#include "core/words/WordsService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace threerings::cli {

namespace {

// `e` of a file, its message led by the file's path.
Error inFile(const QString& path, const Error& e)
{
    return Error{e.kind, QStringLiteral("%1: %2").arg(path, e.message), e.field};
}

// parseOptions() for a practice action: `args` are what follows its name.
std::optional<int> parseActionOptions(Context& ctx, const QStringList& args, QCommandLineParser& parser,
                                      const QString& name, const QString& description)
{
    Context sub = ctx;
    sub.args = args;
    return parseOptions(sub, parser, name, description);
}

struct Words
{
    Script incoming;
    PhraseList phrases;
};

// The incoming script and the phrase list of `language`: the database's (--db, signed in) or the shipped
// ones.
Result<Words> wordsFor(Context& ctx, const QString& language)
{
    Words w;
    if (ctx.dbPath.isEmpty()) {
        auto scripts = Script::shipped(language);
        if (!scripts)
            return scripts.error();
        bool found = false;
        for (const Script& s : scripts.value()) {
            if (s.key == QLatin1String("incoming")) {
                w.incoming = s;
                found = true;
            }
        }
        if (!found)
            return Error::notFound(Text::tr("The shipped %1 scripts have no incoming script.").arg(language));
        auto phrases = PhraseList::shipped(language);
        if (!phrases)
            return phrases.error();
        w.phrases = phrases.value();
        return w;
    }
    auto signedIn = ctx.openSignedIn();
    if (!signedIn)
        return signedIn.error();
    Database& db = *signedIn->db;
    const Actor& actor = signedIn->actor;
    if (Status s = Permissions::require(actor, Action::UsePractice); !s)
        return s.error();
    // The lines are checked as a console checks them: by a PhraseGuard on the database's list.
    PhraseGuard guard(db, ctx.clock, {language});
    if (!guard.loaded())
        return guard.loaded().error();
    const WordsService words(db, ctx.clock, guard);
    auto script = words.script(actor, QStringLiteral("incoming"), language);
    if (!script)
        return script.error();
    w.incoming = script.value();
    w.phrases = guard.list();
    return w;
}

Result<Scenario> pickScenario(const QString& path, const QString& key)
{
    auto all = Scenario::fromFile(path);
    if (!all)
        return inFile(path, all.error());
    if (!key.isEmpty()) {
        for (const Scenario& s : all.value()) {
            if (s.key == key)
                return s;
        }
        return Error::data(Text::tr("%1 holds no scenario \"%2\".").arg(path, key));
    }
    if (all->size() > 1)
        return Error::usage(
            Text::tr("%1 holds %2 scenarios; name one with --scenario KEY.").arg(path).arg(all->size()));
    return all->constFirst();
}

int runPracticeRun(Context& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption answers(
        QStringLiteral("answers"),
        Text::tr("The trainee's lines and actions (JSON: answer_at_ring, actions)."), QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("scenario"),
                                 Text::tr("Which scenario of a file holding several (its key)."),
                                 QStringLiteral("KEY"));
    const QCommandLineOption events(QStringLiteral("events"),
                                    Text::tr("Also print the session's events, one JSON object per line, "
                                             "before the scorecard."));
    const QCommandLineOption requirePass(QStringLiteral("require-pass"),
                                         Text::tr("Exit 1 when the scorecard is below the pass mark."));
    parser.addOptions({answers, key, events, requirePass});
    if (auto done =
            parseActionOptions(ctx, args, parser, QStringLiteral("practice run"),
                               Text::tr("Run a practice call headless from SCENARIO.json and a file of the "
                                        "trainee's lines; print the scorecard as JSON.")))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(
            Text::tr("Give one scenario file: threerings practice run SCENARIO.json --answers FILE."));
    if (!parser.isSet(answers))
        return ctx.usage(Text::tr("--answers FILE is missing: the trainee's lines and actions."));

    auto scenario = pickScenario(parser.positionalArguments().constFirst(), parser.value(key));
    if (!scenario)
        return ctx.fail(scenario.error());
    if (Status guard = Database::refuseOpenFile(parser.value(answers), QStringLiteral("--answers")); !guard)
        return ctx.fail(guard.error());
    QFile f(parser.value(answers));
    if (!f.open(QIODevice::ReadOnly))
        return ctx.fail(Error::notFound(Text::tr("Cannot read the answers file %1 (%2); check the path.")
                                            .arg(f.fileName(), f.errorString())));
    const QByteArray answersJson = f.readAll();
    auto words = wordsFor(ctx, scenario->language);
    if (!words)
        return ctx.fail(words.error());
    auto outcome = PracticeRun::run(scenario.value(), answersJson, words->incoming, words->phrases);
    if (!outcome)
        return ctx.fail(inFile(f.fileName(), outcome.error()));
    if (parser.isSet(events)) {
        for (const PracticeEvent& e : outcome->events)
            ctx.out << jsonLine(e.toJson()) << '\n';
    }
    ctx.out << jsonLine(outcome->scorecard.toJson()) << '\n';
    ctx.out.flush();
    return parser.isSet(requirePass) && !outcome->scorecard.passed ? Found : Done;
}

int runPracticeValidate(Context& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    if (auto done =
            parseActionOptions(ctx, args, parser, QStringLiteral("practice validate"),
                               Text::tr("Check scenario files; prints each scenario's key, language and "
                                        "maximum points.")))
        return *done;
    if (parser.positionalArguments().isEmpty())
        return ctx.usage(Text::tr("Give one or more scenario files: threerings practice validate FILE…"));
    for (const QString& path : parser.positionalArguments()) {
        auto all = Scenario::fromFile(path);
        if (!all)
            return ctx.fail(inFile(path, all.error()));
        for (const Scenario& s : all.value())
            ctx.out << s.key << '\t' << s.language << '\t' << s.maxPoints() << '\t' << s.title << '\n';
    }
    ctx.out.flush();
    return Done;
}

int runPracticeStart(Context& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption trainee(QStringLiteral("trainee"), Text::tr("The trainee's job number."),
                                     QStringLiteral("NO"));
    const QCommandLineOption language(QStringLiteral("language"), Text::tr("zh_CN (default) or en."),
                                      QStringLiteral("LANG"), QStringLiteral("zh_CN"));
    parser.addOptions({trainee, language});
    if (auto done =
            parseActionOptions(ctx, args, parser, QStringLiteral("practice start"),
                               Text::tr("A trainer starts a practice call of scenario KEY for a trainee; "
                                        "the trainee's console opens it. Prints the session's id.")))
        return *done;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(trainee))
        return ctx.usage(
            Text::tr("Give the scenario and the trainee: threerings --db FILE practice start KEY "
                     "--trainee NO."));
    auto signedIn = ctx.openSignedIn();
    if (!signedIn)
        return ctx.fail(signedIn.error());
    Database& db = *signedIn->db;
    const Actor& actor = signedIn->actor;
    PhraseGuard guard(db, ctx.clock, {parser.value(language)});
    WordsService words(db, ctx.clock, guard);
    TrainingService training(db, ctx.clock, words);
    auto person = training.person(actor, parser.value(trainee));
    if (!person && person.error().kind == Error::Kind::Refused)
        return ctx.fail(person.error());
    if (!person)
        return ctx.fail(Error::data(Text::tr("No person has the job number %1; run 'threerings user list'.")
                                        .arg(parser.value(trainee))));
    if (Status s = training.open(); !s)
        return ctx.fail(s.error());
    auto scenario =
        training.scenario(actor, parser.positionalArguments().constFirst(), parser.value(language));
    if (!scenario)
        return ctx.fail(scenario.error());
    auto started = training.startSession(actor, scenario.value(), person->meta.id);
    if (!started)
        return ctx.fail(started.error());
    ctx.out << started->meta.id << '\n';
    ctx.out.flush();
    return Done;
}

int runPracticeEnd(Context& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    if (auto done =
            parseActionOptions(ctx, args, parser, QStringLiteral("practice end"),
                               Text::tr("End a practice call (a trainer, or the trainee) and print its "
                                        "scorecard as JSON.")))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(Text::tr("Give the session: threerings --db FILE practice end SESSION_ID."));
    auto signedIn = ctx.openSignedIn();
    if (!signedIn)
        return ctx.fail(signedIn.error());
    Database& db = *signedIn->db;
    const Actor& actor = signedIn->actor;
    PhraseGuard guard(db, ctx.clock, {WordsService::consoleLanguage()});
    WordsService words(db, ctx.clock, guard);
    TrainingService training(db, ctx.clock, words);
    if (Status s = training.open(); !s)
        return ctx.fail(s.error());
    auto session = training.session(actor, parser.positionalArguments().constFirst());
    if (!session)
        return ctx.fail(session.error());
    const QString by =
        actor.userId == session->traineeId ? QStringLiteral("trainee") : QStringLiteral("trainer");
    auto card = training.finish(actor, session->meta.id, by);
    if (!card)
        return ctx.fail(card.error());
    ctx.out << jsonLine(card->toJson()) << '\n';
    ctx.out.flush();
    return Done;
}

} // namespace

// threerings [--db FILE] practice run SCENARIO.json --answers FILE | practice validate FILE…
int runPractice(Context& ctx)
{
    if (ctx.args.isEmpty() || ctx.args.constFirst() == QLatin1String("--help") ||
        ctx.args.constFirst() == QLatin1String("-h")) {
        ctx.out << Text::tr(
            "Usage: threerings [--db FILE] practice run SCENARIO.json --answers FILE [--scenario "
            "KEY] [--events] [--require-pass]\n"
            "       threerings practice validate SCENARIO.json…\n"
            "       threerings --db FILE practice start KEY --trainee NO [--language LANG]\n");
        ctx.out.flush();
        return ctx.args.isEmpty() ? Usage : Done;
    }
    const QString what = ctx.args.constFirst();
    const QStringList rest = ctx.args.mid(1);
    if (what == QLatin1String("run"))
        return runPracticeRun(ctx, rest);
    if (what == QLatin1String("validate"))
        return runPracticeValidate(ctx, rest);
    if (what == QLatin1String("start"))
        return runPracticeStart(ctx, rest);
    if (what == QLatin1String("end"))
        return runPracticeEnd(ctx, rest);
    return ctx.usage(
        Text::tr("'practice %1' is not known; use practice run, validate, start or end.").arg(what));
}

} // namespace threerings::cli
