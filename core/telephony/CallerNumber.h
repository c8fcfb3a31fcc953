#pragma once

#include <QString>

namespace threerings {

// A caller ID grouped the way people read mainland numbers aloud: "138 1234 5678", "010 6552 9876",
// "0532 8890 5566". Anything else is returned as it came.
QString formatCallerNumber(const QString& digits);

} // namespace threerings
