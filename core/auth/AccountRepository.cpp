#include "core/auth/AccountRepository.h"

#include "core/util/Clock.h"

namespace threerings {

QVariantMap AccountRepository::toFields(const Account& x)
{
    return {
        {QStringLiteral("password_hash"), x.passwordHash},
        {QStringLiteral("failed_attempts"), x.failedAttempts},
        {QStringLiteral("locked_until"), x.lockedUntil},
        {QStringLiteral("password_changed_at"), x.passwordChangedAt},
        {QStringLiteral("enrol_until"), x.enrolUntil},
    };
}

Account AccountRepository::fromRow(const QSqlQuery& q)
{
    Account x;
    x.meta = readMeta(q);
    x.passwordHash = q.value(QStringLiteral("password_hash")).toString();
    x.failedAttempts = q.value(QStringLiteral("failed_attempts")).toInt();
    x.lockedUntil = q.value(QStringLiteral("locked_until")).toLongLong();
    x.passwordChangedAt = q.value(QStringLiteral("password_changed_at")).toLongLong();
    x.enrolUntil = q.value(QStringLiteral("enrol_until")).toLongLong();
    return x;
}

Result<Account> AccountRepository::insert(Account account, const QString& actor)
{
    if (account.meta.id.isEmpty())
        return Error::usage(tr("An account belongs to a person; save the person first."));
    QVariantMap fields = toFields(account);
    fields.insert(QStringLiteral("id"), account.meta.id);
    auto meta = insertRow(QStringLiteral("accounts"), fields, actor);
    if (!meta)
        return meta.error();
    account.meta = meta.value();
    return account;
}

Result<Account> AccountRepository::get(const QString& userId) const
{
    return fetchOne<Account>(QStringLiteral("SELECT * FROM accounts WHERE id = ?"), {userId}, fromRow,
                             tr("This person has no account yet; an admin can give them a password."));
}

Result<Account> AccountRepository::update(Account account, const QString& actor)
{
    // Only the columns that changed are written, so the audit trail and the outbox stay small.
    auto stored = get(account.meta.id);
    if (!stored)
        return stored.error();
    const QVariantMap before = toFields(*stored);
    QVariantMap changed;
    const QVariantMap after = toFields(account);
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (before.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    auto meta = updateRow(QStringLiteral("accounts"), account.meta, changed, actor);
    if (!meta)
        return meta.error();
    account.meta = meta.value();
    return account;
}

Result<bool> AccountRepository::any() const
{
    auto n = fetchOne<qint64>(QStringLiteral("SELECT count(*) FROM accounts"), {},
                              [](const QSqlQuery& q) { return q.value(0).toLongLong(); }, {});
    if (!n)
        return n.error();
    return *n > 0;
}

Result<bool> AccountRepository::inTeam() const
{
    auto n = countOf(QStringLiteral("SELECT count(*) FROM sync_state WHERE key = 'server_url'"), {});
    if (!n)
        return n.error();
    return *n > 0;
}

Status AccountRepository::queueLogin(const QString& jobNumber, const QString& personId,
                                     const QString& verifier, bool own, const QString& by)
{
    QSqlQuery& q = prepared(QStringLiteral("INSERT INTO login_changes (job_number, person_id, verifier, own, "
                                           "queued_at, queued_by) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(jobNumber);
    q.addBindValue(personId);
    q.addBindValue(verifier);
    q.addBindValue(own ? 1 : 0);
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(by.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(by));
    if (!q.exec())
        return readError(q);
    q.finish();
    return {};
}

Result<int> AccountRepository::replaceQueuedVerifier(const QString& personId, const QString& verifier)
{
    QSqlQuery& q = prepared(QStringLiteral(
        "UPDATE login_changes SET verifier = ? WHERE person_id = ? AND own = 0 AND verifier IS NOT NULL"));
    q.addBindValue(verifier);
    q.addBindValue(personId);
    if (!q.exec())
        return readError(q);
    const int n = q.numRowsAffected();
    q.finish();
    return n;
}

} // namespace threerings
