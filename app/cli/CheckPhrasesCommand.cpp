#include "app/cli/Commands.h"
#include "app/cli/Options.h"
#include "core/auth/Actor.h"
#include "core/auth/Permissions.h"
#include "core/db/Database.h"
#include "core/words/PhraseGuard.h"
#include "core/words/PhraseList.h"
#include "core/words/PhraseMatcher.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace threerings::cli {

namespace {

// The banned phrases to check against: --list FILE, else the database's lists (--db), through the same
// PhraseGuard a console builds, else the shipped ones; of one language with --language, else of zh_CN and
// en together.
Result<std::shared_ptr<const PhraseMatcher>> matcherFor(Context& ctx, const QString& listFile,
                                                        const QString& language)
{
    if (!listFile.isEmpty()) {
        auto list = PhraseList::fromFile(listFile);
        if (!list)
            return list.error();
        return std::make_shared<const PhraseMatcher>(list->banned);
    }
    const QStringList languages = language.isEmpty()
                                      ? QStringList{QStringLiteral("zh_CN"), QStringLiteral("en")}
                                      : QStringList{language};
    if (ctx.dbPath.isEmpty()) {
        QList<BannedPhrase> phrases;
        for (const QString& l : languages) {
            auto list = PhraseList::shipped(l);
            if (!list)
                return list.error();
            phrases += list->banned;
        }
        return std::make_shared<const PhraseMatcher>(phrases);
    }
    // Reading the database's list is reading its records: on one with accounts, sign in first.
    auto signedIn = ctx.openSignedIn();
    if (!signedIn)
        return signedIn.error();
    if (Status s = Permissions::require(signedIn->actor, Action::ReadWords); !s)
        return s.error();
    const PhraseGuard guard(*signedIn->db, ctx.clock, languages);
    if (!guard.loaded())
        return guard.loaded().error();
    return guard.matcher();
}

// Offsets in characters (code points) of the input, as a reader counts them.
QList<int> codePointIndex(const QString& text)
{
    QList<int> index(text.size() + 1);
    int cp = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        index[i] = cp;
        if (!(text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()))
            ++cp;
    }
    index[text.size()] = cp;
    return index;
}

} // namespace

int runCheckPhrases(Context& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption list(QStringLiteral("list"),
                                  Text::tr("A phrase list JSON file (as resources/data/phrases/zh_CN.json) "
                                           "instead of the shipped or the database's list."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption db(QStringLiteral("db"), Text::tr("Check against this database's phrase lists."),
                                QStringLiteral("FILE"));
    const QCommandLineOption user(QStringLiteral("user"), Text::tr("Act as this job number (with --db)."),
                                  QStringLiteral("JOB_NUMBER"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      Text::tr("Only this language's list (zh_CN, en); default both."),
                                      QStringLiteral("LANG"));
    parser.addOptions({list, db, user, language});
    if (auto done = parseOptions(ctx, parser, QStringLiteral("check-phrases"),
                                 Text::tr("Read text on stdin and print each banned phrase found as one JSON "
                                          "object per line {phrase, start, end, suggestion}; start and end "
                                          "count characters of the input. Exit code 1 when any is found.")))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(Text::tr("Unexpected argument '%1': check-phrases reads the text on stdin, e.g. "
                                  "threerings check-phrases < reply.txt.")
                             .arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(db))
        ctx.dbPath = parser.value(db);
    if (parser.isSet(user))
        ctx.user = parser.value(user);

    auto matcher = matcherFor(ctx, parser.value(list), parser.value(language));
    if (!matcher)
        return ctx.fail(matcher.error());

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return ctx.fail(Error::io(Text::tr("Cannot read stdin; pipe the text in, e.g. < reply.txt.")));
    const QByteArray bytes = in.readAll();
    const QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter) && !bytes.contains("\xEF\xBF\xBD"))
        return ctx.fail(Error::data(Text::tr("The text on stdin is not UTF-8; convert it first, e.g. with "
                                             "iconv -f GB18030 -t UTF-8.")));

    const QList<PhraseHit> hits = (*matcher)->find(text);
    const QList<int> cp = codePointIndex(text);
    for (const PhraseHit& h : hits) {
        const QJsonObject o{{QStringLiteral("phrase"), h.phrase},
                            {QStringLiteral("start"), cp[h.start]},
                            {QStringLiteral("end"), cp[h.end]},
                            {QStringLiteral("suggestion"), h.suggestion},
                            {QStringLiteral("matched"), h.matched}};
        ctx.out << jsonLine(o) << QLatin1Char('\n');
    }
    ctx.out.flush();
    return hits.isEmpty() ? Done : Found;
}

} // namespace threerings::cli
