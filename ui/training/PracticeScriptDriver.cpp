#include "ui/training/PracticeScriptDriver.h"

#include "core/training/PracticeSession.h"

namespace threerings::ui {

PracticeScriptDriver::PracticeScriptDriver(PracticeSession& session, QObject* parent)
    : ScriptDriver(parent), m_session(session)
{}

const ScriptRunner* PracticeScriptDriver::runner() const
{
    return m_session.runner();
}

void PracticeScriptDriver::close()
{
    m_closed = true;
    Q_EMIT changed();
}

bool PracticeScriptDriver::live() const
{
    return !m_closed && !m_session.ended();
}

void PracticeScriptDriver::tick(const QString& stepId)
{
    if (Status s = m_session.tick(stepId); !s)
        Q_EMIT problem(s.error().message);
    Q_EMIT changed();
}

void PracticeScriptDriver::advance()
{
    const ScriptRunner* r = runner();
    if (r && r->current() && live())
        tick(QString(r->current()->id)); // a copy: the runner moves on while the session records it
}

void PracticeScriptDriver::skip()
{
    const ScriptRunner* r = runner();
    if (!r || !r->current() || !live())
        return;
    const QString step = r->current()->id; // a copy: the runner moves on while the session records it
    if (Status s = m_session.skip(step); !s)
        Q_EMIT problem(s.error().message);
    Q_EMIT changed();
}

bool PracticeScriptDriver::choose(const QString& branchKey)
{
    const ScriptRunner* r = runner();
    const ScriptStep* step = r ? r->current() : nullptr;
    if (!step || !live())
        return false;
    for (const ScriptStep::Branch& b : step->branches) {
        if (b.key == branchKey) {
            tick(QString(step->id));
            return true;
        }
    }
    return false;
}

void PracticeScriptDriver::setTicked(const QString& stepId, bool ticked)
{
    if (ticked && live())
        tick(stepId);
    else
        Q_EMIT changed(); // nothing to untick: the panel shows the box as it was
}

} // namespace threerings::ui
