#include "core/sync/TeamSignIn.h"

#include "core/auth/AccountService.h"
#include "core/auth/AuthService.h"
#include "core/auth/EnrolmentCode.h"
#include "core/auth/PasswordHasher.h"
#include "core/auth/ServerCredentials.h"
#include "core/auth/UserRepository.h"
#include "core/sync/ServerLogin.h"
#include "core/sync/SyncEngine.h"
#include "core/util/Clock.h"

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

Result<Actor> TeamSignIn::signIn(AuthService& auth, const QString& jobNumber, const QString& typed)
{
    m_warning.clear();
    // A first sign-in code is the server login's password in its one written form.
    const QString password = EnrolmentCode::canonical(typed);
    auto local = auth.signIn(jobNumber, password);
    // A lock after wrong passwords holds: the server is not asked to try more of them. A first sign-in code
    // this console knows leads to choosing a password (enrol), which asks the server.
    if (!local && (auth.isLocked(jobNumber) || local.error().field == AuthService::ChoosePasswordField))
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

Result<Actor> TeamSignIn::enrol(AuthService& auth, const QString& jobNumber, const QString& typedCode,
                                const QString& newPassword)
{
    m_warning.clear();
    const QString code = EnrolmentCode::canonical(typedCode);
    if (Status s = PasswordHasher::checkPolicy(newPassword); !s)
        return Error::data(s.error().message, AuthService::ChoosePasswordField);
    if (auth.isLocked(jobNumber))
        return auth.signIn(jobNumber, code); // says for how long
    QString detail;
    const Verdict verdict = ask(jobNumber, code, &detail);
    switch (verdict) {
    case Verdict::NoTeam:
        return auth.enrol(jobNumber, code, newPassword);
    case Verdict::Unreachable:
        return Error::io(
            tr("The team's server does not answer, and it must take your new password too: choose "
               "it when the server answers again (the status bar shows the sync)."));
    case Verdict::Deactivated:
        return Error::refused(tr("The team's server has switched off the account of %1: ask an admin to "
                                 "reactivate it in Admin ▸ Accounts….")
                                  .arg(jobNumber.trimmed()));
    case Verdict::Refused: {
        auto local = auth.enrol(jobNumber, code, newPassword);
        if (!local)
            return local;
        // The code still waits here to be sent by the admin who gave it: it goes as the chosen password.
        auto requeued = AccountService(m_db, m_clock).requeueChosenPassword(local->userId, newPassword);
        m_warning =
            requeued.valueOr(false)
                ? tr("The team's server does not know your first sign-in code yet: it gets your password "
                     "when the admin who gave you the code next syncs at this console, and until then "
                     "your work stays here (the server said: %1).")
                      .arg(detail.trimmed())
                : tr("The team's server does not know your first sign-in code yet, so your password "
                     "works at this console only, and your work stays here until an admin sets your "
                     "password in Admin ▸ Accounts… (the server said: %1).")
                      .arg(detail.trimmed());
        return local;
    }
    case Verdict::Accepted:
        break;
    }
    // A code issued at another console: the person's record and the code come here first.
    if (!auth.awaitsOwnPassword(jobNumber)) {
        if (Status s = adopt(jobNumber, code); !s)
            return s.error();
    }
    auto local = auth.enrol(jobNumber, code, newPassword);
    if (!local)
        return local;
    auto config = forPerson(m_db, jobNumber, code);
    if (!config)
        return config.error();
    const QString name =
        QStringLiteral("threerings-enrol-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    Status sent;
    {
        auto server = config->open(name);
        sent = server ? ServerLogin::setOwnPassword(*server, ServerCredentials::scramVerifier(newPassword))
                      : Status(server.error());
    }
    QSqlDatabase::removeDatabase(name);
    if (!sent)
        m_warning = tr("Your password works at this console, but the team's server did not take it, so your "
                       "work stays here until an admin sets your password in Admin ▸ Accounts… (%1).")
                        .arg(sent.error().message);
    return local;
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
    AccountService accounts(m_db, m_clock);
    // A first sign-in code the server took: the person chooses their password next (enrol).
    if (EnrolmentCode::looksLikeCode(password))
        return accounts.setCodeUnchecked(
            user->meta.id, password, m_clock.nowMs() + qint64(AccountService::DefaultCodeDays) * 86'400'000,
            user->meta.id);
    return accounts.setPasswordUnchecked(user->meta.id, password, user->meta.id);
}

} // namespace threerings
