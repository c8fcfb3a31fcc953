#include "core/model/Complaint.h"

#include "core/model/Validation.h"
#include "core/util/TextTable.h"

namespace threerings {

namespace {

// Existing databases hold these spellings: never change one, only add rows.
constexpr TextRow<ComplaintState> stateTexts[] = {
    {ComplaintState::Registered, "registered"}, {ComplaintState::Forwarded, "forwarded"},
    {ComplaintState::Handled, "handled"},       {ComplaintState::Closed, "closed"},
    {ComplaintState::Reopened, "reopened"},
};

} // namespace

QString complaintStateText(ComplaintState state)
{
    return textOf(stateTexts, state);
}

ComplaintState complaintStateFromText(QStringView text)
{
    return valueOf(stateTexts, text, ComplaintState::Unknown);
}

QString Complaint::stateLabel(ComplaintState state)
{
    switch (state) {
    case ComplaintState::Registered:
        return tr("Registered");
    case ComplaintState::Forwarded:
        return tr("Forwarded");
    case ComplaintState::Handled:
        return tr("Handled");
    case ComplaintState::Closed:
        return tr("Closed");
    case ComplaintState::Reopened:
        return tr("Reopened");
    case ComplaintState::Unknown:
        break;
    }
    return tr("Unknown state");
}

QList<ComplaintState> Complaint::states()
{
    return valuesOf(stateTexts);
}

Status Complaint::validate() const
{
    using V = Validation;
    return V::first({
        V::required(QStringLiteral("no"), tr("complaint number"), no),
        V::maxLength(QStringLiteral("no"), tr("complaint number"), no, V::NameLength),
        V::maxLength(QStringLiteral("complaining_unit"), tr("complaining unit"), complainingUnit,
                     V::ShortTextLength),
        V::required(QStringLiteral("matter"), tr("complaint matter"), matter),
        V::maxLength(QStringLiteral("matter"), tr("complaint matter"), matter, V::LongTextLength),
        V::maxLength(QStringLiteral("contact_method"), tr("contact method"), contactMethod,
                     V::ShortTextLength),
        V::maxLength(QStringLiteral("contact_person"), tr("contact person"), contactPerson, V::NameLength),
        V::known(QStringLiteral("state"), tr("complaint state"), state != ComplaintState::Unknown,
                 textsOf(stateTexts)),
    });
}

} // namespace threerings
