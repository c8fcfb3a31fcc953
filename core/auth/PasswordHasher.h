#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace threerings {

// Argon2id password hashes in libsodium's crypto_pwhash_str form (salt and cost inside the string),
// so a hash made with other limits still verifies. The limits are injected: the product uses the
// interactive ones, tests the cheapest ones so hundreds of hashes stay fast.
class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)

public:
    struct Limits
    {
        unsigned long long ops;
        size_t memory;
    };
    static Limits interactive();
    static Limits cheapest(); // for tests only: far too weak for real passwords

    static constexpr int MinimumLength = 8;
    static constexpr int MaximumLength = 128;

    explicit PasswordHasher(Limits limits = interactive());

    // Whether `password` may be used: long enough, not too long, not only spaces.
    static Status checkPolicy(const QString& password);
    Result<QString> hash(const QString& password) const;
    // Constant-time check of `password` against a stored hash; false for a malformed hash.
    bool verify(const QString& storedHash, const QString& password) const;

private:
    Limits m_limits;
};

} // namespace threerings
