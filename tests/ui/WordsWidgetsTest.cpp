#include "ConsoleCore.h"
#include "TestSupport.h"
#include "core/site/Defaults.h"
#include "core/words/ScriptRepository.h"
#include "ui/admin/ScriptAdminDialog.h"
#include "ui/call/KnowledgeSearchDialog.h"
#include "ui/call/PhraseGuideDialog.h"
#include "ui/call/PhraseHighlighter.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextEdit>
#include <catch2/catch.hpp>

using namespace threerings;

namespace {

std::shared_ptr<const PhraseMatcher> zhMatcher()
{
    return std::make_shared<const PhraseMatcher>(PhraseList::shipped(QStringLiteral("zh_CN")).value().banned);
}

} // namespace

TEST_CASE("the phrase highlighter underlines banned phrases as the agent types")
{
    QPlainTextEdit edit;
    auto* h = ui::PhraseHighlighter::attach(&edit, zhMatcher());
    QSignalSpy counts(h, &ui::PhraseHighlighter::hitCountChanged);
    edit.setPlainText(QStringLiteral("用户问价格。\n我说不知道。"));
    const auto hits = h->hits();
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].start == 9);
    CHECK(hits[0].phrase == QStringLiteral("不知道"));
    REQUIRE(h->hitAt(10).has_value());
    CHECK(h->hitAt(10)->suggestion == QStringLiteral("请您稍等,我帮您查找资料"));
    CHECK_FALSE(h->hitAt(2).has_value());
    const QTextBlock second = edit.document()->findBlockByNumber(1);
    const auto formats = second.layout()->formats();
    REQUIRE(formats.size() == 1);
    CHECK(formats[0].format.underlineStyle() == QTextCharFormat::WaveUnderline);
    CHECK(counts.size() >= 1);

    QTextEdit rich;
    auto* h2 = ui::PhraseHighlighter::attach(&rich, zhMatcher());
    rich.setPlainText(QStringLiteral("這是新產品,我也不清楚"));
    CHECK(h2->hits().size() == 1);
    CHECK(ui::PhraseHighlighter::confirmSave(nullptr, *zhMatcher(), QStringLiteral("请您稍候")));
}

TEST_CASE("the knowledge-base dialog searches as the agent types and copies an answer with one key")
{
    test::TempDb t;
    REQUIRE(Defaults::ensure(*t.db, t.clock));
    test::ConsoleCore core(*t.db, t.clock);
    ui::KnowledgeSearchDialog dialog(core.words, [] { return test::actorWith(QStringLiteral("agent")); });
    QSignalSpy chosen(&dialog, &ui::KnowledgeSearchDialog::answerChosen);
    dialog.show();
    auto* query = dialog.findChild<QLineEdit*>(QStringLiteral("kbQuery"));
    REQUIRE(query);
    query->setText(QStringLiteral("吞")); // as an input method commits it
    dialog.searchNow();
    REQUIRE(dialog.results().size() >= 1);
    CHECK(dialog.results().first().title == QStringLiteral("ATM 吞卡"));
    auto* copy = dialog.findChild<QPushButton*>(QStringLiteral("kbCopy"));
    REQUIRE(copy);
    copy->click();
    REQUIRE(chosen.size() == 1);
    CHECK(chosen[0][0].toString().startsWith(QStringLiteral("ATM 吞卡: ")));
    CHECK(QApplication::clipboard()->text() == chosen[0][0].toString());
}

TEST_CASE("the phrase guide lists the ten standard phrases and the complaint order")
{
    ui::PhraseGuideDialog guide(PhraseList::shipped(QStringLiteral("zh_CN")).value());
    CHECK(guide.findChild<QListWidget*>(QStringLiteral("standardPhrases"))->count() == 10);
    CHECK(guide.findChild<QListWidget*>(QStringLiteral("complaintOrder"))->count() == 10);
    CHECK(guide.findChild<QListWidget*>(QStringLiteral("bannedPhrases"))->count() == 16);
}

TEST_CASE("the script editor shows import errors and keeps the scripts in use")
{
    test::TempDb t;
    REQUIRE(Defaults::ensure(*t.db, t.clock));
    ScriptRepository scripts(*t.db, t.clock);
    test::ConsoleCore core(*t.db, t.clock);
    ui::ScriptAdminDialog dialog(core.words, test::actorWith(QStringLiteral("admin")));
    CHECK(dialog.findChild<QListWidget*>(QStringLiteral("scriptList"))->count() == 4);
    const QString good = dialog.scriptEditor()->toPlainText();
    dialog.scriptEditor()->setPlainText(
        QString(good).replace(QStringLiteral("\"incoming\""), QStringLiteral("\"bogus\"")));
    CHECK_FALSE(dialog.apply());
    CHECK(dialog.errorText().contains(QStringLiteral("kind")));
    CHECK(dialog.errorText().contains(QStringLiteral("Line")));
    CHECK(scripts.get(QStringLiteral("incoming"), QStringLiteral("zh_CN")).ok());
    dialog.scriptEditor()->setPlainText(good);
    CHECK(dialog.apply());
}
