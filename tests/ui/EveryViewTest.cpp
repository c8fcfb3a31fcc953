// Every view of the console, as its person opens it in Chinese on a 1366×768 screen: the main window
// and every dialog fit the screen, and no English or developer word shows (issue: a day at the console,
// parts 9 and 11). Product names, units and key names are allowed; so are the test's own data.

#include "GuideConsole.h"
#include "core/calls/AgentStates.h"
#include "core/calls/CallSession.h"
#include "ui/call/CallPanel.h"
#include "ui/shell/ViewCatalog.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTabBar>
#include <QTextDocumentFragment>
#include <QTranslator>

using namespace threerings;
using namespace threerings::test::guide;

namespace {

constexpr int ScreenWidth = 1366;
constexpr int ScreenHeight = 768;

// Words that are the same in a Chinese UI: product and format names, units, keys, and the names the test
// gives its people ("Admin", "Guide").
const QSet<QString>& allowed()
{
    static const QSet<QString> words{
        QStringLiteral("ThreeRings"), QStringLiteral("SIP"),    QStringLiteral("PDF"),
        QStringLiteral("XLSX"),       QStringLiteral("CSV"),    QStringLiteral("ICS"),
        QStringLiteral("iCalendar"),  QStringLiteral("ATM"),    QStringLiteral("SQLite"),
        QStringLiteral("PostgreSQL"), QStringLiteral("Ctrl"),   QStringLiteral("Shift"),
        QStringLiteral("Alt"),        QStringLiteral("Esc"),    QStringLiteral("Enter"),
        QStringLiteral("Space"),      QStringLiteral("Tab"),    QStringLiteral("Del"),
        QStringLiteral("PgUp"),       QStringLiteral("PgDown"), QStringLiteral("Return"),
        QStringLiteral("Backspace"),  QStringLiteral("Home"),   QStringLiteral("End"),
        QStringLiteral("Ins"),        QStringLiteral("Up"),     QStringLiteral("Down"),
        QStringLiteral("Left"),       QStringLiteral("Right"),  QStringLiteral("DTMF"),
        QStringLiteral("RTP"),        QStringLiteral("UDP"),    QStringLiteral("TCP"),
        QStringLiteral("TLS"),        QStringLiteral("URL"),    QStringLiteral("URI"),
        QStringLiteral("PCMU"),       QStringLiteral("PCMA"),   QStringLiteral("Opus"),
        QStringLiteral("Speex"),      QStringLiteral("Admin"),  QStringLiteral("Guide"),
        QStringLiteral("MP"),         QStringLiteral("NO"),     QStringLiteral("TS"),
        QStringLiteral("KPI"),        QStringLiteral("Excel"),  QStringLiteral("WAV"),
        QStringLiteral("UTC"),        QStringLiteral("GMT"),    QStringLiteral("Asia"),
        QStringLiteral("Shanghai"),   QStringLiteral("WPS"),    QStringLiteral("Linux"),
        QStringLiteral("Windows"),    QStringLiteral("Debian"), QStringLiteral("IP"),
        QStringLiteral("JSON"),       QStringLiteral("ID"),     QStringLiteral("PBX"),
        QStringLiteral("APM"),        QStringLiteral("YYYY"),   QStringLiteral("MM"),
        QStringLiteral("DD"),
    };
    return words;
}

// The English words of `text` no Chinese reader should meet. Paths and file names are the hotline's data
// (the database file, the site file), not words.
QStringList englishIn(const QString& raw)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z_]+"));
    static const QRegularExpression path(QStringLiteral(
        "[^\\s（）()“”]*/[^\\s（）()“”]*|[\\w.-]*\\.(sqlite|json|xlsx|csv|ics|pdf|wav|qm|crt|pem)\\b"));
    QString text = raw;
    text.replace(path, QStringLiteral(" "));
    QStringList found;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured();
        if (!allowed().contains(w) && !(w.size() <= 3 && w.at(0) == QLatin1Char('F') && w.size() > 1))
            found << w;
    }
    return found;
}

QString plain(const QString& text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

void addMenu(QStringList& texts, const QList<QAction*>& actions)
{
    for (QAction* a : actions) {
        texts << a->text();
        if (a->menu())
            addMenu(texts, a->menu()->actions());
    }
}

// What a person reads on `top`: labels, buttons, titles, tabs, choices, placeholders, headers, menus.
QStringList visibleTexts(QWidget* top)
{
    QStringList texts{top->windowTitle()};
    QList<QWidget*> widgets = top->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (!w->isVisible() || w->window() != top) // a dialog is read as its own window
            continue;
        if (auto* l = qobject_cast<QLabel*>(w))
            texts << plain(l->text());
        else if (auto* b = qobject_cast<QAbstractButton*>(w))
            texts << b->text();
        else if (auto* g = qobject_cast<QGroupBox*>(w))
            texts << g->title();
        else if (auto* t = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < t->count(); ++i)
                texts << t->tabText(i);
        } else if (auto* c = qobject_cast<QComboBox*>(w)) {
            if (!c->isEditable())
                for (int i = 0; i < c->count(); ++i)
                    texts << c->itemText(i);
        } else if (auto* e = qobject_cast<QLineEdit*>(w))
            texts << e->placeholderText();
        else if (auto* h = qobject_cast<QHeaderView*>(w); h && h->model()) {
            for (int i = 0; i < h->count(); ++i)
                texts << h->model()->headerData(i, h->orientation()).toString();
        } else if (auto* m = qobject_cast<QMenuBar*>(w))
            addMenu(texts, m->actions());
    }
    return texts;
}

struct Chinese
{
    Chinese()
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        REQUIRE(own.load(QStringLiteral(THREERINGS_ZH_QM)));
        QCoreApplication::installTranslator(&own);
        // Qt's own words (the Close button), as the console loads them.
        REQUIRE(qt.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"),
                        QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        QCoreApplication::installTranslator(&qt);
    }
    ~Chinese()
    {
        QCoreApplication::removeTranslator(&qt);
        QCoreApplication::removeTranslator(&own);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    QTranslator own;
    QTranslator qt;
};

struct ViewToOpen
{
    QString spec; // VIEW[:ARG]
    QString user;
    QStringList options;
};

// The zh_CN lines of the guides' manifest, and each view of the catalog the manifest does not show, as the
// person who uses it.
QList<ViewToOpen> everyView()
{
    QList<ViewToOpen> views;
    QSet<QString> covered;
    for (const ManifestLine& m : manifest())
        if (m.lang == QLatin1String("zh_CN")) {
            views.append({m.view, m.user, m.options});
            covered.insert(m.view.section(QLatin1Char(':'), 0, 0));
        }
    const QHash<QString, QString> users{
        {QStringLiteral("setup"), QStringLiteral("9001")},
        {QStringLiteral("first-start"), QStringLiteral("9001")},
        {QStringLiteral("phone-line"), QStringLiteral("9001")},
        {QStringLiteral("supervisor"), QStringLiteral("3001")},
        {QStringLiteral("trainer-console"), QStringLiteral("4001")},
    };
    // The practice call needs a trainer's waiting session: TrainingUiTest checks its size.
    covered.insert(QStringLiteral("practice"));
    for (const ui::ViewEntry& e : ui::ViewCatalog::entries())
        if (!covered.contains(e.name))
            views.append({e.name, users.value(e.name, QStringLiteral("1001")), {}});
    // Every page of the set-up dialog.
    for (const char* page : {"departments", "products", "customers", "devices", "calendar"})
        views.append({QStringLiteral("setup:") + QLatin1String(page), QStringLiteral("9001"), {}});
    return views;
}

} // namespace

TEST_CASE("every view fits a 1366x768 screen and shows no English in Chinese")
{
    Chinese zh;
    QStringList problems;
    for (const ViewToOpen& v : everyView()) {
        Console c(v.user);
        c.window->resize(ScreenWidth, ScreenHeight);
        if (v.options.contains(QStringLiteral("--ringing")) ||
            v.options.contains(QStringLiteral("--on-call"))) {
            REQUIRE(c.window->callSession().states().setReady());
            REQUIRE(c.line.placeIncomingCall(QStringLiteral("13812345678")));
            if (v.options.contains(QStringLiteral("--on-call")))
                c.window->callPanel()->answerAction()->trigger();
        }
        const ui::ViewEntry* entry = ui::ViewCatalog::find(v.spec.section(QLatin1Char(':'), 0, 0));
        REQUIRE(entry);
        REQUIRE(ui::ViewCatalog::open(*c.window, v.spec));
        QApplication::processEvents();
        QWidget* shown = ui::ViewCatalog::shown(*c.window, *entry);
        if (!shown) {
            problems << QStringLiteral("%1 (as %2): did not open").arg(v.spec, v.user);
            continue;
        }
        c.window->resize(ScreenWidth, ScreenHeight);
        QApplication::processEvents();
        QList<QWidget*> tops{c.window.get()};
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w != c.window.get() && w->isVisible() && !qobject_cast<QMenu*>(w))
                tops << w;
        for (QWidget* top : tops) {
            const QString name = top->objectName().isEmpty()
                                     ? QString::fromLatin1(top->metaObject()->className())
                                     : top->objectName();
            const QSize least = top->minimumSizeHint().expandedTo(top->minimumSize());
            if (top->width() > ScreenWidth || top->height() > ScreenHeight || least.width() > ScreenWidth ||
                least.height() > ScreenHeight)
                problems << QStringLiteral("%1 (as %2): %3 is %4x%5, at least %6x%7")
                                .arg(v.spec, v.user, name)
                                .arg(top->width())
                                .arg(top->height())
                                .arg(least.width())
                                .arg(least.height());
            for (const QString& text : visibleTexts(top))
                if (const QStringList english = englishIn(text); !english.isEmpty())
                    problems << QStringLiteral("%1 (as %2): %3 shows \"%4\" (%5)")
                                    .arg(v.spec, v.user, name, text.left(120),
                                         english.join(QLatin1Char(',')));
        }
    }
    problems.removeDuplicates();
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}
