#include "ui/call/ScriptDriver.h"

#include "core/calls/CallScript.h"

namespace threerings::ui {

bool ScriptDriver::canGoBack() const
{
    const ScriptRunner* r = runner();
    return r && r->currentIndex() > 0;
}

CallScriptDriver::CallScriptDriver(CallScript& script, QObject* parent)
    : ScriptDriver(parent), m_script(script)
{
    connect(&m_script, &CallScript::changed, this, &ScriptDriver::changed);
}

const ScriptRunner* CallScriptDriver::runner() const
{
    return m_script.runner();
}

void CallScriptDriver::advance()
{
    m_script.advance();
}

void CallScriptDriver::skip()
{
    m_script.skip();
}

void CallScriptDriver::back()
{
    m_script.back();
}

bool CallScriptDriver::choose(const QString& branchKey)
{
    return m_script.choose(branchKey);
}

void CallScriptDriver::setTicked(const QString& stepId, bool ticked)
{
    m_script.setTicked(stepId, ticked);
}

} // namespace threerings::ui
