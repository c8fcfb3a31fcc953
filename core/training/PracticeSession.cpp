#include "core/training/PracticeSession.h"

#include "core/training/Scorer.h"
#include "core/util/Clock.h"
#include "core/words/TextNormalizer.h"

#include <QJsonArray>

namespace threerings {

PracticeSession::PracticeSession(Scenario scenario, Script incoming, const PhraseList& phrases,
                                 const Clock& clock, QVariantMap context)
    : PracticeSession(std::move(scenario), std::move(incoming),
                      std::make_shared<const PhraseMatcher>(phrases.banned), phrases.standard, clock,
                      std::move(context))
{}

PracticeSession::PracticeSession(Scenario scenario, Script incoming,
                                 std::shared_ptr<const PhraseMatcher> banned, QStringList standard,
                                 const Clock& clock, QVariantMap context)
    : m_scenario(std::move(scenario)), m_script(std::move(incoming)), m_matcher(std::move(banned)),
      m_standard(std::move(standard)), m_clock(clock), m_context(std::move(context))
{
    if (!m_matcher)
        m_matcher = std::make_shared<const PhraseMatcher>();
    m_context.insert(QStringLiteral("caller_name"), m_scenario.personaName);
    m_context.insert(QStringLiteral("fault"), m_scenario.problem);
}

void PracticeSession::setPhrases(std::shared_ptr<const PhraseMatcher> banned, QStringList standard)
{
    m_matcher = banned ? std::move(banned) : std::make_shared<const PhraseMatcher>();
    m_standard = std::move(standard);
}

PracticeSession::~PracticeSession() = default;

void PracticeSession::emitEvent(PracticeEvent::Kind kind, QJsonObject data)
{
    PracticeEvent e;
    e.seq = int(m_events.size()) + 1;
    e.atMs = m_startedAt.isValid() ? m_startedAt.msecsTo(m_clock.now()) : 0;
    e.kind = kind;
    e.data = std::move(data);
    m_events.append(e);
    if (m_sink)
        m_sink(e);
}

void PracticeSession::start()
{
    if (m_started)
        return;
    m_started = true;
    m_startedAt = m_clock.now();
    m_rings = m_scenario.arrivesAtRing;
    emitEvent(PracticeEvent::Kind::Ring, {{QStringLiteral("ring"), m_rings}});
}

Status PracticeSession::ring()
{
    if (!m_started)
        start();
    if (answered() || m_ended)
        return {};
    ++m_rings;
    emitEvent(PracticeEvent::Kind::Ring, {{QStringLiteral("ring"), m_rings}});
    return {};
}

Status PracticeSession::answer()
{
    if (!m_started)
        start();
    if (m_ended)
        return Error::usage(tr("The practice call has ended; start a new session."));
    if (answered())
        return Error::usage(tr("The practice call is already answered."));
    QVariantMap context = m_context;
    context.insert(QStringLiteral("answered_after_ring"), m_rings);
    m_runner = std::make_unique<ScriptRunner>(m_script, context);
    emitEvent(PracticeEvent::Kind::Answer, {{QStringLiteral("ring"), m_rings}});
    emitEvent(PracticeEvent::Kind::CallerLine, {{QStringLiteral("text"), m_scenario.openingLine}});
    return {};
}

Status PracticeSession::requireLive() const
{
    if (m_ended)
        return Error::usage(tr("The practice call has ended; start a new session."));
    if (!answered())
        return Error::usage(tr("Answer the practice call first."));
    return {};
}

void PracticeSession::afterStep(const QString& step)
{
    const QString line = m_scenario.lineFor(step);
    if (!line.isEmpty())
        emitEvent(PracticeEvent::Kind::CallerLine,
                  {{QStringLiteral("text"), line}, {QStringLiteral("step"), step}});
    for (const ScenarioTrap& t : m_scenario.traps) {
        if (t.atStep == step && !m_sprung.contains(t.id))
            (void)springTrap(t.id);
    }
}

Result<QList<PhraseHit>> PracticeSession::say(const QString& text, const QString& step)
{
    if (Status s = requireLive(); !s)
        return s.error();
    emitEvent(PracticeEvent::Kind::TraineeLine, {{QStringLiteral("text"), text}});
    const QList<PhraseHit> hits = m_matcher->find(text);
    for (const PhraseHit& h : hits)
        emitEvent(PracticeEvent::Kind::PhraseHit, {{QStringLiteral("phrase"), h.phrase},
                                                   {QStringLiteral("matched"), h.matched},
                                                   {QStringLiteral("suggestion"), h.suggestion}});
    const QString folded = TextNormalizer::foldedText(text);
    for (const QString& phrase : m_standard) {
        const QString fp = TextNormalizer::foldedText(phrase);
        if (!fp.isEmpty() && folded.contains(fp) && !m_standardSaid.contains(phrase)) {
            m_standardSaid.insert(phrase);
            emitEvent(PracticeEvent::Kind::StandardPhrase, {{QStringLiteral("phrase"), phrase}});
        }
    }
    if (!step.isEmpty()) {
        if (Status s = tick(step); !s)
            return s.error();
    }
    return hits;
}

Status PracticeSession::tick(const QString& step)
{
    if (Status s = requireLive(); !s)
        return s;
    bool visible = false;
    for (const ScriptStep& st : m_runner->steps())
        visible = visible || st.id == step;
    if (!visible)
        return Error::data(tr("The script has no step \"%1\" on this call.").arg(step),
                           QStringLiteral("step"));
    if (m_runner->isTicked(step))
        return {};
    if (const ScriptStep* current = m_runner->current(); current && current->id == step)
        m_runner->advance();
    else
        m_runner->setTicked(step, true);
    emitEvent(PracticeEvent::Kind::StepTicked, {{QStringLiteral("step"), step}});
    afterStep(step);
    return {};
}

Status PracticeSession::skip(const QString& step)
{
    if (Status s = requireLive(); !s)
        return s;
    if (const ScriptStep* current = m_runner->current(); current && current->id == step)
        m_runner->skip();
    emitEvent(PracticeEvent::Kind::StepSkipped, {{QStringLiteral("step"), step}});
    return {};
}

Status PracticeSession::springTrap(const QString& trapId)
{
    if (Status s = requireLive(); !s)
        return s;
    const ScenarioTrap* t = m_scenario.trap(trapId);
    if (!t)
        return Error::data(tr("The scenario has no trap \"%1\".").arg(trapId), QStringLiteral("trap"));
    m_sprung.insert(trapId);
    emitEvent(PracticeEvent::Kind::Trap, {{QStringLiteral("id"), t->id}, {QStringLiteral("kind"), t->kind}});
    emitEvent(PracticeEvent::Kind::CallerLine,
              {{QStringLiteral("text"), t->line}, {QStringLiteral("trap"), t->id}});
    return {};
}

Status PracticeSession::callerSays(const QString& text)
{
    if (Status s = requireLive(); !s)
        return s;
    if (text.trimmed().isEmpty())
        return Error::data(tr("The caller's line is empty; write what they say."), QStringLiteral("text"));
    emitEvent(PracticeEvent::Kind::CallerLine, {{QStringLiteral("text"), text}});
    return {};
}

Status PracticeSession::remark(const QString& text, const QString& by)
{
    if (text.trimmed().isEmpty())
        return Error::data(tr("The remark is empty."), QStringLiteral("text"));
    emitEvent(PracticeEvent::Kind::Remark, {{QStringLiteral("text"), text}, {QStringLiteral("by"), by}});
    return {};
}

Status PracticeSession::submitForm(const QJsonObject& form)
{
    if (Status s = requireLive(); !s)
        return s;
    emitEvent(PracticeEvent::Kind::Form, form);
    return {};
}

Status PracticeSession::end(const QString& by)
{
    if (m_ended)
        return {};
    if (!m_started)
        start();
    m_ended = true;
    emitEvent(PracticeEvent::Kind::End, endData(m_script, m_events, by));
    return {};
}

QJsonObject PracticeSession::endData(const Script& incoming, const QList<PracticeEvent>& events,
                                     const QString& by)
{
    QJsonArray required;
    QJsonArray skipped;
    int ring = -1;
    for (const PracticeEvent& e : events) {
        if (e.kind == PracticeEvent::Kind::Answer) {
            ring = e.data.value(QStringLiteral("ring")).toInt();
            break;
        }
    }
    if (ring >= 0) {
        ScriptRunner runner(incoming, {{QStringLiteral("answered_after_ring"), ring}});
        for (const PracticeEvent& e : events) {
            if (e.kind == PracticeEvent::Kind::StepTicked)
                runner.setTicked(e.data.value(QStringLiteral("step")).toString(), true);
        }
        for (const ScriptStep& st : runner.steps()) {
            if (st.required)
                required.append(st.id);
        }
        for (const QString& id : runner.skippedRequired())
            skipped.append(id);
    }
    return {{QStringLiteral("by"), by},
            {QStringLiteral("required"), required},
            {QStringLiteral("skipped_required"), skipped}};
}

Scorecard PracticeSession::score() const
{
    return Scorer::score(m_scenario, m_events);
}

} // namespace threerings
