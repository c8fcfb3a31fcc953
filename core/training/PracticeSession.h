#pragma once

#include "core/training/PracticeEvent.h"
#include "core/training/Scenario.h"
#include "core/training/Scorecard.h"
#include "core/util/Result.h"
#include "core/words/PhraseList.h"
#include "core/words/PhraseMatcher.h"
#include "core/words/Script.h"
#include "core/words/ScriptRunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QVariantMap>
#include <functional>
#include <memory>
#include <optional>

namespace threerings {

class Clock;

// One practice call (SPEC §7), pure core: the scenario's caller rings, the trainee answers, says their
// lines (checked by the same PhraseMatcher as real calls) and ticks the incoming script's steps (the same
// ScriptRunner); after each step the caller says the scenario's line for it, and traps come when the
// scenario or the trainer springs them. Every happening is a PracticeEvent handed to the sink (the
// repository, so a trainer's console on the same database watches it live) and kept for the Scorer.
class PracticeSession
{
    Q_DECLARE_TR_FUNCTIONS(PracticeSession)

public:
    using Sink = std::function<void(const PracticeEvent&)>;

    // `context` holds the script's placeholders (unit_name, job_number …); the caller's name and the
    // problem come from the scenario.
    PracticeSession(Scenario scenario, Script incoming, const PhraseList& phrases, const Clock& clock,
                    QVariantMap context = {});
    // With the console's matcher (its PhraseGuard's), so what the trainee's field underlines is what is
    // scored, and the standard phrases of the same list.
    PracticeSession(Scenario scenario, Script incoming, std::shared_ptr<const PhraseMatcher> banned,
                    QStringList standard, const Clock& clock, QVariantMap context = {});
    ~PracticeSession();

    void setSink(Sink sink) { m_sink = std::move(sink); }
    // The lines said from now on are checked against these (an admin changed the list mid-call).
    void setPhrases(std::shared_ptr<const PhraseMatcher> banned, QStringList standard);
    const Scenario& scenario() const { return m_scenario; }

    // The call reaches the trainee: its ring count starts at the scenario's arrives_at_ring.
    void start();
    // The next ring (the console's ring counter calls it from the line's cadence).
    Status ring();
    int rings() const { return m_rings; }
    // The trainee picks up at the current ring; the script starts, the caller says their opening line.
    Status answer();
    bool answered() const { return m_runner != nullptr; }
    bool ended() const { return m_ended; }

    // What the trainee says; with `step`, it also ticks that script step (and the caller answers it).
    // Returns the banned phrases found in the line.
    Result<QList<PhraseHit>> say(const QString& text, const QString& step = {});
    // Ticks a step without a line (classify, lookup …); the caller says their line for it.
    Status tick(const QString& step);
    // Leaves a step unsaid and moves on.
    Status skip(const QString& step);
    // The trainer springs a trap / makes the caller say something.
    Status springTrap(const QString& trapId);
    Status callerSays(const QString& text);
    // The trainer's remark, recorded with the session.
    Status remark(const QString& text, const QString& by);
    // The practice form's fields: category, customer_name, phone, outlet, description, transfer.
    Status submitForm(const QJsonObject& form);
    // Ends the call ("trainee", "trainer", "caller"); the skipped required steps are recorded.
    Status end(const QString& by);

    const QList<PracticeEvent>& events() const { return m_events; }
    // The End event's data for `events` ({by, required, skipped_required}), replaying the answer ring and
    // the ticks through a ScriptRunner, so a trainer's console that ends the call computes it the same way.
    static QJsonObject endData(const Script& incoming, const QList<PracticeEvent>& events, const QString& by);
    const ScriptRunner* runner() const { return m_runner.get(); }
    Scorecard score() const;

private:
    void emitEvent(PracticeEvent::Kind kind, QJsonObject data);
    Status requireLive() const;
    void afterStep(const QString& step);

    Scenario m_scenario;
    Script m_script;
    std::shared_ptr<const PhraseMatcher> m_matcher;
    QStringList m_standard;
    const Clock& m_clock;
    QVariantMap m_context;
    Sink m_sink;
    QList<PracticeEvent> m_events;
    std::unique_ptr<ScriptRunner> m_runner;
    QDateTime m_startedAt;
    QSet<QString> m_standardSaid;
    QSet<QString> m_sprung;
    int m_rings = 0;
    bool m_started = false;
    bool m_ended = false;
};

} // namespace threerings
