#include "core/sync/TeamSignIn.h"

#include "core/auth/AccountService.h"
#include "core/auth/AuthService.h"
#include "core/auth/ServerCredentials.h"
#include "core/auth/UserRepository.h"
#include "core/sync/SyncEngine.h"

#include <QSqlError>
#include <QUuid>

namespace threerings {

TeamSignIn::TeamSignIn(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

bool TeamSignIn::available(Database& db)
{
    auto config = SyncEngine::configured(db);
    return config && config->user.isEmpty();
}

Result<ServerConfig> TeamSignIn::forPerson(Database& db, const QString& jobNumber, const QString& password)
{
    auto config = SyncEngine::configured(db);
    if (!config)
        return config.error();
    if (!config->user.isEmpty())
        return Error::notFound(tr("This console syncs with the fixed server login %1.").arg(config->user));
    config->user = ServerCredentials::loginOf(jobNumber);
    config->password = password;
    return config;
}

TeamSignIn::Verdict TeamSignIn::ask(const QString& jobNumber, const QString& password, QString* detail)
{
    auto config = forPerson(m_db, jobNumber, password);
    if (!config)
        return Verdict::NoTeam;
    const QString name =
        QStringLiteral("threerings-signin-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    Verdict verdict = Verdict::Accepted;
    {
        auto server = config->open(name);
        if (!server) {
            const QString why = server.error().message;
            if (detail)
                *detail = why;
            // libpq's words (the server's, in English unless its lc_messages say otherwise).
            if (why.contains(QLatin1String("not permitted to log in")))
                verdict = Verdict::Deactivated;
            else if (why.contains(QLatin1String("authentication failed")) ||
                     why.contains(QLatin1String("does not exist")))
                verdict = Verdict::Refused;
            else
                verdict = Verdict::Unreachable;
        }
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

Result<Actor> TeamSignIn::signIn(AuthService& auth, const QString& jobNumber, const QString& password)
{
    m_warning.clear();
    auto local = auth.signIn(jobNumber, password);
    // A lock after wrong passwords holds: the server is not asked to try more of them.
    if (!local && auth.isLocked(jobNumber))
        return local;
    QString detail;
    switch (ask(jobNumber, password, &detail)) {
    case Verdict::NoTeam:
    case Verdict::Unreachable:
        return local;
    case Verdict::Deactivated:
        return Error::refused(tr("The team's server has switched off the account of %1: ask an admin to "
                                 "reactivate it in Admin ▸ Accounts….")
                                  .arg(jobNumber.trimmed()));
    case Verdict::Refused:
        if (local)
            m_warning = tr("The team's server did not take your password, so your work stays on this console "
                           "and reaches nobody else until an admin sets your password in Admin ▸ Accounts… "
                           "(the server said: %1).")
                            .arg(detail.trimmed());
        return local;
    case Verdict::Accepted:
        break;
    }
    if (local)
        return local;
    // The server knows the person and their password, this console does not (yet): new here, or the
    // password was changed at another console.
    if (Status s = adopt(jobNumber, password); !s)
        return s.error();
    return auth.signIn(jobNumber, password);
}

Status TeamSignIn::adopt(const QString& jobNumber, const QString& password)
{
    auto config = forPerson(m_db, jobNumber, password);
    if (!config)
        return config.error();
    {
        SyncEngine engine(m_db, m_clock);
        if (Status s = engine.connect(*config); !s)
            return s;
        if (Status s = engine.pullPeople(); !s)
            return s;
    }
    auto user = UserRepository(m_db, m_clock).findByJobNumber(jobNumber.trimmed());
    if (!user)
        return Error::refused(
            tr("The team's server knows %1, but their record has not reached it yet: sign in "
               "again once the console that added them has synced.")
                .arg(jobNumber.trimmed()));
    if (!user->active)
        return Error::refused(
            tr("%1 %2 was deactivated and cannot sign in.").arg(user->jobNumber, user->name));
    return AccountService(m_db, m_clock).setPasswordUnchecked(user->meta.id, password, user->meta.id);
}

} // namespace threerings
