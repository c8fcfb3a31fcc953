#pragma once

#include "app/cli/Cli.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonObject>
#include <optional>

namespace threerings::cli {

// Parses ctx.args with `parser`. Returns an exit code when the command is done (--help, or a
// usage error already printed), or nothing when the command should go on.
std::optional<int> parseOptions(Context& ctx, QCommandLineParser& parser, const QString& name,
                                const QString& description);

// A date option in YYYY-MM-DD; an error names the option and the expected form.
Result<QDate> dateOption(const QCommandLineParser& parser, const QString& option);

// A whole number option >= minimum; an error names the option.
Result<qint64> countOption(const QCommandLineParser& parser, const QString& option, qint64 minimum = 0);

// The one positional KIND argument, which must be one of `kinds`. The usage errors are the caller's
// translated texts: `missing` (%1 the kinds), `extra` (%1 the second argument) and `unknown` (%1 the
// argument, %2 the kinds).
Result<QString> kindArgument(const QCommandLineParser& parser, const QStringList& kinds,
                             const QString& missing, const QString& extra, const QString& unknown);

// `o` as one line of compact JSON, as the json formats print each record.
QString jsonLine(const QJsonObject& o);

} // namespace threerings::cli
