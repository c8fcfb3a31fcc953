#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <initializer_list>

namespace threerings {

// A table and the columns a repository writes to it, in the order the repository passes the values.
// The SQL text and the outbox JSON keys are worked out once, so RecordWriter's per-row work is binding
// values and nothing else; repositories keep one as a function-local static. Names come from code.
class RowShape
{
public:
    RowShape(QString table, std::initializer_list<const char*> columns);
    RowShape(QString table, QStringList columns);
    RowShape(const RowShape&) = delete;
    RowShape& operator=(const RowShape&) = delete;

    const QString& table() const { return m_table; }
    const QStringList& columns() const { return m_columns; }
    qsizetype size() const { return m_columns.size(); }
    // Distinct for every shape built in this process; RecordWriter keys its statements on it.
    int key() const { return m_key; }

    // INSERT of the columns, then id and the bookkeeping columns.
    const QString& insertSql() const { return m_insertSql; }
    // UPDATE of the columns and the bookkeeping, WHERE id = ? AND revision = ?.
    const QString& updateSql() const { return m_updateSql; }
    // Column positions in the order the outbox JSON lists them (by name, as QJsonObject does), and the
    // JSON text of each key ("\"name\":") in that order. Secret columns are left out.
    const QList<int>& jsonOrder() const { return m_jsonOrder; }
    const QStringList& jsonKeys() const { return m_jsonKeys; }

    // A secret even when hashed (password_hash): never in the outbox, so never in an export or on the
    // server; the audit trail says that it changed, not what to.
    static bool isSecret(const QString& column);

private:
    void build();

    QString m_table;
    QStringList m_columns;
    int m_key = 0;
    QString m_insertSql;
    QString m_updateSql;
    QList<int> m_jsonOrder;
    QStringList m_jsonKeys;
};

} // namespace threerings
