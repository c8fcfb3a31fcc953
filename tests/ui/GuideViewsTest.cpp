// The guides in docs/guide stay true to the console: every view they show opens, every image they
// refer to is one the screenshot script takes, and the agent guide lists every keyboard shortcut.

#include "GuideConsole.h"
#include "core/auth/AccountService.h"
#include "core/auth/AuthService.h"
#include "core/auth/Session.h"
#include "core/calls/AgentStates.h"
#include "core/calls/CallSession.h"
#include "core/calls/CallTracker.h"
#include "core/calls/SimulatedLine.h"
#include "core/site/Defaults.h"
#include "ui/call/AgentStateControl.h"
#include "ui/call/CallPanel.h"
#include "ui/call/CallWorkspace.h"
#include "ui/call/CallerCardView.h"
#include "ui/forms/FormDesk.h"
#include "ui/shell/GuideDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ShortcutTable.h"
#include "ui/shell/ShortcutsDialog.h"
#include "ui/shell/ViewCatalog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QShortcut>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <catch2/catch.hpp>

using namespace threerings;

using namespace threerings::test::guide;

TEST_CASE("every view of the guide manifest opens in the console")
{
    const QList<ManifestLine> lines = manifest();
    REQUIRE(lines.size() >= 8);
    for (const ManifestLine& m : lines) {
        INFO(m.name.toStdString() + " opens " + m.view.toStdString());
        const ui::ViewEntry* entry = ui::ViewCatalog::find(m.view.section(QLatin1Char(':'), 0, 0));
        REQUIRE(entry);
        CHECK((m.lang == QLatin1String("en") || m.lang == QLatin1String("zh_CN")));
        CHECK(m.name.endsWith(QLatin1String("-zh_CN")) == (m.lang == QLatin1String("zh_CN")));
        Console c(m.user);
        if (m.options.contains(QStringLiteral("--ringing")) ||
            m.options.contains(QStringLiteral("--on-call"))) {
            // As the screenshot's pretend callers do (app/Automation): the agent is Ready.
            REQUIRE(c.window->callSession().states().setReady());
            REQUIRE(c.line.placeIncomingCall(QStringLiteral("13812345678")));
            CHECK(c.window->findChild<QWidget*>(QStringLiteral("ringBanner"))->isVisible());
            if (m.options.contains(QStringLiteral("--on-call"))) {
                c.window->callPanel()->answerAction()->trigger();
                CHECK(c.window->findChild<QWidget*>(QStringLiteral("callWorkspace"))->isVisible());
            }
        }
        REQUIRE(ui::ViewCatalog::open(*c.window, m.view));
        QApplication::processEvents();
        CHECK(ui::ViewCatalog::shown(*c.window, *entry) != nullptr);
    }
}

TEST_CASE("a view name the catalog does not know opens nothing")
{
    Console c;
    CHECK_FALSE(ui::ViewCatalog::open(*c.window, QStringLiteral("no-such-view")));
    const ui::ViewEntry* form = ui::ViewCatalog::find(QStringLiteral("problem-form"));
    REQUIRE(form);
    CHECK(ui::ViewCatalog::shown(*c.window, *form) == nullptr);
}

TEST_CASE("every image the guides show is taken by the screenshot script")
{
    QSet<QString> listed;
    for (const ManifestLine& m : manifest()) {
        CHECK_FALSE(listed.contains(m.name));
        listed.insert(m.name);
    }
    const QRegularExpression image(QStringLiteral("\\]\\(img/([^)]+)\\.png\\)"));
    int images = 0;
    for (const QString& guide : guides()) {
        INFO(guide.toStdString());
        REQUIRE(QFile::exists(guide));
        const QString text = readText(guide);
        for (auto it = image.globalMatch(text); it.hasNext();) {
            const QString name = it.next().captured(1);
            INFO(name.toStdString());
            CHECK(listed.contains(name));
            CHECK(QFile::exists(docs(QStringLiteral("guide/img/%1.png").arg(name))));
            ++images;
        }
    }
    CHECK(images >= 10);
}

TEST_CASE("the agent guide lists every keyboard shortcut of the console in both languages")
{
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const QString guide = readText(docs(QStringLiteral("guide/agent.%1.md").arg(lang)));
        for (const ui::ShortcutEntry& e : ui::shortcutTable()) {
            QList<QKeySequence> keys = e.keys;
            if (e.id == ui::ShortcutId::FormSection)
                keys = {e.keys.constFirst(), e.keys.constLast()}; // written "Alt+1 … Alt+9"
            for (const QKeySequence& k : keys) {
                INFO(lang.toStdString() + ": " + e.name + " " +
                     k.toString(QKeySequence::PortableText).toStdString());
                CHECK(guide.contains(QStringLiteral("`%1`").arg(k.toString(QKeySequence::PortableText))));
            }
        }
    }
}

TEST_CASE("no two shortcuts of one window share a key")
{
    QHash<QKeySequence, QString> seen;
    for (const ui::ShortcutEntry& e : ui::shortcutTable()) {
        for (const QKeySequence& k : e.keys) {
            INFO(e.name + std::string(" ") + k.toString(QKeySequence::PortableText).toStdString());
            // Ctrl+Return copies an answer in the knowledge-base dialog and takes a form's next step: two
            // windows of their own.
            if (seen.contains(k)) {
                const QSet<QString> pair{seen.value(k), QString::fromLatin1(e.name)};
                CHECK(pair ==
                      QSet<QString>{QStringLiteral("knowledge-copy"), QStringLiteral("form-next-step")});
            }
            seen.insert(k, QString::fromLatin1(e.name));
        }
    }
}

TEST_CASE("every key in the console comes from the shortcut table")
{
    Console c;
    QSet<QString> applied;
    for (QAction* a : c.window->findChildren<QAction*>()) {
        if (a->shortcuts().isEmpty())
            continue;
        const QString name = a->property("shortcutName").toString();
        INFO(a->text().toStdString());
        REQUIRE_FALSE(name.isEmpty());
        applied.insert(name);
    }
    for (const ui::ShortcutEntry& e : ui::shortcutTable())
        for (QAction* a : c.window->findChildren<QAction*>())
            if (a->property("shortcutName").toString() == QLatin1String(e.name))
                CHECK(a->shortcuts() == e.keys);
    for (const char* name : {"answer",           "hold",
                             "hang-up",          "ready",
                             "not-ready",        "script-next",
                             "script-back",      "script-skip",
                             "caller-card",      "phrase-guide",
                             "knowledge",        "my-work",
                             "callbacks",        "new-problem-form",
                             "new-consultation", "new-complaint",
                             "open-database",    "full-screen",
                             "shortcuts",        "quit"})
        CHECK(applied.contains(QString::fromLatin1(name)));

    // A form's keys and the knowledge base's are QShortcuts of their windows.
    REQUIRE(c.window->formDesk()->newProblemForm());
    REQUIRE(c.window->formDesk()->openCallbacks());
    c.window->callWorkspace()->showKnowledge();
    QSet<QString> tagged;
    for (QWidget* top : QApplication::topLevelWidgets())
        for (QShortcut* s : top->findChildren<QShortcut*>()) {
            const QString name = s->property("shortcutName").toString();
            if (!name.isEmpty())
                tagged.insert(name);
        }
    for (const char* name : {"form-save", "form-next-step", "form-section", "form-next-section",
                             "form-previous-section", "knowledge-copy", "next-callback"})
        CHECK(tagged.contains(QString::fromLatin1(name)));
}

TEST_CASE("Help lists every shortcut of the table")
{
    ui::ShortcutsDialog dialog;
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("shortcutTable"));
    REQUIRE(table);
    QStringList names;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString name = table->item(row, 0)->data(Qt::UserRole).toString();
        if (name != QLatin1String("group"))
            names << name;
    }
    QStringList expected;
    for (const ui::ShortcutEntry& e : ui::shortcutTable())
        expected << QString::fromLatin1(e.name);
    std::sort(names.begin(), names.end());
    std::sort(expected.begin(), expected.end());
    CHECK(names == expected);
    const auto rowOf = [table](const QString& name) {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->data(Qt::UserRole).toString() == name)
                return row;
        return -1;
    };
    const int answer = rowOf(QStringLiteral("answer"));
    REQUIRE(answer >= 0);
    CHECK(table->item(answer, 0)->text() == QStringLiteral("Answer the ringing call"));
    CHECK(table->item(answer, 1)->text().contains(QStringLiteral("F2")));
    CHECK(table->item(answer, 1)->text().contains(QStringLiteral("Space")));
}

TEST_CASE("F12 makes the agent ready after wrap-up and Shift+F12 offers the reasons")
{
    Console c;
    AgentStates& states = c.window->callSession().states();
    REQUIRE(states.setNotReady(AgentStateNames::notReadyReasons().constFirst()));
    auto* control = c.window->findChild<ui::AgentStateControl*>();
    REQUIRE(control);
    CHECK(control->readyAction()->shortcuts() == ui::shortcut(ui::ShortcutId::Ready).keys);
    REQUIRE(control->readyAction()->isEnabled());
    control->readyAction()->trigger();
    CHECK(states.state() == AgentState::Ready);
    CHECK_FALSE(control->readyAction()->isEnabled());
    CHECK(control->notReadyAction()->shortcuts() == ui::shortcut(ui::ShortcutId::NotReady).keys);
}

TEST_CASE("Ctrl+I takes the keyboard to the caller's card")
{
    Console c;
    QAction* card = c.window->callWorkspace()->callerCardAction();
    REQUIRE(card);
    CHECK(card->shortcuts() == ui::shortcut(ui::ShortcutId::CallerCard).keys);
    REQUIRE(c.line.placeIncomingCall(QStringLiteral("13812345678")));
    c.window->callPanel()->answerAction()->trigger();
    c.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(c.window.get()));
    card->trigger();
    QApplication::processEvents();
    QWidget* focus = QApplication::focusWidget();
    REQUIRE(focus);
    CHECK(c.window->callWorkspace()->callerCard()->isAncestorOf(focus));
}

TEST_CASE("Help opens the guide of the person's role with its screenshots")
{
    const QString guides = docs(QStringLiteral("guide"));
    CHECK(ui::GuideDialog::roleFor({Role::Trainee}) == QStringLiteral("agent"));
    CHECK(ui::GuideDialog::roleFor({Role::Admin, Role::Supervisor}) == QStringLiteral("supervisor"));
    ui::GuideDialog agent({Role::Agent}, QStringLiteral("en"), nullptr, guides);
    CHECK(agent.browser()->toPlainText().contains(QStringLiteral("answer within three rings")));
    CHECK(agent.browser()->source().toLocalFile().endsWith(QStringLiteral("agent.en.md")));
    ui::GuideDialog admin({Role::Admin}, QStringLiteral("zh_CN"), nullptr, guides);
    CHECK(admin.browser()->toPlainText().contains(QStringLiteral("站点配置")));
    CHECK(admin.showGuide(QStringLiteral("trainer")));
    CHECK(admin.browser()->source().toLocalFile().endsWith(QStringLiteral("trainer.zh_CN.md")));

    CHECK_FALSE(
        ui::GuideDialog::guideDir(QStringLiteral("/nonexistent")).isEmpty()); // the source tree has them
}
