#include "core/auth/EnrolmentCode.h"

#include <sodium.h>
#include <string_view>

namespace threerings::EnrolmentCode {

namespace {

constexpr char Alphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
constexpr int Length = 12;
constexpr int Group = 4;

QString bare(const QString& typed)
{
    QString out;
    out.reserve(typed.size());
    for (const QChar c : typed) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        out.append(c.toUpper());
    }
    return out;
}

QString dashed(const QString& bareCode)
{
    QString out;
    for (int i = 0; i < bareCode.size(); ++i) {
        if (i > 0 && i % Group == 0)
            out.append(QLatin1Char('-'));
        out.append(bareCode.at(i));
    }
    return out;
}

} // namespace

QString generate()
{
    static const bool ready = sodium_init() >= 0; // idempotent; randombytes works either way
    (void)ready;
    const auto size = static_cast<uint32_t>(sizeof(Alphabet) - 1);
    QString code;
    for (int i = 0; i < Length; ++i)
        code.append(QLatin1Char(Alphabet[randombytes_uniform(size)]));
    return dashed(code);
}

bool looksLikeCode(const QString& typed)
{
    const QString b = bare(typed);
    if (b.size() != Length)
        return false;
    for (const QChar c : b) {
        if (c.unicode() > 127 || std::string_view(Alphabet).find(char(c.unicode())) == std::string_view::npos)
            return false;
    }
    return true;
}

QString canonical(const QString& typed)
{
    return looksLikeCode(typed) ? dashed(bare(typed)) : typed;
}

} // namespace threerings::EnrolmentCode
