// Training in the console: the trainer's console starts a practice call for a trainee, the trainee takes it
// in the PRACTICE window (a second connection to the same files, as a second console would), the trainer
// watches, springs a trap and ends it; both see the scorecard; the progress view counts it.
#include "ConsoleCore.h"
#include "TestSupport.h"
#include "core/auth/DepartmentRepository.h"
#include "core/auth/UserRepository.h"
#include "core/model/Category.h"
#include "core/model/User.h"
#include "core/site/Defaults.h"
#include "core/training/PracticeStore.h"
#include "core/training/TrainingRepository.h"
#include "core/words/ScriptRepository.h"
#include "core/words/ScriptRunner.h"
#include "ui/call/PhraseHighlighter.h"
#include "ui/call/ScriptPanel.h"
#include "ui/forms/ProblemFormView.h"
#include "ui/training/PracticeWindow.h"
#include "ui/training/ProgressView.h"
#include "ui/training/ScenarioEditor.h"
#include "ui/training/ScorecardPdf.h"
#include "ui/training/TrainerConsole.h"
#include "ui/training/TrainingDesk.h"
#include "ui/training/TranscriptFormat.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTextLayout>
#include <catch2/catch.hpp>

using namespace threerings;

namespace {

Actor person(test::TempDb& t, const QString& no, const QString& name, const QString& role)
{
    User u;
    u.jobNumber = no;
    u.name = name;
    u.roles = {roleFromText(role)};
    const QString id = UserRepository(*t.db, t.clock).insert(u, {})->meta.id;
    Actor a = test::actorWith(role, id);
    a.jobNumber = no;
    a.name = name;
    return a;
}

QList<PracticeEvent> eventsOf(test::TempDb& t, PracticeStore& files, const QString& sessionId,
                              PracticeEvent::Kind kind)
{
    QList<PracticeEvent> found;
    const auto all = TrainingRepository(files.database(), t.clock).events(sessionId);
    REQUIRE(all.ok());
    for (const PracticeEvent& e : all.value())
        if (e.kind == kind)
            found << e;
    return found;
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

    test::ConsoleCore trainerSide(*t.db, t.clock, trainerFiles->get());
    ui::TrainerConsole console(trainerSide.training, trainer);
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
    test::ConsoleCore traineeSide(*t.db, t.clock, traineeFiles->get());
    auto* window =
        new ui::PracticeWindow(traineeSide.training, traineeSide.words, t.clock, trainee, **waiting);
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
    ui::ProgressView progress(trainerSide.training, supervisor);
    REQUIRE(progress.table()->rowCount() == 1);
    CHECK(progress.table()->item(0, 2)->text() == QStringLiteral("1"));
    CHECK(progress.table()->item(0, 3)->text() == QStringLiteral("0"));
    ui::ProgressView refused(trainerSide.training, trainee);
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
    test::ConsoleCore core(*t.db, t.clock);
    ui::TrainingDesk desk(window, core.training, core.words, t.clock, [&who] { return who; });
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

TEST_CASE("the PRACTICE window works the script in the console's script panel and underlines banned phrases "
          "as they are typed",
          "[training]")
{
    test::TempDb t;
    REQUIRE(Defaults::ensure(*t.db, t.clock));
    const Actor trainer =
        person(t, QStringLiteral("4001"), QStringLiteral("周老师"), QStringLiteral("trainer"));
    const Actor trainee =
        person(t, QStringLiteral("5001"), QStringLiteral("小林"), QStringLiteral("trainee"));
    auto files = PracticeStore::open(t.path(), t.clock);
    REQUIRE(files.ok());
    TrainingRepository repo((*files)->database(), t.clock);
    auto scenario = repo.scenario(QStringLiteral("heater-refund-angry"), QStringLiteral("zh_CN"));
    REQUIRE(scenario.ok());
    REQUIRE(repo.startSession(trainer, scenario.value(), trainee.userId).ok());
    auto waiting = repo.openSessionFor(trainee.userId);
    REQUIRE(waiting.ok());
    REQUIRE(waiting->has_value());
    const QString sessionId = (*waiting)->meta.id;

    test::ConsoleCore core(*t.db, t.clock, files->get());
    auto* window = new ui::PracticeWindow(core.training, core.words, t.clock, trainee, **waiting);
    window->show();
    QApplication::setActiveWindow(window);
    REQUIRE(QTest::qWaitForWindowActive(window));
    CHECK(window->windowTitle().startsWith(QStringLiteral("PRACTICE")));
    auto* banner = window->findChild<QLabel*>(QStringLiteral("practiceBanner"));
    REQUIRE(banner);
    CHECK(banner->text().startsWith(QStringLiteral("PRACTICE")));

    // The console's own script panel, waiting for the call to be answered.
    auto* panel = window->findChild<ui::ScriptPanel*>(QStringLiteral("scriptPanel"));
    REQUIRE(panel);
    CHECK(panel == window->scriptPanel());
    CHECK_FALSE(panel->nextAction()->isEnabled());
    auto* stepTitle = panel->findChild<QLabel*>(QStringLiteral("scriptStepTitle"));
    auto* steps = panel->findChild<QListWidget*>(QStringLiteral("scriptSteps"));
    REQUIRE(stepTitle);
    REQUIRE(steps);

    // The steps the script shows after an answer at the scenario's ring, as the session runs them.
    auto incoming = ScriptRepository(*t.db, t.clock).get(QStringLiteral("incoming"), QStringLiteral("zh_CN"));
    REQUIRE(incoming.ok());
    const ScriptRunner expected(
        incoming.value(), {{QStringLiteral("answered_after_ring"), (*waiting)->scenario.arrivesAtRing}});
    REQUIRE(expected.steps().size() >= 3);
    const ScriptStep first = expected.steps()[0];
    const ScriptStep second = expected.steps()[1];
    const ScriptStep third = expected.steps()[2];

    window->answerNow();
    CHECK(stepTitle->text() == first.title);
    CHECK(steps->count() == expected.steps().size());
    CHECK(panel->nextAction()->isEnabled());
    CHECK_FALSE(panel->backAction()->isEnabled()); // a practice call has no going back

    // F6: said it, next step; the tick is the session's practice event, as the trainer and the scorer see it.
    QTest::keyClick(window, Qt::Key_F6);
    CHECK(stepTitle->text() == second.title);
    CHECK(steps->item(0)->checkState() == Qt::Checked);
    auto ticked = eventsOf(t, **files, sessionId, PracticeEvent::Kind::StepTicked);
    REQUIRE(ticked.size() == 1);
    CHECK(ticked[0].data.value(QStringLiteral("step")).toString() == first.id);
    // F7: skipped, not ticked.
    QTest::keyClick(window, Qt::Key_F7);
    CHECK(stepTitle->text() == third.title);
    CHECK(steps->item(1)->checkState() == Qt::Unchecked);
    auto skipped = eventsOf(t, **files, sessionId, PracticeEvent::Kind::StepSkipped);
    REQUIRE(skipped.size() == 1);
    CHECK(skipped[0].data.value(QStringLiteral("step")).toString() == second.id);
    CHECK(eventsOf(t, **files, sessionId, PracticeEvent::Kind::StepTicked).size() == 1);

    // A banned phrase is underlined while it is typed, with what to say instead, before it is said.
    QPlainTextEdit* say = window->sayEdit();
    REQUIRE(say);
    CHECK(say->hasFocus());
    // Chinese arrives from the input method a word at a time.
    for (const QString& word : {QStringLiteral("这个"), QStringLiteral("我"), QStringLiteral("不知道")}) {
        QInputMethodEvent commit;
        commit.setCommitString(word);
        QApplication::sendEvent(say, &commit);
    }
    CHECK(say->toPlainText() == QStringLiteral("这个我不知道"));
    const auto hits = window->highlighter()->hits();
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].phrase == QStringLiteral("不知道"));
    CHECK(hits[0].start == 3);
    const auto formats = say->document()->firstBlock().layout()->formats();
    REQUIRE(formats.size() == 1);
    CHECK(formats[0].start == 3);
    CHECK(formats[0].length == 3);
    CHECK(formats[0].format.underlineStyle() == QTextCharFormat::WaveUnderline);
    CHECK(formats[0].format.toolTip().contains(hits[0].suggestion));
    auto* hint = window->findChild<QLabel*>(QStringLiteral("practiceSayHint"));
    REQUIRE(hint);
    CHECK(hint->isVisible());
    CHECK(hint->text().contains(hits[0].suggestion));
    CHECK(eventsOf(t, **files, sessionId, PracticeEvent::Kind::PhraseHit).isEmpty());

    // Enter says it: the line and its banned phrase are recorded as before, the field is free again.
    QTest::keyClick(say, Qt::Key_Return);
    CHECK(say->toPlainText().isEmpty());
    CHECK_FALSE(hint->isVisible());
    CHECK(eventsOf(t, **files, sessionId, PracticeEvent::Kind::TraineeLine).size() == 1);
    auto phraseHits = eventsOf(t, **files, sessionId, PracticeEvent::Kind::PhraseHit);
    REQUIRE(phraseHits.size() == 1);
    CHECK(phraseHits[0].data.value(QStringLiteral("phrase")).toString() == QStringLiteral("不知道"));
    CHECK(window->transcript()->toPlainText().contains(QStringLiteral("这个我不知道")));

    // Once the call is over the script keys move nothing.
    window->endNow();
    CHECK_FALSE(panel->isEnabled());
    QTest::keyClick(window, Qt::Key_F6);
    CHECK(eventsOf(t, **files, sessionId, PracticeEvent::Kind::StepTicked).size() == 1);
    delete window;
}

TEST_CASE("the PRACTICE call answers with F2, hides the caller's name until it is asked and shows the "
          "scorecard once",
          "[training]")
{
    test::TempDb t;
    REQUIRE(Defaults::ensure(*t.db, t.clock));
    const Actor trainer =
        person(t, QStringLiteral("4001"), QStringLiteral("周老师"), QStringLiteral("trainer"));
    const Actor trainee =
        person(t, QStringLiteral("5001"), QStringLiteral("小林"), QStringLiteral("trainee"));
    // The hotline's technical support, which the practice form transfers to as a real one does.
    Department tech;
    tech.name = QStringLiteral("技术支持部");
    tech.kind = QStringLiteral("technical");
    tech.routes = {Category::Technical};
    REQUIRE(DepartmentRepository(*t.db, t.clock).insert(tech, {}).ok());
    auto files = PracticeStore::open(t.path(), t.clock);
    REQUIRE(files.ok());
    TrainingRepository repo((*files)->database(), t.clock);
    auto scenario = repo.scenario(QStringLiteral("apm-hard-name"), QStringLiteral("zh_CN"));
    REQUIRE(scenario.ok());
    REQUIRE(repo.startSession(trainer, scenario.value(), trainee.userId).ok());
    auto waiting = repo.openSessionFor(trainee.userId);
    REQUIRE(waiting.ok());
    REQUIRE(waiting->has_value());

    test::ConsoleCore core(*t.db, t.clock, files->get());
    auto* window = new ui::PracticeWindow(core.training, core.words, t.clock, trainee, **waiting);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    QApplication::setActiveWindow(window);
    REQUIRE(QTest::qWaitForWindowActive(window));
    // It fits a 1366×768 screen like every view of the console.
    CHECK(window->minimumSizeHint().width() <= 1366);
    CHECK(window->minimumSizeHint().height() <= 768);
    const QString name = (*waiting)->scenario.personaName;
    REQUIRE_FALSE(name.isEmpty());
    auto* caller = window->findChild<QLabel*>(QStringLiteral("practiceCaller"));
    REQUIRE(caller);
    CHECK_FALSE(caller->text().contains(name));

    // F2, as on a real call.
    QTest::keyClick(window, Qt::Key_F2);
    CHECK_FALSE(window->answerButton()->isEnabled());
    CHECK(window->endButton()->isEnabled());
    window->sayNow(QStringLiteral("您好!800热线,5001号为您服务"), QStringLiteral("greeting"));
    CHECK_FALSE(caller->text().contains(name));
    window->sayNow(QStringLiteral("请问是什么故障?您贵姓?"), QString());
    CHECK(caller->text().contains(name));

    // The console's own problem form, on the practice file: the caller's number popped, the name not yet,
    // the hotline's outlets and the scenario caller's, Ctrl+Enter for the next step.
    ui::ProblemFormView* form = window->problemForm();
    REQUIRE(form);
    auto* formName = form->findChild<QLineEdit*>(QStringLiteral("customer_name"));
    REQUIRE(formName);
    CHECK(formName->text().isEmpty());
    CHECK_FALSE(form->findChild<QLineEdit*>(QStringLiteral("phone_mobile"))->text().isEmpty());
    formName->setText(name);
    auto* outlet = form->findChild<QComboBox*>(QStringLiteral("outlet_id"));
    const int outletIndex = outlet->findText(QStringLiteral(" 文峰营业厅"), Qt::MatchEndsWith);
    REQUIRE(outletIndex > 0);
    outlet->setCurrentIndex(outletIndex);
    auto* category = form->findChild<QComboBox*>(QStringLiteral("category"));
    category->setCurrentIndex(category->findData(QStringLiteral("technical")));
    form->findChild<QPlainTextEdit*>(QStringLiteral("description"))
        ->setPlainText(QStringLiteral("APM 缴费后打不出凭条"));
    formName->setFocus();
    QTest::keyClick(formName, Qt::Key_Return, Qt::ControlModifier);
    INFO(window->findChild<QLabel*>(QStringLiteral("practiceFormMessage"))->text().toStdString());
    REQUIRE(form->form().meta.isStored());
    CHECK(test::count((*files)->database(), QStringLiteral("SELECT count(*) FROM problem_forms")) == 1);
    CHECK(test::count(*t.db, QStringLiteral("SELECT count(*) FROM problem_forms")) == 0);
    // Then it goes to technical support, as the call asks.
    QTest::keyClick(formName, Qt::Key_Return, Qt::ControlModifier);
    INFO(form->errorText(QStringLiteral("handler_id")).toStdString());
    CHECK(form->form().state == FormState::Transferred);

    // F4 ends it; the scorecard is printed once.
    QTest::keyClick(window, Qt::Key_F4);
    CHECK_FALSE(window->endButton()->isEnabled());
    auto ended = repo.session((*waiting)->meta.id);
    REQUIRE(ended.ok());
    REQUIRE(ended->scorecard.has_value());
    const QString card =
        QTextDocumentFragment::fromHtml(ui::TranscriptFormat::scorecardHtml(*ended->scorecard)).toPlainText();
    const QString firstLine = card.section(QLatin1Char('\n'), 0, 0).trimmed();
    REQUIRE_FALSE(firstLine.isEmpty());
    CHECK(window->transcript()->toPlainText().count(firstLine) == 1);
    // Every field of the form scored right: the name asked, the phone, the outlet, the words, the transfer.
    CHECK(ended->scorecard->formFields > 0);
    CHECK(ended->scorecard->formFieldsRight == ended->scorecard->formFields);
    CHECK_FALSE(form->isEnabled());
    window->close();
}
