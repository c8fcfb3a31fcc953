#pragma once

#include <QString>
#include <QStringList>
#include <functional>

class QWidget;

namespace threerings::ui {

class MainWindow;

// The views a guide may show, by name: THREERINGS_OPEN=name[:argument] opens one at start
// (scripts/screenshot.sh, scripts/guide-screenshots.sh), and the guide test (tests/ui/GuideViewsTest.cpp)
// opens every view of docs/guide/views.txt and checks that a visible widget with the entry's objectName
// shows. A feature that adds a view a guide documents adds one line to builtins() in ViewCatalog.cpp.
struct ViewEntry
{
    QString name;       // "my-work", "problem-form", "site-config" …
    QString objectName; // the widget that shows when the view is open ("myWorkDock", "problemFormView" …)
    // Opens the view on `window`; `argument` is what followed the colon (a form number …).
    std::function<void(MainWindow& window, const QString& argument)> open;
};

class ViewCatalog
{
public:
    static const QList<ViewEntry>& entries();
    static const ViewEntry* find(const QString& name);
    // Opens `spec` ("name" or "name:argument"); false when no view has that name.
    static bool open(MainWindow& window, const QString& spec);
    // The visible widget named entry.objectName (the window itself, a dock in it, or a top-level window).
    static QWidget* shown(MainWindow& window, const ViewEntry& entry);
};

} // namespace threerings::ui
