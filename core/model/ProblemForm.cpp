#include "core/model/ProblemForm.h"

#include "core/model/Validation.h"
#include "core/util/TextTable.h"

namespace threerings {

namespace {

// Existing databases hold these spellings: never change one, only add rows.
constexpr TextRow<ComplaintAnswer> answerTexts[] = {
    {ComplaintAnswer::NotAsked, ""},
    {ComplaintAnswer::Registered, "registered"},
    {ComplaintAnswer::Declined, "declined"},
};

} // namespace

QString complaintAnswerText(ComplaintAnswer answer)
{
    return textOf(answerTexts, answer);
}

ComplaintAnswer complaintAnswerFromText(QStringView text)
{
    return valueOf(answerTexts, text, ComplaintAnswer::Unknown);
}

QList<ComplaintAnswer> ProblemForm::complaintAnswers()
{
    return valuesOf(answerTexts);
}

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
        V::known(QStringLiteral("complaint_answer"), tr("answer to the complaint question"),
                 complaintAnswer != ComplaintAnswer::Unknown, textsOf(answerTexts)),
    });
}

} // namespace threerings
