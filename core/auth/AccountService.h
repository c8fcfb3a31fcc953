#pragma once

#include "core/auth/Actor.h"
#include "core/auth/PasswordHasher.h"
#include "core/model/Department.h"
#include "core/model/User.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <functional>

namespace threerings {

class Clock;
class Database;

// A person together with the state of their account, for lists.
struct AccountInfo
{
    User user;
    bool hasAccount = false;
    qint64 lockedUntil = 0; // ms since the epoch; 0 = not locked
    qint64 enrolUntil = 0;  // a first-sign-in code waits until then (ms); 0 = none
    bool enrolExpired = false;
};

// Managing people and their accounts: adding, passwords, deactivating. Only an admin may manage
// accounts, except that the very first account (on a database with none) is created in the system
// context (Actor::systemActor(), the first start) and must be an admin's, and everybody may change their
// own password. Everybody signed in may see the departments.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)

public:
    AccountService(Database& db, const Clock& clock, PasswordHasher hasher = PasswordHasher());

    // Whether anybody can sign in yet; until then the console asks for the first admin.
    Result<bool> hasAccounts() const;
    // Whether the file names anybody at all, with an account or without (the command line opens a file
    // without accounts in the system context only while it holds nobody).
    Result<bool> hasPeople() const;

    // Adds a person with an account. `actor` must be an admin, or the database must have no account
    // yet and the new person must be an admin (the first start). The job number must be free.
    Result<User> addPerson(const Actor& actor, User user, const QString& password);
    // Gives a person (who may have had no account) a new password and lifts a lock. Admins may do it
    // for anyone; everybody else for themselves.
    Status setPassword(const Actor& actor, const QString& jobNumber, const QString& password);
    // A one-time code with which the person signs in once to choose their own password (an imported
    // person, a forgotten password): valid for `days` (1–30) days, replaces any password or earlier code,
    // lifts a lock. Admins only, for anyone but themselves. Only its hash is kept; in a team, the code is
    // also the person's server login until they choose their password.
    struct IssuedCode
    {
        QString code;
        qint64 validUntil = 0; // ms since the epoch
    };
    Result<IssuedCode> issueFirstSignInCode(const Actor& actor, const QString& jobNumber,
                                            int days = DefaultCodeDays);
    static constexpr int DefaultCodeDays = 7;
    // The person keeps their name on every record but can no longer sign in, at any console of the team
    // once the change arrives there, nor to the team's server. Admins only, not themselves.
    Status deactivate(const Actor& actor, const QString& jobNumber);
    // Lets a deactivated person sign in again (with the password they had, or one an admin sets).
    Status reactivate(const Actor& actor, const QString& jobNumber);
    // Replaces a person's roles (admins; an admin cannot take away their own admin role, and the hotline
    // keeps at least one active admin). The team's consoles and server follow.
    Status setRoles(const Actor& actor, const QString& jobNumber, const QList<Role>& roles);
    // Moves a person to a department, by its name; an empty name leaves them in none.
    Status setDepartment(const Actor& actor, const QString& jobNumber, const QString& departmentName);
    Result<QList<AccountInfo>> list(const Actor& actor) const;

    // The hotline's staff as forms name them: job number, name, roles, department, active or not
    // (Action::ReadDepartments, everybody signed in: who a form is transferred to, who handled it). No
    // account state: that is list()'s, for admins.
    Result<QList<User>> staff(const Actor& actor) const;
    // The departments (Action::ReadDepartments), and one by its name.
    Result<QList<Department>> departments(const Actor& actor) const;
    Result<Department> department(const Actor& actor, const QString& name) const;

    // For demo data and other setup that already owns its transaction: hashes and stores the
    // password of an existing person without a permission check.
    Status setPasswordUnchecked(const QString& userId, const QString& password, const QString& stamp);
    // After a first sign-in at this console that the team's server could not take yet: the server login an
    // admin queued here with the code carries the chosen password instead; whether there was one.
    Result<bool> requeueChosenPassword(const QString& userId, const QString& password);
    // The same for a first sign-in code valid until `validUntil` (ms): the person's account waits for them
    // to choose their password (a code issued here, or one the team's server took at another console).
    Status setCodeUnchecked(const QString& userId, const QString& code, qint64 validUntil,
                            const QString& stamp);

private:
    // Changes one person (admins): `change` edits the stored row, which is then saved.
    Status changePerson(const Actor& actor, const QString& jobNumber,
                        const std::function<Status(User&)>& change);
    // Hashes and stores a password (enrolUntil 0) or a first sign-in code valid until enrolUntil; lifts a
    // lock.
    Status storeSecret(const QString& userId, const QString& secret, qint64 enrolUntil, const QString& stamp);
    // In a team, queues the person's new server password for the sync to send (as its verifier).
    Status queueServerLogin(const Actor& actor, const User& user, const QString& password);

    Database& m_db;
    const Clock& m_clock;
    PasswordHasher m_hasher;
};

} // namespace threerings
