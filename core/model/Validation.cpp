#include "core/model/Validation.h"

#include "core/model/PhoneNumber.h"

namespace threerings {

Status Validation::noNul(const QString& field, const QString& label, const QString& value)
{
    if (value.contains(QChar(u'\0')))
        return Error::data(tr("The %1 holds a NUL character (U+0000), which cannot be stored; delete it "
                              "(it comes from pasting out of another program or from a damaged file) and "
                              "save again.")
                               .arg(label),
                           field);
    return {};
}

Status Validation::required(const QString& field, const QString& label, const QString& value)
{
    if (Status s = noNul(field, label, value); !s)
        return s;
    if (value.trimmed().isEmpty())
        return Error::data(tr("The %1 is missing; fill it in before saving.").arg(label), field);
    return {};
}

Status Validation::maxLength(const QString& field, const QString& label, const QString& value, int max)
{
    if (Status s = noNul(field, label, value); !s)
        return s;
    if (value.size() > max)
        return Error::data(tr("The %1 is %2 characters long; shorten it to at most %3 characters.")
                               .arg(label)
                               .arg(value.size())
                               .arg(max),
                           field);
    return {};
}

Status Validation::phone(const QString& field, const QString& label, const QString& value)
{
    if (value.trimmed().isEmpty())
        return {};
    if (auto n = PhoneNumber::normalize(value); !n)
        return Error::data(
            tr("The %1 '%2' is not a phone number; enter it as a mobile such as 13812345678 or a "
               "landline with its area code such as 0532-88886666.")
                .arg(label, value),
            field);
    return {};
}

Status Validation::range(const QString& field, const QString& label, int value, int min, int max)
{
    if (value < min || value > max)
        return Error::data(tr("The %1 %2 is out of range; enter a score from %3 to %4.")
                               .arg(label)
                               .arg(value)
                               .arg(min)
                               .arg(max),
                           field);
    return {};
}

Status Validation::oneOf(const QString& field, const QString& label, const QString& value,
                         const QStringList& allowed)
{
    if (!allowed.contains(value))
        return Error::data(tr("The %1 '%2' is not known; choose one of: %3.")
                               .arg(label, value, allowed.join(QStringLiteral(", "))),
                           field);
    return {};
}

Status Validation::known(const QString& field, const QString& label, bool isKnown, const QStringList& allowed)
{
    if (!isKnown)
        return Error::data(tr("The %1 is not one this version of ThreeRings knows; choose one of: %2.")
                               .arg(label, allowed.join(QStringLiteral(", "))),
                           field);
    return {};
}

Status Validation::first(std::initializer_list<Status> checks)
{
    for (const Status& s : checks) {
        if (!s)
            return s;
    }
    return {};
}

} // namespace threerings
