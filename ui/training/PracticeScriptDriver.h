#pragma once

#include "ui/call/ScriptDriver.h"

namespace threerings {
class PracticeSession;
}

namespace threerings::ui {

// A practice call's script behind the console's ScriptPanel: F6 (or a step's box) ticks the step through
// the PracticeSession, F7 skips it, so each move is a practice event (StepTicked / StepSkipped) the trainer
// watches and the Scorer reads, exactly as the session records them. A practice call has no going back and
// no unticking (the events are the record); a branch's answer ticks its step.
class PracticeScriptDriver final : public ScriptDriver
{
    Q_OBJECT

public:
    explicit PracticeScriptDriver(PracticeSession& session, QObject* parent = nullptr);

    const ScriptRunner* runner() const override;
    void advance() override;
    void skip() override;
    void back() override {}
    bool canGoBack() const override { return false; }
    bool choose(const QString& branchKey) override;
    void setTicked(const QString& stepId, bool ticked) override;

    // The window changed the session itself (answered, a line said with its step): the panel follows.
    void notifyChanged() { Q_EMIT changed(); }
    // The call is over (ended here or by the trainer): the keys and boxes no longer move the script.
    void close();
    bool closed() const { return m_closed; }

Q_SIGNALS:
    // A move the session refused (the call ended, no such step), with the message to show.
    void problem(const QString& message);

private:
    void tick(const QString& stepId);
    bool live() const;

    PracticeSession& m_session;
    bool m_closed = false;
};

} // namespace threerings::ui
