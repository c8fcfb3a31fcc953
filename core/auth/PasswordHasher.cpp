#include "core/auth/PasswordHasher.h"

#include "core/auth/EnrolmentCode.h"

#include <sodium.h>

namespace threerings {

namespace {

// sodium_init is idempotent and thread-safe; calling it once per process is enough.
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

PasswordHasher::Limits PasswordHasher::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordHasher::Limits PasswordHasher::cheapest()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher(Limits limits) : m_limits(limits) {}

Status PasswordHasher::checkPolicy(const QString& password)
{
    if (password.isEmpty())
        return Error::data(
            tr("The password is empty; choose one of at least %1 characters.").arg(MinimumLength),
            QStringLiteral("password"));
    if (password.trimmed().isEmpty())
        return Error::data(
            tr("The password is only spaces; choose one of at least %1 characters with letters or "
               "digits.")
                .arg(MinimumLength),
            QStringLiteral("password"));
    if (password.size() < MinimumLength)
        return Error::data(tr("The password is too short (%1 characters); it needs at least %2.")
                               .arg(password.size())
                               .arg(MinimumLength),
                           QStringLiteral("password"));
    if (password.size() > MaximumLength)
        return Error::data(tr("The password is too long; use at most %1 characters.").arg(MaximumLength),
                           QStringLiteral("password"));
    if (EnrolmentCode::looksLikeCode(password))
        return Error::data(tr("The password has the shape of a first sign-in code (three groups of four "
                              "letters and digits); choose one that does not."),
                           QStringLiteral("password"));
    return {};
}

Result<QString> PasswordHasher::hash(const QString& password) const
{
    if (!sodiumReady())
        return Error::io(tr("The password library could not start; reinstall ThreeRings."));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), m_limits.ops, m_limits.memory,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error::io(
            tr("There was not enough memory to protect the password; close other programs and try "
               "again."));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& storedHash, const QString& password) const
{
    if (!sodiumReady() || storedHash.isEmpty())
        return false;
    const QByteArray h = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

} // namespace threerings
