#include "core/model/FormState.h"

#include "core/util/TextTable.h"

namespace threerings {

namespace {

// The stored text of each state. Existing databases hold it: never change a spelling, only add rows.
constexpr TextRow<FormState> states[] = {
    {FormState::Accepted, "accepted"}, {FormState::Transferred, "transferred"},
    {FormState::Planned, "planned"},   {FormState::Resolved, "resolved"},
    {FormState::Reviewed, "reviewed"}, {FormState::Reopened, "reopened"},
};

} // namespace

QString FormStateNames::key(FormState s)
{
    return textOf(states, s);
}

FormState FormStateNames::fromKey(QStringView key)
{
    return valueOf(states, key, FormState::Unknown);
}

QString FormStateNames::label(FormState s)
{
    switch (s) {
    case FormState::Accepted:
        return tr("Accepted");
    case FormState::Transferred:
        return tr("Transferred");
    case FormState::Planned:
        return tr("Planned");
    case FormState::Resolved:
        return tr("Resolved");
    case FormState::Reviewed:
        return tr("Reviewed");
    case FormState::Reopened:
        return tr("Reopened");
    case FormState::Unknown:
        break;
    }
    return tr("Unknown state");
}

QList<FormState> FormStateNames::all()
{
    return valuesOf(states);
}

QStringList FormStateNames::keys()
{
    return textsOf(states);
}

} // namespace threerings
