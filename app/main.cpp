// ThreeRings: the console for the agents, supervisors and trainers of an 800 service hotline.
// With no subcommand it opens the console; with one it works headless (see docs/cli.md).

#include "app/Gui.h"
#include "app/cli/Cli.h"
#include "core/util/Clock.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTranslator>
#ifdef Q_OS_WIN
#include <cstdio>
#include <windows.h>
#endif

namespace {

#ifdef Q_OS_WIN
// On Windows the executable is a GUI program (no console window behind the agents' console); the
// subcommands write to the console they were started from, when there is one.
void attachParentConsole()
{
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return;
    (void)std::freopen("CONOUT$", "w", stdout);
    (void)std::freopen("CONOUT$", "w", stderr);
    (void)std::freopen("CONIN$", "r", stdin);
}
#endif

QString languageFrom(const QStringList& args)
{
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(QLatin1String("--lang=")))
            return args.at(i).mid(7);
    }
    return QLocale::system().name();
}

void installTranslators(QCoreApplication& app, const QString& language)
{
    if (!language.startsWith(QLatin1String("zh")))
        return;
    const QLocale locale(QLocale::Chinese, QLocale::China);
    QLocale::setDefault(locale);
    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/threerings_zh_CN.qm")))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ThreeRings"));
    QCoreApplication::setApplicationName(QStringLiteral("threerings"));
    QCoreApplication::setApplicationVersion(QStringLiteral(THREERINGS_VERSION));
}

} // namespace

int main(int argc, char** argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const threerings::SystemClock clock;

    if (threerings::cli::isHeadless(args) && args.contains(QStringLiteral("report"))) {
        // Reports paint PDFs (QPdfWriter needs fonts, so a QGuiApplication), never on a display. A private
        // runtime folder for this run: without a session (cron, ssh) Qt would warn on stderr that
        // XDG_RUNTIME_DIR is unset, and the report needs nothing of a session's.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QTemporaryDir runtime;
        if (runtime.isValid())
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
        QGuiApplication app(argc, argv);
        setIdentity();
        installTranslators(app, languageFrom(args));
        return threerings::cli::run(args, clock);
    }
    if (threerings::cli::isHeadless(args)) {
#ifdef Q_OS_WIN
        attachParentConsole();
#endif
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslators(app, languageFrom(args));
        return threerings::cli::run(args, clock);
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("ThreeRings"));
    installTranslators(app, languageFrom(args));
    return threerings::app::runGui(args, clock);
}
