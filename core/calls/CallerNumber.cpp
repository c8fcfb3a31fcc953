#include "core/calls/CallerNumber.h"

#include "core/model/PhoneNumber.h"

namespace threerings {

QString formatCallerNumber(const QString& digits)
{
    // libphonenumber knows every area code's length; a number it cannot read is shown as it came.
    return PhoneNumber::display(digits);
}

} // namespace threerings
