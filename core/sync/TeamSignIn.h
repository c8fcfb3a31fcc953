#pragma once

#include "core/auth/Actor.h"
#include "core/sync/ServerConfig.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace threerings {

class AuthService;
class Clock;
class Database;

// Signing in at a console of a team. The console's accounts decide offline; the team's server, where the
// person signs in as their own login (ServerCredentials) with the same password, decides when it answers:
//  * a person new to this console whom the server takes gets their record and departments brought here and
//    an account made from the password they typed (a password changed at another console is taken too);
//  * an account the server has switched off is refused here at once;
//  * a password the server does not take (never sent to it yet) still opens this console, with a warning:
//    the person's work stays queued here until an admin sets their password.
// A console whose server login is fixed (a URL with a user: headless runs) signs in with its accounts alone.
class TeamSignIn
{
    Q_DECLARE_TR_FUNCTIONS(TeamSignIn)

public:
    enum class Verdict
    {
        NoTeam,      // no server, or one with a fixed login
        Accepted,    // the server took the person's login and password
        Refused,     // it did not (a wrong password, or no login for them yet)
        Deactivated, // their login may not sign in any more
        Unreachable, // no answer: the console's accounts decide
    };

    TeamSignIn(Database& db, const Clock& clock);

    Result<Actor> signIn(AuthService& auth, const QString& jobNumber, const QString& password);
    // A person's first sign-in with a one-time code (AuthService::enrol). In a team the server must take the
    // new password too: the console signs in to it with the code and sets the person's own password there.
    // A server that does not know the code yet (issued here, not yet synced) leaves the password here with a
    // warning; a server that cannot be reached refuses the enrolment, so the two never disagree.
    Result<Actor> enrol(AuthService& auth, const QString& jobNumber, const QString& code,
                        const QString& newPassword);
    // What the person should know after signing in (empty when nothing).
    const QString& warning() const { return m_warning; }

    // Whether people sign in to this console through the team's server (a server without a fixed login):
    // then a console without accounts yet still takes the team's people.
    static bool available(Database& db);
    // The team's server as a person signs in to it: the configured server with their login and password.
    // NotFound when the console has no server or one with a fixed login.
    static Result<ServerConfig> forPerson(Database& db, const QString& jobNumber, const QString& password);
    // Asks the server whether it takes the person's login and password; `detail` says what it answered.
    Verdict ask(const QString& jobNumber, const QString& password, QString* detail = nullptr);

private:
    // Brings the person's record here from the server and makes their account on this console.
    Status adopt(const QString& jobNumber, const QString& password);

    Database& m_db;
    const Clock& m_clock;
    QString m_warning;
};

} // namespace threerings
