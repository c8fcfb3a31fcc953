#pragma once

#include "core/auth/Actor.h"
#include "core/db/Repository.h"
#include "core/model/User.h"
#include "core/training/PracticeEvent.h"
#include "core/training/PracticeSessionRecord.h"
#include "core/training/Scenario.h"
#include "core/words/Script.h"

#include <QCoreApplication>
#include <optional>

namespace threerings {

// Training records (migration 0011): the scenarios trainers write, practice sessions, their events and
// scorecards. It works on the practice file (PracticeStore::database()), never the main one, so real
// reports, exports, the audit trail and replication, which read the main file, never see practice data.
// People are the main file's users, by id.
class TrainingRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(TrainingRepository)

public:
    using Repository::Repository;

    // A trainee is ready for real calls after passing this many different scenarios, the last session passed.
    static constexpr int readyScenarios = 3;

    // The scenarios of `language`, by key: the database's, and the shipped starter set's not stored under
    // the same key.
    Result<QList<Scenario>> scenarios(const QString& language) const;
    Result<Scenario> scenario(const QString& key, const QString& language) const;
    // Validates and stores (insert, or replace the one with the same key and language). Trainers only.
    Result<Scenario> saveScenario(const Actor& actor, Scenario scenario);
    // A whole file in one transaction: any error names the line and field and nothing is changed.
    Result<QList<Scenario>> importScenarios(const Actor& actor, const QByteArray& json);
    Result<QByteArray> exportScenarios(const QString& language) const;

    // The trainer starts a session of `scenario` for the trainee (Waiting until the trainee's console picks
    // it up).
    Result<PracticeSessionRecord> startSession(const Actor& trainer, const Scenario& scenario,
                                               const QString& traineeId);
    Result<PracticeSessionRecord> session(const QString& id) const;
    // The trainee's session that is waiting or live, if any (their console polls it).
    Result<std::optional<PracticeSessionRecord>> openSessionFor(const QString& traineeId) const;
    // Sessions not ended, newest first (the trainer's console).
    Result<QList<PracticeSessionRecord>> openSessions() const;
    Status markLive(const Actor& actor, const QString& sessionId);

    // Appends an event; its seq is the next of the session, allocated in the write transaction so two
    // consoles (trainee and trainer) can both append.
    Result<PracticeEvent> appendEvent(const Actor& actor, const QString& sessionId, PracticeEvent::Kind kind,
                                      qint64 atMs, const QJsonObject& data);
    Result<QList<PracticeEvent>> events(const QString& sessionId, int afterSeq = 0) const;
    // The trainer's hand in a live call (ManageScenarios): a trap of the session's scenario (the Trap event
    // and the caller's line), a line for the caller, a remark. Stamped with the time since the start.
    Status springTrap(const Actor& trainer, const QString& sessionId, const QString& trapId);
    Status callerSays(const Actor& trainer, const QString& sessionId, const QString& text);
    Status remark(const Actor& trainer, const QString& sessionId, const QString& text);

    // Ends the session: the End event (unless one is there), the scorecard from Scorer over the stored
    // events, saved with the session. The trainee or a trainer may end it.
    Result<Scorecard> finish(const Actor& actor, const QString& sessionId, const Script& incoming,
                             const QString& by);

    // A trainee's sessions, oldest first; a trainee sees only their own.
    Result<QList<PracticeSessionRecord>> sessionsOf(const Actor& actor, const QString& traineeId) const;
    // Per person of `people` (the main file's users) with the trainee role: sessions, passes, percentages
    // and whether they are ready.
    Result<QList<TraineeProgress>> progress(const Actor& actor, const QList<User>& people) const;

    static const RowShape& scenarioShape();
    static const RowShape& sessionShape();
    static const RowShape& eventShape();

private:
    // Milliseconds into the call now, on the clock of the session's events.
    qint64 elapsedMs(const PracticeSessionRecord& r) const;
    Result<QList<PracticeSessionRecord>> readSessions(const QString& sql, const QVariantList& binds) const;
};

} // namespace threerings
