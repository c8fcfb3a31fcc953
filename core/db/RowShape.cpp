#include "core/db/RowShape.h"

#include <QRegularExpression>
#include <algorithm>
#include <atomic>

namespace threerings {

namespace {

std::atomic<int> nextKey{1};

bool isIdentifier(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return re.match(s).hasMatch();
}

bool isBookkeeping(const QString& c)
{
    return c == QLatin1String("id") || c == QLatin1String("created_at") || c == QLatin1String("created_by") ||
           c == QLatin1String("updated_at") || c == QLatin1String("updated_by") ||
           c == QLatin1String("revision");
}

} // namespace

RowShape::RowShape(QString table, std::initializer_list<const char*> columns) : m_table(std::move(table))
{
    m_columns.reserve(qsizetype(columns.size()));
    for (const char* c : columns)
        m_columns.append(QString::fromLatin1(c));
    build();
}

RowShape::RowShape(QString table, QStringList columns)
    : m_table(std::move(table)), m_columns(std::move(columns))
{
    build();
}

bool RowShape::isSecret(const QString& column)
{
    return column == QLatin1String("password_hash");
}

void RowShape::build()
{
    Q_ASSERT(isIdentifier(m_table));
    m_key = nextKey.fetch_add(1);
    QStringList marks;
    QStringList sets;
    for (const QString& c : std::as_const(m_columns)) {
        Q_ASSERT(isIdentifier(c) && !isBookkeeping(c));
        marks << QStringLiteral("?");
        sets << c + QStringLiteral(" = ?");
    }
    QStringList insertCols = m_columns;
    insertCols << QStringLiteral("id") << QStringLiteral("created_at") << QStringLiteral("created_by")
               << QStringLiteral("updated_at") << QStringLiteral("updated_by") << QStringLiteral("revision");
    marks << QStringLiteral("?") << QStringLiteral("?") << QStringLiteral("?") << QStringLiteral("?")
          << QStringLiteral("?") << QStringLiteral("1");
    m_insertSql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(m_table, insertCols.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
    sets << QStringLiteral("updated_at = ?") << QStringLiteral("updated_by = ?")
         << QStringLiteral("revision = revision + 1");
    m_updateSql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND revision = ?")
                      .arg(m_table, sets.join(QLatin1Char(',')));

    for (int i = 0; i < m_columns.size(); ++i)
        if (!isSecret(m_columns[i]))
            m_jsonOrder.append(i);
    std::sort(m_jsonOrder.begin(), m_jsonOrder.end(),
              [this](int a, int b) { return m_columns[a] < m_columns[b]; });
    for (int i : std::as_const(m_jsonOrder))
        m_jsonKeys << QLatin1Char('"') + m_columns[i] + QStringLiteral("\":");
}

} // namespace threerings
