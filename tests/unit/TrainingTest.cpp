#include "TestSupport.h"
#include "TrainingFixtures.h"
#include "core/training/PracticeRun.h"
#include "core/training/PracticeSession.h"
#include "core/training/Scenario.h"
#include "core/training/Scorer.h"
#include "core/words/PhraseList.h"

#include <catch2/catch.hpp>

using namespace threerings;

namespace {

Scenario shippedScenario(const QString& language, const QString& key)
{
    const auto shipped = Scenario::shipped(language).value();
    for (const Scenario& s : shipped) {
        if (s.key == key)
            return s;
    }
    FAIL("no shipped scenario " << key.toStdString());
    return {};
}

PracticeRun::Outcome runAnswers(const Scenario& s, const QByteArray& answers)
{
    auto outcome = PracticeRun::run(s, answers, test::incomingScript(s.language),
                                    PhraseList::shipped(s.language).value());
    INFO((outcome ? QString() : outcome.error().message).toStdString());
    REQUIRE(outcome.ok());
    return outcome.value();
}

} // namespace

TEST_CASE("Each shipped scenario loads and validates, ten or more per language", "[training]")
{
    for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        auto all = Scenario::shipped(language);
        INFO(language.toStdString() << ": " << (all ? QString() : all.error().message).toStdString());
        REQUIRE(all.ok());
        CHECK(all->size() >= 10);
        QStringList kinds;
        for (const Scenario& s : all.value()) {
            CHECK(s.language == language);
            CHECK(s.validate().ok());
            for (const ScenarioTrap& t : s.traps)
                kinds.append(t.kind);
            // Export and import give the same scenario back.
            auto again = Scenario::fromJson(s.toJson());
            REQUIRE(again.ok());
            CHECK(again->constFirst().toJsonObject() == s.toJsonObject());
        }
        // The traps the issue names are all there.
        CHECK(kinds.contains(QStringLiteral("angry_refund")));
        CHECK(kinds.contains(QStringLiteral("hard_name")));
        CHECK(kinds.contains(QStringLiteral("repeat_repair")));
    }
    // The two languages hold the same cases.
    QStringList zh, en;
    const auto zhShipped = Scenario::shipped(QStringLiteral("zh_CN")).value();
    for (const Scenario& s : zhShipped)
        zh << s.key;
    const auto enShipped = Scenario::shipped(QStringLiteral("en")).value();
    for (const Scenario& s : enShipped)
        en << s.key;
    CHECK(zh == en);
}

TEST_CASE("A bad scenario names the line and the field", "[training]")
{
    const QByteArray json = R"({
  "key": "x",
  "language": "zh_CN",
  "title": "t",
  "persona": {"name": "王"},
  "opening_line": "喂",
  "problem": "p",
  "expected": {"category": "complaint", "customer_name": "王"}
})";
    auto r = Scenario::fromJson(json);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("expected.category"));
    CHECK(r.error().message.startsWith(QStringLiteral("Line 8, expected.category")));

    QByteArray badTrap = json;
    badTrap.replace("\"complaint\"", "\"technical\"");
    badTrap.replace("\"title\": \"t\",", "\"title\": \"t\", \"traps\": [{\"id\": \"a\", \"kind\": "
                                         "\"shouting\", \"line\": \"x\", \"expect\": [\"y\"]}],");
    auto t = Scenario::fromJson(badTrap);
    REQUIRE_FALSE(t.ok());
    CHECK(t.error().field == QStringLiteral("traps[0].kind"));

    Scenario s = shippedScenario(QStringLiteral("en"), QStringLiteral("washer-noise"));
    s.lines.append({QStringLiteral("chitchat"), QStringLiteral("hi")});
    CHECK(s.validate().error().field.endsWith(QStringLiteral(".step")));
}

TEST_CASE("A scripted perfect run of every shipped scenario scores full marks", "[training]")
{
    for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        const auto shipped = Scenario::shipped(language).value();
        for (const Scenario& s : shipped) {
            INFO(language.toStdString() << " " << s.key.toStdString());
            const auto outcome =
                runAnswers(s, test::perfectAnswers(s, test::incomingScript(language), s.arrivesAtRing));
            const Scorecard& card = outcome.scorecard;
            for (const ScoreLoss& l : card.losses)
                INFO(l.area.toStdString() << " " << l.points << " " << l.reason.toStdString());
            CHECK(card.losses.isEmpty());
            CHECK(card.points == card.maxPoints);
            CHECK(card.maxPoints == s.maxPoints()); // every trap of the scenario was sprung
            CHECK(card.passed);
            CHECK(card.skippedSteps.isEmpty());
            CHECK(card.standardUsed.size() >= 2);
            CHECK(card.formFieldsRight == card.formFields);
        }
    }
}

TEST_CASE("Answering at ring 4 loses exactly the points the scorecard gives for it", "[training]")
{
    const Scenario s = shippedScenario(QStringLiteral("zh_CN"), QStringLiteral("atm-card-retained"));
    const Script script = test::incomingScript(s.language);
    const Scorecard card = runAnswers(s, test::perfectAnswers(s, script, 4)).scorecard;
    REQUIRE(card.losses.size() == 1);
    CHECK(card.losses[0].area == QStringLiteral("rings"));
    CHECK(card.losses[0].points == s.scoring.perLateRing);
    CHECK(card.losses[0].reason.contains(QStringLiteral("ring 4")));
    CHECK(card.answeredAtRing == 4);
    CHECK(card.points == card.maxPoints - s.scoring.perLateRing);

    // Past the third ring the apology is a required step: leaving it out costs a step as well.
    const Scorecard noApology =
        runAnswers(s, test::perfectAnswers(s, script, 4, QStringLiteral("apology"))).scorecard;
    CHECK(noApology.lostIn(QStringLiteral("rings")) == s.scoring.perLateRing);
    CHECK(noApology.lostIn(QStringLiteral("script")) == s.scoring.perSkippedStep);
    CHECK(noApology.skippedSteps == QStringList{QStringLiteral("apology")});
    CHECK(noApology.points == card.maxPoints - s.scoring.perLateRing - s.scoring.perSkippedStep);
}

TEST_CASE("Skipping the restatement loses exactly one step's points", "[training]")
{
    const Scenario s = shippedScenario(QStringLiteral("en"), QStringLiteral("washer-power-cut"));
    const Scorecard card =
        runAnswers(s, test::perfectAnswers(s, test::incomingScript(s.language), 2, QStringLiteral("restate")))
            .scorecard;
    REQUIRE(card.losses.size() == 1);
    CHECK(card.losses[0].area == QStringLiteral("script"));
    CHECK(card.losses[0].points == s.scoring.perSkippedStep);
    CHECK(card.losses[0].reason.contains(QStringLiteral("restate")));
    CHECK(card.skippedSteps == QStringList{QStringLiteral("restate")});
    CHECK(card.points == card.maxPoints - s.scoring.perSkippedStep);
}

TEST_CASE("Saying a banned phrase loses exactly the banned-phrase points", "[training]")
{
    const Scenario s = shippedScenario(QStringLiteral("zh_CN"), QStringLiteral("solar-no-hot-water"));
    const Scorecard card = runAnswers(s, test::perfectAnswers(s, test::incomingScript(s.language), 1, {},
                                                              QStringLiteral("这个我也不知道啊")))
                               .scorecard;
    REQUIRE(card.losses.size() == 1);
    CHECK(card.losses[0].area == QStringLiteral("banned"));
    CHECK(card.losses[0].points == s.scoring.perBannedPhrase);
    CHECK(card.losses[0].reason.contains(QStringLiteral("不知道")));
    CHECK(card.bannedUsed == QStringList{QStringLiteral("不知道")});
    CHECK(card.points == card.maxPoints - s.scoring.perBannedPhrase);
}

TEST_CASE("A trap left unanswered, a wrong form and a slow call lose their points with reasons", "[training]")
{
    const Scenario s = shippedScenario(QStringLiteral("en"), QStringLiteral("apm-hard-name"));
    // The trainee guesses the name instead of asking again, and writes it on the form; the call takes 8
    // minutes.
    const QByteArray answers = R"({"answer_at_ring": 2, "actions": [
        {"say": "Hello! 800, agent 5001 speaking, how may I help you?", "step": "greeting"},
        {"say": "Thank you, Ms Yang. What has failed?", "step": "purpose", "after_seconds": 200},
        {"say": "Let me confirm: the APM prints no receipt. Is that right?", "step": "restate"},
        {"tick": "classify"},
        {"form": {"category": "technical", "customer_name": "Ms Yang", "phone": "0372-2661234",
                  "outlet": "Wenfeng hall", "description": "APM printer fault, no receipt"}},
        {"say": "May I record it and pass it on?", "step": "record_transfer"},
        {"say": "Thank you for calling. Goodbye.", "step": "closing", "after_seconds": 300}
    ]})";
    const Scorecard card = runAnswers(s, answers).scorecard;
    CHECK(card.lostIn(QStringLiteral("trap")) == s.trap(QStringLiteral("name-unclear"))->points);
    CHECK(card.lostIn(QStringLiteral("form")) == s.scoring.perFormField);
    CHECK(card.formFieldsRight == card.formFields - 1);
    CHECK(card.lostIn(QStringLiteral("time")) == s.scoring.perOvertime);
    CHECK(card.secondsToResolve > s.scoring.targetSeconds);
    int lost = 0;
    for (const ScoreLoss& l : card.losses) {
        CHECK_FALSE(l.reason.isEmpty());
        lost += l.points;
    }
    CHECK(card.points == card.maxPoints - lost);
}

TEST_CASE("Never answering scores nothing and a bad answers file names the action", "[training]")
{
    const Scenario s = shippedScenario(QStringLiteral("en"), QStringLiteral("washer-noise"));
    const auto script = test::incomingScript(s.language);
    const auto phrases = PhraseList::shipped(s.language).value();
    auto bad = PracticeRun::run(s, R"({"answer_at_ring": 1, "actions": [{"say": "hi"}, {"shout": "x"}]})",
                                script, phrases);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field == QStringLiteral("actions[1]"));

    test::TempDb t;
    PracticeSession session(s, script, phrases, t.clock);
    session.start();
    for (int i = 0; i < 5; ++i) {
        t.clock.advanceMs(5000);
        REQUIRE(session.ring().ok());
    }
    REQUIRE(session.end(QStringLiteral("caller")).ok());
    const Scorecard card = session.score();
    CHECK(card.points == 0);
    CHECK_FALSE(card.passed);
    REQUIRE(card.losses.size() == 1);
    CHECK(card.losses[0].area == QStringLiteral("answer"));
    // The scorecard survives its JSON.
    CHECK(Scorecard::fromJson(card.toJson()).toJson() == card.toJson());
}

TEST_CASE("A trap is judged by what the trainee means: the same request in other words keeps its points",
          "[training]")
{
    const Scenario s = shippedScenario(QStringLiteral("zh_CN"), QStringLiteral("apm-hard-name"));
    const ScenarioTrap* trap = s.trap(QStringLiteral("name-unclear"));
    REQUIRE(trap);
    const QByteArray perfect = test::perfectAnswers(s, test::incomingScript(s.language), 2);
    const QByteArray expected = trap->expect.constFirst().toUtf8();
    REQUIRE(perfect.count(expected) == 1);
    for (const char* meant :
         {"请问是什么故障?您贵姓?", "不好意思,刚才没听清,您再说一遍好吗?", "请问您的姓名怎么写?"}) {
        INFO(meant);
        QByteArray answers = perfect;
        answers.replace(expected, QByteArray(meant));
        const Scorecard card = runAnswers(s, answers).scorecard;
        CHECK(card.lostIn(QStringLiteral("trap")) == 0);
    }
    // A guess is still a guess.
    QByteArray guessed = perfect;
    guessed.replace(expected, QByteArray("好的,欧阳女士。"));
    CHECK(runAnswers(s, guessed).scorecard.lostIn(QStringLiteral("trap")) == trap->points);
}

TEST_CASE("The scenario editor shows steps and trap kinds in words and reads them back as stored",
          "[training]")
{
    for (const QString& step : Scenario::stepIds()) {
        INFO(step.toStdString());
        CHECK(Scenario::stepLabel(step) != step);
        CHECK(Scenario::stepFromText(Scenario::stepLabel(step)) == step);
        CHECK(Scenario::stepFromText(step) == step);
    }
    for (const QString& kind : ScenarioTrap::kinds()) {
        INFO(kind.toStdString());
        CHECK(ScenarioTrap::kindLabel(kind) != kind);
        CHECK(ScenarioTrap::kindFromText(ScenarioTrap::kindLabel(kind)) == kind);
    }
    // Something else is kept as typed, for the check to name.
    CHECK(Scenario::stepFromText(QStringLiteral("no-such-step")) == QStringLiteral("no-such-step"));
    CHECK(ScenarioTrap::kindFromText(QStringLiteral("no-such-kind")).isEmpty());
}
