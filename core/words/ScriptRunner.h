#pragma once

#include "core/words/Script.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace threerings {

// Walks the agent through one call's script (pure core; the call UI hosts it). The context holds the
// call's facts and the placeholders' values: "answered_after_ring" (rings at answer), "unit_name",
// "job_number", "caller_name", "device", "engineer_number", "fault" … Steps whose condition does not
// hold are not shown. The agent ticks a step as said and advances; at the end, skippedRequired()
// names the required steps that were never ticked (stored with the call, shown in My day).
class ScriptRunner
{
public:
    ScriptRunner(Script script, QVariantMap context);

    const Script& script() const { return m_script; }
    const QVariantMap& context() const { return m_context; }
    // Changes a fact (e.g. the caller's name once heard); the visible steps follow.
    void setFact(const QString& name, const QVariant& value);

    // The steps that apply to this call, in order.
    const QList<ScriptStep>& steps() const { return m_visible; }
    int currentIndex() const { return m_current; }
    bool finished() const { return m_current >= m_visible.size(); }
    // The current step; nullptr when finished.
    const ScriptStep* current() const;
    // Up to `count` steps after the current one.
    QList<ScriptStep> upcoming(int count = 3) const;
    // The step's words (or a branch's) with the placeholders filled.
    QString render(const ScriptStep& step) const;
    QString renderBranch(const ScriptStep::Branch& branch) const;

    // Ticks the current step as said and moves on.
    void advance();
    // Moves on without ticking (the step stays unsaid).
    void skip();
    // Back one step (ticks stay).
    void back();
    void setTicked(const QString& stepId, bool ticked);
    bool isTicked(const QString& stepId) const { return m_ticked.contains(stepId); }
    // Answers the current step's question with one of its branches: ticks it, remembers the answer
    // and moves on. False when the current step has no such branch.
    bool choose(const QString& branchKey);
    // The answers given so far, by step id.
    const QVariantMap& answers() const { return m_answers; }
    // Whether an answer asked for the form to be reopened (callback: not working).
    bool reopensForm() const { return m_reopensForm; }

    // Required steps that apply to this call and were not ticked, in order.
    QStringList skippedRequired() const;

private:
    void refreshVisible();

    Script m_script;
    QVariantMap m_context;
    QList<ScriptStep> m_visible;
    int m_current = 0;
    QSet<QString> m_ticked;
    QVariantMap m_answers;
    bool m_reopensForm = false;
};

} // namespace threerings
