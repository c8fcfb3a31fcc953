#include "core/words/ScriptCondition.h"

#include <QRegularExpression>

namespace threerings {

namespace {

const QRegularExpression& pattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*([a-z_][a-z0-9_]*)\s*(>=|<=|==|!=|>|<)\s*(-?\d+)\s*$)"));
    return re;
}

} // namespace

Status ScriptCondition::check(const QString& condition)
{
    if (condition.trimmed().isEmpty() || pattern().match(condition).hasMatch())
        return {};
    return Error::data(tr("the condition \"%1\" is not of the form <fact> <op> <number>, e.g. "
                          "\"answered_after_ring > 3\" (op: > >= < <= == !=).")
                           .arg(condition),
                       QStringLiteral("condition"));
}

bool ScriptCondition::holds(const QString& condition, const QVariantMap& facts)
{
    if (condition.trimmed().isEmpty())
        return true;
    const auto m = pattern().match(condition);
    if (!m.hasMatch())
        return false;
    const qint64 value = facts.value(m.captured(1)).toLongLong();
    const qint64 bound = m.captured(3).toLongLong();
    const QString op = m.captured(2);
    if (op == QLatin1String(">"))
        return value > bound;
    if (op == QLatin1String(">="))
        return value >= bound;
    if (op == QLatin1String("<"))
        return value < bound;
    if (op == QLatin1String("<="))
        return value <= bound;
    if (op == QLatin1String("=="))
        return value == bound;
    return value != bound;
}

} // namespace threerings
