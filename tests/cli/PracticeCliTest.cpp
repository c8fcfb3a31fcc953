#include "CliRun.h"
#include "TestSupport.h"
#include "core/auth/UserRepository.h"
#include "core/calendar/BusinessCalendar.h"
#include "core/forms/ProblemFormWorkflow.h"
#include "core/model/Category.h"
#include "core/model/User.h"
#include "core/training/PracticeStore.h"
#include "core/training/Scenario.h"
#include "core/training/TrainingRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace threerings;

namespace {

const QString scenarios = QStringLiteral(THREERINGS_FIXTURES "/../../resources/data/scenarios/zh_CN.json");
const QString perfect = QStringLiteral(THREERINGS_FIXTURES "/practice/atm-card-retained.answers.json");

QJsonObject lastJson(const QString& out)
{
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(lines.constLast().toUtf8()).object();
}

QString writeFile(test::TempDb& t, const QString& name, const QByteArray& bytes)
{
    const QString path = t.dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

} // namespace

TEST_CASE("practice run prints the scorecard of a perfect answers file with full marks")
{
    const auto r = test::runCli({QStringLiteral("practice"), QStringLiteral("run"), scenarios,
                                 QStringLiteral("--scenario"), QStringLiteral("atm-card-retained"),
                                 QStringLiteral("--answers"), perfect, QStringLiteral("--require-pass")});
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    const QJsonObject card = lastJson(r.out);
    CHECK(card.value(QStringLiteral("scenario")).toString() == QStringLiteral("atm-card-retained"));
    CHECK(card.value(QStringLiteral("points")).toInt() == 100);
    CHECK(card.value(QStringLiteral("max_points")).toInt() == 100);
    CHECK(card.value(QStringLiteral("passed")).toBool());
    CHECK(card.value(QStringLiteral("answered_at_ring")).toInt() == 2);
    CHECK(card.value(QStringLiteral("losses")).toArray().isEmpty());
}

TEST_CASE("practice run at ring 4 without the apology says what each lost point is for")
{
    test::TempDb t;
    QFile f(perfect);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QByteArray late = f.readAll();
    late.replace("\"answer_at_ring\": 2", "\"answer_at_ring\": 4");
    const QString answers = writeFile(t, QStringLiteral("late.json"), late);
    const auto r = test::runCli({QStringLiteral("practice"), QStringLiteral("run"), scenarios,
                                 QStringLiteral("--scenario"), QStringLiteral("atm-card-retained"),
                                 QStringLiteral("--answers"), answers, QStringLiteral("--events")});
    CHECK(r.code == 0);
    const QJsonObject card = lastJson(r.out);
    CHECK(card.value(QStringLiteral("points")).toInt() == 85);
    const QJsonArray losses = card.value(QStringLiteral("losses")).toArray();
    REQUIRE(losses.size() == 2);
    CHECK(losses[0].toObject().value(QStringLiteral("area")).toString() == QStringLiteral("rings"));
    CHECK(losses[0].toObject().value(QStringLiteral("points")).toInt() == 10);
    CHECK(losses[1].toObject().value(QStringLiteral("area")).toString() == QStringLiteral("script"));
    CHECK(
        losses[1].toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("apology")));
    // --events prints the call, one object per line, before the scorecard.
    CHECK(r.out.contains(QStringLiteral("\"kind\":\"answer\"")));
    CHECK(r.out.contains(QStringLiteral("吞卡")));
}

TEST_CASE("practice run refuses bad input with exit codes 2 and 4 and names the field")
{
    test::TempDb t;
    const auto noAnswers = test::runCli({QStringLiteral("practice"), QStringLiteral("run"), scenarios});
    CHECK(noAnswers.code == 2);
    const auto several = test::runCli(
        {QStringLiteral("practice"), QStringLiteral("run"), scenarios, QStringLiteral("--answers"), perfect});
    CHECK(several.code == 2);
    CHECK(several.err.contains(QStringLiteral("--scenario")));
    const QString bad = writeFile(t, QStringLiteral("bad.json"),
                                  R"({"answer_at_ring": 1, "actions": [{"say": "您好"}, {"shout": "喂"}]})");
    const auto r = test::runCli({QStringLiteral("practice"), QStringLiteral("run"), scenarios,
                                 QStringLiteral("--scenario"), QStringLiteral("atm-card-retained"),
                                 QStringLiteral("--answers"), bad});
    CHECK(r.code == 4);
    CHECK(r.err.contains(QStringLiteral("actions[1]")));
    const QString badScenario = writeFile(t, QStringLiteral("s.json"), R"({"key": "Bad Key"})");
    const auto v = test::runCli({QStringLiteral("practice"), QStringLiteral("validate"), badScenario});
    CHECK(v.code == 4);
    CHECK(v.err.contains(QStringLiteral("key")));
}

TEST_CASE("practice validate lists every shipped scenario")
{
    for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        const auto r = test::runCli({QStringLiteral("practice"), QStringLiteral("validate"),
                                     QStringLiteral(THREERINGS_FIXTURES "/../../resources/data/scenarios/") +
                                         language + QStringLiteral(".json")});
        CHECK(r.code == 0);
        CHECK(r.out.count(QLatin1Char('\n')) >= 10);
    }
}

TEST_CASE("The export command never writes practice data")
{
    test::TempDb t;
    const QString db = t.path();
    t.db.reset();
    REQUIRE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("demo-data"),
                          QStringLiteral("--customers"), QStringLiteral("20"), QStringLiteral("--calls"),
                          QStringLiteral("60"), QStringLiteral("--password"), QStringLiteral("demo8000")})
                .code == 0);
    {
        auto main = Database::open(db, Database::Open::MustExist);
        REQUIRE(main.ok());
        const User trainee = UserRepository(**main, t.clock).findByJobNumber(QStringLiteral("5001")).value();
        const User trainer = UserRepository(**main, t.clock).findByJobNumber(QStringLiteral("4001")).value();
        auto practice = PracticeStore::open(db, t.clock);
        REQUIRE(practice.ok());
        TrainingRepository repo((*practice)->database(), t.clock);
        Actor trainerActor = test::actorWith(QStringLiteral("trainer"), trainer.meta.id);
        Actor traineeActor = test::actorWith(QStringLiteral("trainee"), trainee.meta.id);
        traineeActor.jobNumber = trainee.jobNumber;
        const Scenario s =
            repo.scenario(QStringLiteral("atm-card-retained"), QStringLiteral("zh_CN")).value();
        auto session = repo.startSession(trainerActor, s, trainee.meta.id);
        REQUIRE(session.ok());
        REQUIRE(repo.appendEvent(traineeActor, session->meta.id, PracticeEvent::Kind::TraineeLine, 1000,
                                 {{QStringLiteral("text"), QStringLiteral("练习台词XYZ")}})
                    .ok());
        // The practice form, filled on the practice desk by the console's own workflow.
        auto desk = (*practice)->desk(traineeActor, db, s);
        REQUIRE(desk.ok());
        ProblemForm f = desk->blank;
        f.category = Category::Technical;
        f.customerName = QStringLiteral("练习客户甲乙丙");
        f.phoneMobile = QStringLiteral("13911112222");
        f.description = QStringLiteral("练习用的吞卡故障");
        auto form = ProblemFormWorkflow(*desk->db, t.clock, BusinessCalendar()).accept(desk->agent, f);
        REQUIRE(form.ok());
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("THREERINGS_PASSWORD"), QStringLiteral("demo8000"));
    for (const QString& kind :
         {QStringLiteral("customers"), QStringLiteral("calls"), QStringLiteral("problem-forms"),
          QStringLiteral("consultations"), QStringLiteral("tally"), QStringLiteral("audit")}) {
        const auto r =
            test::runCli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("9001"),
                          QStringLiteral("export"), kind, QStringLiteral("--format"), QStringLiteral("json")},
                         {}, env);
        INFO(kind.toStdString() << ": " << r.err.toStdString());
        REQUIRE(r.code == 0);
        if (kind == QLatin1String("customers") || kind == QLatin1String("calls") ||
            kind == QLatin1String("audit"))
            CHECK_FALSE(r.out.isEmpty());
        CHECK_FALSE(r.out.contains(QStringLiteral("练习客户甲乙丙")));
        CHECK_FALSE(r.out.contains(QStringLiteral("13911112222")));
        CHECK_FALSE(r.out.contains(QStringLiteral("练习台词XYZ")));
        CHECK_FALSE(r.out.contains(QStringLiteral("practice_")));
    }
}

TEST_CASE("practice start is for trainers and practice end prints the scorecard")
{
    test::TempDb t;
    const QString db = t.path();
    t.db.reset();
    test::makeDemoDatabase(db, 5);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("THREERINGS_PASSWORD"), QStringLiteral("demo8000"));
    auto as = [&](const QString& user, const QStringList& args) {
        return test::runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), user} + args,
                            {}, env);
    };
    const QStringList start{QStringLiteral("practice"), QStringLiteral("start"),
                            QStringLiteral("washer-noise"), QStringLiteral("--trainee"),
                            QStringLiteral("5001")};
    CHECK(as(QStringLiteral("1001"), start).code == 3); // an agent may not
    const auto started = as(QStringLiteral("4001"), start);
    INFO(started.err.toStdString());
    REQUIRE(started.code == 0);
    const QString id = started.out.trimmed();
    CHECK(as(QStringLiteral("4001"), start).code == 4); // one open call per trainee
    CHECK(QFile::exists(PracticeStore::pathFor(db)));

    // With --db, practice run signs in and uses the database's script and phrase list.
    const QStringList run{QStringLiteral("practice"),
                          QStringLiteral("run"),
                          scenarios,
                          QStringLiteral("--scenario"),
                          QStringLiteral("atm-card-retained"),
                          QStringLiteral("--answers"),
                          perfect};
    CHECK(as(QStringLiteral("2001"), run).code == 3); // a handler does not practise
    const auto ran = as(QStringLiteral("5001"), run);
    REQUIRE(ran.code == 0);
    CHECK(lastJson(ran.out).value(QStringLiteral("points")).toInt() == 100);

    const auto ended = as(QStringLiteral("4001"), {QStringLiteral("practice"), QStringLiteral("end"), id});
    REQUIRE(ended.code == 0);
    const QJsonObject card = lastJson(ended.out);
    CHECK(card.value(QStringLiteral("points")).toInt() == 0); // never answered
    CHECK(card.value(QStringLiteral("losses"))
              .toArray()[0]
              .toObject()
              .value(QStringLiteral("area"))
              .toString() == QStringLiteral("answer"));
}
