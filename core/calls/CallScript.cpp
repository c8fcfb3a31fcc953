#include "core/calls/CallScript.h"

#include "core/calls/CallRecorder.h"
#include "core/calls/CallSession.h"
#include "core/settings/SettingsRepository.h"
#include "core/util/Clock.h"
#include "core/words/ScriptRepository.h"

#include <QRegularExpression>

namespace threerings {

CallScript::CallScript(Database& db, const Clock& clock, CallTracker& tracker, CallSession& session,
                       QString language, QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock), m_tracker(tracker), m_session(session),
      m_language(std::move(language)), m_scripts(std::make_unique<ScriptRepository>(db, clock))
{
    // Connected after the CallSession's own slots, so the call's record is saved (and has its id) first.
    connect(&m_tracker, &CallTracker::stateChanged, this, &CallScript::onStateChanged);
    connect(&m_tracker, &CallTracker::callFinished, this, &CallScript::onFinished);
}

CallScript::~CallScript() = default;

QVariantMap CallScript::facts() const
{
    QVariantMap f;
    f.insert(QStringLiteral("answered_after_ring"), m_tracker.ringsAtAnswer());
    const QString unit = SettingsRepository(m_db, m_clock).get(Setting::UnitName);
    if (!unit.isEmpty())
        f.insert(QStringLiteral("unit_name"), unit);
    if (!m_session.agent().jobNumber.isEmpty())
        f.insert(QStringLiteral("job_number"), m_session.agent().jobNumber);
    if (const auto& card = m_session.callerCard(); card && card->customer) {
        if (!card->customer->name.isEmpty())
            f.insert(QStringLiteral("caller_name"), card->customer->name);
        if (!card->devices.isEmpty()) {
            const Device* chosen = card->device(card->chosenDeviceId);
            const Device& d = chosen ? *chosen : card->devices.constFirst().device;
            f.insert(QStringLiteral("device"),
                     QStringList{d.product, d.model}.join(QLatin1Char(' ')).trimmed());
        }
    }
    return f;
}

QString CallScript::faultFrom(const QString& notes)
{
    QString first = notes.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
    static const QRegularExpression end(QStringLiteral("[。!?！？;；]"));
    if (const auto m = end.match(first); m.hasMatch())
        first = first.left(m.capturedStart()).trimmed();
    // The script's own sentence goes on after it ("…: {fault}, 对吗?"): no full stop of the notes' own.
    static const QRegularExpression trailing(QStringLiteral("[.,。，、:：\\s]+$"));
    first.remove(trailing);
    if (first.size() > 60)
        first = first.left(59) + QStringLiteral("…");
    return first;
}

void CallScript::noteFault(const QString& notes)
{
    if (!m_runner)
        return;
    const QString fault = faultFrom(notes);
    if (m_runner->context().value(QStringLiteral("fault")).toString() == fault)
        return;
    m_runner->setFact(QStringLiteral("fault"), fault);
    Q_EMIT changed();
}

void CallScript::begin()
{
    auto script = m_scripts->get(incomingKey, m_language);
    if (!script) {
        m_runner.reset();
        Q_EMIT problem(script.error().message);
        return;
    }
    m_runner = std::make_unique<ScriptRunner>(std::move(script).value(), facts());
}

void CallScript::onStateChanged(CallTracker::State state)
{
    const auto previous = std::exchange(m_previous, state);
    if (state == CallTracker::State::Connected && previous == CallTracker::State::Ringing) {
        begin();
        Q_EMIT changed();
    } else if (state == CallTracker::State::Ringing) {
        m_runner.reset();
        Q_EMIT changed();
    }
}

void CallScript::onFinished(const CallTracker::Summary& summary)
{
    if (!m_runner) {
        m_previous = CallTracker::State::Idle;
        return;
    }
    ScriptRun run;
    const auto& last = m_session.recorder().last();
    run.callId = last ? last->meta.id : QString();
    run.agentId = m_session.agent().userId;
    run.scriptKey = m_runner->script().key;
    run.language = m_runner->script().language;
    run.skippedSteps = m_runner->skippedRequired();
    run.answers = m_runner->answers();
    run.reopensForm = m_runner->reopensForm();
    run.finishedAt = m_clock.now();
    m_runner.reset();
    m_previous = CallTracker::State::Idle;
    if (summary.answered) {
        auto stored = m_scripts->recordRun(run, m_session.agent().stamp());
        if (!stored)
            Q_EMIT problem(stored.error().message);
        else
            m_lastRun = *stored;
        if (stored)
            Q_EMIT runRecorded();
    }
    Q_EMIT changed();
}

void CallScript::advance()
{
    if (m_runner && !m_runner->finished()) {
        m_runner->advance();
        Q_EMIT changed();
    }
}

void CallScript::skip()
{
    if (m_runner && !m_runner->finished()) {
        m_runner->skip();
        Q_EMIT changed();
    }
}

void CallScript::back()
{
    if (m_runner && m_runner->currentIndex() > 0) {
        m_runner->back();
        Q_EMIT changed();
    }
}

bool CallScript::choose(const QString& branchKey)
{
    if (!m_runner || !m_runner->choose(branchKey))
        return false;
    Q_EMIT changed();
    return true;
}

void CallScript::setTicked(const QString& stepId, bool ticked)
{
    if (!m_runner)
        return;
    m_runner->setTicked(stepId, ticked);
    Q_EMIT changed();
}

} // namespace threerings
