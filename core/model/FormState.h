#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace threerings {

// A problem form's life (SPEC §4): accepted → transferred → planned → resolved → reviewed,
// and reopened when the next-day callback finds the fault still there.
enum class FormState
{
    Accepted,
    Transferred,
    Planned,
    Resolved,
    Reviewed,
    Reopened,
};

class FormStateNames
{
    Q_DECLARE_TR_FUNCTIONS(FormState)

public:
    static QString key(FormState s);
    static std::optional<FormState> fromKey(const QString& key);
    static QString label(FormState s);
    static QStringList keys();
};

} // namespace threerings
