#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlQuery>
#include <QStringList>
#include <vector>

namespace threerings {

class Database;

// The SQL of every kind of export: which table, which joins, which columns, which date, which order.
// Exporter streams the rows this opens; the query runs forward only, so millions of rows never sit in
// memory. "tally" selects the answered incoming calls that Exporter counts. Calls of the simulated line
// (calls.simulated: demos, training) are exported by neither "calls" nor "tally".
class ExportQueries
{
    Q_DECLARE_TR_FUNCTIONS(ExportQueries)

public:
    enum class Type
    {
        Text,
        Int,
        Bool,
        Time, // milliseconds since the epoch → ISO 8601 in the hotline's zone
        Json, // a JSON document stored as text; embedded as is in JSON lines
    };
    struct Field
    {
        QString name;
        Type type = Type::Text;
    };
    // Local days, with the first and the one after the last as milliseconds in the hotline's zone.
    struct Range
    {
        QDate from; // invalid = no lower bound
        QDate to;   // invalid = no upper bound
        qint64 fromMs = 0;
        qint64 afterToMs = 0;
    };

    explicit ExportQueries(Database& db);

    // The kinds with a table of their own, in the order of the command line reference (no tally).
    static QStringList kinds();
    // The fields of a kind, in the order of the CSV header; empty for an unknown kind and for tally.
    static std::vector<Field> fields(const QString& kind);

    // Runs the query of `kind`; `hidePenalty` reads NULL in place of the penalty opinion.
    Status open(const QString& kind, const Range& range, bool hidePenalty);
    bool next();
    QVariant value(int i) const;
    // Why reading stopped before the end; empty when it did not.
    QString stoppedBecause() const;

private:
    Database& m_db;
    QSqlQuery m_query;
};

} // namespace threerings
