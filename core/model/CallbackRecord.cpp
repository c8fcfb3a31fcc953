#include "core/model/CallbackRecord.h"

#include "core/model/Validation.h"

namespace threerings {

QStringList CallbackRecord::outcomes()
{
    return {QString(), QStringLiteral("working"), QStringLiteral("not_working"),
            QStringLiteral("unreachable")};
}

QStringList CallbackRecord::states()
{
    return {QStringLiteral("due"), QStringLiteral("retry"), QStringLiteral("done")};
}

Status CallbackRecord::validate() const
{
    using V = Validation;
    if (!dueOn.isValid())
        return Error::data(tr("The callback has no due day; it is due the day after the fault was resolved."),
                           QStringLiteral("due_on"));
    return V::first({
        V::required(QStringLiteral("form_id"), tr("problem form"), formId),
        V::required(QStringLiteral("form_number"), tr("form number"), formNumber),
        V::phone(QStringLiteral("acceptor_phone"), tr("acceptor phone"), acceptorPhone),
        V::maxLength(QStringLiteral("acceptor_name"), tr("acceptor name"), acceptorName, V::NameLength),
        V::oneOf(QStringLiteral("outcome"), tr("callback outcome"), outcome, outcomes()),
        V::maxLength(QStringLiteral("result"), tr("callback result"), result, V::LongTextLength),
        V::maxLength(QStringLiteral("evaluation"), tr("evaluation"), evaluation, V::LongTextLength),
        V::maxLength(QStringLiteral("remarks"), tr("remarks"), remarks, V::LongTextLength),
        V::oneOf(QStringLiteral("state"), tr("callback state"), state, states()),
    });
}

} // namespace threerings
