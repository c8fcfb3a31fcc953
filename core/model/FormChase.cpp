#include "core/model/FormChase.h"

#include "core/model/Validation.h"
#include "core/util/TextTable.h"

#include <QTimeZone>

namespace threerings {

namespace {

// Existing databases hold these spellings: never change one, only add rows.
constexpr TextRow<ChaseTarget> targetTexts[] = {
    {ChaseTarget::Handler, "handler"},
    {ChaseTarget::Caller, "caller"},
};

} // namespace

QString chaseTargetText(ChaseTarget target)
{
    return textOf(targetTexts, target);
}

ChaseTarget chaseTargetFromText(QStringView text)
{
    return valueOf(targetTexts, text, ChaseTarget::Unknown);
}

QList<ChaseTarget> FormChase::targets()
{
    return valuesOf(targetTexts);
}

Status FormChase::validate() const
{
    using V = Validation;
    if (target == ChaseTarget::Unknown)
        return Error::data(tr("Choose whom the chase was: the handler or the caller."),
                           QStringLiteral("target"));
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
    else if (target == ChaseTarget::Caller)
        text = reached ? tr("Caller told, with an apology") : tr("Caller not reached");
    else
        text = reached ? tr("Reached") : tr("Not reached");
    if (promisedAt.isValid())
        text += tr(", promised %1").arg(promisedAt.toTimeZone(zone).toString(QStringLiteral("MM-dd HH:mm")));
    return text;
}

} // namespace threerings
