#include "core/auth/AccountService.h"

#include "core/auth/AccountRepository.h"
#include "core/auth/DepartmentRepository.h"
#include "core/auth/EnrolmentCode.h"
#include "core/auth/Permissions.h"
#include "core/auth/ServerCredentials.h"
#include "core/auth/UserRepository.h"
#include "core/db/Database.h"
#include "core/db/Transaction.h"
#include "core/util/Clock.h"

namespace threerings {

AccountService::AccountService(Database& db, const Clock& clock, PasswordHasher hasher)
    : m_db(db), m_clock(clock), m_hasher(hasher)
{}

Result<bool> AccountService::hasAccounts() const
{
    return AccountRepository(m_db, m_clock).any();
}

Result<bool> AccountService::hasPeople() const
{
    auto users = UserRepository(m_db, m_clock).list();
    if (!users)
        return users.error();
    return !users->isEmpty();
}

Result<User> AccountService::addPerson(const Actor& actor, User user, const QString& password)
{
    auto any = hasAccounts();
    if (!any)
        return any.error();
    // On a database without accounts nobody can be signed in yet: the first account needs no sign-in.
    if (*any) {
        if (Status s = Permissions::require(actor, Action::ManageAccounts); !s)
            return s.error();
    }
    if (!*any && !user.hasRole(Role::Admin))
        return Error::data(
            tr("The first account must be an admin's, so that someone can add the others; give "
               "it the role admin."),
            QStringLiteral("roles"));
    user.jobNumber = user.jobNumber.trimmed();
    user.name = user.name.trimmed();
    if (Status s = user.validate(); !s)
        return s.error();
    if (Status s = PasswordHasher::checkPolicy(password); !s)
        return s.error();

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    UserRepository users(m_db, m_clock);
    if (auto existing = users.findByJobNumber(user.jobNumber))
        return Error::data(tr("The job number %1 is already taken by %2; choose another one.")
                               .arg(user.jobNumber, existing->name),
                           QStringLiteral("job_number"));
    auto stored = users.insert(user, actor.stamp());
    if (!stored)
        return stored.error();
    if (Status s = setPasswordUnchecked(stored->meta.id, password, actor.stamp()); !s)
        return s.error();
    if (Status s = queueServerLogin(actor, stored.value(), password); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return stored;
}

Status AccountService::setPassword(const Actor& actor, const QString& jobNumber, const QString& password)
{
    auto user = UserRepository(m_db, m_clock).findByJobNumber(jobNumber.trimmed());
    const bool self = user && user->meta.id == actor.userId && !actor.userId.isEmpty();
    if (!self) {
        if (Status s = Permissions::require(actor, Action::ManageAccounts); !s)
            return s;
    }
    if (!user)
        return user.error();
    if (!user->active)
        return Error::data(
            tr("%1 %2 was deactivated and cannot sign in; a new password would not change that.")
                .arg(user->jobNumber, user->name));
    if (Status s = PasswordHasher::checkPolicy(password); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    if (Status s = setPasswordUnchecked(user->meta.id, password, actor.stamp()); !s)
        return s;
    if (Status s = queueServerLogin(actor, user.value(), password); !s)
        return s;
    return tx.commit();
}

Result<AccountService::IssuedCode> AccountService::issueFirstSignInCode(const Actor& actor,
                                                                        const QString& jobNumber, int days)
{
    if (Status s = Permissions::require(actor, Action::ManageAccounts); !s)
        return s.error();
    if (days < 1 || days > 30)
        return Error::data(tr("A first sign-in code is valid for 1 to 30 days, not %1.").arg(days),
                           QStringLiteral("days"));
    auto user = UserRepository(m_db, m_clock).findByJobNumber(jobNumber.trimmed());
    if (!user)
        return Error::data(
            tr("Nobody has the job number %1; check it in the list of accounts.").arg(jobNumber.trimmed()),
            QStringLiteral("job_number"));
    if (user->meta.id == actor.userId)
        return Error::refused(tr("A first sign-in code is for someone else; set your own password with "
                                 "New password…."));
    if (!user->active)
        return Error::data(tr("%1 %2 was deactivated and cannot sign in; reactivate them first.")
                               .arg(user->jobNumber, user->name),
                           QStringLiteral("job_number"));
    IssuedCode issued;
    issued.code = EnrolmentCode::generate();
    issued.validUntil = m_clock.nowMs() + qint64(days) * 24 * 3600 * 1000;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    if (Status s = setCodeUnchecked(user->meta.id, issued.code, issued.validUntil, actor.stamp()); !s)
        return s.error();
    // In a team the code is the person's server login until they choose their password, so they can
    // sign in with it at any console of the team.
    if (Status s = queueServerLogin(actor, user.value(), issued.code); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return issued;
}

Status AccountService::queueServerLogin(const Actor& actor, const User& user, const QString& password)
{
    AccountRepository accounts(m_db, m_clock);
    auto team = accounts.inTeam();
    if (!team)
        return team.error();
    if (!*team)
        return {};
    return accounts.queueLogin(user.jobNumber, user.meta.id, ServerCredentials::scramVerifier(password),
                               user.meta.id == actor.userId, actor.userId);
}

Result<bool> AccountService::requeueChosenPassword(const QString& userId, const QString& password)
{
    auto n = AccountRepository(m_db, m_clock)
                 .replaceQueuedVerifier(userId, ServerCredentials::scramVerifier(password));
    if (!n)
        return n.error();
    return *n > 0;
}

Status AccountService::setCodeUnchecked(const QString& userId, const QString& code, qint64 validUntil,
                                        const QString& stamp)
{
    return storeSecret(userId, EnrolmentCode::canonical(code), validUntil, stamp);
}

Status AccountService::setPasswordUnchecked(const QString& userId, const QString& password,
                                            const QString& stamp)
{
    return storeSecret(userId, password, 0, stamp); // a password set replaces a first sign-in code
}

Status AccountService::storeSecret(const QString& userId, const QString& secret, qint64 enrolUntil,
                                   const QString& stamp)
{
    auto hash = m_hasher.hash(secret);
    if (!hash)
        return hash.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    AccountRepository accounts(m_db, m_clock);
    auto existing = accounts.get(userId);
    Account account = existing ? existing.value() : Account{};
    account.meta.id = userId;
    account.passwordHash = hash.value();
    account.failedAttempts = 0;
    account.lockedUntil = 0;
    account.enrolUntil = enrolUntil;
    if (enrolUntil == 0)
        account.passwordChangedAt = m_clock.nowMs();
    auto saved = existing ? accounts.update(account, stamp) : accounts.insert(account, stamp);
    if (!saved)
        return saved.error();
    return tx.commit();
}

Status AccountService::changePerson(const Actor& actor, const QString& jobNumber,
                                    const std::function<Status(User&)>& change)
{
    if (Status s = Permissions::require(actor, Action::ManageAccounts); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    UserRepository users(m_db, m_clock);
    auto user = users.findByJobNumber(jobNumber.trimmed());
    if (!user)
        return Error::data(
            tr("Nobody has the job number %1; check it in the list of accounts.").arg(jobNumber.trimmed()),
            QStringLiteral("job_number"));
    User changed = user.value();
    if (Status s = change(changed); !s)
        return s;
    if (changed.active == user->active && changed.roles == user->roles &&
        changed.departmentId == user->departmentId)
        return {};
    if (Status s = changed.validate(); !s)
        return s;
    // The hotline keeps someone who can manage it.
    if (user->hasRole(Role::Admin) && user->active && (!changed.hasRole(Role::Admin) || !changed.active)) {
        auto all = users.list();
        if (!all)
            return all.error();
        int admins = 0;
        for (const User& u : *all)
            admins += u.active && u.hasRole(Role::Admin) && u.meta.id != user->meta.id;
        if (admins == 0)
            return Error::data(
                tr("%1 %2 is the hotline's last active admin; make someone else an admin first.")
                    .arg(user->jobNumber, user->name),
                QStringLiteral("roles"));
    }
    auto saved = users.update(changed, actor.stamp());
    if (!saved)
        return saved.error();
    return tx.commit();
}

Status AccountService::deactivate(const Actor& actor, const QString& jobNumber)
{
    return changePerson(actor, jobNumber, [&](User& u) -> Status {
        if (u.meta.id == actor.userId)
            return Error::data(tr("You cannot deactivate your own account; ask another admin."));
        u.active = false;
        return {};
    });
}

Status AccountService::reactivate(const Actor& actor, const QString& jobNumber)
{
    return changePerson(actor, jobNumber, [](User& u) -> Status {
        u.active = true;
        return {};
    });
}

Status AccountService::setRoles(const Actor& actor, const QString& jobNumber, const QList<Role>& roles)
{
    return changePerson(actor, jobNumber, [&](User& u) -> Status {
        if (u.meta.id == actor.userId && u.hasRole(Role::Admin) && !roles.contains(Role::Admin))
            return Error::data(tr("You cannot take away your own admin role; ask another admin."),
                               QStringLiteral("roles"));
        u.roles = roles;
        return {};
    });
}

Status AccountService::setDepartment(const Actor& actor, const QString& jobNumber,
                                     const QString& departmentName)
{
    QString departmentId;
    if (!departmentName.trimmed().isEmpty()) {
        auto d = DepartmentRepository(m_db, m_clock).findByName(departmentName.trimmed());
        if (!d)
            return Error::data(tr("There is no department named %1; choose one of the hotline's departments.")
                                   .arg(departmentName.trimmed()),
                               QStringLiteral("department"));
        departmentId = d->meta.id;
    }
    return changePerson(actor, jobNumber, [&](User& u) -> Status {
        u.departmentId = departmentId;
        return {};
    });
}

Result<QList<AccountInfo>> AccountService::list(const Actor& actor) const
{
    if (Status s = Permissions::require(actor, Action::ListAccounts); !s)
        return s.error();
    auto people = UserRepository(m_db, m_clock).list();
    if (!people)
        return people.error();
    AccountRepository accounts(m_db, m_clock);
    QList<AccountInfo> list;
    for (const User& u : *people) {
        AccountInfo info;
        info.user = u;
        if (auto a = accounts.get(u.meta.id)) {
            info.hasAccount = true;
            info.lockedUntil = a->lockedAt(m_clock.nowMs()) ? a->lockedUntil : 0;
            info.enrolUntil = a->enrolUntil;
            info.enrolExpired = a->enrolUntil != 0 && a->enrolUntil <= m_clock.nowMs();
        }
        list.append(info);
    }
    return list;
}

Result<QList<User>> AccountService::staff(const Actor& actor) const
{
    if (Status s = Permissions::require(actor, Action::ReadDepartments); !s)
        return s.error();
    return UserRepository(m_db, m_clock).list();
}

Result<QList<Department>> AccountService::departments(const Actor& actor) const
{
    if (Status s = Permissions::require(actor, Action::ReadDepartments); !s)
        return s.error();
    return DepartmentRepository(m_db, m_clock).list();
}

Result<Department> AccountService::department(const Actor& actor, const QString& name) const
{
    if (Status s = Permissions::require(actor, Action::ReadDepartments); !s)
        return s.error();
    return DepartmentRepository(m_db, m_clock).findByName(name.trimmed());
}

} // namespace threerings
