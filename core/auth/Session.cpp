#include "core/auth/Session.h"

#include "core/auth/AuthService.h"

namespace threerings {

Session::Session(AuthService& auth, QObject* parent) : QObject(parent), m_auth(auth) {}

Result<Actor> Session::signIn(const QString& jobNumber, const QString& password)
{
    if (m_state != State::SignedOut)
        return Error::refused(tr("%1 is still signed in; sign them out first.").arg(m_actor.label()));
    m_notice.clear();
    return begin(m_route ? m_route(jobNumber, password) : m_auth.signIn(jobNumber, password), password);
}

Result<Actor> Session::begin(Result<Actor> actor, const QString& password)
{
    if (!actor)
        return actor;
    m_actor = actor.value();
    m_password = password;
    m_state = State::Active;
    Q_EMIT changed();
    return actor;
}

Result<Actor> Session::enrol(const QString& jobNumber, const QString& code, const QString& newPassword)
{
    if (m_state != State::SignedOut)
        return Error::refused(tr("%1 is still signed in; sign them out first.").arg(m_actor.label()));
    m_notice.clear();
    return begin(m_enrolRoute ? m_enrolRoute(jobNumber, code, newPassword)
                              : m_auth.enrol(jobNumber, code, newPassword),
                 newPassword);
}

void Session::signOut()
{
    if (m_state == State::SignedOut)
        return;
    m_actor = Actor();
    m_password.clear();
    m_notice.clear();
    m_state = State::SignedOut;
    Q_EMIT changed();
}

void Session::lock()
{
    if (m_state != State::Active)
        return;
    m_state = State::Locked;
    Q_EMIT changed();
}

void Session::refresh()
{
    if (m_state == State::SignedOut)
        return;
    auto now = m_auth.refresh(m_actor);
    if (!now) {
        signOut();
        m_notice = now.error().message;
        Q_EMIT changed();
        return;
    }
    if (now->roles == m_actor.roles && now->name == m_actor.name)
        return;
    m_actor = now.value();
    Q_EMIT changed();
}

Status Session::unlock(const QString& password)
{
    if (m_state != State::Locked)
        return {};
    if (Status s = m_auth.confirm(m_actor, password); !s)
        return s;
    m_state = State::Active;
    Q_EMIT changed();
    return {};
}

} // namespace threerings
