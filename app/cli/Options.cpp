#include "app/cli/Options.h"

#include <QJsonDocument>

namespace threerings::cli {

std::optional<int> parseOptions(Context& ctx, QCommandLineParser& parser, const QString& name,
                                const QString& description)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  Text::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("threerings ") + name} + ctx.args))
        return ctx.usage(parser.errorText() + QStringLiteral(". ") +
                         Text::tr("Run 'threerings %1 --help' for the options.").arg(name));
    if (parser.isSet(help)) {
        // QCommandLineParser names the program by its path; show the command as a user types it.
        QString help = parser.helpText();
        const qsizetype end = help.indexOf(QLatin1String(" [options]"));
        if (help.startsWith(QLatin1String("Usage: ")) && end > 0)
            help.replace(7, end - 7, QStringLiteral("threerings [--db FILE] ") + name);
        ctx.out << help;
        ctx.out.flush();
        return Done;
    }
    return std::nullopt;
}

Result<QDate> dateOption(const QCommandLineParser& parser, const QString& option)
{
    if (!parser.isSet(option))
        return QDate();
    const QString text = parser.value(option);
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10)
        return Error::usage(
            Text::tr("--%1 '%2' is not a date; write it as YYYY-MM-DD, for example 2026-11-25.")
                .arg(option, text));
    return d;
}

Result<qint64> countOption(const QCommandLineParser& parser, const QString& option, qint64 minimum)
{
    const QString text = parser.value(option);
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < minimum)
        return Error::usage(
            Text::tr("--%1 '%2' must be a whole number of at least %3.").arg(option, text).arg(minimum));
    return n;
}

Result<QString> kindArgument(const QCommandLineParser& parser, const QStringList& kinds,
                             const QString& missing, const QString& extra, const QString& unknown)
{
    const QStringList positional = parser.positionalArguments();
    const QString list = kinds.join(QStringLiteral(", "));
    if (positional.isEmpty())
        return Error::usage(missing.arg(list));
    if (positional.size() > 1)
        return Error::usage(extra.arg(positional.at(1)));
    const QString kind = positional.first();
    if (!kinds.contains(kind))
        return Error::usage(unknown.arg(kind, list));
    return kind;
}

QString jsonLine(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace threerings::cli
