#include "core/training/TrainingService.h"

#include "core/auth/Permissions.h"
#include "core/auth/UserRepository.h"
#include "core/db/Database.h"
#include "core/training/PracticeStore.h"
#include "core/training/TrainingRepository.h"
#include "core/words/WordsService.h"

namespace threerings {

static_assert(TrainingService::readyScenarios == TrainingRepository::readyScenarios);

TrainingService::TrainingService(Database& db, const Clock& clock, WordsService& words,
                                 PracticeStore* practice)
    : m_db(db), m_clock(clock), m_words(words), m_store(practice),
      m_users(std::make_unique<UserRepository>(db, clock))
{}

TrainingService::~TrainingService() = default;

Status TrainingService::open()
{
    if (m_store)
        return {};
    auto opened = PracticeStore::open(m_db.path(), m_clock);
    if (!opened)
        return opened.error();
    m_ownStore = std::move(opened).value();
    m_store = m_ownStore.get();
    return {};
}

Result<TrainingRepository*> TrainingService::repo()
{
    if (Status s = open(); !s)
        return s.error();
    if (!m_repo)
        m_repo = std::make_unique<TrainingRepository>(m_store->database(), m_clock);
    return m_repo.get();
}

Result<PracticeSessionRecord> TrainingService::ownSession(const Actor& actor, const QString& sessionId)
{
    if (Status s = Permissions::require(actor, Action::UsePractice); !s)
        return s.error();
    auto r = repo();
    if (!r)
        return r.error();
    auto session = (*r)->session(sessionId);
    if (!session)
        return session.error();
    if (session->traineeId != actor.userId && !Permissions::allows(actor, Action::ManageScenarios))
        return Error::refused(tr("Only the trainee or a trainer may see this practice call."));
    return session;
}

Result<QList<Scenario>> TrainingService::scenarios(const Actor& actor, const QString& language)
{
    if (Status s = Permissions::require(actor, Action::ManageScenarios); !s)
        return s.error();
    auto r = repo();
    if (!r)
        return r.error();
    return (*r)->scenarios(language);
}

Result<Scenario> TrainingService::scenario(const Actor& actor, const QString& key, const QString& language)
{
    if (Status s = Permissions::require(actor, Action::ManageScenarios); !s)
        return s.error();
    auto r = repo();
    if (!r)
        return r.error();
    return (*r)->scenario(key, language);
}

Result<Scenario> TrainingService::saveScenario(const Actor& actor, Scenario scenario)
{
    auto r = repo();
    if (!r)
        return r.error();
    return (*r)->saveScenario(actor, std::move(scenario));
}

Result<QList<Scenario>> TrainingService::importScenarios(const Actor& actor, const QByteArray& json)
{
    auto r = repo();
    if (!r)
        return r.error();
    return (*r)->importScenarios(actor, json);
}

Result<QByteArray> TrainingService::exportScenarios(const Actor& actor, const QString& language)
{
    if (Status s = Permissions::require(actor, Action::ManageScenarios); !s)
        return s.error();
    auto r = repo();
    if (!r)
        return r.error();
    return (*r)->exportScenarios(language);
}

Result<QList<User>> TrainingService::trainees(const Actor& actor) const
{
    if (Status s = Permissions::require(actor, Action::ManageScenarios); !s)
        return s.error();
    auto people = m_users->list();
    if (!people)
        return people.error();
    QList<User> trainees;
    for (const User& u : people.value())
        if (u.hasRole(Role::Trainee))
            trainees.append(u);
    return trainees;
}

Result<User> TrainingService::person(const Actor& actor, const QString& jobNumber) const
{
    if (Status s = Permissions::require(actor, Action::ManageScenarios); !s)
        return s.error();
    return m_users->findByJobNumber(jobNumber.trimmed());
}

Result<PracticeSessionRecord> TrainingService::startSession(const Actor& trainer, const Scenario& scenario,
                                                            const QString& traineeId)
{
    auto r = repo();
    if (!r)
        return r.error();
    return (*r)->startSession(trainer, scenario, traineeId);
}

Result<QList<PracticeSessionRecord>> TrainingService::openSessions(const Actor& trainer)
{
    if (Status s = Permissions::require(trainer, Action::ManageScenarios); !s)
        return s.error();
    auto r = repo();
    if (!r)
        return r.error();
    return (*r)->openSessions();
}

Result<std::optional<PracticeSessionRecord>> TrainingService::waitingFor(const Actor& trainee)
{
    if (Status s = Permissions::require(trainee, Action::UsePractice); !s)
        return s.error();
    auto r = repo();
    if (!r)
        return r.error();
    return (*r)->openSessionFor(trainee.userId);
}

Result<PracticeSessionRecord> TrainingService::session(const Actor& actor, const QString& sessionId)
{
    return ownSession(actor, sessionId);
}

Result<QList<PracticeEvent>> TrainingService::events(const Actor& actor, const QString& sessionId,
                                                     int afterSeq)
{
    if (auto own = ownSession(actor, sessionId); !own)
        return own.error();
    return m_repo->events(sessionId, afterSeq);
}

Status TrainingService::markLive(const Actor& actor, const QString& sessionId)
{
    auto r = repo();
    if (!r)
        return r.error();
    return (*r)->markLive(actor, sessionId);
}

Result<PracticeEvent> TrainingService::appendEvent(const Actor& actor, const QString& sessionId,
                                                   PracticeEvent::Kind kind, qint64 atMs,
                                                   const QJsonObject& data)
{
    auto r = repo();
    if (!r)
        return r.error();
    return (*r)->appendEvent(actor, sessionId, kind, atMs, data);
}

Status TrainingService::springTrap(const Actor& trainer, const QString& sessionId, const QString& trapId)
{
    auto r = repo();
    if (!r)
        return r.error();
    return (*r)->springTrap(trainer, sessionId, trapId);
}

Status TrainingService::callerSays(const Actor& trainer, const QString& sessionId, const QString& text)
{
    auto r = repo();
    if (!r)
        return r.error();
    return (*r)->callerSays(trainer, sessionId, text);
}

Status TrainingService::remark(const Actor& trainer, const QString& sessionId, const QString& text)
{
    auto r = repo();
    if (!r)
        return r.error();
    return (*r)->remark(trainer, sessionId, text);
}

Result<Scorecard> TrainingService::finish(const Actor& actor, const QString& sessionId, const QString& by)
{
    auto own = ownSession(actor, sessionId);
    if (!own)
        return own.error();
    auto incoming = m_words.script(actor, QStringLiteral("incoming"), own->scenario.language);
    if (!incoming)
        return incoming.error();
    return m_repo->finish(actor, sessionId, incoming.value(), by);
}

Result<PracticeDesk> TrainingService::practiceDesk(const Actor& trainee, const QString& sessionId)
{
    auto own = ownSession(trainee, sessionId);
    if (!own)
        return own.error();
    if (own->traineeId != trainee.userId)
        return Error::refused(tr("Only the trainee of a practice call fills in its form."));
    return m_store->desk(trainee, m_db.path(), own->scenario);
}

Result<QJsonObject> TrainingService::practiceFormFacts(const Actor& trainee, const QString& sessionId,
                                                       const ProblemForm& form)
{
    auto own = ownSession(trainee, sessionId);
    if (!own)
        return own.error();
    if (own->traineeId != trainee.userId)
        return Error::refused(tr("Only the trainee of a practice call fills in its form."));
    return m_store->formFacts(form);
}

Result<QList<PracticeSessionRecord>> TrainingService::sessionsOf(const Actor& actor, const QString& traineeId)
{
    auto r = repo();
    if (!r)
        return r.error();
    return (*r)->sessionsOf(actor, traineeId);
}

Result<QList<TraineeProgress>> TrainingService::progress(const Actor& actor)
{
    if (Status s = Permissions::require(actor, Action::ReadTrainingProgress); !s)
        return s.error();
    auto people = m_users->list();
    if (!people)
        return people.error();
    auto r = repo();
    if (!r)
        return r.error();
    return (*r)->progress(actor, people.value());
}

} // namespace threerings
