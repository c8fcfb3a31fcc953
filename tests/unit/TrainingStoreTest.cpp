#include "TestSupport.h"
#include "TrainingFixtures.h"
#include "core/auth/DepartmentRepository.h"
#include "core/auth/UserRepository.h"
#include "core/calendar/BusinessCalendar.h"
#include "core/customers/OutletRepository.h"
#include "core/forms/ProblemFormRepository.h"
#include "core/forms/ProblemFormWorkflow.h"
#include "core/model/User.h"
#include "core/report/Exporter.h"
#include "core/training/PracticeSession.h"
#include "core/training/PracticeStore.h"
#include "core/training/TrainingRepository.h"
#include "core/training/TrainingService.h"
#include "core/words/PhraseGuard.h"
#include "core/words/PhraseList.h"
#include "core/words/WordsService.h"

#include <QBuffer>
#include <QFile>
#include <catch2/catch.hpp>

using namespace threerings;

namespace {

struct People
{
    Actor trainer;
    Actor trainee;
    Actor supervisor;
};

People addPeople(test::TempDb& t)
{
    UserRepository users(*t.db, t.clock);
    auto add = [&](const QString& no, const QString& name, const QString& role) {
        User u;
        u.jobNumber = no;
        u.name = name;
        u.roles = {roleFromText(role)};
        const QString id = users.insert(u, {})->meta.id;
        Actor a = test::actorWith(role, id);
        a.jobNumber = no;
        a.name = name;
        return a;
    };
    return {add(QStringLiteral("4001"), QStringLiteral("周老师"), QStringLiteral("trainer")),
            add(QStringLiteral("5001"), QStringLiteral("新人小林"), QStringLiteral("trainee")),
            add(QStringLiteral("3001"), QStringLiteral("主管"), QStringLiteral("supervisor"))};
}

// The trainee's console: a PracticeSession whose events go to the database.
void playPerfect(test::TempDb& t, TrainingRepository& repo, const Actor& trainee,
                 const PracticeSessionRecord& r, bool dropRestate)
{
    const Script script = test::incomingScript(r.scenario.language);
    PracticeSession session(r.scenario, script, PhraseList::shipped(r.scenario.language).value(), t.clock);
    session.setSink([&](const PracticeEvent& e) {
        REQUIRE(repo.appendEvent(trainee, r.meta.id, e.kind, e.atMs, e.data).ok());
    });
    session.start();
    t.clock.advanceMs(3000);
    REQUIRE(session.answer().ok());
    QJsonObject answers =
        QJsonDocument::fromJson(test::perfectAnswers(r.scenario, script, r.scenario.arrivesAtRing,
                                                     dropRestate ? QStringLiteral("restate") : QString()))
            .object();
    for (const QJsonValue& v : answers.value(QStringLiteral("actions")).toArray()) {
        const QJsonObject a = v.toObject();
        t.clock.advanceMs(8000);
        if (a.contains(QStringLiteral("say")))
            REQUIRE(session
                        .say(a.value(QStringLiteral("say")).toString(),
                             a.value(QStringLiteral("step")).toString())
                        .ok());
        else if (a.contains(QStringLiteral("form")))
            REQUIRE(session.submitForm(a.value(QStringLiteral("form")).toObject()).ok());
    }
}

std::unique_ptr<PracticeStore> practiceOf(test::TempDb& t)
{
    auto p = PracticeStore::open(t.path(), t.clock);
    INFO((p ? QString() : p.error().message).toStdString());
    REQUIRE(p.ok());
    return std::move(p).value();
}

} // namespace

TEST_CASE("Trainers import and export scenarios, others are refused, a bad file changes nothing",
          "[training]")
{
    test::TempDb t;
    const People p = addPeople(t);
    auto practice = practiceOf(t);
    TrainingRepository repo(practice->database(), t.clock);
    // With none stored, the shipped starter set is offered.
    CHECK(repo.scenarios(QStringLiteral("zh_CN"))->size() >= 10);

    const QByteArray en = repo.exportScenarios(QStringLiteral("en")).value();
    CHECK_FALSE(repo.importScenarios(p.trainee, en).ok());
    CHECK(test::count(practice->database(), QStringLiteral("SELECT count(*) FROM training_scenarios")) == 0);
    auto imported = repo.importScenarios(p.trainer, en);
    REQUIRE(imported.ok());
    CHECK(test::count(practice->database(), QStringLiteral("SELECT count(*) FROM training_scenarios")) ==
          imported->size());
    CHECK(test::count(*t.db, QStringLiteral("SELECT count(*) FROM training_scenarios")) == 0);

    const int offered = int(repo.scenarios(QStringLiteral("en"))->size());
    Scenario s = repo.scenario(QStringLiteral("washer-noise"), QStringLiteral("en")).value();
    s.passMark = 90;
    s.key = QStringLiteral("washer-noise-2");
    REQUIRE(repo.saveScenario(p.trainer, s).ok());
    CHECK(repo.scenarios(QStringLiteral("en"))->size() == offered + 1);
    s.key = QStringLiteral("washer-noise");
    REQUIRE(repo.saveScenario(p.trainer, s).ok());
    CHECK(repo.scenario(QStringLiteral("washer-noise"), QStringLiteral("en"))->passMark == 90);

    QByteArray broken = en;
    broken.replace("\"pass_mark\": 80", "\"pass_mark\": 180");
    auto bad = repo.importScenarios(p.trainer, broken);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field.endsWith(QStringLiteral("pass_mark")));
    CHECK(repo.scenario(QStringLiteral("washer-noise"), QStringLiteral("en"))->passMark == 90);
}

TEST_CASE("A session started by the trainer is played by the trainee, watched, scored and saved",
          "[training]")
{
    test::TempDb t;
    const People p = addPeople(t);
    auto trainerPractice = practiceOf(t);
    TrainingRepository trainerSide(trainerPractice->database(), t.clock);
    const Scenario s =
        trainerSide.scenario(QStringLiteral("heater-refund-angry"), QStringLiteral("zh_CN")).value();
    CHECK_FALSE(trainerSide.startSession(p.trainee, s, p.trainee.userId).ok()); // a trainee cannot start one
    auto started = trainerSide.startSession(p.trainer, s, p.trainee.userId);
    REQUIRE(started.ok());
    CHECK(trainerSide.startSession(p.trainer, s, p.trainee.userId).error().kind == Error::Kind::Conflict);

    // The trainee's console (a second connection to the same file) finds it ten minutes later and plays it;
    // the time to resolve counts from when the call reached the trainee.
    t.clock.advanceMs(10 * 60'000);
    auto traineePractice = practiceOf(t);
    TrainingRepository traineeSide(traineePractice->database(), t.clock);
    auto open = traineeSide.openSessionFor(p.trainee.userId);
    REQUIRE(open.ok());
    REQUIRE(open->has_value());
    REQUIRE(traineeSide.markLive(p.trainee, (*open)->meta.id).ok());
    playPerfect(t, traineeSide, p.trainee, **open, false);

    // The trainer watches from the first connection: everything so far, then only what is new.
    auto seen = trainerSide.events(started->meta.id);
    REQUIRE(seen.ok());
    CHECK(seen->size() > 10);
    CHECK(seen->constLast().seq == seen->size());
    REQUIRE(trainerSide
                .appendEvent(p.trainer, started->meta.id, PracticeEvent::Kind::Remark, 60000,
                             {{QStringLiteral("text"), QStringLiteral("道歉很及时")}})
                .ok());
    // Another person cannot write into the trainee's call.
    CHECK(trainerSide
              .appendEvent(test::actorWith(QStringLiteral("agent"), QStringLiteral("someone")),
                           started->meta.id, PracticeEvent::Kind::TraineeLine, 1,
                           {{QStringLiteral("text"), QStringLiteral("x")}})
              .error()
              .kind == Error::Kind::Refused);
    auto fresh = trainerSide.events(started->meta.id, seen->constLast().seq);
    REQUIRE(fresh->size() == 1);
    CHECK(fresh->constFirst().kind == PracticeEvent::Kind::Remark);

    // The trainer ends it; the scorecard is computed from the stored events and saved.
    auto card = trainerSide.finish(p.trainer, started->meta.id, test::incomingScript(QStringLiteral("zh_CN")),
                                   QStringLiteral("trainer"));
    REQUIRE(card.ok());
    CHECK(card->points == card->maxPoints);
    CHECK(card->maxPoints == s.maxPoints());
    CHECK(card->secondsToResolve < 200);
    auto stored = traineeSide.session(started->meta.id);
    CHECK(stored->state == PracticeSessionRecord::State::Ended);
    REQUIRE(stored->scorecard.has_value());
    CHECK(stored->scorecard->toJson() == card->toJson());
    CHECK_FALSE(trainerSide
                    .appendEvent(p.trainee, started->meta.id, PracticeEvent::Kind::TraineeLine, 1,
                                 {{QStringLiteral("text"), QStringLiteral("late")}})
                    .ok());
}

TEST_CASE("Progress counts passes per trainee and supervisors see who is ready", "[training]")
{
    test::TempDb t;
    const People p = addPeople(t);
    auto practice = practiceOf(t);
    TrainingRepository repo(practice->database(), t.clock);
    const QList<User> people = UserRepository(*t.db, t.clock).list().value();
    const QStringList keys{QStringLiteral("atm-card-retained"), QStringLiteral("washer-power-cut"),
                           QStringLiteral("security-camera-quote")};
    for (int i = 0; i < keys.size(); ++i) {
        const Scenario s = repo.scenario(keys[i], QStringLiteral("en")).value();
        auto r = repo.startSession(p.trainer, s, p.trainee.userId);
        REQUIRE(r.ok());
        playPerfect(t, repo, p.trainee, r.value(), false);
        REQUIRE(repo.finish(p.trainee, r->meta.id, test::incomingScript(QStringLiteral("en")),
                            QStringLiteral("trainee"))
                    .ok());
        auto progress = repo.progress(p.supervisor, people);
        REQUIRE(progress.ok());
        REQUIRE(progress->size() == 1);
        CHECK(progress->constFirst().scenariosPassed == i + 1);
        CHECK(progress->constFirst().ready == (i + 1 >= TrainingRepository::readyScenarios));
    }
    CHECK_FALSE(repo.progress(p.trainee, people).ok());
    CHECK(repo.sessionsOf(p.trainee, p.trainee.userId)->size() == 3);
    CHECK(repo.sessionsOf(p.supervisor, p.trainee.userId)->size() == 3);
}

TEST_CASE("Practice forms go to the practice file and never appear in real exports", "[training]")
{
    test::TempDb t;
    const People p = addPeople(t);
    auto practice = practiceOf(t);
    TrainingRepository repo(practice->database(), t.clock);
    const Scenario s = repo.scenario(QStringLiteral("washer-power-cut"), QStringLiteral("zh_CN")).value();
    auto r = repo.startSession(p.trainer, s, p.trainee.userId);
    REQUIRE(r.ok());
    playPerfect(t, repo, p.trainee, r.value(), false);
    REQUIRE(repo.finish(p.trainer, r->meta.id, test::incomingScript(QStringLiteral("zh_CN")),
                        QStringLiteral("trainer"))
                .ok());
    CHECK(PracticeStore::pathFor(t.path()).endsWith(QStringLiteral("test-practice.sqlite")));
    // The hotline's own lists, which the practice form offers as a real call's form does.
    Outlet city;
    city.code = QStringLiteral("A01");
    city.name = QStringLiteral("市区服务中心");
    REQUIRE(OutletRepository(*t.db, t.clock).insert(city, {}).ok());
    Department tech;
    tech.name = QStringLiteral("技术支持部");
    tech.kind = QStringLiteral("technical");
    tech.routes = {Category::Technical};
    auto techStored = DepartmentRepository(*t.db, t.clock).insert(tech, {});
    REQUIRE(techStored.ok());

    PhraseGuard guard(*t.db, t.clock, {QStringLiteral("zh_CN")});
    WordsService words(*t.db, t.clock, guard);
    TrainingService training(*t.db, t.clock, words, practice.get());
    auto desk = training.practiceDesk(p.trainee, r->meta.id);
    INFO((desk ? QString() : desk.error().message).toStdString());
    REQUIRE(desk.ok());
    CHECK_FALSE(training.practiceDesk(p.trainer, r->meta.id).ok()); // only the session's trainee fills it
    CHECK(desk->db == &practice->database());
    CHECK(desk->agent.hasRole(Role::Agent));
    CHECK(desk->blank.phoneMobile == s.personaPhone);
    CHECK(desk->blank.customerName.isEmpty()); // the caller has not said it yet
    OutletRepository practiceOutlets(practice->database(), t.clock);
    CHECK(practiceOutlets.findByCode(QStringLiteral("A01")).ok());
    auto scenarioOutlet = practiceOutlets.findByName(s.expected.outlet);
    REQUIRE(scenarioOutlet.ok());
    CHECK(DepartmentRepository(practice->database(), t.clock).get(techStored->meta.id).ok());
    // A second call readies the same file again without doubling anything.
    REQUIRE(training.practiceDesk(p.trainee, r->meta.id).ok());
    CHECK(test::count(practice->database(), QStringLiteral("SELECT count(*) FROM outlets")) == 2);

    // The console's workflow on the practice file, as the trainee's agent there.
    ProblemFormWorkflow forms(practice->database(), t.clock, BusinessCalendar());
    ProblemForm f = desk->blank;
    f.category = Category::Technical;
    f.customerName = s.expected.customerName;
    f.outletId = scenarioOutlet->meta.id;
    f.description = s.problem;
    auto stored = forms.accept(desk->agent, f);
    INFO((stored ? QString() : stored.error().message).toStdString());
    REQUIRE(stored.ok());
    auto passed = forms.transfer(desk->agent, stored->meta.id, {}, techStored->meta.id);
    REQUIRE(passed.ok());
    auto facts = training.practiceFormFacts(p.trainee, r->meta.id, passed.value());
    REQUIRE(facts.ok());
    CHECK(facts->value(QStringLiteral("outlet")).toString() == s.expected.outlet);
    CHECK(facts->value(QStringLiteral("category")).toString() == QStringLiteral("technical"));
    CHECK(facts->value(QStringLiteral("phone")).toString() == passed->phoneMobile);
    CHECK(facts->value(QStringLiteral("transfer")).toBool());
    CHECK(test::count(practice->database(), QStringLiteral("SELECT count(*) FROM problem_forms")) == 1);
    CHECK(test::count(*t.db, QStringLiteral("SELECT count(*) FROM problem_forms")) == 0);
    CHECK(test::count(*t.db, QStringLiteral("SELECT count(*) FROM customers")) == 0);
    CHECK(test::count(*t.db, QStringLiteral("SELECT count(*) FROM calls")) == 0);
    // The training records, with the caller's words, live in the practice file too.
    CHECK(test::count(*t.db, QStringLiteral("SELECT count(*) FROM practice_events")) == 0);
    CHECK(test::count(*t.db, QStringLiteral("SELECT count(*) FROM practice_sessions")) == 0);
    CHECK(test::count(practice->database(), QStringLiteral("SELECT count(*) FROM practice_events")) > 10);

    // Every kind the Exporter offers, from the main file: nothing of the practice call.
    Exporter exporter(*t.db);
    for (const QString& kind : Exporter::kinds()) {
        for (auto format : {Exporter::Format::Csv, Exporter::Format::Json}) {
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            Exporter::Options o;
            o.kind = kind;
            o.format = format;
            o.actor = test::actorWith(QStringLiteral("supervisor,admin"));
            auto rows = exporter.run(o, out);
            REQUIRE(rows.ok());
            const QString text = QString::fromUtf8(out.data());
            INFO(kind.toStdString());
            CHECK_FALSE(text.contains(s.expected.customerName));
            CHECK_FALSE(text.contains(QStringLiteral("13908161234")));
            CHECK_FALSE(text.contains(s.openingLine));
            CHECK_FALSE(text.contains(stored->number));
            CHECK_FALSE(text.contains(r->meta.id));
        }
    }
}
