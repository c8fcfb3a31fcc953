#pragma once

#include <QString>

namespace threerings {

// A caller ID as people read it aloud, by libphonenumber's national format: "138 1234 5678",
// "010 6552 9876", "0532 8890 5566" (E.164 input too). Anything it cannot read is returned as it came.
QString formatCallerNumber(const QString& digits);

} // namespace threerings
