// One banned-phrase guard per console: a phrase list an admin saves reaches every open guarded field at once
// (the call's notes and a form view), without reopening anything, and a removed phrase loses its underline.
#include "ConsoleCore.h"
#include "TestSupport.h"
#include "core/auth/UserRepository.h"
#include "core/calls/AgentStates.h"
#include "core/calls/CallSession.h"
#include "core/calls/SimulatedLine.h"
#include "core/model/User.h"
#include "core/site/Defaults.h"
#include "ui/admin/ScriptAdminDialog.h"
#include "ui/call/CallNotesView.h"
#include "ui/call/CallWorkspace.h"
#include "ui/call/PhraseHighlighter.h"
#include "ui/forms/FormDesk.h"
#include "ui/forms/ProblemFormView.h"
#include "ui/shell/MainWindow.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <catch2/catch.hpp>

using namespace threerings;

namespace {

// Neither shipped list holds it; a Chinese phrase matches inside any text, whatever the console's language.
const QString newPhrase = QStringLiteral("找别人去");

bool underlined(QPlainTextEdit* edit)
{
    for (QTextBlock b = edit->document()->begin(); b.isValid(); b = b.next())
        for (const QTextLayout::FormatRange& r : b.layout()->formats())
            if (r.format.underlineStyle() == QTextCharFormat::WaveUnderline)
                return true;
    return false;
}

QStringList phrasesIn(const ui::PhraseHighlighter* h)
{
    QStringList found;
    for (const PhraseHit& hit : h->hits())
        found << hit.phrase;
    return found;
}

// A console with a signed-in agent, the call's notes and a problem form open, both holding the same words.
struct GuardedConsole
{
    GuardedConsole() : line(t.clock, SimulatedLine::Behaviour{60'000, 60'000, 0, 0})
    {
        REQUIRE(Defaults::ensure(*t.db, t.clock));
        User u;
        u.jobNumber = QStringLiteral("1001");
        u.name = QStringLiteral("王芳");
        u.roles = {Role::Agent};
        auto stored = UserRepository(*t.db, t.clock).insert(u, {});
        REQUIRE(stored);
        agent = test::actorWith(QStringLiteral("agent"), stored->meta.id);
        core = std::make_unique<test::ConsoleCore>(*t.db, t.clock);
        window = std::make_unique<ui::MainWindow>(*t.db, t.clock, line, core->services());
        REQUIRE(window->callSession().start(agent));
        REQUIRE(window->callSession().states().setReady()); // agents sign in Not Ready
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));

        notes = window->callWorkspace()->notes();
        notes->setText(text);
        form = window->formDesk()->newProblemForm();
        REQUIRE(form);
        plan = form->findChild<QPlainTextEdit*>(QStringLiteral("plan"));
        REQUIRE(plan);
        plan->setPlainText(text);
        formHighlighter = plan->findChild<ui::PhraseHighlighter*>();
        REQUIRE(formHighlighter);
    }

    // The console's list with `phrase` added (or, with add false, without it), saved by an admin through
    // the call the admin dialog's Save makes.
    void saveList(const QString& phrase, bool add)
    {
        auto list = core->words.phraseList(admin, core->guard.language());
        REQUIRE(list);
        PhraseList changed = list.value();
        if (add) {
            changed.banned.append(BannedPhrase{phrase, QStringLiteral("我来帮您联系"), {}, {}});
        } else {
            changed.banned.removeIf([&](const BannedPhrase& b) { return b.phrase == phrase; });
        }
        REQUIRE(core->words.importPhrases(admin, changed.toJson()));
    }

    const QString text = QStringLiteral("客户问价格,我说您找别人去吧。");
    test::TempDb t;
    SimulatedLine line;
    Actor agent;
    const Actor admin = test::actorWith(QStringLiteral("admin"), QStringLiteral("admin-1"));
    std::unique_ptr<test::ConsoleCore> core;
    std::unique_ptr<ui::MainWindow> window;
    ui::CallNotesView* notes = nullptr;
    ui::ProblemFormView* form = nullptr;
    QPlainTextEdit* plan = nullptr;
    ui::PhraseHighlighter* formHighlighter = nullptr;
};

} // namespace

TEST_CASE("an admin's new banned phrase is underlined at once in the call's notes and an open form view, and "
          "a removed one loses its underline",
          "[words]")
{
    GuardedConsole c;
    CHECK(c.notes->highlighter()->hits().isEmpty());
    CHECK(c.formHighlighter->hits().isEmpty());
    CHECK_FALSE(underlined(c.notes->editor()));
    CHECK_FALSE(underlined(c.plan));

    c.saveList(newPhrase, true);
    // Nothing reopened, nothing typed: both fields check against the new list.
    CHECK(phrasesIn(c.notes->highlighter()) == QStringList{newPhrase});
    CHECK(phrasesIn(c.formHighlighter) == QStringList{newPhrase});
    CHECK(underlined(c.notes->editor()));
    CHECK(underlined(c.plan));
    auto* hint = c.window->findChild<QLabel*>(QStringLiteral("callNotesHint"));
    REQUIRE(hint);
    CHECK(hint->text().contains(QStringLiteral("我来帮您联系")));
    // A form opened after the change checks against the same list.
    CHECK(c.core->guard.list().banned.constLast().phrase == newPhrase);

    c.saveList(newPhrase, false);
    CHECK(c.notes->highlighter()->hits().isEmpty());
    CHECK(c.formHighlighter->hits().isEmpty());
    CHECK_FALSE(underlined(c.notes->editor()));
    CHECK_FALSE(underlined(c.plan));
    CHECK(hint->text().isEmpty());
}

TEST_CASE("the admin dialog's Save of a phrase list reaches the open fields; a refused save changes nothing",
          "[words]")
{
    GuardedConsole c;
    auto list = c.core->words.phraseList(c.admin, c.core->guard.language());
    REQUIRE(list);
    PhraseList changed = list.value();
    changed.banned.append(BannedPhrase{newPhrase, QStringLiteral("我来帮您联系"), {}, {}});

    // An agent may not change the list: the fields stay as they were.
    CHECK(c.core->words.importPhrases(c.agent, changed.toJson()).error().kind == Error::Kind::Refused);
    CHECK(c.formHighlighter->hits().isEmpty());

    ui::ScriptAdminDialog dialog(c.core->words, c.admin);
    dialog.findChild<QTabWidget*>()->setCurrentIndex(1); // the phrase list
    dialog.phraseEditor()->setPlainText(QString::fromUtf8(changed.toJson()));
    REQUIRE(dialog.apply());
    CHECK(phrasesIn(c.notes->highlighter()) == QStringList{newPhrase});
    CHECK(phrasesIn(c.formHighlighter) == QStringList{newPhrase});
}
