#pragma once

#include <QString>

namespace threerings {

// The caller's number from an incoming INVITE: the P-Asserted-Identity header when the network asserted one
// (a PBX or carrier trunk does), else the user part of From. Accepts name-addr ("Name" <sip:…>), bare URIs,
// sip:, sips: and tel: URIs, and a comma-separated list (the first usable entry wins). Escapes (%2B) are
// decoded and visual separators (-, ., spaces, brackets) of a telephone number dropped. Empty when neither
// holds a user part.
QString sipCallerNumber(const QString& fromHeaderOrUri, const QString& pAssertedIdentity = {});

// The user part of one SIP or tel URI (possibly inside a name-addr), as above.
QString sipUserPart(const QString& uriOrNameAddr);

} // namespace threerings
