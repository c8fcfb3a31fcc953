#include "core/words/KnowledgeRepository.h"

#include "core/auth/Permissions.h"
#include "core/db/SqlValue.h"
#include "core/db/Transaction.h"
#include "core/util/JsonLocator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace threerings {

namespace {

KbEntry fromRow(const QSqlQuery& q)
{
    KbEntry e;
    e.meta.id = q.value(QStringLiteral("id")).toString();
    e.meta.revision = q.value(QStringLiteral("revision")).toInt();
    e.meta.createdAt = q.value(QStringLiteral("created_at")).toLongLong();
    e.meta.updatedAt = q.value(QStringLiteral("updated_at")).toLongLong();
    e.meta.createdBy = q.value(QStringLiteral("created_by")).toString();
    e.meta.updatedBy = q.value(QStringLiteral("updated_by")).toString();
    e.kind = q.value(QStringLiteral("kind")).toString();
    e.title = q.value(QStringLiteral("title")).toString();
    e.body = q.value(QStringLiteral("body")).toString();
    e.tags = q.value(QStringLiteral("tags")).toString();
    e.language = q.value(QStringLiteral("language")).toString();
    e.category = q.value(QStringLiteral("category")).toString();
    e.active = q.value(QStringLiteral("active")).toInt() != 0;
    return e;
}

// In the order of shape().
QVariantList values(const KbEntry& e)
{
    return {e.kind,
            e.title.trimmed(),
            SqlValue::text(e.body),
            SqlValue::text(e.tags),
            SqlValue::text(e.language),
            SqlValue::text(e.category.trimmed()),
            e.active ? 1 : 0};
}

QString likePattern(const QString& word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

const RowShape& KnowledgeRepository::shape()
{
    static const RowShape s(QStringLiteral("kb_entries"),
                            {"kind", "title", "body", "tags", "language", "category", "active"});
    return s;
}

Result<QList<KbEntry>> KnowledgeRepository::search(const QString& query, int limit, const QString& kind,
                                                   bool retiredToo) const
{
    QStringList longWords;
    QStringList shortWords;
    for (const QString& w : query.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        // The trigram index needs three characters (code points) to look a word up.
        if (w.toUcs4().size() >= 3)
            longWords << w;
        else
            shortWords << w;
    }
    // The SQL is one of a few fixed texts (by which parts are present); the words are bound.
    QString sql;
    QVariantList binds;
    const QString shortClause = QStringLiteral(
        " AND (e.title LIKE ? ESCAPE '\\' OR e.body LIKE ? ESCAPE '\\' OR e.tags LIKE ? ESCAPE '\\' OR "
        "e.category LIKE ? ESCAPE '\\')");
    if (!longWords.isEmpty()) {
        QStringList phrases;
        for (QString w : longWords)
            phrases << QLatin1Char('"') + w.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                           QLatin1Char('"');
        sql = QStringLiteral(
            "SELECT e.* FROM kb_fts JOIN kb_entries e ON e.seq = kb_fts.rowid WHERE kb_fts MATCH ? AND (? OR "
            "e.active = 1)");
        binds << phrases.join(QLatin1Char(' ')) << (retiredToo ? 1 : 0);
    } else {
        sql = QStringLiteral("SELECT e.* FROM kb_entries e WHERE (? OR e.active = 1)");
        binds << (retiredToo ? 1 : 0);
    }
    for (const QString& w : shortWords) {
        sql += shortClause;
        const QString p = likePattern(w);
        binds << p << p << p << p;
    }
    if (!kind.isEmpty()) {
        sql += QStringLiteral(" AND e.kind = ?");
        binds << kind;
    }
    // Ranking every match of a common word would read them all; key order stops at the limit.
    sql += longWords.isEmpty() ? QStringLiteral(" ORDER BY e.seq LIMIT ?") : QStringLiteral(" LIMIT ?");
    binds << qMax(1, limit);
    return fetchAll<KbEntry>(sql, binds, fromRow);
}

Result<KbEntry> KnowledgeRepository::get(const QString& id) const
{
    return fetchOne<KbEntry>(
        QStringLiteral("SELECT * FROM kb_entries WHERE id = ?"), {id}, fromRow,
        tr("The knowledge-base entry %1 does not exist; it may have been deleted.").arg(id));
}

Result<int> KnowledgeRepository::count() const
{
    // The entries the schema ships (ids shipped-…) are not the starter set's.
    QSqlQuery& q = prepared(QStringLiteral("SELECT count(*) FROM kb_entries WHERE id NOT LIKE 'shipped-%'"));
    if (!q.exec() || !q.next())
        return readError(q);
    const int n = q.value(0).toInt();
    q.finish();
    return n;
}

Result<KbEntry> KnowledgeRepository::insert(KbEntry entry, const QString& actor)
{
    if (Status s = entry.validate(); !s)
        return s.error();
    auto meta = insertRow(shape(), values(entry), actor);
    if (!meta)
        return meta.error();
    entry.meta = meta.value();
    return entry;
}

Result<KbEntry> KnowledgeRepository::insert(const Actor& actor, KbEntry entry)
{
    if (Status s = Permissions::require(actor, Action::ManageScripts); !s)
        return s.error();
    return insert(std::move(entry), actor.stamp());
}

Result<KbEntry> KnowledgeRepository::update(const Actor& actor, KbEntry entry)
{
    if (Status s = Permissions::require(actor, Action::ManageScripts); !s)
        return s.error();
    if (Status s = entry.validate(); !s)
        return s.error();
    auto meta = updateRow(shape(), entry.meta, values(entry), actor.stamp());
    if (!meta)
        return meta.error();
    entry.meta = meta.value();
    return entry;
}

Status KnowledgeRepository::remove(const Actor& actor, const QString& id)
{
    if (Status s = Permissions::require(actor, Action::ManageScripts); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    if (Status s = writer().remove(QStringLiteral("kb_entries"), id, actor.stamp()); !s)
        return s;
    return tx.commit();
}

Result<QList<KbEntry>> KnowledgeRepository::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::data(tr("Line %1: the knowledge base is not valid JSON (%2); fix the text there.")
                               .arg(JsonLocator::lineOf(json, parseError.offset))
                               .arg(parseError.errorString()));
    const JsonLocator where(json);
    const QString language = doc.object().value(QStringLiteral("language")).toString();
    const QJsonArray entries = doc.object().value(QStringLiteral("entries")).toArray();
    QList<KbEntry> list;
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject o = entries[i].toObject();
        KbEntry e;
        e.kind = o.value(QStringLiteral("kind")).toString();
        e.title = o.value(QStringLiteral("title")).toString();
        e.body = o.value(QStringLiteral("body")).toString();
        e.tags = o.value(QStringLiteral("tags")).toString();
        e.language = o.value(QStringLiteral("language")).toString(language);
        if (Status s = e.validate(); !s) {
            const QString path = QStringLiteral("entries[%1].%2").arg(i).arg(s.error().field);
            return Error::data(tr("Line %1, %2: %3").arg(where.line(path)).arg(path, s.error().message),
                               path);
        }
        list.append(e);
    }
    return list;
}

Status KnowledgeRepository::seedDefaultsIfEmpty(const QString& actor)
{
    auto n = count();
    if (!n)
        return n.error();
    if (*n > 0)
        return {};
    QFile f(QStringLiteral(":/data/kb/zh_CN.json"));
    if (!f.open(QIODevice::ReadOnly))
        return Error::notFound(tr("The starter knowledge base is missing from this build."));
    auto entries = fromJson(f.readAll());
    if (!entries)
        return entries.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    for (const KbEntry& e : entries.value()) {
        if (auto stored = insert(e, actor); !stored)
            return stored.error();
    }
    return tx.commit();
}

} // namespace threerings
