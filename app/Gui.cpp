#include "Gui.h"

#include "MainWindow.h"
#include "store/Database.h"
#include "store/Defaults.h"
#include "util/Clock.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

namespace threerings::app {

namespace {

QString dbPathFrom(const QStringList& args)
{
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--db") && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(QLatin1String("--db=")))
            return args.at(i).mid(5);
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("threerings.sqlite"));
}

} // namespace

int runGui(const QStringList& arguments, const Clock& clock)
{
    const QString path = dbPathFrom(arguments);
    auto db = Database::open(path, Database::Open::CreateIfMissing);
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("Gui", "ThreeRings cannot open its database"),
                              db.error().message);
        return 4;
    }
    if (Status s = Defaults::ensure(**db, clock); !s) {
        QMessageBox::critical(nullptr, QApplication::translate("Gui", "ThreeRings cannot open its database"),
                              s.error().message);
        return 4;
    }
    ui::MainWindow window(**db, clock);
    window.show();
    return QApplication::exec();
}

} // namespace threerings::app
