#pragma once

#include "core/db/RecordMeta.h"
#include "core/db/RecordWriter.h"
#include "core/db/Transaction.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QVariantList>
#include <memory>

namespace threerings {

class Clock;
class Database;

// What the repositories share: the connection, the clock, a RecordWriter (their own, or one the
// caller shares so demo data can set a seeded id source), and cached prepared statements for reads.
// Every write runs in a Transaction; inside a caller's transaction that is a savepoint, so a bulk
// load wraps many calls in one outer Transaction and pays one commit.
class Repository
{
    Q_DECLARE_TR_FUNCTIONS(Repository)

public:
    Repository(Database& db, const Clock& clock);
    Repository(Database& db, const Clock& clock, RecordWriter& sharedWriter);
    virtual ~Repository();
    Repository(const Repository&) = delete;
    Repository& operator=(const Repository&) = delete;

    RecordWriter& writer() { return *m_writer; }
    Database& database() { return m_db; }

protected:
    // A prepared statement kept for the repository's life; bind, exec, read, finish.
    QSqlQuery& prepared(const QString& sql) const;

    // Inserts in its own transaction (a savepoint inside the caller's) and returns the bookkeeping.
    // `values` holds one value per column of `shape`, in its order.
    Result<RecordMeta> insertRow(const RowShape& shape, const QVariantList& values, const QString& actor,
                                 const QString& id = {});
    Result<RecordMeta> insertRow(const QString& table, const QVariantMap& fields, const QString& actor);
    // Writes the values when the row is still at meta.revision; a Conflict error otherwise.
    Result<RecordMeta> updateRow(const RowShape& shape, const RecordMeta& meta, const QVariantList& values,
                                 const QString& actor);
    Result<RecordMeta> updateRow(const QString& table, const RecordMeta& meta, const QVariantMap& fields,
                                 const QString& actor);

    // Inserts the row, or updates it when `existing` is a stored row (at its revision).
    Result<RecordMeta> upsertRow(const RowShape& shape, const RecordMeta& existing,
                                 const QVariantList& values, const QString& actor);
    // The id and revision of the row `sql` ("SELECT id, revision FROM …") finds; an unstored
    // RecordMeta when there is none.
    Result<RecordMeta> findMeta(const QString& sql, const QVariantList& binds) const;
    // The number `sql` ("SELECT count(*) FROM …") counts.
    Result<qint64> countOf(const QString& sql, const QVariantList& binds) const;

    // Stores each of `items` with `store` (returning a Result of the stored item) in one transaction:
    // when one fails, none is kept.
    template <typename T, typename Store> Result<QList<T>> storeAll(const QList<T>& items, Store store)
    {
        Transaction tx(m_db);
        if (!tx.ok())
            return tx.status().error();
        QList<T> stored;
        for (const T& item : items) {
            Result<T> one = store(item);
            if (!one)
                return one.error(); // the transaction rolls back
            stored.append(one.value());
        }
        if (Status s = tx.commit(); !s)
            return s.error();
        return stored;
    }

    // Seeds the shipped defaults of each language (zh_CN, en) the table holds nothing of:
    // `countSql` counts the rows of the bound language, `seed(language)` stores its defaults.
    template <typename Seed> Status seedLanguagesIfEmpty(const QString& countSql, Seed seed)
    {
        for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
            auto count = countOf(countSql, {language});
            if (!count)
                return count.error();
            if (*count > 0)
                continue;
            if (Status s = seed(language); !s)
                return s;
        }
        return {};
    }

    static RecordMeta readMeta(const QSqlQuery& q);
    static Error readError(const QSqlQuery& q);

    template <typename T, typename Read>
    Result<T> fetchOne(const QString& sql, const QVariantList& binds, Read read,
                       const QString& notFound) const
    {
        QSqlQuery& q = prepared(sql);
        for (const QVariant& b : binds)
            q.addBindValue(b);
        if (!q.exec())
            return readError(q);
        if (!q.next()) {
            q.finish();
            return Error::notFound(notFound);
        }
        T value = read(q);
        q.finish();
        return value;
    }

    template <typename T, typename Read>
    Result<QList<T>> fetchAll(const QString& sql, const QVariantList& binds, Read read) const
    {
        QSqlQuery& q = prepared(sql);
        for (const QVariant& b : binds)
            q.addBindValue(b);
        if (!q.exec())
            return readError(q);
        QList<T> list;
        while (q.next())
            list.append(read(q));
        q.finish();
        return list;
    }

    Database& m_db;
    const Clock& m_clock;

private:
    std::unique_ptr<RecordWriter> m_ownWriter;
    RecordWriter* m_writer;
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_reads;
};

} // namespace threerings
