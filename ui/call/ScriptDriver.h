#pragma once

#include <QObject>

namespace threerings {
class CallScript;
class ScriptRunner;
} // namespace threerings

namespace threerings::ui {

// What the script panel reads and where its keys go: the running script (nullptr while no call is
// connected) and the moves the agent makes in it. A real call's CallScript drives it through
// CallScriptDriver; a practice call's PracticeSession through PracticeScriptDriver (ui/training), so the
// trainee sees the same panel and the same keys as on a real call.
class ScriptDriver : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual const ScriptRunner* runner() const = 0;
    // Ticks the current step as said and moves on (F6).
    virtual void advance() = 0;
    // Moves on without ticking (F7).
    virtual void skip() = 0;
    // Back one step (Ctrl+Left); only when canGoBack().
    virtual void back() = 0;
    virtual bool canGoBack() const;
    virtual bool choose(const QString& branchKey) = 0;
    virtual void setTicked(const QString& stepId, bool ticked) = 0;

Q_SIGNALS:
    // The steps, the current step or the ticks changed (or the script started or ended).
    void changed();
};

// The real call's script (core CallScript) behind the panel.
class CallScriptDriver final : public ScriptDriver
{
    Q_OBJECT

public:
    explicit CallScriptDriver(CallScript& script, QObject* parent = nullptr);

    const ScriptRunner* runner() const override;
    void advance() override;
    void skip() override;
    void back() override;
    bool choose(const QString& branchKey) override;
    void setTicked(const QString& stepId, bool ticked) override;

private:
    CallScript& m_script;
};

} // namespace threerings::ui
