#pragma once

#include "core/auth/Actor.h"
#include "core/auth/PasswordHasher.h"
#include "core/settings/Settings.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace threerings {

class Clock;
class Database;

// Signing in by job number and password. Five wrong passwords in a row lock the account for the
// configured time (Setting::LockoutMinutes). A wrong job number and a wrong password get the
// same message and take the same time, so sign-in never tells whether an account exists; only a
// lock and a deactivated account (the latter only with the right password) say more.
class AuthService
{
    Q_DECLARE_TR_FUNCTIONS(AuthService)

public:
    static constexpr int MaxFailedAttempts = 5;
    static constexpr int DefaultLockoutMinutes = Setting::LockoutMinutes.defaultValue();
    static constexpr int DefaultIdleLockMinutes = Setting::IdleLockMinutes.defaultValue();

    AuthService(Database& db, const Clock& clock, PasswordHasher hasher = PasswordHasher());

    // The person, on the right job number and password; a Refused error otherwise. A valid first sign-in
    // code (EnrolmentCode) is refused too, with the field ChoosePasswordField: the person must choose their
    // own password with enrol() before anything opens.
    Result<Actor> signIn(const QString& jobNumber, const QString& password);
    static inline const QString ChoosePasswordField = QStringLiteral("new_password");
    // The person's first sign-in: on the right job number and a valid first sign-in code, `newPassword`
    // becomes their password and the code is spent. Wrong codes count towards the lock like passwords.
    Result<Actor> enrol(const QString& jobNumber, const QString& code, const QString& newPassword);
    // Asks the signed-in person for their password again (a locked console); counts failures the same way.
    Status confirm(const Actor& actor, const QString& password);

    // The signed-in person as their record says now (an admin at another console may have changed their roles
    // or switched their account off): the person with their current roles, or a Refused error when they may
    // no longer sign in.
    Result<Actor> refresh(const Actor& actor) const;

    // Whether the person's account here is locked after wrong passwords (nobody is: false).
    bool isLocked(const QString& jobNumber) const;
    // Whether the person's account here waits for them to choose their password with a first sign-in code.
    bool awaitsOwnPassword(const QString& jobNumber) const;

    qint64 lockoutMs() const;
    // How long the console may sit untouched before it locks itself (at least a minute).
    qint64 idleLockMs() const;

private:
    // `newHash`: the enrolment's new password hash (empty for an ordinary sign-in).
    Result<Actor> check(const QString& jobNumber, const QString& password, const QString& newHash = {});
    Error wrongCredentials() const;

    Database& m_db;
    const Clock& m_clock;
    PasswordHasher m_hasher;
};

} // namespace threerings
