#include "core/model/Consultation.h"

#include "core/model/Validation.h"
#include "core/util/TextTable.h"

namespace threerings {

namespace {

// Existing databases hold these spellings: never change one, only add rows.
constexpr TextRow<ConsultationStatus> statusTexts[] = {
    {ConsultationStatus::Finished, "finished"},
    {ConsultationStatus::Unfinished, "unfinished"},
    {ConsultationStatus::AwaitingTest, "awaiting_test"},
};

} // namespace

QString consultationStatusText(ConsultationStatus status)
{
    return textOf(statusTexts, status);
}

ConsultationStatus consultationStatusFromText(QStringView text)
{
    return valueOf(statusTexts, text, ConsultationStatus::Unknown);
}

QString Consultation::statusLabel(ConsultationStatus status)
{
    switch (status) {
    case ConsultationStatus::Finished:
        return tr("Finished");
    case ConsultationStatus::Unfinished:
        return tr("Unfinished");
    case ConsultationStatus::AwaitingTest:
        return tr("Awaiting the test result");
    case ConsultationStatus::Unknown:
        break;
    }
    return tr("Unknown state");
}

QList<ConsultationStatus> Consultation::statuses()
{
    return valuesOf(statusTexts);
}

Status Consultation::validate() const
{
    using V = Validation;
    return V::first({
        V::required(QStringLiteral("agent_id"), tr("agent"), agentId),
        V::maxLength(QStringLiteral("caller_name"), tr("caller name"), callerName, V::NameLength),
        V::phone(QStringLiteral("caller_phone"), tr("caller phone"), callerPhone),
        V::maxLength(QStringLiteral("description"), tr("description"), description, V::LongTextLength),
        V::maxLength(QStringLiteral("advice"), tr("advice given"), advice, V::LongTextLength),
        V::known(QStringLiteral("status"), tr("status"), status != ConsultationStatus::Unknown,
                 textsOf(statusTexts)),
    });
}

} // namespace threerings
