#include "core/words/ScriptRunner.h"

#include "core/words/ScriptCondition.h"

namespace threerings {

ScriptRunner::ScriptRunner(Script script, QVariantMap context)
    : m_script(std::move(script)), m_context(std::move(context))
{
    refreshVisible();
}

void ScriptRunner::refreshVisible()
{
    const QString currentId = current() ? current()->id : QString();
    m_visible.clear();
    for (const ScriptStep& s : m_script.steps) {
        if (ScriptCondition::holds(s.condition, m_context))
            m_visible.append(s);
    }
    if (currentId.isEmpty())
        return;
    for (int i = 0; i < m_visible.size(); ++i) {
        if (m_visible[i].id == currentId) {
            m_current = i;
            return;
        }
    }
    m_current = std::min(m_current, int(m_visible.size()));
}

void ScriptRunner::setFact(const QString& name, const QVariant& value)
{
    m_context.insert(name, value);
    refreshVisible();
}

const ScriptStep* ScriptRunner::current() const
{
    return m_current >= 0 && m_current < m_visible.size() ? &m_visible[m_current] : nullptr;
}

QList<ScriptStep> ScriptRunner::upcoming(int count) const
{
    return m_visible.mid(m_current + 1, count);
}

QString ScriptRunner::render(const ScriptStep& step) const
{
    return Script::render(step.words, m_context, m_script.language);
}

QString ScriptRunner::renderBranch(const ScriptStep::Branch& branch) const
{
    return Script::render(branch.words, m_context, m_script.language);
}

void ScriptRunner::advance()
{
    if (const ScriptStep* s = current())
        m_ticked.insert(s->id);
    if (m_current < m_visible.size())
        ++m_current;
}

void ScriptRunner::skip()
{
    if (m_current < m_visible.size())
        ++m_current;
}

void ScriptRunner::back()
{
    if (m_current > 0)
        --m_current;
}

void ScriptRunner::setTicked(const QString& stepId, bool ticked)
{
    if (ticked)
        m_ticked.insert(stepId);
    else
        m_ticked.remove(stepId);
}

bool ScriptRunner::choose(const QString& branchKey)
{
    const ScriptStep* s = current();
    if (!s)
        return false;
    for (const ScriptStep::Branch& b : s->branches) {
        if (b.key == branchKey) {
            m_answers.insert(s->id, b.key);
            m_reopensForm = m_reopensForm || b.reopensForm;
            advance();
            return true;
        }
    }
    return false;
}

QStringList ScriptRunner::skippedRequired() const
{
    QStringList skipped;
    for (const ScriptStep& s : m_visible) {
        if (s.required && !m_ticked.contains(s.id))
            skipped << s.id;
    }
    return skipped;
}

} // namespace threerings
