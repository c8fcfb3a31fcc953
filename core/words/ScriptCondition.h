#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace threerings {

// When a script step applies: "<fact> <op> <whole number>", op one of > >= < <= == !=, e.g.
// "answered_after_ring > 3" (the apology after the third ring). Empty = always. Facts come from the
// call (ScriptRunner's context); a missing fact counts as 0.
class ScriptCondition
{
    Q_DECLARE_TR_FUNCTIONS(ScriptCondition)

public:
    // Ok, or a Data error saying what is wrong with the text.
    static Status check(const QString& condition);
    static bool holds(const QString& condition, const QVariantMap& facts);
};

} // namespace threerings
