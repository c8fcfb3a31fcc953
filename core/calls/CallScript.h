#pragma once

#include "core/calls/CallTracker.h"
#include "core/model/ScriptRun.h"
#include "core/words/ScriptRunner.h"

#include <QObject>
#include <memory>
#include <optional>

namespace threerings {

class CallSession;
class Clock;
class Database;
class ScriptRepository;

// The script of the call on the line. When a call is answered it starts the incoming script of the console's
// language (ScriptRepository: the database's copy, else the shipped one) with the call's facts: the unit
// name (Setting::UnitName), the agent's job number, the caller's name and device from the screen
// pop, and answered_after_ring (so the apology comes first only past the third ring). When the call ends,
// the required steps left unsaid are stored with the call (script_runs) for My day.
class CallScript : public QObject
{
    Q_OBJECT

public:
    static inline const QString incomingKey = QStringLiteral("incoming");

    CallScript(Database& db, const Clock& clock, CallTracker& tracker, CallSession& session, QString language,
               QObject* parent = nullptr);
    ~CallScript() override;

    const QString& language() const { return m_language; }
    // The running script; nullptr while no call is connected.
    const ScriptRunner* runner() const { return m_runner.get(); }
    // What the last ended call's script left behind, as stored.
    const std::optional<ScriptRun>& lastRun() const { return m_lastRun; }

    void advance();
    void skip();
    void back();
    bool choose(const QString& branchKey);
    void setTicked(const QString& stepId, bool ticked);
    // The call notes as they are typed: their first sentence is the {fault} the restate step reads back.
    void noteFault(const QString& notes);
    // The first sentence of `notes` (at most 60 characters), as the restate step reads it back.
    static QString faultFrom(const QString& notes);

Q_SIGNALS:
    // The steps, the current step or the ticks changed (or the script started or ended).
    void changed();
    // The ended call's script run was stored (My day moved).
    void runRecorded();
    void problem(const QString& message);

private:
    void onStateChanged(CallTracker::State state);
    void onFinished(const CallTracker::Summary& summary);
    void begin();
    QVariantMap facts() const;

    Database& m_db;
    const Clock& m_clock;
    CallTracker& m_tracker;
    CallSession& m_session;
    QString m_language;
    std::unique_ptr<ScriptRepository> m_scripts;
    std::unique_ptr<ScriptRunner> m_runner;
    std::optional<ScriptRun> m_lastRun;
    CallTracker::State m_previous = CallTracker::State::Idle;
};

} // namespace threerings
