#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

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
    Unknown, // problem_forms.state this version does not know: shown, but no step is taken from it
};

// The one table between the states and problem_forms.state.
class FormStateNames
{
    Q_DECLARE_TR_FUNCTIONS(FormState)

public:
    // "accepted"; empty for Unknown.
    static QString key(FormState s);
    // Unknown when `key` names no state.
    static FormState fromKey(QStringView key);
    static QString label(FormState s);
    // The known states and their keys, in the order of the form's life.
    static QList<FormState> all();
    static QStringList keys();
};

} // namespace threerings
