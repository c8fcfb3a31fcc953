#include "core/auth/AuthService.h"

#include "core/auth/AccountRepository.h"
#include "core/auth/EnrolmentCode.h"
#include "core/auth/UserRepository.h"
#include "core/db/Database.h"
#include "core/db/Transaction.h"
#include "core/settings/SettingsRepository.h"
#include "core/util/Clock.h"

namespace threerings {

namespace {

QString minutesText(qint64 ms)
{
    const qint64 minutes = (ms + 59'999) / 60'000;
    return minutes == 1 ? AuthService::tr("1 minute") : AuthService::tr("%1 minutes").arg(minutes);
}

} // namespace

AuthService::AuthService(Database& db, const Clock& clock, PasswordHasher hasher)
    : m_db(db), m_clock(clock), m_hasher(hasher)
{}

qint64 AuthService::lockoutMs() const
{
    return qint64(SettingsRepository(m_db, m_clock).get(Setting::LockoutMinutes)) * 60'000;
}

qint64 AuthService::idleLockMs() const
{
    return qint64(SettingsRepository(m_db, m_clock).get(Setting::IdleLockMinutes)) * 60'000;
}

Error AuthService::wrongCredentials() const
{
    return Error::refused(tr("The job number or the password is wrong. Check both and try again."));
}

Result<Actor> AuthService::signIn(const QString& jobNumber, const QString& password)
{
    return check(jobNumber.trimmed(), password);
}

Result<Actor> AuthService::enrol(const QString& jobNumber, const QString& code, const QString& newPassword)
{
    if (Status s = PasswordHasher::checkPolicy(newPassword); !s)
        return Error::data(s.error().message, ChoosePasswordField);
    if (EnrolmentCode::canonical(newPassword) == EnrolmentCode::canonical(code))
        return Error::data(tr("Choose a password of your own, not the first sign-in code."),
                           ChoosePasswordField);
    auto hash = m_hasher.hash(newPassword);
    if (!hash)
        return hash.error();
    return check(jobNumber.trimmed(), code, hash.value());
}

Status AuthService::confirm(const Actor& actor, const QString& password)
{
    auto again = check(actor.jobNumber, password);
    if (!again)
        return again.error();
    if (again->userId != actor.userId)
        return wrongCredentials();
    return {};
}

Result<Actor> AuthService::check(const QString& jobNumber, const QString& password, const QString& newHash)
{
    UserRepository users(m_db, m_clock);
    AccountRepository accounts(m_db, m_clock);
    auto user = users.findByJobNumber(jobNumber);
    auto account = user ? accounts.get(user->meta.id) : Result<Account>(Error::notFound({}));
    if (!account) {
        // Spend the time a real check takes, so the answer's speed does not tell that nobody is there.
        static const QString decoy = m_hasher.hash(QStringLiteral("decoy password")).valueOr(QString());
        (void)m_hasher.verify(decoy, password);
        return wrongCredentials();
    }
    // The count is read, checked and written in one BEGIN IMMEDIATE transaction: consoles and
    // command lines trying at the same moment queue on it, so each try sees the ones before it and
    // none gets past the lock.
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    account = accounts.get(user->meta.id);
    if (!account)
        return account.error();
    const qint64 now = m_clock.nowMs();
    if (account->lockedAt(now))
        return Error::refused(
            tr("This account is locked after %1 wrong passwords; try again in %2, or ask an admin "
               "to set a new password.")
                .arg(MaxFailedAttempts)
                .arg(minutesText(account->lockedUntil - now)));
    Account changed = account.value();
    // A first sign-in code is typed in any case, with or without its dashes.
    const QString secret = account->waitsForOwnPassword() ? EnrolmentCode::canonical(password) : password;
    if (!m_hasher.verify(account->passwordHash, secret)) {
        changed.failedAttempts = account->lockedUntil > 0 ? 1 : account->failedAttempts + 1;
        changed.lockedUntil = 0;
        const bool lockNow = changed.failedAttempts >= MaxFailedAttempts;
        if (lockNow) {
            changed.failedAttempts = 0;
            changed.lockedUntil = now + lockoutMs();
        }
        if (auto saved = accounts.update(changed, {}); !saved)
            return saved.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        if (lockNow)
            return Error::refused(tr("The job number or the password is wrong. After %1 wrong passwords the "
                                     "account is locked for %2.")
                                      .arg(MaxFailedAttempts)
                                      .arg(minutesText(lockoutMs())));
        return wrongCredentials();
    }
    if (!user->active)
        return Error::refused(
            tr("The account of %1 was deactivated; their records keep the name, but they can no "
               "longer sign in. Ask an admin if that is a mistake.")
                .arg(user->jobNumber));
    const bool enrolling = !newHash.isEmpty();
    if (account->waitsForOwnPassword() && account->enrolUntil <= now)
        return Error::refused(tr("The first sign-in code of %1 has expired; ask an admin for a new one in "
                                 "Admin ▸ Accounts….")
                                  .arg(user->jobNumber));
    if (account->waitsForOwnPassword() && !enrolling)
        return Error{Error::Kind::Refused,
                     tr("Welcome, %1. This was your first sign-in code: now choose your own password.")
                         .arg(user->name),
                     ChoosePasswordField};
    if (enrolling && !account->waitsForOwnPassword())
        return Error::refused(tr("%1 has chosen a password already; sign in with it.").arg(user->jobNumber));
    if (enrolling) {
        changed.passwordHash = newHash;
        changed.enrolUntil = 0;
        changed.passwordChangedAt = now;
    }
    if (changed.failedAttempts != 0 || changed.lockedUntil != 0 || enrolling) {
        changed.failedAttempts = 0;
        changed.lockedUntil = 0;
        if (auto saved = accounts.update(changed, user->meta.id); !saved)
            return saved.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    Actor actor;
    actor.userId = user->meta.id;
    actor.jobNumber = user->jobNumber;
    actor.name = user->name;
    actor.roles = user->roles;
    return actor;
}

bool AuthService::isLocked(const QString& jobNumber) const
{
    auto user = UserRepository(m_db, m_clock).findByJobNumber(jobNumber.trimmed());
    auto account =
        user ? AccountRepository(m_db, m_clock).get(user->meta.id) : Result<Account>(Error::notFound({}));
    return account && account->lockedAt(m_clock.nowMs());
}

bool AuthService::awaitsOwnPassword(const QString& jobNumber) const
{
    auto user = UserRepository(m_db, m_clock).findByJobNumber(jobNumber.trimmed());
    auto account =
        user ? AccountRepository(m_db, m_clock).get(user->meta.id) : Result<Account>(Error::notFound({}));
    return account && account->waitsForOwnPassword();
}

Result<Actor> AuthService::refresh(const Actor& actor) const
{
    auto user = UserRepository(m_db, m_clock).get(actor.userId);
    if (!user)
        return Error::refused(
            tr("The account of %1 is gone from this console; sign in again.").arg(actor.jobNumber));
    if (!user->active)
        return Error::refused(
            tr("An admin switched off the account of %1; the console signed them out.").arg(user->jobNumber));
    Actor now = actor;
    now.name = user->name;
    now.roles = user->roles;
    return now;
}

} // namespace threerings
