#include "core/model/Customer.h"

#include "core/model/Validation.h"

namespace threerings {

Status Customer::validate() const
{
    using V = Validation;
    return V::first({
        V::required(QStringLiteral("name"), tr("customer name"), name),
        V::maxLength(QStringLiteral("name"), tr("customer name"), name, V::NameLength),
        V::maxLength(QStringLiteral("unit"), tr("unit"), unit, V::ShortTextLength),
        V::phone(QStringLiteral("phone_mobile"), tr("mobile phone"), phoneMobile),
        V::phone(QStringLiteral("phone_office"), tr("office phone"), phoneOffice),
        V::phone(QStringLiteral("phone_other"), tr("other phone"), phoneOther),
        V::maxLength(QStringLiteral("address"), tr("address"), address, V::ShortTextLength),
        V::maxLength(QStringLiteral("notes"), tr("notes"), notes, V::LongTextLength),
    });
}

QStringList Customer::phones() const
{
    QStringList out;
    for (const QString& p : {phoneMobile, phoneOffice, phoneOther})
        if (!p.isEmpty() && !out.contains(p))
            out << p;
    return out;
}

} // namespace threerings
