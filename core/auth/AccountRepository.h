#pragma once

#include "core/db/Repository.h"
#include "core/model/Account.h"

namespace threerings {

// The accounts table: password hashes and lockout counters, one row per person who may sign in.
// No permission checks here; AccountService and AuthService decide who may call what.
class AccountRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(AccountRepository)

public:
    using Repository::Repository;

    // Stores a new account; account.meta.id must be the person's users.id.
    Result<Account> insert(Account account, const QString& actor);
    Result<Account> get(const QString& userId) const;
    Result<Account> update(Account account, const QString& actor);
    // Whether the database has any account at all (a new database has none until the first admin).
    Result<bool> any() const;
    // Whether this console replicates with a team's server (people's logins then follow their accounts).
    Result<bool> inTeam() const;
    // Queues a person's server login for the sync to send (login_changes): the SCRAM verifier of their new
    // password, `own` when they set it themselves; `by` is who queued it (users.id).
    Status queueLogin(const QString& jobNumber, const QString& personId, const QString& verifier, bool own,
                      const QString& by);

    // Replaces the verifier of the logins an admin queued for the person and not yet sent (a first sign-in
    // code the person has replaced with their own password); how many there were.
    Result<int> replaceQueuedVerifier(const QString& personId, const QString& verifier);

    static QVariantMap toFields(const Account& x);
    static Account fromRow(const QSqlQuery& q);
};

} // namespace threerings
