#pragma once

#include "core/auth/Actor.h"
#include "core/util/Result.h"

#include <QObject>
#include <functional>

namespace threerings {

class AuthService;

// Who is at the console and whether the console is usable. A locked session keeps its person and
// everything on screen; only that person's password opens it again. Someone else must sign the
// first person out (which the console allows only when nothing is lost) before signing in.
class Session : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        SignedOut,
        Active,
        Locked,
    };

    explicit Session(AuthService& auth, QObject* parent = nullptr);

    State state() const { return m_state; }
    // The signed-in person (also while locked); nobody when signed out.
    const Actor& actor() const { return m_actor; }
    AuthService& auth() const { return m_auth; }

    // Signs in when nobody is signed in; refused otherwise (sign the other person out first).
    Result<Actor> signIn(const QString& jobNumber, const QString& password);
    // How a person signs in when the console is one of a team's (TeamSignIn): the team's server is asked
    // too. Unset: the console's accounts alone decide.
    using SignInRoute = std::function<Result<Actor>(const QString& jobNumber, const QString& password)>;
    void setSignInRoute(SignInRoute route) { m_route = std::move(route); }
    // A person's first sign-in: their one-time code and the password they choose (AuthService::enrol);
    // signs them in like signIn() on success.
    Result<Actor> enrol(const QString& jobNumber, const QString& code, const QString& newPassword);
    using EnrolRoute = std::function<Result<Actor>(const QString& jobNumber, const QString& code,
                                                   const QString& newPassword)>;
    void setEnrolRoute(EnrolRoute route) { m_enrolRoute = std::move(route); }
    // The signed-in person's password, kept in memory only while they are signed in: the console syncs
    // with the team's server as them (their own server login). Empty when signed out.
    const QString& password() const { return m_password; }
    // What the person should know about their sign-in (the team's server did not take the password …);
    // the sign-in route sets it.
    const QString& notice() const { return m_notice; }
    void setNotice(const QString& notice) { m_notice = notice; }
    void signOut();
    void lock();
    // Takes the signed-in person's record as it is now: new roles apply from the next action; an account
    // switched off signs them out, with why in notice().
    void refresh();
    // Opens a locked session with the signed-in person's password.
    Status unlock(const QString& password);

Q_SIGNALS:
    void changed();

private:
    // The person is signed in with `password`, when `actor` is one.
    Result<Actor> begin(Result<Actor> actor, const QString& password);

    AuthService& m_auth;
    SignInRoute m_route;
    EnrolRoute m_enrolRoute;
    QString m_password;
    QString m_notice;
    Actor m_actor;
    State m_state = State::SignedOut;
};

} // namespace threerings
