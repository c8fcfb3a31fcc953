#include "core/words/PhraseRepository.h"

#include "core/auth/Permissions.h"
#include "core/db/SqlValue.h"
#include "core/db/Transaction.h"
#include "core/util/Clock.h"

namespace threerings {

const RowShape& PhraseRepository::shape()
{
    static const RowShape s(QStringLiteral("phrase_lists"), {"language", "body"});
    return s;
}

const RowShape& PhraseRepository::hitShape()
{
    static const RowShape s(QStringLiteral("phrase_hits"),
                            {"call_id", "agent_id", "field", "phrase", "suggestion", "matched", "found_at"});
    return s;
}

Result<PhraseList> PhraseRepository::list(const QString& language) const
{
    QSqlQuery& q = prepared(QStringLiteral("SELECT body FROM phrase_lists WHERE language = ?"));
    q.addBindValue(language);
    if (!q.exec())
        return readError(q);
    if (!q.next()) {
        q.finish();
        return PhraseList::shipped(language);
    }
    const QByteArray body = q.value(0).toString().toUtf8();
    q.finish();
    auto parsed = PhraseList::fromJson(body);
    if (!parsed)
        return Error::data(tr("The stored phrase list of %1 is damaged (%2); import it again.")
                               .arg(language, parsed.error().message));
    return parsed;
}

Result<PhraseList> PhraseRepository::store(const PhraseList& list, const QString& actor)
{
    // The stored text must read back: round-trip it through the parser before writing.
    const QByteArray body = list.toJson();
    auto check = PhraseList::fromJson(body);
    if (!check)
        return check.error();
    auto existing =
        findMeta(QStringLiteral("SELECT id, revision FROM phrase_lists WHERE language = ?"), {list.language});
    if (!existing)
        return existing.error();
    const QVariantList values{list.language, QString::fromUtf8(body)};
    auto meta = upsertRow(shape(), *existing, values, actor);
    if (!meta)
        return meta.error();
    return check;
}

Result<PhraseList> PhraseRepository::save(const Actor& actor, const PhraseList& list)
{
    if (Status s = Permissions::require(actor, Action::ManageScripts); !s)
        return s.error();
    return store(list, actor.stamp());
}

Result<PhraseList> PhraseRepository::importJson(const Actor& actor, const QByteArray& json)
{
    if (Status s = Permissions::require(actor, Action::ManageScripts); !s)
        return s.error();
    auto parsed = PhraseList::fromJson(json);
    if (!parsed)
        return parsed.error();
    return store(parsed.value(), actor.stamp());
}

Status PhraseRepository::seedDefaultsIfEmpty(const QString& actor)
{
    return seedLanguagesIfEmpty(QStringLiteral("SELECT count(*) FROM phrase_lists WHERE language = ?"),
                                [&](const QString& language) -> Status {
                                    auto shipped = PhraseList::shipped(language);
                                    if (!shipped)
                                        return shipped.error();
                                    if (auto stored = store(shipped.value(), actor); !stored)
                                        return stored.error();
                                    return {};
                                });
}

Status PhraseRepository::recordHits(const QString& callId, const QString& agentId, const QString& field,
                                    const QList<PhraseHit>& hits, const QString& actor)
{
    if (hits.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    const qint64 at = m_clock.nowMs();
    for (const PhraseHit& h : hits) {
        const QVariantList values{SqlValue::ref(callId),
                                  SqlValue::ref(agentId),
                                  SqlValue::text(field),
                                  h.phrase,
                                  SqlValue::text(h.suggestion),
                                  SqlValue::text(h.matched),
                                  at};
        if (auto meta = insertRow(hitShape(), values, actor); !meta)
            return meta.error();
    }
    return tx.commit();
}

Result<QList<PhraseHitRecord>> PhraseRepository::hitsForCall(const QString& callId) const
{
    return fetchAll<PhraseHitRecord>(
        QStringLiteral("SELECT * FROM phrase_hits WHERE call_id = ? ORDER BY found_at, phrase"), {callId},
        [](const QSqlQuery& q) {
            PhraseHitRecord r;
            r.meta = readMeta(q);
            r.callId = q.value(QStringLiteral("call_id")).toString();
            r.agentId = q.value(QStringLiteral("agent_id")).toString();
            r.field = q.value(QStringLiteral("field")).toString();
            r.phrase = q.value(QStringLiteral("phrase")).toString();
            r.suggestion = q.value(QStringLiteral("suggestion")).toString();
            r.matched = q.value(QStringLiteral("matched")).toString();
            r.foundAt = SqlValue::toTime(q.value(QStringLiteral("found_at")));
            return r;
        });
}

Result<QHash<QString, int>> PhraseRepository::hitCountsByAgent(const QDateTime& from,
                                                               const QDateTime& to) const
{
    QSqlQuery& q =
        prepared(QStringLiteral("SELECT agent_id, count(*) FROM phrase_hits WHERE found_at >= ? AND "
                                "found_at < ? AND agent_id IS NOT NULL GROUP BY agent_id"));
    q.addBindValue(from.toMSecsSinceEpoch());
    q.addBindValue(to.toMSecsSinceEpoch());
    if (!q.exec())
        return readError(q);
    QHash<QString, int> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    q.finish();
    return counts;
}

} // namespace threerings
