#include "core/words/ScriptRepository.h"

#include "core/auth/Permissions.h"
#include "core/db/SqlValue.h"
#include "core/db/Transaction.h"
#include "core/util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace threerings {

namespace {

Result<Script> fromRow(const QSqlQuery& q)
{
    auto parsed = Script::fromJson(q.value(QStringLiteral("body")).toString().toUtf8());
    if (!parsed)
        return Error::data(ScriptRepository::tr("The stored script %1 is damaged (%2); import it again.")
                               .arg(q.value(QStringLiteral("key")).toString(), parsed.error().message));
    Script s = parsed->constFirst();
    s.meta.id = q.value(QStringLiteral("id")).toString();
    s.meta.revision = q.value(QStringLiteral("revision")).toInt();
    s.meta.createdAt = q.value(QStringLiteral("created_at")).toLongLong();
    s.meta.updatedAt = q.value(QStringLiteral("updated_at")).toLongLong();
    s.meta.createdBy = q.value(QStringLiteral("created_by")).toString();
    s.meta.updatedBy = q.value(QStringLiteral("updated_by")).toString();
    return s;
}

} // namespace

const RowShape& ScriptRepository::shape()
{
    static const RowShape s(QStringLiteral("scripts"), {"key", "language", "kind", "name", "body"});
    return s;
}

const RowShape& ScriptRepository::runShape()
{
    static const RowShape s(QStringLiteral("script_runs"),
                            {"call_id", "agent_id", "script_key", "language", "skipped_steps", "answers",
                             "reopens_form", "finished_at"});
    return s;
}

Result<QList<Script>> ScriptRepository::list(const QString& language) const
{
    QSqlQuery& q = prepared(QStringLiteral("SELECT * FROM scripts WHERE language = ? ORDER BY key"));
    q.addBindValue(language);
    if (!q.exec())
        return readError(q);
    QList<Script> list;
    while (q.next()) {
        auto s = fromRow(q);
        if (!s) {
            q.finish();
            return s.error();
        }
        list.append(s.value());
    }
    q.finish();
    if (list.isEmpty())
        return Script::shipped(language);
    return list;
}

Result<Script> ScriptRepository::get(const QString& key, const QString& language) const
{
    auto all = list(language);
    if (!all)
        return all.error();
    for (const Script& s : all.value()) {
        if (s.key == key)
            return s;
    }
    return Error::notFound(tr("There is no %1 script for %2; an admin can import one.").arg(key, language));
}

Result<Script> ScriptRepository::store(Script script, const QString& actor)
{
    if (Status v = script.validate(); !v)
        return v.error();
    const QVariantList values{script.key, script.language, Script::kindName(script.kind),
                              SqlValue::text(script.name), QString::fromUtf8(script.toJson())};
    auto existing =
        findMeta(QStringLiteral("SELECT id, revision FROM scripts WHERE language = ? AND key = ?"),
                 {script.language, script.key});
    if (!existing)
        return existing.error();
    auto meta = upsertRow(shape(), *existing, values, actor);
    if (!meta)
        return meta.error();
    script.meta = meta.value();
    return script;
}

Result<Script> ScriptRepository::save(const Actor& actor, Script script)
{
    if (Status s = Permissions::require(actor, Action::ManageScripts); !s)
        return s.error();
    return store(std::move(script), actor.stamp());
}

Result<QList<Script>> ScriptRepository::importJson(const Actor& actor, const QByteArray& json)
{
    if (Status s = Permissions::require(actor, Action::ManageScripts); !s)
        return s.error();
    auto parsed = Script::fromJson(json);
    if (!parsed)
        return parsed.error();
    // One transaction: when a script fails, the old scripts stay.
    return storeAll(parsed.value(), [&](const Script& s) { return store(s, actor.stamp()); });
}

Result<QByteArray> ScriptRepository::exportJson(const QString& language) const
{
    auto all = list(language);
    if (!all)
        return all.error();
    return Script::toJson(all.value());
}

Status ScriptRepository::seedDefaultsIfEmpty(const QString& actor)
{
    return seedLanguagesIfEmpty(QStringLiteral("SELECT count(*) FROM scripts WHERE language = ?"),
                                [&](const QString& language) -> Status {
                                    auto shipped = Script::shipped(language);
                                    if (!shipped)
                                        return shipped.error();
                                    for (const Script& s : shipped.value()) {
                                        if (auto one = store(s, actor); !one)
                                            return one.error();
                                    }
                                    return {};
                                });
}

Result<ScriptRun> ScriptRepository::recordRun(ScriptRun run, const QString& actor)
{
    if (run.scriptKey.isEmpty())
        return Error::data(tr("The script run names no script; give the script's key."),
                           QStringLiteral("script_key"));
    const QVariantList values{
        SqlValue::ref(run.callId),
        SqlValue::ref(run.agentId),
        run.scriptKey,
        SqlValue::text(run.language),
        QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(run.skippedSteps)).toJson(QJsonDocument::Compact)),
        QString::fromUtf8(
            QJsonDocument(QJsonObject::fromVariantMap(run.answers)).toJson(QJsonDocument::Compact)),
        run.reopensForm ? 1 : 0,
        run.finishedAt.isValid() ? run.finishedAt.toMSecsSinceEpoch() : m_clock.now().toMSecsSinceEpoch(),
    };
    auto meta = insertRow(runShape(), values, actor);
    if (!meta)
        return meta.error();
    run.meta = meta.value();
    return run;
}

Result<QList<ScriptRun>> ScriptRepository::runsForCall(const QString& callId) const
{
    return fetchAll<ScriptRun>(
        QStringLiteral("SELECT * FROM script_runs WHERE call_id = ? ORDER BY finished_at"), {callId},
        [](const QSqlQuery& q) {
            ScriptRun r;
            r.meta = readMeta(q);
            r.callId = q.value(QStringLiteral("call_id")).toString();
            r.agentId = q.value(QStringLiteral("agent_id")).toString();
            r.scriptKey = q.value(QStringLiteral("script_key")).toString();
            r.language = q.value(QStringLiteral("language")).toString();
            for (const QJsonValue& v :
                 QJsonDocument::fromJson(q.value(QStringLiteral("skipped_steps")).toString().toUtf8())
                     .array())
                r.skippedSteps << v.toString();
            r.answers = QJsonDocument::fromJson(q.value(QStringLiteral("answers")).toString().toUtf8())
                            .object()
                            .toVariantMap();
            r.reopensForm = q.value(QStringLiteral("reopens_form")).toInt() != 0;
            r.finishedAt = SqlValue::toTime(q.value(QStringLiteral("finished_at")));
            return r;
        });
}

} // namespace threerings
