#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace threerings {

// Phone numbers as the hotline stores them: E.164 ("+8613812345678"), parsed by libphonenumber
// with mainland China as the default region, so "138 1234 5678", "0532-88886666" and
// "+86 532 8888 6666" all find the same customer.
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    static QString defaultRegion() { return QStringLiteral("CN"); }

    // E.164 form of `input`, or a Data error saying why it is not a phone number.
    static Result<QString> normalize(const QString& input, const QString& region = defaultRegion());
    // Whether `text` is exactly an E.164 number normalize() has already found valid on this thread
    // (a cheap check; false only means "not known", not "invalid").
    static bool isKnownE164(const QString& text);
    // E.164 when `input` is a phone number, else `input` trimmed (caller ids as the line sent them).
    static QString normalizeOrKeep(const QString& input, const QString& region = defaultRegion());
    // How an agent reads it out: national format for numbers of `region` ("138 1234 5678",
    // "0532 8888 6666"), international otherwise. Text that is not a number comes back unchanged.
    static QString display(const QString& number, const QString& region = defaultRegion());
};

} // namespace threerings
