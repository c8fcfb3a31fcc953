#pragma once

#include <QByteArray>
#include <QString>

namespace threerings {

// A person's own login on the team's server: 'p' and their job number (p1001), with their console password.
// The console signs in to the server as the person signed in at it, so every change reaches the server with
// its author's authority and no shared secret is kept at the workstation.
namespace ServerCredentials {

// The login of a job number: lower-case, anything but letters and digits as '_' (tr_login_of on the
// server does the same).
QString loginOf(const QString& jobNumber);
// The SCRAM-SHA-256 verifier PostgreSQL keeps for `password` (RFC 5802/7677, 4096 rounds, a random
// 16-byte salt unless one is given): what the server is sent instead of the password.
QString scramVerifier(const QString& password, QByteArray salt = {}, int iterations = 4096);

} // namespace ServerCredentials

} // namespace threerings
