// Training in the console: the trainer's console starts a practice call for a trainee, the trainee takes it
// in the PRACTICE window (a second connection to the same files, as a second console would), the trainer
// watches, springs a trap and ends it; both see the scorecard; the progress view counts it.
#include "TestSupport.h"
#include "model/User.h"
#include "store/Defaults.h"
#include "store/PracticeStore.h"
#include "store/TrainingRepository.h"
#include "store/UserRepository.h"
#include "training/PracticeWindow.h"
#include "training/ProgressView.h"
#include "training/ScenarioEditor.h"
#include "training/ScorecardPdf.h"
#include "training/TrainerConsole.h"
#include "training/TrainingDesk.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <catch2/catch.hpp>

using namespace threerings;

namespace {

Actor person(test::TempDb& t, const QString& no, const QString& name, const QString& role)
{
    User u;
    u.jobNumber = no;
    u.name = name;
    u.roles = {role};
    const QString id = UserRepository(*t.db, t.clock).insert(u, {})->meta.id;
    Actor a = test::actorWith(role, id);
    a.jobNumber = no;
    a.name = name;
    return a;
}

} // namespace

TEST_CASE("a trainer runs a practice call that a trainee takes in the PRACTICE window", "[training]")
{
    test::TempDb t;
    REQUIRE(Defaults::ensure(*t.db, t.clock));
    const Actor trainer =
        person(t, QStringLiteral("4001"), QStringLiteral("周老师"), QStringLiteral("trainer"));
    const Actor trainee =
        person(t, QStringLiteral("5001"), QStringLiteral("小林"), QStringLiteral("trainee"));
    auto trainerFiles = PracticeStore::open(t.path(), t.clock);
    auto traineeFiles = PracticeStore::open(t.path(), t.clock);
    REQUIRE(trainerFiles.ok());
    REQUIRE(traineeFiles.ok());

    ui::TrainerConsole console(*t.db, **trainerFiles, t.clock, trainer);
    console.findChild<QComboBox*>(QStringLiteral("languageBox"))->setCurrentIndex(0); // zh_CN
    REQUIRE(console.scenarioList()->count() >= 10);

    // The form: a trainee-facing field left empty is named; a fixed one saves.
    CHECK(console.editTabs()->currentIndex() == 0);
    const QString firstKey = console.form()->scenario().key;
    console.form()->titleEdit()->clear();
    CHECK_FALSE(console.saveEditedScenario());
    CHECK(console.editorMessage()->text().contains(QStringLiteral("title")));
    console.form()->titleEdit()->setText(QStringLiteral("ATM 吞卡(改)"));
    REQUIRE(console.saveEditedScenario());
    CHECK(TrainingRepository((*trainerFiles)->database(), t.clock)
              .scenario(firstKey, QStringLiteral("zh_CN"))
              ->title == QStringLiteral("ATM 吞卡(改)"));
    CHECK(test::count((*trainerFiles)->database(),
                      QStringLiteral("SELECT count(*) FROM training_scenarios")) == 1);

    // The JSON tab carries the form's edits; the JSON editor names the bad field and stores nothing.
    console.editTabs()->setCurrentIndex(1);
    CHECK(console.editor()->toPlainText().contains(QStringLiteral("ATM 吞卡(改)")));
    QString json = console.editor()->toPlainText();
    console.editor()->setPlainText(json.replace(QStringLiteral("\"category\": \"technical\""),
                                                QStringLiteral("\"category\": \"refund\"")));
    CHECK_FALSE(console.saveEditedScenario());
    CHECK(console.editorMessage()->text().contains(QStringLiteral("expected.category")));
    CHECK(test::count((*trainerFiles)->database(),
                      QStringLiteral("SELECT count(*) FROM training_scenarios")) == 1);

    // A new scenario from the selected one is saved under its own key.
    console.scenarioList()->setCurrentRow(0);
    console.newFromCurrent();
    REQUIRE(console.saveEditedScenario());
    CHECK(test::count((*trainerFiles)->database(),
                      QStringLiteral("SELECT count(*) FROM training_scenarios")) == 2);
    const int shipped = int(Scenario::shipped(QStringLiteral("zh_CN"))->size());
    CHECK(console.scenarioList()->count() == shipped + 1); // the starter set stays beside it

    REQUIRE(console.traineeBox()->count() == 1);
    auto* scenarioBox = console.findChild<QComboBox*>(QStringLiteral("sessionScenarioBox"));
    scenarioBox->setCurrentIndex(scenarioBox->findData(QStringLiteral("heater-refund-angry")));
    REQUIRE(scenarioBox->currentIndex() >= 0);
    REQUIRE(console.startSessionFor(trainee.userId));
    const QString sessionId = console.watchedSession();

    auto waiting = TrainingRepository((*traineeFiles)->database(), t.clock).openSessionFor(trainee.userId);
    REQUIRE(waiting.ok());
    REQUIRE(waiting->has_value());
    auto* window = new ui::PracticeWindow(*t.db, **traineeFiles, t.clock, trainee, **waiting);
    CHECK(window->windowTitle().startsWith(QStringLiteral("PRACTICE")));
    t.clock.advanceMs(4000);
    window->answerNow();
    CHECK(window->transcript()->toPlainText().contains((*waiting)->scenario.openingLine));
    window->sayNow(QStringLiteral("您好!800热线,5001号为您服务"), QStringLiteral("greeting"));
    window->sayNow(QStringLiteral("这个我不知道"), QString());
    CHECK(window->transcript()->toPlainText().contains(QStringLiteral("不知道")));

    // The trainer sees it live and springs a trap; the trainee's console picks the caller's line up.
    console.poll();
    CHECK(console.watch()->toPlainText().contains(QStringLiteral("5001号为您服务")));
    REQUIRE((*waiting)->scenario.traps.size() == 2);
    const ScenarioTrap trap = (*waiting)->scenario.traps[1];
    REQUIRE(console.springTrap(trap.id));
    window->poll();
    CHECK(window->transcript()->toPlainText().contains(trap.line));
    REQUIRE(console.callerSays(QStringLiteral("你们到底管不管?")));
    REQUIRE(console.addRemark(QStringLiteral("禁语要改")));
    window->poll();
    CHECK(window->transcript()->toPlainText().contains(QStringLiteral("你们到底管不管")));
    CHECK_FALSE(window->transcript()->toPlainText().contains(
        QStringLiteral("禁语要改"))); // remarks are the trainer's

    REQUIRE(console.endSession());
    window->poll();
    CHECK(window->transcript()->toPlainText().contains(QStringLiteral("points")));
    CHECK_FALSE(window->endButton()->isEnabled());
    auto ended = TrainingRepository((*traineeFiles)->database(), t.clock).session(sessionId);
    REQUIRE(ended->scorecard.has_value());
    CHECK(ended->scorecard->bannedUsed == QStringList{QStringLiteral("不知道")});
    CHECK_FALSE(ended->scorecard->passed);
    CHECK(window->transcript()->toPlainText().contains(
        QStringLiteral("禁语要改"))); // the remarks come with the card

    // The scorecard as a PDF.
    const QString pdf = t.dir.filePath(QStringLiteral("card.pdf"));
    REQUIRE(
        ui::ScorecardPdf::write(*ended->scorecard, QStringLiteral("5001 小林"), QStringLiteral("today"), pdf)
            .ok());
    QFile f(pdf);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(5) == QByteArray("%PDF-"));

    // Progress: one session, not passed, not ready; a trainee may not read it.
    const Actor supervisor = test::actorWith(QStringLiteral("supervisor"));
    ui::ProgressView progress(*t.db, (*trainerFiles)->database(), t.clock, supervisor);
    REQUIRE(progress.table()->rowCount() == 1);
    CHECK(progress.table()->item(0, 2)->text() == QStringLiteral("1"));
    CHECK(progress.table()->item(0, 3)->text() == QStringLiteral("0"));
    ui::ProgressView refused(*t.db, (*trainerFiles)->database(), t.clock, trainee);
    CHECK(refused.table()->rowCount() == 0);
    delete window;
}

TEST_CASE("the Training menu follows the roles and a trainee's console opens the waiting call", "[training]")
{
    test::TempDb t;
    REQUIRE(Defaults::ensure(*t.db, t.clock));
    const Actor trainer =
        person(t, QStringLiteral("4001"), QStringLiteral("周老师"), QStringLiteral("trainer"));
    const Actor trainee =
        person(t, QStringLiteral("5001"), QStringLiteral("小林"), QStringLiteral("trainee"));
    const Actor agent = person(t, QStringLiteral("1001"), QStringLiteral("王芳"), QStringLiteral("agent"));
    Actor who = agent;
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("ThreeRings"));
    ui::TrainingDesk desk(window, *t.db, t.clock, [&who] { return who; });
    QMenu* menu = desk.addMenu(window.menuBar());
    CHECK_FALSE(menu->menuAction()->isVisible());

    who = trainer;
    desk.sessionChanged();
    CHECK(menu->menuAction()->isVisible());
    ui::TrainerConsole* console = desk.openTrainerConsole();
    REQUIRE(console);
    REQUIRE(console->startSessionFor(trainee.userId));

    who = trainee;
    desk.sessionChanged();
    CHECK(menu->menuAction()->isVisible());
    CHECK(desk.openTrainerConsole() == nullptr); // not for trainees
    ui::PracticeWindow* practice = desk.openPractice(true);
    REQUIRE(practice);
    CHECK(practice->sessionId() == console->watchedSession());
    CHECK(window.windowTitle().startsWith(QStringLiteral("PRACTICE")));
    delete practice;
    CHECK(window.windowTitle() == QStringLiteral("ThreeRings"));
}
