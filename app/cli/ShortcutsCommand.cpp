#include "app/cli/Commands.h"
#include "app/cli/Options.h"
#include "ui/shell/ShortcutTable.h"

namespace threerings::cli {

// threerings [--lang zh_CN] shortcuts: the console's keyboard shortcuts as a Markdown table (the table the
// Help menu shows and the agent guide lists).
int runShortcuts(Context& ctx)
{
    QCommandLineParser parser;
    if (auto done =
            parseOptions(ctx, parser, QStringLiteral("shortcuts"),
                         Text::tr("Print the console's keyboard shortcuts as a Markdown table, in the "
                                  "language of --lang (for the guides).")))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(Text::tr("shortcuts takes no arguments."));
    ctx.out << ui::shortcutTableMarkdown();
    ctx.out.flush();
    return Done;
}

} // namespace threerings::cli
