#pragma once

#include <QString>

namespace threerings {

// The one-time codes with which a person signs in the first time to choose their own password: twelve
// characters in three groups (K7QM-4WXR-9C2H) from an alphabet without look-alikes (no 0/O, 1/I/L), about
// 59 bits from the system's random source. People type them in any case, with or without the dashes or
// with spaces; canonical() is the one form that is hashed and sent. A password may not have a code's shape
// (PasswordHasher::checkPolicy), so a secret that has one is always a code.
namespace EnrolmentCode {

QString generate();
// Whether `typed` is a code as a person may type it.
bool looksLikeCode(const QString& typed);
// The code's canonical form (upper case, dashed); `typed` unchanged when it is not a code's shape.
QString canonical(const QString& typed);

} // namespace EnrolmentCode

} // namespace threerings
