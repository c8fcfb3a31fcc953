#include "core/model/PhoneNumber.h"

#include <QHash>
#include <phonenumbers/phonenumberutil.h>
#include <string>

namespace threerings {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;

bool parse(const QString& input, const QString& region, i18n::phonenumbers::PhoneNumber& out)
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    return util->Parse(input.trimmed().toStdString(), region.toStdString(), &out) ==
           PhoneNumberUtil::NO_PARSING_ERROR;
}

// A stored number in E.164 ("+8613812345678"), read without the general parser: the same country code
// and national number the parser gives, at a fraction of its cost (sheets print hundreds of them).
// False for anything else, which then goes through the parser.
bool fromE164(const QString& number, i18n::phonenumbers::PhoneNumber& out)
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    if (number.size() < 8 || number.size() > 16 || number.at(0) != QLatin1Char('+'))
        return false;
    for (qsizetype i = 1; i < number.size(); ++i)
        if (!number.at(i).isDigit() || number.at(i).unicode() > '9')
            return false;
    const std::string digits = number.mid(1).toStdString();
    for (int length = 1; length <= 3; ++length) { // country codes have one to three digits
        const int code = std::stoi(digits.substr(0, length));
        std::string regionCode;
        util->GetRegionCodeForCountryCode(code, &regionCode);
        if (regionCode == "ZZ") // country codes are prefix-free: the first known one is the one
            continue;
        if (digits.at(length) == '0') // a national number with a leading zero (Italy): the parser knows
            return false;
        out.set_country_code(code);
        out.set_national_number(std::stoull(digits.substr(length)));
        return true;
    }
    return false;
}

// What normalize() found valid on this thread: the input as written (with the region, when the input
// does not start with '+') and its E.164 form, each mapped to the E.164 form. Parsing costs ~10 µs, and
// a saved form's numbers are normalized and then validated again, often the same customer's number
// call after call, so a number once found valid is not parsed again. normalize() is a pure function
// of (input, region), so this changes no result; only valid numbers are kept.
constexpr qsizetype KnownLimit = 1 << 16;

QHash<QString, QString>& known()
{
    thread_local QHash<QString, QString> map;
    return map;
}

QString keyOf(const QString& text, const QString& region)
{
    return text.startsWith(QLatin1Char('+')) ? text : region + QChar(u'\0') + text;
}

void remember(const QString& key, const QString& e164)
{
    QHash<QString, QString>& map = known();
    if (map.size() + 2 > KnownLimit)
        map.clear(); // crude but bounded; the hot numbers come back within a few calls
    map.insert(key, e164);
    map.insert(e164, e164);
}

} // namespace

bool PhoneNumber::isKnownE164(const QString& text)
{
    return text.startsWith(QLatin1Char('+')) && known().contains(text);
}

Result<QString> PhoneNumber::normalize(const QString& input, const QString& region)
{
    const QString text = input.trimmed();
    const QString key = keyOf(text, region);
    if (auto it = known().constFind(key); it != known().cend())
        return *it;
    if (text.isEmpty())
        return Error::data(tr("No phone number was given; enter one such as 13812345678 or 0532-88886666."));
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    if (!parse(text, region, number))
        return Error::data(
            tr("'%1' is not a phone number; enter digits such as 13812345678, or a landline with "
               "its area code such as 0532-88886666.")
                .arg(text));
    if (!util->IsValidNumber(number))
        return Error::data(
            tr("'%1' is not a valid phone number: check the number of digits, and give a landline "
               "its area code (0532-88886666), a mobile all 11 digits (13812345678), or a foreign number its "
               "country code (+44 …).")
                .arg(text));
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    QString result = QString::fromStdString(e164);
    remember(key, result);
    return result;
}

QString PhoneNumber::normalizeOrKeep(const QString& input, const QString& region)
{
    auto n = normalize(input, region);
    return n ? n.value() : input.trimmed();
}

QString PhoneNumber::display(const QString& number, const QString& region)
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber parsed;
    if (!fromE164(number, parsed) && !parse(number, region, parsed))
        return number;
    if (!util->IsValidNumber(parsed))
        return number;
    std::string regionOfNumber;
    util->GetRegionCodeForNumber(parsed, &regionOfNumber);
    std::string text;
    util->Format(parsed,
                 regionOfNumber == region.toStdString() ? PhoneNumberUtil::NATIONAL
                                                        : PhoneNumberUtil::INTERNATIONAL,
                 &text);
    return QString::fromStdString(text);
}

} // namespace threerings
