#pragma once

#include "core/auth/Actor.h"
#include "core/model/ProblemForm.h"
#include "core/model/User.h"
#include "core/training/PracticeEvent.h"
#include "core/training/PracticeSessionRecord.h"
#include "core/training/PracticeStore.h"
#include "core/training/Scenario.h"
#include "core/training/Scorecard.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <memory>
#include <optional>

namespace threerings {

class Clock;
class Database;
class TrainingRepository;
class UserRepository;
class WordsService;

// Training as the views and the command line reach it (SPEC §7): trainers write scenarios and run practice
// calls (Action::ManageScenarios), trainees take the calls their trainer started for them (UsePractice, their
// own sessions only), supervisors and trainers read the progress (ReadTrainingProgress). Scenarios and
// sessions live in the practice file beside the main one (PracticeStore), opened on first use; the people
// and the incoming script come from the main file.
class TrainingService
{
    Q_DECLARE_TR_FUNCTIONS(TrainingService)

public:
    // A trainee is ready for real calls after passing this many different scenarios, the last session passed.
    static constexpr int readyScenarios = 3;

    // `practice` is an open practice file (a second console on the same files opens its own); without one
    // the service opens the file beside `db` when first asked.
    TrainingService(Database& db, const Clock& clock, WordsService& words, PracticeStore* practice = nullptr);
    ~TrainingService();
    TrainingService(const TrainingService&) = delete;
    TrainingService& operator=(const TrainingService&) = delete;

    // Opens the practice file when it is not open yet; the error says why it cannot be.
    Status open();

    // Scenarios (trainers).
    Result<QList<Scenario>> scenarios(const Actor& actor, const QString& language);
    Result<Scenario> scenario(const Actor& actor, const QString& key, const QString& language);
    Result<Scenario> saveScenario(const Actor& actor, Scenario scenario);
    Result<QList<Scenario>> importScenarios(const Actor& actor, const QByteArray& json);
    Result<QByteArray> exportScenarios(const Actor& actor, const QString& language);
    // The people a trainer may start a practice call for (the trainee role), and one by job number.
    Result<QList<User>> trainees(const Actor& actor) const;
    Result<User> person(const Actor& actor, const QString& jobNumber) const;

    // Practice calls.
    Result<PracticeSessionRecord> startSession(const Actor& trainer, const Scenario& scenario,
                                               const QString& traineeId);
    Result<QList<PracticeSessionRecord>> openSessions(const Actor& trainer);
    // The practice call waiting (or live) for the person asking, if any.
    Result<std::optional<PracticeSessionRecord>> waitingFor(const Actor& trainee);
    // A session and its events: its trainee's, or a trainer's.
    Result<PracticeSessionRecord> session(const Actor& actor, const QString& sessionId);
    Result<QList<PracticeEvent>> events(const Actor& actor, const QString& sessionId, int afterSeq = 0);
    Status markLive(const Actor& actor, const QString& sessionId);
    Result<PracticeEvent> appendEvent(const Actor& actor, const QString& sessionId, PracticeEvent::Kind kind,
                                      qint64 atMs, const QJsonObject& data);
    Status springTrap(const Actor& trainer, const QString& sessionId, const QString& trapId);
    Status callerSays(const Actor& trainer, const QString& sessionId, const QString& text);
    Status remark(const Actor& trainer, const QString& sessionId, const QString& text);
    // Ends the call (by "trainee", "trainer" or "caller") and scores it against the incoming script of the
    // scenario's language.
    Result<Scorecard> finish(const Actor& actor, const QString& sessionId, const QString& by);
    // The console's problem form for the trainee's own call: the practice file readied with the hotline's
    // lists, and the trainee as its agent there (PracticeStore::desk). Only the session's trainee gets it.
    Result<PracticeDesk> practiceDesk(const Actor& trainee, const QString& sessionId);
    // What the scorer reads of a form filled on that desk (PracticeStore::formFacts).
    Result<QJsonObject> practiceFormFacts(const Actor& trainee, const QString& sessionId,
                                          const ProblemForm& form);

    // Progress: a trainee's sessions (their own, or anyone's for ReadTrainingProgress), and every trainee's.
    Result<QList<PracticeSessionRecord>> sessionsOf(const Actor& actor, const QString& traineeId);
    Result<QList<TraineeProgress>> progress(const Actor& actor);

private:
    Result<TrainingRepository*> repo();
    // The session when `actor` is its trainee or a trainer; a Refused error otherwise.
    Result<PracticeSessionRecord> ownSession(const Actor& actor, const QString& sessionId);

    Database& m_db;
    const Clock& m_clock;
    WordsService& m_words;
    std::unique_ptr<PracticeStore> m_ownStore;
    PracticeStore* m_store = nullptr;
    std::unique_ptr<TrainingRepository> m_repo;
    std::unique_ptr<UserRepository> m_users;
};

} // namespace threerings
