#pragma once

#include "core/auth/Actor.h"
#include "core/util/Result.h"

#include <QObject>

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
    void signOut();
    void lock();
    // Opens a locked session with the signed-in person's password.
    Status unlock(const QString& password);

Q_SIGNALS:
    void changed();

private:
    AuthService& m_auth;
    Actor m_actor;
    State m_state = State::SignedOut;
};

} // namespace threerings
