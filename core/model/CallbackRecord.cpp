#include "core/model/CallbackRecord.h"

#include "core/model/Validation.h"
#include "core/util/TextTable.h"

namespace threerings {

namespace {

// Existing databases hold these spellings: never change one, only add rows.
constexpr TextRow<CallbackOutcome> outcomeTexts[] = {
    {CallbackOutcome::None, ""},
    {CallbackOutcome::Working, "working"},
    {CallbackOutcome::NotWorking, "not_working"},
    {CallbackOutcome::Unreachable, "unreachable"},
};

constexpr TextRow<CallbackState> stateTexts[] = {
    {CallbackState::Due, "due"},
    {CallbackState::Retry, "retry"},
    {CallbackState::Done, "done"},
};

} // namespace

QString callbackOutcomeText(CallbackOutcome outcome)
{
    return textOf(outcomeTexts, outcome);
}

CallbackOutcome callbackOutcomeFromText(QStringView text)
{
    return valueOf(outcomeTexts, text, CallbackOutcome::Unknown);
}

QString callbackStateText(CallbackState state)
{
    return textOf(stateTexts, state);
}

CallbackState callbackStateFromText(QStringView text)
{
    return valueOf(stateTexts, text, CallbackState::Unknown);
}

QList<CallbackOutcome> CallbackRecord::outcomes()
{
    return valuesOf(outcomeTexts);
}

QList<CallbackState> CallbackRecord::states()
{
    return valuesOf(stateTexts);
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
        V::known(QStringLiteral("outcome"), tr("callback outcome"), outcome != CallbackOutcome::Unknown,
                 textsOf(outcomeTexts).mid(1)),
        V::maxLength(QStringLiteral("result"), tr("callback result"), result, V::LongTextLength),
        V::maxLength(QStringLiteral("evaluation"), tr("evaluation"), evaluation, V::LongTextLength),
        V::maxLength(QStringLiteral("remarks"), tr("remarks"), remarks, V::LongTextLength),
        V::known(QStringLiteral("state"), tr("callback state"), state != CallbackState::Unknown,
                 textsOf(stateTexts)),
    });
}

} // namespace threerings
