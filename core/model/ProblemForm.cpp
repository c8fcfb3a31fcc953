#include "core/model/ProblemForm.h"

#include "core/model/Validation.h"

namespace threerings {

Status ProblemForm::validate() const
{
    using V = Validation;
    if (!category)
        return Error::data(tr("The category is missing; choose technical quality, service, sales or other."),
                           QStringLiteral("category"));
    if (phoneMobile.trimmed().isEmpty() && phoneOffice.trimmed().isEmpty())
        return Error::data(tr("The form has no contact phone; enter the mobile or the office phone so the "
                              "handler can call back."),
                           QStringLiteral("phone_mobile"));
    return V::first({
        V::required(QStringLiteral("agent_id"), tr("agent"), agentId),
        V::required(QStringLiteral("customer_name"), tr("customer name"), customerName),
        V::maxLength(QStringLiteral("customer_name"), tr("customer name"), customerName, V::NameLength),
        V::phone(QStringLiteral("phone_mobile"), tr("mobile phone"), phoneMobile),
        V::phone(QStringLiteral("phone_office"), tr("office phone"), phoneOffice),
        V::maxLength(QStringLiteral("address"), tr("address"), address, V::ShortTextLength),
        V::required(QStringLiteral("description"), tr("event description"), description),
        V::maxLength(QStringLiteral("description"), tr("event description"), description, V::LongTextLength),
        V::maxLength(QStringLiteral("consulted_person"), tr("person consulted"), consultedPerson,
                     V::NameLength),
        V::maxLength(QStringLiteral("acceptance_record"), tr("acceptance record"), acceptanceRecord,
                     V::LongTextLength),
        V::maxLength(QStringLiteral("plan"), tr("handling plan"), plan, V::LongTextLength),
        V::maxLength(QStringLiteral("result"), tr("handling result"), result, V::LongTextLength),
        V::maxLength(QStringLiteral("review"), tr("review"), review, V::LongTextLength),
        V::known(QStringLiteral("state"), tr("form state"), state != FormState::Unknown,
                 FormStateNames::keys()),
    });
}

} // namespace threerings
