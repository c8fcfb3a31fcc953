#include "core/model/FormChase.h"

#include "core/model/Validation.h"

#include <QTimeZone>

namespace threerings {

QString chaseTargetText(ChaseTarget target)
{
    return target == ChaseTarget::Caller ? QStringLiteral("caller") : QStringLiteral("handler");
}

std::optional<ChaseTarget> chaseTargetFromText(QStringView text)
{
    if (text == u"handler")
        return ChaseTarget::Handler;
    if (text == u"caller")
        return ChaseTarget::Caller;
    return std::nullopt;
}

Status FormChase::validate() const
{
    using V = Validation;
    if (Status s = V::maxLength(QStringLiteral("note"), tr("what was said"), note, V::LongTextLength); !s)
        return s;
    if (promisedAt.isValid() && !(target == ChaseTarget::Handler && reached))
        return Error::data(
            tr("Only a handler who was reached can promise a time; clear the promised time, or "
               "choose \"handler\" and \"reached\"."),
            QStringLiteral("promised_at"));
    if (!reached && note.trimmed().isEmpty())
        return Error::data(tr("Say in \"what was said\" how you tried (for example: no answer, line busy, "
                              "left a message)."),
                           QStringLiteral("note"));
    return {};
}

QString FormChase::summary(const QTimeZone& zone) const
{
    QString text;
    if (target == ChaseTarget::Handler)
        text = reached ? tr("Handler reached") : tr("Handler not reached");
    else
        text = reached ? tr("Caller told, with an apology") : tr("Caller not reached");
    if (promisedAt.isValid())
        text += tr(", promised %1").arg(promisedAt.toTimeZone(zone).toString(QStringLiteral("MM-dd HH:mm")));
    return text;
}

} // namespace threerings
