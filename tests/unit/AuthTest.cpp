#include "TestSupport.h"
#include "core/auth/AccountRepository.h"
#include "core/auth/AccountService.h"
#include "core/auth/AuthService.h"
#include "core/auth/PasswordHasher.h"
#include "core/auth/Permissions.h"
#include "core/auth/Session.h"
#include "core/auth/UserRepository.h"
#include "core/db/RecordWriter.h"
#include "core/db/RowShape.h"
#include "core/settings/SettingsRepository.h"
#include "core/site/Defaults.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>
#include <tuple>

using namespace threerings;

namespace {

const PasswordHasher cheap{PasswordHasher::cheapest()};

User person(const QString& job, const QString& name, const QStringList& roles)
{
    User u;
    u.jobNumber = job;
    u.name = name;
    u.roles.clear();
    for (const QString& role : roles)
        u.roles << roleFromText(role);
    return u;
}

// A database with an admin 9001 (password "admin-pass-1") and an agent 1001 ("agent-pass-1").
struct Accounts
{
    Accounts() : accounts(*t.db, t.clock, cheap), auth(*t.db, t.clock, cheap)
    {
        REQUIRE(Defaults::ensure(*t.db, t.clock));
        auto a = accounts.addPerson(
            {}, person(QStringLiteral("9001"), QStringLiteral("赵磊"), {QStringLiteral("admin")}),
            QStringLiteral("admin-pass-1"));
        REQUIRE(a.ok());
        admin = auth.signIn(QStringLiteral("9001"), QStringLiteral("admin-pass-1")).value();
        REQUIRE(
            accounts
                .addPerson(admin,
                           person(QStringLiteral("1001"), QStringLiteral("王芳"), {QStringLiteral("agent")}),
                           QStringLiteral("agent-pass-1"))
                .ok());
    }

    test::TempDb t;
    AccountService accounts;
    AuthService auth;
    Actor admin;
};

} // namespace

TEST_CASE("passwords are stored as Argon2id hashes that verify only the right password")
{
    auto h = cheap.hash(QStringLiteral("correct horse"));
    REQUIRE(h.ok());
    CHECK(h->startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(h->contains(QStringLiteral("correct horse")));
    CHECK(cheap.verify(*h, QStringLiteral("correct horse")));
    CHECK_FALSE(cheap.verify(*h, QStringLiteral("correct hors")));
    CHECK_FALSE(cheap.verify(QStringLiteral("garbage"), QStringLiteral("correct horse")));
    CHECK(cheap.hash(QStringLiteral("correct horse")).value() != *h); // salted

    CHECK(PasswordHasher::checkPolicy(QString()).error().message.contains(QStringLiteral("empty")));
    const Status shortOne = PasswordHasher::checkPolicy(QStringLiteral("abc"));
    REQUIRE_FALSE(shortOne);
    CHECK(shortOne.error().message.contains(QStringLiteral("at least 8")));
    CHECK(shortOne.error().field == QStringLiteral("password"));
    CHECK(PasswordHasher::checkPolicy(QStringLiteral("12345678")));
}

TEST_CASE("the first account must be an admin's and later ones need an admin")
{
    test::TempDb t;
    AccountService accounts(*t.db, t.clock, cheap);
    CHECK_FALSE(accounts.hasAccounts().value());
    auto agentFirst = accounts.addPerson(
        {}, person(QStringLiteral("1001"), QStringLiteral("王芳"), {QStringLiteral("agent")}),
        QStringLiteral("agent-pass-1"));
    REQUIRE_FALSE(agentFirst);
    CHECK(agentFirst.error().field == QStringLiteral("roles"));
    REQUIRE(accounts.addPerson(
        {}, person(QStringLiteral("9001"), QStringLiteral("赵磊"), {QStringLiteral("admin")}),
        QStringLiteral("admin-pass-1")));
    CHECK(accounts.hasAccounts().value());
    auto nobody = accounts.addPerson(
        {}, person(QStringLiteral("1002"), QStringLiteral("李四"), {QStringLiteral("agent")}),
        QStringLiteral("agent-pass-1"));
    REQUIRE_FALSE(nobody);
    CHECK(nobody.error().kind == Error::Kind::Refused);
}

TEST_CASE("adding people refuses bad input with clear messages")
{
    Accounts a;
    auto dup = a.accounts.addPerson(
        a.admin, person(QStringLiteral("1001"), QStringLiteral("李四"), {QStringLiteral("agent")}),
        QStringLiteral("another-pass"));
    REQUIRE_FALSE(dup);
    CHECK(dup.error().message.contains(QStringLiteral("already taken")));
    CHECK(dup.error().field == QStringLiteral("job_number"));
    auto shortPw = a.accounts.addPerson(
        a.admin, person(QStringLiteral("1002"), QStringLiteral("李四"), {QStringLiteral("agent")}),
        QStringLiteral("short"));
    REQUIRE_FALSE(shortPw);
    CHECK(shortPw.error().message.contains(QStringLiteral("at least 8")));
    auto agent = a.auth.signIn(QStringLiteral("1001"), QStringLiteral("agent-pass-1")).value();
    auto byAgent = a.accounts.addPerson(
        agent, person(QStringLiteral("1003"), QStringLiteral("李四"), {QStringLiteral("agent")}),
        QStringLiteral("another-pass"));
    REQUIRE_FALSE(byAgent);
    CHECK(byAgent.error().kind == Error::Kind::Refused);
    CHECK(byAgent.error().message.contains(QStringLiteral("admin")));
}

TEST_CASE("sign-in gives the person and never tells whether the job number exists")
{
    Accounts a;
    auto ok = a.auth.signIn(QStringLiteral(" 1001 "), QStringLiteral("agent-pass-1"));
    REQUIRE(ok.ok());
    CHECK(ok->jobNumber == QStringLiteral("1001"));
    CHECK(ok->hasRole(Role::Agent));
    CHECK_FALSE(ok->userId.isEmpty());

    auto wrongPw = a.auth.signIn(QStringLiteral("1001"), QStringLiteral("wrong-password"));
    auto noSuch = a.auth.signIn(QStringLiteral("7777"), QStringLiteral("wrong-password"));
    REQUIRE_FALSE(wrongPw);
    REQUIRE_FALSE(noSuch);
    CHECK(wrongPw.error().kind == Error::Kind::Refused);
    CHECK(wrongPw.error().message == noSuch.error().message);
}

TEST_CASE("five wrong passwords lock the account for the configured time")
{
    Accounts a;
    REQUIRE(SettingsRepository(*a.t.db, a.t.clock).set(Setting::LockoutMinutes, 30, {}));
    for (int i = 0; i < 4; ++i)
        CHECK_FALSE(a.auth.signIn(QStringLiteral("1001"), QStringLiteral("wrong-password")));
    auto fifth = a.auth.signIn(QStringLiteral("1001"), QStringLiteral("wrong-password"));
    REQUIRE_FALSE(fifth);
    CHECK(fifth.error().message.contains(QStringLiteral("locked for 30 minutes")));

    // Even the right password is refused while locked, and the message says for how long.
    auto locked = a.auth.signIn(QStringLiteral("1001"), QStringLiteral("agent-pass-1"));
    REQUIRE_FALSE(locked);
    CHECK(locked.error().kind == Error::Kind::Refused);
    CHECK(locked.error().message.contains(QStringLiteral("try again in 30 minutes")));
    a.t.clock.advanceMs(20 * 60'000);
    CHECK(a.auth.signIn(QStringLiteral("1001"), QStringLiteral("agent-pass-1"))
              .error()
              .message.contains(QStringLiteral("10 minutes")));
    a.t.clock.advanceMs(10 * 60'000 + 1);
    CHECK(a.auth.signIn(QStringLiteral("1001"), QStringLiteral("agent-pass-1")).ok());

    // An admin's new password lifts a lock at once.
    for (int i = 0; i < 5; ++i)
        (void)a.auth.signIn(QStringLiteral("1001"), QStringLiteral("wrong-password"));
    REQUIRE_FALSE(a.auth.signIn(QStringLiteral("1001"), QStringLiteral("agent-pass-1")));
    REQUIRE(a.accounts.setPassword(a.admin, QStringLiteral("1001"), QStringLiteral("new-pass-123")));
    CHECK(a.auth.signIn(QStringLiteral("1001"), QStringLiteral("new-pass-123")).ok());
}

TEST_CASE("a deactivated person keeps their name but cannot sign in")
{
    Accounts a;
    auto agent = a.auth.signIn(QStringLiteral("1001"), QStringLiteral("agent-pass-1")).value();
    CHECK(a.accounts.deactivate(agent, QStringLiteral("9001")).error().kind == Error::Kind::Refused);
    CHECK_FALSE(a.accounts.deactivate(a.admin, QStringLiteral("9001"))); // not yourself
    REQUIRE(a.accounts.deactivate(a.admin, QStringLiteral("1001")));
    auto refused = a.auth.signIn(QStringLiteral("1001"), QStringLiteral("agent-pass-1"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("deactivated")));
    // With a wrong password the answer is the usual one: nothing is revealed.
    CHECK_FALSE(a.auth.signIn(QStringLiteral("1001"), QStringLiteral("wrong-password"))
                    .error()
                    .message.contains(QStringLiteral("deactivated")));
    auto still = UserRepository(*a.t.db, a.t.clock).findByJobNumber(QStringLiteral("1001"));
    REQUIRE(still.ok());
    CHECK(still->name == QStringLiteral("王芳"));
    CHECK_FALSE(still->active);
}

TEST_CASE("everybody may change their own password — only an admin anybody's")
{
    Accounts a;
    auto agent = a.auth.signIn(QStringLiteral("1001"), QStringLiteral("agent-pass-1")).value();
    CHECK(a.accounts.setPassword(agent, QStringLiteral("1001"), QStringLiteral("mine-is-new")));
    CHECK(a.accounts.setPassword(agent, QStringLiteral("9001"), QStringLiteral("take-over-1")).error().kind ==
          Error::Kind::Refused);
    CHECK(a.accounts.setPassword(agent, QStringLiteral("1001"), QStringLiteral(""))
              .error()
              .message.contains(QStringLiteral("empty")));
    CHECK(a.auth.signIn(QStringLiteral("1001"), QStringLiteral("mine-is-new")).ok());
    auto listByAgent = a.accounts.list(agent);
    CHECK(listByAgent.error().kind == Error::Kind::Refused);
    auto list = a.accounts.list(a.admin);
    REQUIRE(list.ok());
    CHECK(list->size() == 2);
}

TEST_CASE("a locked session opens only with the same person's password")
{
    Accounts a;
    Session session(a.auth);
    CHECK(session.state() == Session::State::SignedOut);
    REQUIRE(session.signIn(QStringLiteral("1001"), QStringLiteral("agent-pass-1")));
    CHECK(session.state() == Session::State::Active);
    session.lock();
    CHECK(session.state() == Session::State::Locked);
    CHECK_FALSE(session.signIn(QStringLiteral("9001"), QStringLiteral("admin-pass-1"))); // no take-over
    CHECK_FALSE(session.unlock(QStringLiteral("admin-pass-1")));
    CHECK(session.state() == Session::State::Locked);
    REQUIRE(session.unlock(QStringLiteral("agent-pass-1")));
    CHECK(session.state() == Session::State::Active);
    CHECK(session.actor().jobNumber == QStringLiteral("1001"));
    session.signOut();
    CHECK(session.actor().isNobody());
    REQUIRE(session.signIn(QStringLiteral("9001"), QStringLiteral("admin-pass-1")));

    CHECK(a.auth.idleLockMs() == AuthService::DefaultIdleLockMinutes * 60'000);
    REQUIRE(SettingsRepository(*a.t.db, a.t.clock).set(Setting::IdleLockMinutes, 3, {}));
    CHECK(a.auth.idleLockMs() == 180'000);
}

TEST_CASE("permissions follow the roles")
{
    const Actor agent = test::actorWith(QStringLiteral("agent"));
    const Actor supervisor = test::actorWith(QStringLiteral("supervisor"));
    const Actor admin = test::actorWith(QStringLiteral("admin"));
    const Actor trainee = test::actorWith(QStringLiteral("trainee"));
    const Actor both = test::actorWith(QStringLiteral("agent,trainer"));
    CHECK_FALSE(Permissions::allows(agent, Action::ReviewProblemForm));
    CHECK_FALSE(Permissions::allows(agent, Action::ReadPenaltyOpinion));
    CHECK(Permissions::allows(supervisor, Action::ReviewProblemForm));
    CHECK(Permissions::allows(supervisor, Action::ReadAudit));
    CHECK_FALSE(Permissions::allows(supervisor, Action::ManageAccounts));
    CHECK(Permissions::allows(admin, Action::ManageAccounts));
    CHECK(Permissions::allows(admin, Action::ManageCalendar));
    CHECK(Permissions::allows(admin, Action::ManageScripts));
    CHECK_FALSE(Permissions::allows(trainee, Action::ReadLiveRecords));
    CHECK(Permissions::allows(trainee, Action::UsePractice));
    CHECK(Permissions::allows(both, Action::ManageScenarios));
    CHECK_FALSE(Permissions::allows(Actor(), Action::ReadLiveRecords));
    CHECK(Permissions::allows(Actor::systemActor(), Action::ManageAccounts));
    const Status refused = Permissions::require(agent, Action::ReviewProblemForm);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::Refused);
    CHECK(refused.error().message.contains(QStringLiteral("supervisor")));
}

TEST_CASE("saving an account with nothing changed writes nothing and succeeds")
{
    Accounts a;
    AccountRepository repo(*a.t.db, a.t.clock);
    auto stored = repo.get(a.admin.userId);
    REQUIRE(stored.ok());
    const auto counts = [&a] {
        return std::tuple{
            test::count(*a.t.db, QStringLiteral("SELECT count(*) FROM outbox")),
            test::count(*a.t.db, QStringLiteral("SELECT count(*) FROM audit_log")),
            test::count(*a.t.db,
                        QStringLiteral("SELECT revision FROM accounts WHERE id = '%1'").arg(a.admin.userId))};
    };
    const auto before = counts();
    a.t.clock.advanceMs(60'000);

    auto same = repo.update(*stored, QStringLiteral("someone-else"));
    REQUIRE(same.ok());
    CHECK(same->meta.revision == stored->meta.revision);
    CHECK(same->meta.updatedAt == stored->meta.updatedAt);
    CHECK(same->meta.updatedBy == stored->meta.updatedBy);
    CHECK(counts() == before);
    auto reread = repo.get(a.admin.userId);
    REQUIRE(reread.ok());
    CHECK(reread->meta.updatedAt == stored->meta.updatedAt);

    // The writer itself, given no columns: the row's revision, nothing written.
    RecordWriter writer(*a.t.db, a.t.clock);
    const RowShape none(QStringLiteral("accounts"), QStringList{});
    auto revision = writer.update(none, a.admin.userId, {}, QStringLiteral("someone-else"));
    REQUIRE(revision.ok());
    CHECK(revision.value() == stored->meta.revision);
    CHECK(writer.update(QStringLiteral("accounts"), a.admin.userId, {}, {}).value() == stored->meta.revision);
    CHECK(counts() == before);

    // An empty change still says when the record has moved on or is gone.
    auto stale = writer.update(none, a.admin.userId, {}, {}, stored->meta.revision - 1);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().kind == Error::Kind::Conflict);
    auto gone = writer.update(none, QStringLiteral("no-such-account"), {}, {});
    REQUIRE_FALSE(gone);
    CHECK(gone.error().kind == Error::Kind::NotFound);
}
