#include "core/model/FormState.h"

#include <array>

namespace threerings {

namespace {

constexpr std::array<FormState, 6> allStates{FormState::Accepted, FormState::Transferred,
                                             FormState::Planned,  FormState::Resolved,
                                             FormState::Reviewed, FormState::Reopened};

} // namespace

QString FormStateNames::key(FormState s)
{
    switch (s) {
    case FormState::Accepted:
        return QStringLiteral("accepted");
    case FormState::Transferred:
        return QStringLiteral("transferred");
    case FormState::Planned:
        return QStringLiteral("planned");
    case FormState::Resolved:
        return QStringLiteral("resolved");
    case FormState::Reviewed:
        return QStringLiteral("reviewed");
    case FormState::Reopened:
        break;
    }
    return QStringLiteral("reopened");
}

std::optional<FormState> FormStateNames::fromKey(const QString& key)
{
    for (FormState s : allStates) {
        if (FormStateNames::key(s) == key)
            return s;
    }
    return std::nullopt;
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
        break;
    }
    return tr("Reopened");
}

QStringList FormStateNames::keys()
{
    QStringList list;
    for (FormState s : allStates)
        list << key(s);
    return list;
}

} // namespace threerings
