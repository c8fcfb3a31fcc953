#include "TestSupport.h"
#include "core/auth/AccountRepository.h"
#include "core/auth/AccountService.h"
#include "core/auth/AuthService.h"
#include "core/auth/EnrolmentCode.h"
#include "core/auth/PasswordHasher.h"
#include "core/auth/Session.h"
#include "core/auth/UserRepository.h"
#include "core/site/Defaults.h"
#include "core/sync/TeamSignIn.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace threerings;

// A person imported without a password (the accounts import never carries one) signs in the first time with
// a one-time code from an admin and chooses their own password.

namespace {

const PasswordHasher cheap{PasswordHasher::cheapest()};

struct Hotline
{
    Hotline() : accounts(*t.db, t.clock, cheap), auth(*t.db, t.clock, cheap)
    {
        REQUIRE(Defaults::ensure(*t.db, t.clock));
        User first;
        first.jobNumber = QStringLiteral("9001");
        first.name = QStringLiteral("赵磊");
        first.roles = {Role::Admin};
        REQUIRE(accounts.addPerson({}, first, QStringLiteral("admin-pass-1")).ok());
        admin = auth.signIn(QStringLiteral("9001"), QStringLiteral("admin-pass-1")).value();
        // As the import adds people: a record, no account.
        User imported;
        imported.jobNumber = QStringLiteral("1001");
        imported.name = QStringLiteral("王芳");
        imported.roles = {Role::Agent};
        REQUIRE(UserRepository(*t.db, t.clock).insert(imported, admin.stamp()).ok());
    }

    int count(const QString& sql)
    {
        QSqlQuery q(t.db->connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }

    test::TempDb t;
    AccountService accounts;
    AuthService auth;
    Actor admin;
};

const QString Job = QStringLiteral("1001");
const QString Own = QStringLiteral("wang-fang-2026");

} // namespace

TEST_CASE("codes have one shape, are typed loosely and are never a password")
{
    const QString code = EnrolmentCode::generate();
    CHECK(code.size() == 14);
    CHECK(code.count(QLatin1Char('-')) == 2);
    CHECK(EnrolmentCode::looksLikeCode(code));
    QString loose = code.toLower();
    loose.remove(QLatin1Char('-'));
    CHECK(EnrolmentCode::canonical(loose) == code);
    CHECK(EnrolmentCode::canonical(QStringLiteral("wang fang 2026")) == QStringLiteral("wang fang 2026"));
    CHECK(EnrolmentCode::generate() != code);
    const Status refused = PasswordHasher::checkPolicy(code);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("password"));
    CHECK(refused.error().message.contains(QStringLiteral("first sign-in code")));
}

TEST_CASE("an imported person signs in with the admin's code and chooses their password")
{
    Hotline h;
    auto issued = h.accounts.issueFirstSignInCode(h.admin, Job);
    REQUIRE(issued.ok());
    CHECK(issued->validUntil == h.t.clock.nowMs() + 7LL * 86'400'000);

    // The code alone opens nothing: it asks for a password of their own.
    auto first = h.auth.signIn(Job, issued->code.toLower());
    REQUIRE_FALSE(first);
    CHECK(first.error().field == AuthService::ChoosePasswordField);
    CHECK(first.error().message.contains(QStringLiteral("王芳")));

    auto same = h.auth.enrol(Job, issued->code, issued->code);
    REQUIRE_FALSE(same);
    CHECK(same.error().field == AuthService::ChoosePasswordField);
    auto weak = h.auth.enrol(Job, issued->code, QStringLiteral("short"));
    REQUIRE_FALSE(weak);
    CHECK(weak.error().message.contains(QStringLiteral("at least 8")));

    auto enrolled = h.auth.enrol(Job, issued->code, Own);
    REQUIRE(enrolled.ok());
    CHECK(enrolled->jobNumber == Job);
    CHECK(enrolled->roles == QList<Role>{Role::Agent});
    CHECK(h.auth.signIn(Job, Own).ok());

    // Spent: the code neither signs in nor enrols again.
    auto again = h.auth.signIn(Job, issued->code);
    REQUIRE_FALSE(again);
    CHECK(again.error().field.isEmpty());
    auto reuse = h.auth.enrol(Job, issued->code, QStringLiteral("someone-else-1"));
    REQUIRE_FALSE(reuse);
    CHECK(h.auth.signIn(Job, Own).ok());

    // Audited (that the password changed, never the hash), by the person themselves.
    CHECK(h.count(
              QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'accounts' AND op = 'insert' "
                             "AND changed_by = '") +
              h.admin.userId + QStringLiteral("'")) == 1);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'accounts' AND field = "
                                 "'enrol_until' AND new_value = '0'")) == 1);
    CHECK(h.count(
              QStringLiteral("SELECT count(*) FROM audit_log WHERE new_value LIKE '%argon2%' OR new_value = "
                             "'") +
              issued->code + QStringLiteral("'")) == 0);
}

TEST_CASE("a code expires, and wrong codes lock the account like wrong passwords")
{
    Hotline h;
    auto issued = h.accounts.issueFirstSignInCode(h.admin, Job, 1);
    REQUIRE(issued.ok());
    h.t.clock.advanceMs(86'400'000 + 1);
    auto late = h.auth.enrol(Job, issued->code, Own);
    REQUIRE_FALSE(late);
    CHECK(late.error().message.contains(QStringLiteral("expired")));
    CHECK(late.error().field.isEmpty());
    auto list = h.accounts.list(h.admin).value();
    const auto row =
        std::find_if(list.begin(), list.end(), [](const AccountInfo& a) { return a.user.jobNumber == Job; });
    REQUIRE(row != list.end());
    CHECK(row->enrolExpired);

    // A new code replaces the old one; guessing it locks the account after five tries.
    auto fresh = h.accounts.issueFirstSignInCode(h.admin, Job);
    REQUIRE(fresh.ok());
    CHECK_FALSE(h.auth.enrol(Job, issued->code, Own));
    for (int i = 0; i < AuthService::MaxFailedAttempts - 1; ++i)
        CHECK_FALSE(h.auth.enrol(Job, EnrolmentCode::generate(), Own));
    CHECK(h.auth.isLocked(Job));
    CHECK_FALSE(h.auth.enrol(Job, fresh->code, Own));
}

TEST_CASE("only an admin issues codes, never for themselves or a switched-off person")
{
    Hotline h;
    REQUIRE(h.accounts.issueFirstSignInCode(h.admin, Job).ok());
    // The agent, once enrolled, tries to give the admin a code (and so take the admin's account).
    const QString code = h.accounts.issueFirstSignInCode(h.admin, Job)->code;
    const Actor agent = h.auth.enrol(Job, code, Own).value();
    auto byAgent = h.accounts.issueFirstSignInCode(agent, QStringLiteral("9001"));
    REQUIRE_FALSE(byAgent);
    CHECK(byAgent.error().kind == Error::Kind::Refused);
    CHECK(h.auth.signIn(QStringLiteral("9001"), QStringLiteral("admin-pass-1")).ok());

    auto own = h.accounts.issueFirstSignInCode(h.admin, QStringLiteral("9001"));
    REQUIRE_FALSE(own);
    CHECK(own.error().message.contains(QStringLiteral("own password")));
    CHECK(h.accounts.issueFirstSignInCode(h.admin, Job, 31).error().field == QStringLiteral("days"));
    REQUIRE(h.accounts.deactivate(h.admin, Job));
    auto off = h.accounts.issueFirstSignInCode(h.admin, Job);
    REQUIRE_FALSE(off);
    CHECK(off.error().message.contains(QStringLiteral("deactivated")));
    CHECK(h.accounts.issueFirstSignInCode(h.admin, QStringLiteral("7777")).error().field ==
          QStringLiteral("job_number"));
}

TEST_CASE("a code issued to someone who had a password replaces it, and an admin's password replaces a code")
{
    Hotline h;
    REQUIRE(h.accounts.setPassword(h.admin, Job, QStringLiteral("old-pass-11")));
    auto issued = h.accounts.issueFirstSignInCode(h.admin, Job);
    REQUIRE(issued.ok());
    CHECK_FALSE(h.auth.signIn(Job, QStringLiteral("old-pass-11")));
    REQUIRE(h.accounts.setPassword(h.admin, Job, QStringLiteral("new-pass-22")));
    CHECK(h.auth.signIn(Job, QStringLiteral("new-pass-22")).ok());
    CHECK_FALSE(h.auth.enrol(Job, issued->code, Own));
}

TEST_CASE("the session signs the person in once they have chosen their password")
{
    Hotline h;
    const QString code = h.accounts.issueFirstSignInCode(h.admin, Job)->code;
    Session session(h.auth);
    auto first = session.signIn(Job, code);
    REQUIRE_FALSE(first);
    CHECK(session.state() == Session::State::SignedOut);
    auto enrolled = session.enrol(Job, code, Own);
    REQUIRE(enrolled.ok());
    CHECK(session.state() == Session::State::Active);
    CHECK(session.password() == Own);
    CHECK(session.actor().jobNumber == Job);
}

TEST_CASE("without a team the team sign-in enrols at this console alone")
{
    Hotline h;
    const QString code = h.accounts.issueFirstSignInCode(h.admin, Job)->code;
    TeamSignIn team(*h.t.db, h.t.clock);
    auto first = team.signIn(h.auth, Job, code);
    REQUIRE_FALSE(first);
    CHECK(first.error().field == AuthService::ChoosePasswordField);
    auto enrolled = team.enrol(h.auth, Job, code, Own);
    REQUIRE(enrolled.ok());
    CHECK(team.warning().isEmpty());
    CHECK(h.auth.signIn(Job, Own).ok());
}
