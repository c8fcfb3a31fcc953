// Every service call a view or the command line makes for the words, the calendar, training and the accounts,
// asked by every role: allowed calls succeed, the others are refused (Error::Kind::Refused) before anything
// is read or written. The expected roles are written out here, apart from the Permissions table they test.
#include "TestSupport.h"
#include "core/auth/AccountService.h"
#include "core/auth/UserRepository.h"
#include "core/calendar/CalendarService.h"
#include "core/site/Defaults.h"
#include "core/training/TrainingService.h"
#include "core/words/PhraseGuard.h"
#include "core/words/WordsService.h"

#include <QJsonObject>
#include <catch2/catch.hpp>
#include <functional>

using namespace threerings;

namespace {

const QStringList roles{QStringLiteral("agent"),   QStringLiteral("handler"), QStringLiteral("supervisor"),
                        QStringLiteral("trainer"), QStringLiteral("admin"),   QStringLiteral("trainee")};

template <typename T> Status status(const Result<T>& r)
{
    return r ? Status{} : Status{r.error()};
}

// One person per role (job numbers 1001 …), the admin with an account, the services of one console, and a
// practice call of the trainee that each call gets fresh.
struct World
{
    World()
    {
        REQUIRE(Defaults::ensure(*t.db, t.clock));
        for (const QString& role : roles)
            actors.insert(role, person(role));
        REQUIRE(accounts.setPasswordUnchecked(actors[QStringLiteral("admin")].userId,
                                              QStringLiteral("admin-pass-1"), {}));
        passwordTarget = person(QStringLiteral("agent"));
        deactivateTarget = person(QStringLiteral("agent"));
        auto s = training.scenario(system, QStringLiteral("heater-refund-angry"), QStringLiteral("zh_CN"));
        REQUIRE(s);
        scenario = s.value();
        REQUIRE_FALSE(scenario.traps.isEmpty());
    }

    Actor person(const QString& role)
    {
        User u;
        u.jobNumber = QString::number(1001 + next++);
        u.name = role;
        u.roles = {roleFromText(role)};
        auto stored = UserRepository(*t.db, t.clock).insert(u, {});
        REQUIRE(stored);
        Actor a = test::actorWith(role, stored->meta.id);
        a.jobNumber = u.jobNumber;
        a.name = u.name;
        return a;
    }

    // A live practice call of the trainee, the one before it ended.
    QString liveSession()
    {
        if (!sessionId.isEmpty())
            REQUIRE(training.finish(system, sessionId, QStringLiteral("trainer")));
        auto started = training.startSession(system, scenario, actors[QStringLiteral("trainee")].userId);
        REQUIRE(started);
        sessionId = started->meta.id;
        REQUIRE(training.markLive(system, sessionId));
        return sessionId;
    }

    test::TempDb t;
    const Actor system = Actor::systemActor();
    PhraseGuard guard{*t.db, t.clock, {QStringLiteral("zh_CN")}};
    WordsService words{*t.db, t.clock, guard};
    CalendarService calendar{*t.db, t.clock};
    AccountService accounts{*t.db, t.clock, PasswordHasher(PasswordHasher::cheapest())};
    TrainingService training{*t.db, t.clock, words};
    QHash<QString, Actor> actors;
    Actor passwordTarget;
    Actor deactivateTarget;
    Scenario scenario;
    QString sessionId;
    int next = 0;
};

struct Call
{
    const char* name;
    QStringList allowed;
    std::function<Status(World&, const Actor&)> run;
};

QList<Call> calls()
{
    const QStringList everybody = roles;
    const QStringList admin{QStringLiteral("admin")};
    const QStringList trainer{QStringLiteral("trainer")};
    const QStringList ownCall{QStringLiteral("trainer"), QStringLiteral("trainee")};
    const QString zh = QStringLiteral("zh_CN");
    const QDate day(2026, 12, 8);
    return {
        // Words: everybody reads the scripts, the phrase list the guard uses and the knowledge base; only
        // admins change scripts and phrase lists.
        {"words.scripts", everybody,
         [zh](World& w, const Actor& a) { return status(w.words.scripts(a, zh)); }},
        {"words.script", everybody,
         [zh](World& w, const Actor& a) {
             return status(w.words.script(a, QStringLiteral("incoming"), zh));
         }},
        {"words.phraseList", everybody,
         [zh](World& w, const Actor& a) { return status(w.words.phraseList(a, zh)); }},
        {"words.searchKnowledge", everybody,
         [](World& w, const Actor& a) { return status(w.words.searchKnowledge(a, QStringLiteral("吞卡"))); }},
        {"words.importScripts", admin,
         [zh](World& w, const Actor& a) {
             return status(w.words.importScripts(a, Script::toJson(w.words.scripts(w.system, zh).value())));
         }},
        {"words.importPhrases", admin,
         [zh](World& w, const Actor& a) {
             return status(w.words.importPhrases(a, w.words.phraseList(w.system, zh)->toJson()));
         }},
        {"words.savePhrases", admin,
         [zh](World& w, const Actor& a) {
             return status(w.words.savePhrases(a, w.words.phraseList(w.system, zh).value()));
         }},
        // What the call records of a saved text: those who write the hotline's records.
        {"guard.recordSaved",
         {QStringLiteral("agent"), QStringLiteral("handler"), QStringLiteral("supervisor")},
         [](World& w, const Actor& a) {
             return status(
                 w.guard.recordSaved(a, {}, QStringLiteral("call.summary"), QStringLiteral("不知道")));
         }},

        // The calendar: everybody reads it, only admins change it.
        {"calendar.load", everybody, [](World& w, const Actor& a) { return status(w.calendar.load(a)); }},
        {"calendar.save", admin,
         [](World& w, const Actor& a) { return w.calendar.save(a, w.calendar.load(w.system).value()); }},
        {"calendar.setHoliday", admin,
         [day](World& w, const Actor& a) { return w.calendar.setHoliday(a, day, QStringLiteral("店庆")); }},
        {"calendar.setWorkday", admin,
         [](World& w, const Actor& a) {
             return w.calendar.setWorkday(a, QDate(2026, 12, 12), QStringLiteral("调休"));
         }},
        {"calendar.removeDay", admin,
         [day](World& w, const Actor& a) {
             REQUIRE(w.calendar.setHoliday(w.system, day, QStringLiteral("店庆")));
             return w.calendar.removeDay(a, day);
         }},

        // Accounts: supervisors and admins list them, only admins manage them; everybody sees the
        // departments.
        {"accounts.list",
         {QStringLiteral("supervisor"), QStringLiteral("admin")},
         [](World& w, const Actor& a) { return status(w.accounts.list(a)); }},
        {"accounts.addPerson", admin,
         [](World& w, const Actor& a) {
             User u;
             u.jobNumber = QStringLiteral("8%1").arg(w.next++);
             u.name = QStringLiteral("新人");
             u.roles = {Role::Agent};
             return status(w.accounts.addPerson(a, u, QStringLiteral("new-person-1")));
         }},
        {"accounts.setPassword (another's)", admin,
         [](World& w, const Actor& a) {
             return w.accounts.setPassword(a, w.passwordTarget.jobNumber, QStringLiteral("changed-pass-1"));
         }},
        {"accounts.deactivate", admin,
         [](World& w, const Actor& a) { return w.accounts.deactivate(a, w.deactivateTarget.jobNumber); }},
        {"accounts.departments", everybody,
         [](World& w, const Actor& a) { return status(w.accounts.departments(a)); }},

        // Training: trainers manage scenarios and run practice calls; a practice call is its trainee's and
        // the trainers'; trainers, supervisors and admins read the progress.
        {"training.scenarios", trainer,
         [zh](World& w, const Actor& a) { return status(w.training.scenarios(a, zh)); }},
        {"training.scenario", trainer,
         [zh](World& w, const Actor& a) { return status(w.training.scenario(a, w.scenario.key, zh)); }},
        {"training.saveScenario", trainer,
         [](World& w, const Actor& a) { return status(w.training.saveScenario(a, w.scenario)); }},
        {"training.importScenarios", trainer,
         [](World& w, const Actor& a) {
             return status(w.training.importScenarios(a, Scenario::toJson({w.scenario})));
         }},
        {"training.exportScenarios", trainer,
         [zh](World& w, const Actor& a) { return status(w.training.exportScenarios(a, zh)); }},
        {"training.trainees", trainer,
         [](World& w, const Actor& a) { return status(w.training.trainees(a)); }},
        {"training.person", trainer,
         [](World& w, const Actor& a) {
             return status(w.training.person(a, w.actors[QStringLiteral("trainee")].jobNumber));
         }},
        {"training.startSession", trainer,
         [](World& w, const Actor& a) {
             const Actor fresh = w.person(QStringLiteral("trainee"));
             return status(w.training.startSession(a, w.scenario, fresh.userId));
         }},
        {"training.openSessions", trainer,
         [](World& w, const Actor& a) { return status(w.training.openSessions(a)); }},
        {"training.waitingFor",
         {QStringLiteral("agent"), QStringLiteral("supervisor"), QStringLiteral("trainer"),
          QStringLiteral("trainee")},
         [](World& w, const Actor& a) { return status(w.training.waitingFor(a)); }},
        {"training.session", ownCall,
         [](World& w, const Actor& a) { return status(w.training.session(a, w.liveSession())); }},
        {"training.events", ownCall,
         [](World& w, const Actor& a) { return status(w.training.events(a, w.liveSession())); }},
        {"training.markLive", ownCall,
         [](World& w, const Actor& a) { return w.training.markLive(a, w.liveSession()); }},
        {"training.appendEvent", ownCall,
         [](World& w, const Actor& a) {
             return status(
                 w.training.appendEvent(a, w.liveSession(), PracticeEvent::Kind::TraineeLine, 1000,
                                        QJsonObject{{QStringLiteral("text"), QStringLiteral("您好")}}));
         }},
        {"training.springTrap", trainer,
         [](World& w, const Actor& a) {
             return w.training.springTrap(a, w.liveSession(), w.scenario.traps.constFirst().id);
         }},
        {"training.callerSays", trainer,
         [](World& w, const Actor& a) {
             return w.training.callerSays(a, w.liveSession(), QStringLiteral("喂?"));
         }},
        {"training.remark", trainer,
         [](World& w, const Actor& a) {
             return w.training.remark(a, w.liveSession(), QStringLiteral("好"));
         }},
        {"training.finish", ownCall,
         [](World& w, const Actor& a) {
             return status(w.training.finish(a, w.liveSession(), QStringLiteral("trainee")));
         }},
        {"training.practiceDesk",
         {QStringLiteral("trainee")},
         [](World& w, const Actor& a) { return status(w.training.practiceDesk(a, w.liveSession())); }},
        {"training.sessionsOf (the trainee's)",
         {QStringLiteral("supervisor"), QStringLiteral("trainer"), QStringLiteral("admin"),
          QStringLiteral("trainee")},
         [](World& w, const Actor& a) {
             return status(w.training.sessionsOf(a, w.actors[QStringLiteral("trainee")].userId));
         }},
        {"training.progress",
         {QStringLiteral("supervisor"), QStringLiteral("trainer"), QStringLiteral("admin")},
         [](World& w, const Actor& a) { return status(w.training.progress(a)); }},
    };
}

} // namespace

TEST_CASE("every role asks every service call of the words, the calendar, training and the accounts, and is "
          "allowed or refused as the permission table says",
          "[permissions]")
{
    World w;
    for (const Call& call : calls()) {
        for (const QString& role : roles) {
            const bool allowed = call.allowed.contains(role);
            INFO(call.name << " as " << role.toStdString() << (allowed ? " (allowed)" : " (refused)"));
            const Status s = call.run(w, w.actors[role]);
            INFO(s.error().message.toStdString());
            if (allowed)
                CHECK(s.ok());
            else
                CHECK((!s.ok() && s.error().kind == Error::Kind::Refused));
        }
    }
}

TEST_CASE("nobody signed in is refused every service call, and the refusal says to sign in", "[permissions]")
{
    World w;
    const Actor nobody;
    for (const Call& call : calls()) {
        INFO(call.name);
        const Status s = call.run(w, nobody);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().kind == Error::Kind::Refused);
    }
    CHECK(w.words.phraseList(nobody, QStringLiteral("zh_CN"))
              .error()
              .message.contains(QStringLiteral("Sign in")));
}

TEST_CASE("setup runs in the explicit system context: it reads and changes the words, the calendar and the "
          "accounts",
          "[permissions]")
{
    World w;
    CHECK(w.calendar.load(w.system));
    CHECK(w.calendar.setHoliday(w.system, QDate(2026, 12, 8), QStringLiteral("店庆")));
    CHECK_FALSE(w.calendar.consoleCalendar().isWorkingDay(QDate(2026, 12, 8)));
    CHECK(w.words.importPhrases(w.system, w.words.phraseList(w.system, QStringLiteral("zh_CN"))->toJson()));
    User u;
    u.jobNumber = QStringLiteral("7001");
    u.name = QStringLiteral("导入");
    u.roles = {Role::Agent};
    CHECK(w.accounts.addPerson(w.system, u, QStringLiteral("imported-pass-1")));
    CHECK(w.training.progress(w.system));
}
