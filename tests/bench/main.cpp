// threerings-bench: prints one line per figure with the baseline measured in the same run.
//   threerings-bench [--db FILE] [--smoke] [--customers N] [--list] [FIGURE…]

#include "Bench.h"

#include <QCoreApplication>
#ifdef THREERINGS_WITH_UI
#include <QApplication>
#endif
#include <QElapsedTimer>
#include <QTextStream>
#include <cstdio>
#include <sqlite3.h>

namespace threerings::bench {

std::vector<Entry>& registry()
{
    static std::vector<Entry> all;
    return all;
}

Register::Register(QString name, QString description, std::function<std::vector<Figure>(const Options&)> run)
{
    registry().push_back({std::move(name), std::move(description), std::move(run)});
}

double seconds(const std::function<void()>& work, int repeat)
{
    double best = 1e300;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        best = std::min(best, double(t.nsecsElapsed()) / 1e9);
    }
    return best;
}

void rawExec(const QString& path, const QString& sql)
{
    sqlite3* db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    char* err = nullptr;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &err) != SQLITE_OK) {
        std::fprintf(stderr, "threerings-bench: %s\n", err ? err : "sqlite error");
        std::exit(4);
    }
    sqlite3_close(db);
}

} // namespace threerings::bench

namespace {

// The offscreen platform and the missing sound card repeat the same warnings thousands of times; the
// figures are what this program prints.
void quietHandler(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtDebugMsg || type == QtInfoMsg || message.contains(QLatin1String("propagateSizeHints")) ||
        message.contains(QLatin1String("PulseAudio")) || message.contains(QLatin1String("XDG_RUNTIME_DIR")))
        return;
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

int main(int argc, char** argv)
{
    qInstallMessageHandler(quietHandler);
#ifdef THREERINGS_WITH_UI
    // The call figures paint the console's window; offscreen unless a display is asked for.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    using namespace threerings::bench;
    QTextStream out(stdout);
    QTemporaryDir work;
    Options options;
    options.work = &work;
    QStringList wanted;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--list")) {
            for (const Entry& e : registry())
                out << e.name << QStringLiteral("\t") << e.description << Qt::endl;
            return 0;
        } else if (a == QLatin1String("--smoke")) {
            options.smoke = true;
        } else if (a == QLatin1String("--db") && i + 1 < args.size()) {
            options.db = args.at(++i);
        } else if (a == QLatin1String("--customers") && i + 1 < args.size()) {
            options.customers = args.at(++i).toLongLong();
        } else if (a.startsWith(QLatin1Char('-'))) {
            std::fprintf(stderr, "threerings-bench: unknown option %s; try --list\n", qPrintable(a));
            return 2;
        } else {
            wanted << a;
        }
    }
    int ran = 0;
    for (const Entry& e : registry()) {
        bool match = wanted.isEmpty();
        for (const QString& w : wanted)
            match = match || e.name == w || e.name.startsWith(w + QLatin1Char('-'));
        if (!match)
            continue;
        for (const Figure& f : e.run(options)) {
            out << QStringLiteral("figure=%1 value=%2 unit=%3 baseline=%4 ratio=%5")
                       .arg(f.name)
                       .arg(f.value, 0, 'g', 6)
                       .arg(f.unit)
                       .arg(f.baseline, 0, 'g', 6)
                       .arg(f.baseline != 0 ? f.value / f.baseline : 0, 0, 'f', 3)
                << Qt::endl;
            ++ran;
        }
    }
    if (ran == 0) {
        std::fprintf(stderr, "threerings-bench: no figure matches; try --list\n");
        return 2;
    }
    return 0;
}
