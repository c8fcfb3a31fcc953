#include "telephony/CallerNumber.h"

namespace threerings {

namespace {

bool allDigits(const QString& s)
{
    for (QChar c : s) {
        if (!c.isDigit())
            return false;
    }
    return !s.isEmpty();
}

QString grouped(const QString& s, int first)
{
    const QString rest = s.mid(first);
    const int split = static_cast<int>(rest.size()) - 4;
    if (split <= 0)
        return s.left(first) + QLatin1Char(' ') + rest;
    return s.left(first) + QLatin1Char(' ') + rest.left(split) + QLatin1Char(' ') + rest.mid(split);
}

} // namespace

QString formatCallerNumber(const QString& digits)
{
    if (!allDigits(digits))
        return digits;
    if (digits.size() == 11 && digits.startsWith(QLatin1Char('1')))
        return grouped(digits, 3);
    if (digits.size() >= 10 && digits.startsWith(QLatin1Char('0'))) {
        // Beijing (010) and the 02x cities have two-digit area codes; the rest have three.
        const bool shortCode = digits.at(1) == QLatin1Char('1') || digits.at(1) == QLatin1Char('2');
        return grouped(digits, shortCode ? 3 : 4);
    }
    return digits;
}

} // namespace threerings
