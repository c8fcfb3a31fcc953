#pragma once

#include "core/db/RecordMeta.h"

#include <QString>

namespace threerings {

// The sign-in side of a person: meta.id is the person's users.id. Only the Argon2id hash is kept.
struct Account
{
    RecordMeta meta;
    QString passwordHash;
    int failedAttempts = 0; // wrong passwords since the last good sign-in
    qint64 lockedUntil = 0; // ms since the epoch; 0 = not locked
    qint64 passwordChangedAt = 0;
    // Nonzero while passwordHash is a one-time first-sign-in code's (EnrolmentCode): valid until then (ms).
    qint64 enrolUntil = 0;

    bool lockedAt(qint64 nowMs) const { return lockedUntil > nowMs; }
    bool waitsForOwnPassword() const { return enrolUntil != 0; }
};

} // namespace threerings
