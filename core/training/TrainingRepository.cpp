#include "core/training/TrainingRepository.h"

#include "core/auth/Permissions.h"
#include "core/db/SqlValue.h"
#include "core/db/Transaction.h"
#include "core/training/PracticeSession.h"
#include "core/training/Scorer.h"
#include "core/util/Clock.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace threerings {

namespace {

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<Scenario> scenarioFromBody(const QString& body)
{
    auto parsed = Scenario::fromJson(body.toUtf8());
    if (!parsed)
        return Error::data(TrainingRepository::tr("A stored scenario is damaged (%1); import it again.")
                               .arg(parsed.error().message));
    return parsed->constFirst();
}

bool isTrainerOf(const Actor& actor)
{
    return Permissions::allows(actor, Action::ManageScenarios);
}

} // namespace

QString PracticeSessionRecord::stateLabel(State s)
{
    switch (s) {
    case State::Waiting:
        return QCoreApplication::translate("PracticeSessionRecord", "waiting");
    case State::Live:
        return QCoreApplication::translate("PracticeSessionRecord", "on the line");
    case State::Ended:
        return QCoreApplication::translate("PracticeSessionRecord", "ended");
    }
    return {};
}

QString PracticeSessionRecord::stateName(State s)
{
    switch (s) {
    case State::Waiting:
        return QStringLiteral("waiting");
    case State::Live:
        return QStringLiteral("live");
    case State::Ended:
        return QStringLiteral("ended");
    }
    return {};
}

PracticeSessionRecord::State PracticeSessionRecord::stateFromName(const QString& name)
{
    if (name == QLatin1String("live"))
        return State::Live;
    if (name == QLatin1String("ended"))
        return State::Ended;
    return State::Waiting;
}

const RowShape& TrainingRepository::scenarioShape()
{
    static const RowShape s(QStringLiteral("training_scenarios"), {"key", "language", "title", "body"});
    return s;
}

const RowShape& TrainingRepository::sessionShape()
{
    static const RowShape s(QStringLiteral("practice_sessions"),
                            {"scenario_key", "language", "scenario", "trainee_id", "trainer_id", "state",
                             "started_at", "ended_at", "points", "max_points", "passed", "scorecard"});
    return s;
}

const RowShape& TrainingRepository::eventShape()
{
    static const RowShape s(QStringLiteral("practice_events"),
                            {"session_id", "seq", "at_ms", "kind", "data"});
    return s;
}

Result<QList<Scenario>> TrainingRepository::scenarios(const QString& language) const
{
    QSqlQuery& q =
        prepared(QStringLiteral("SELECT * FROM training_scenarios WHERE language = ? ORDER BY key"));
    q.addBindValue(language);
    if (!q.exec())
        return readError(q);
    QList<Scenario> list;
    while (q.next()) {
        auto s = scenarioFromBody(q.value(QStringLiteral("body")).toString());
        if (!s) {
            q.finish();
            return s.error();
        }
        s->meta = readMeta(q);
        list.append(s.value());
    }
    q.finish();
    // The starter set stays offered beside what trainers stored; a stored one replaces its shipped namesake.
    auto shipped = Scenario::shipped(language);
    if (!shipped)
        return list.isEmpty() ? shipped : list;
    QSet<QString> stored;
    for (const Scenario& s : list)
        stored.insert(s.key);
    for (const Scenario& s : shipped.value()) {
        if (!stored.contains(s.key) && s.language == language)
            list.append(s);
    }
    std::sort(list.begin(), list.end(), [](const Scenario& a, const Scenario& b) { return a.key < b.key; });
    return list;
}

Result<Scenario> TrainingRepository::scenario(const QString& key, const QString& language) const
{
    auto all = scenarios(language);
    if (!all)
        return all.error();
    for (const Scenario& s : all.value()) {
        if (s.key == key)
            return s;
    }
    return Error::notFound(
        tr("There is no scenario \"%1\" in %2; a trainer can write or import it.").arg(key, language));
}

Result<Scenario> TrainingRepository::saveScenario(const Actor& actor, Scenario scenario)
{
    if (Status s = Permissions::require(actor, Action::ManageScenarios); !s)
        return s.error();
    if (Status v = scenario.validate(); !v)
        return v.error();
    const QVariantList values{scenario.key, scenario.language, scenario.title,
                              QString::fromUtf8(scenario.toJson())};
    auto existing =
        findMeta(QStringLiteral("SELECT id, revision FROM training_scenarios WHERE language = ? AND key = ?"),
                 {scenario.language, scenario.key});
    if (!existing)
        return existing.error();
    auto meta = upsertRow(scenarioShape(), *existing, values, actor.stamp());
    if (!meta)
        return meta.error();
    scenario.meta = meta.value();
    return scenario;
}

Result<QList<Scenario>> TrainingRepository::importScenarios(const Actor& actor, const QByteArray& json)
{
    if (Status s = Permissions::require(actor, Action::ManageScenarios); !s)
        return s.error();
    auto parsed = Scenario::fromJson(json);
    if (!parsed)
        return parsed.error();
    return storeAll(parsed.value(), [&](const Scenario& s) { return saveScenario(actor, s); });
}

Result<QByteArray> TrainingRepository::exportScenarios(const QString& language) const
{
    auto all = scenarios(language);
    if (!all)
        return all.error();
    return Scenario::toJson(all.value());
}

Result<PracticeSessionRecord> TrainingRepository::startSession(const Actor& trainer, const Scenario& scenario,
                                                               const QString& traineeId)
{
    if (Status s = Permissions::require(trainer, Action::ManageScenarios); !s)
        return s.error();
    if (Status v = scenario.validate(); !v)
        return v.error();
    if (traineeId.isEmpty())
        return Error::data(tr("Choose the trainee who takes the practice call."), QStringLiteral("trainee"));
    auto open = openSessionFor(traineeId);
    if (!open)
        return open.error();
    if (open->has_value())
        return Error::conflict(tr("This trainee already has a practice call open; end it first."));
    PracticeSessionRecord r;
    r.scenario = scenario;
    r.traineeId = traineeId;
    r.trainerId = trainer.userId;
    r.state = PracticeSessionRecord::State::Waiting;
    r.startedAt = m_clock.now();
    const QVariantList values{scenario.key,
                              scenario.language,
                              QString::fromUtf8(scenario.toJson()),
                              SqlValue::ref(traineeId),
                              SqlValue::ref(trainer.userId),
                              PracticeSessionRecord::stateName(r.state),
                              r.startedAt.toMSecsSinceEpoch(),
                              QVariant(QMetaType::fromType<qlonglong>()),
                              QVariant(QMetaType::fromType<int>()),
                              QVariant(QMetaType::fromType<int>()),
                              QVariant(QMetaType::fromType<int>()),
                              QStringLiteral("")};
    auto meta = insertRow(sessionShape(), values, trainer.stamp());
    if (!meta)
        return meta.error();
    r.meta = meta.value();
    return r;
}

Result<QList<PracticeSessionRecord>> TrainingRepository::readSessions(const QString& sql,
                                                                      const QVariantList& binds) const
{
    QSqlQuery& q = prepared(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return readError(q);
    QList<PracticeSessionRecord> list;
    while (q.next()) {
        PracticeSessionRecord r;
        r.meta = readMeta(q);
        auto s = scenarioFromBody(q.value(QStringLiteral("scenario")).toString());
        if (!s) {
            q.finish();
            return s.error();
        }
        r.scenario = s.value();
        r.traineeId = q.value(QStringLiteral("trainee_id")).toString();
        r.trainerId = q.value(QStringLiteral("trainer_id")).toString();
        r.state = PracticeSessionRecord::stateFromName(q.value(QStringLiteral("state")).toString());
        r.startedAt = SqlValue::toTime(q.value(QStringLiteral("started_at")));
        r.endedAt = SqlValue::toTime(q.value(QStringLiteral("ended_at")));
        const QString card = q.value(QStringLiteral("scorecard")).toString();
        if (!card.isEmpty())
            r.scorecard = Scorecard::fromJson(QJsonDocument::fromJson(card.toUtf8()).object());
        list.append(r);
    }
    q.finish();
    return list;
}

Result<PracticeSessionRecord> TrainingRepository::session(const QString& id) const
{
    auto list = readSessions(QStringLiteral("SELECT * FROM practice_sessions WHERE id = ?"), {id});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error::notFound(tr("The practice session is not there any more."));
    return list->constFirst();
}

Result<std::optional<PracticeSessionRecord>>
TrainingRepository::openSessionFor(const QString& traineeId) const
{
    auto list = readSessions(QStringLiteral("SELECT * FROM practice_sessions WHERE trainee_id = ? AND state "
                                            "IN ('waiting', 'live') ORDER BY started_at DESC LIMIT 1"),
                             {traineeId});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<PracticeSessionRecord>();
    return std::optional<PracticeSessionRecord>(list->constFirst());
}

Result<QList<PracticeSessionRecord>> TrainingRepository::openSessions() const
{
    return readSessions(QStringLiteral("SELECT * FROM practice_sessions WHERE state IN ('waiting', 'live') "
                                       "ORDER BY started_at DESC"),
                        {});
}

Status TrainingRepository::markLive(const Actor& actor, const QString& sessionId)
{
    auto r = session(sessionId);
    if (!r)
        return r.error();
    if (r->traineeId != actor.userId && !isTrainerOf(actor))
        return Error::refused(tr("Only the trainee or a trainer may take this practice call."));
    if (r->state != PracticeSessionRecord::State::Waiting)
        return {};
    auto meta = updateRow(QStringLiteral("practice_sessions"), r->meta,
                          {{QStringLiteral("state"), QStringLiteral("live")}}, actor.stamp());
    if (!meta)
        return meta.error();
    return {};
}

Result<PracticeEvent> TrainingRepository::appendEvent(const Actor& actor, const QString& sessionId,
                                                      PracticeEvent::Kind kind, qint64 atMs,
                                                      const QJsonObject& data)
{
    if (Status s = Permissions::require(actor, Action::UsePractice); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    QSqlQuery& q = prepared(QStringLiteral(
        "SELECT s.state, (SELECT coalesce(max(seq), 0) FROM practice_events WHERE session_id = s.id), "
        "s.trainee_id FROM practice_sessions s WHERE s.id = ?"));
    q.addBindValue(sessionId);
    if (!q.exec())
        return readError(q);
    if (!q.next()) {
        q.finish();
        return Error::notFound(tr("The practice session is not there any more."));
    }
    const QString state = q.value(0).toString();
    PracticeEvent e;
    e.seq = q.value(1).toInt() + 1;
    const QString traineeId = q.value(2).toString();
    q.finish();
    if (traineeId != actor.userId && !isTrainerOf(actor))
        return Error::refused(tr("Only the trainee or a trainer may add to this practice call."));
    if (state == QLatin1String("ended") && kind != PracticeEvent::Kind::Remark)
        return Error::conflict(tr("The practice call has ended; only remarks can be added to it now."));
    e.atMs = atMs;
    e.kind = kind;
    e.data = data;
    auto meta = insertRow(
        eventShape(), {sessionId, e.seq, atMs, PracticeEvent::kindName(kind), compact(data)}, actor.stamp());
    if (!meta)
        return meta.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return e;
}

Result<QList<PracticeEvent>> TrainingRepository::events(const QString& sessionId, int afterSeq) const
{
    return fetchAll<PracticeEvent>(
        QStringLiteral("SELECT seq, at_ms, kind, data FROM practice_events WHERE session_id = ? AND seq > ? "
                       "ORDER BY seq"),
        {sessionId, afterSeq}, [](const QSqlQuery& q) {
            PracticeEvent e;
            e.seq = q.value(0).toInt();
            e.atMs = q.value(1).toLongLong();
            e.kind = PracticeEvent::kindFromName(q.value(2).toString()).value_or(PracticeEvent::Kind::Remark);
            e.data = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
            return e;
        });
}

qint64 TrainingRepository::elapsedMs(const PracticeSessionRecord& r) const
{
    // The trainee's console counts from when the call reached it, which may be well after the trainer
    // pressed Start: count on from the session's first event, as stored.
    QSqlQuery& q = prepared(QStringLiteral(
        "SELECT at_ms, created_at FROM practice_events WHERE session_id = ? ORDER BY seq LIMIT 1"));
    q.addBindValue(r.meta.id);
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (q.exec() && q.next()) {
        const qint64 at = q.value(0).toLongLong() + (now - q.value(1).toLongLong());
        q.finish();
        return std::max<qint64>(0, at);
    }
    q.finish();
    return r.startedAt.isValid() ? std::max<qint64>(0, now - r.startedAt.toMSecsSinceEpoch()) : 0;
}

Status TrainingRepository::springTrap(const Actor& trainer, const QString& sessionId, const QString& trapId)
{
    if (Status s = Permissions::require(trainer, Action::ManageScenarios); !s)
        return s;
    auto r = session(sessionId);
    if (!r)
        return r.error();
    const ScenarioTrap* t = r->scenario.trap(trapId);
    if (!t)
        return Error::data(tr("The scenario has no trap \"%1\".").arg(trapId), QStringLiteral("trap"));
    const qint64 at = elapsedMs(*r);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    if (auto e = appendEvent(trainer, sessionId, PracticeEvent::Kind::Trap, at,
                             {{QStringLiteral("id"), t->id}, {QStringLiteral("kind"), t->kind}});
        !e)
        return e.error();
    if (auto e = appendEvent(trainer, sessionId, PracticeEvent::Kind::CallerLine, at,
                             {{QStringLiteral("text"), t->line}, {QStringLiteral("trap"), t->id}});
        !e)
        return e.error();
    return tx.commit();
}

Status TrainingRepository::callerSays(const Actor& trainer, const QString& sessionId, const QString& text)
{
    if (Status s = Permissions::require(trainer, Action::ManageScenarios); !s)
        return s;
    if (text.trimmed().isEmpty())
        return Error::data(tr("The caller's line is empty; write what they say."), QStringLiteral("text"));
    auto r = session(sessionId);
    if (!r)
        return r.error();
    auto e = appendEvent(trainer, sessionId, PracticeEvent::Kind::CallerLine, elapsedMs(*r),
                         {{QStringLiteral("text"), text}});
    if (!e)
        return e.error();
    return {};
}

Status TrainingRepository::remark(const Actor& trainer, const QString& sessionId, const QString& text)
{
    if (Status s = Permissions::require(trainer, Action::ManageScenarios); !s)
        return s;
    if (text.trimmed().isEmpty())
        return Error::data(tr("The remark is empty."), QStringLiteral("text"));
    auto r = session(sessionId);
    if (!r)
        return r.error();
    auto e = appendEvent(trainer, sessionId, PracticeEvent::Kind::Remark, elapsedMs(*r),
                         {{QStringLiteral("text"), text}, {QStringLiteral("by"), trainer.label()}});
    if (!e)
        return e.error();
    return {};
}

Result<Scorecard> TrainingRepository::finish(const Actor& actor, const QString& sessionId,
                                             const Script& incoming, const QString& by)
{
    auto r = session(sessionId);
    if (!r)
        return r.error();
    if (r->traineeId != actor.userId && !isTrainerOf(actor))
        return Error::refused(tr("Only the trainee or a trainer may end this practice call."));
    if (r->state == PracticeSessionRecord::State::Ended && r->scorecard)
        return *r->scorecard;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    auto all = events(sessionId);
    if (!all)
        return all.error();
    bool hasEnd = false;
    for (const PracticeEvent& e : all.value())
        hasEnd = hasEnd || e.kind == PracticeEvent::Kind::End;
    if (!hasEnd) {
        const qint64 atMs = elapsedMs(*r);
        const qint64 lastMs = all->isEmpty() ? 0 : all->constLast().atMs;
        auto end = appendEvent(actor, sessionId, PracticeEvent::Kind::End, std::max(atMs, lastMs),
                               PracticeSession::endData(incoming, all.value(), by));
        if (!end)
            return end.error();
        all->append(end.value());
    }
    const Scorecard card = Scorer::score(r->scenario, all.value());
    auto meta = updateRow(QStringLiteral("practice_sessions"), r->meta,
                          {{QStringLiteral("state"), QStringLiteral("ended")},
                           {QStringLiteral("ended_at"), m_clock.now().toMSecsSinceEpoch()},
                           {QStringLiteral("points"), card.points},
                           {QStringLiteral("max_points"), card.maxPoints},
                           {QStringLiteral("passed"), card.passed ? 1 : 0},
                           {QStringLiteral("scorecard"), compact(card.toJson())}},
                          actor.stamp());
    if (!meta)
        return meta.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return card;
}

Result<QList<PracticeSessionRecord>> TrainingRepository::sessionsOf(const Actor& actor,
                                                                    const QString& traineeId) const
{
    if (traineeId != actor.userId) {
        if (Status s = Permissions::require(actor, Action::ReadTrainingProgress); !s)
            return s.error();
    }
    return readSessions(
        QStringLiteral("SELECT * FROM practice_sessions WHERE trainee_id = ? ORDER BY started_at"),
        {traineeId});
}

Result<QList<TraineeProgress>> TrainingRepository::progress(const Actor& actor,
                                                            const QList<User>& people) const
{
    if (Status s = Permissions::require(actor, Action::ReadTrainingProgress); !s)
        return s.error();
    QList<TraineeProgress> list;
    QHash<QString, int> index;
    for (const User& u : people) {
        if (!u.roles.contains(Role::Trainee) || !u.active)
            continue;
        TraineeProgress p;
        p.traineeId = u.meta.id;
        p.jobNumber = u.jobNumber;
        p.name = u.name;
        index.insert(p.traineeId, int(list.size()));
        list.append(p);
    }
    QSqlQuery& q = prepared(QStringLiteral(
        "SELECT trainee_id, scenario_key, points, max_points, passed, ended_at FROM practice_sessions "
        "WHERE state = 'ended' AND max_points > 0 ORDER BY ended_at"));
    if (!q.exec())
        return readError(q);
    QHash<QString, QSet<QString>> passedScenarios;
    QHash<QString, double> sums;
    bool lastPassed = false;
    QHash<QString, bool> lastPass;
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toString());
        if (it == index.constEnd())
            continue;
        TraineeProgress& p = list[*it];
        const int percent = q.value(2).toInt() * 100 / q.value(3).toInt();
        lastPassed = q.value(4).toInt() != 0;
        ++p.sessions;
        if (lastPassed) {
            ++p.passed;
            passedScenarios[p.traineeId].insert(q.value(1).toString());
        }
        p.lastPercent = percent;
        p.bestPercent = std::max(p.bestPercent, percent);
        sums[p.traineeId] += percent;
        p.lastAt = SqlValue::toTime(q.value(5));
        lastPass[p.traineeId] = lastPassed;
    }
    q.finish();
    for (TraineeProgress& p : list) {
        p.scenariosPassed = int(passedScenarios.value(p.traineeId).size());
        p.meanPercent = p.sessions > 0 ? sums.value(p.traineeId) / p.sessions : 0;
        p.ready = p.scenariosPassed >= readyScenarios && lastPass.value(p.traineeId);
    }
    return list;
}

} // namespace threerings
