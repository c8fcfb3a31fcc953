#pragma once

#include "core/auth/Actor.h"
#include "core/util/HotlineTime.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QTimeZone>

class QIODevice;

namespace threerings {

class Database;

// Streams the hotline's records out as CSV (UTF-8, header row, RFC 4180 quoting) or JSON lines,
// one row at a time so millions of rows never sit in memory. Each kind filters on its natural
// date in local days of the hotline's time zone, and joins the names a reader needs (agent job
// number, outlet name …) beside the keys.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    enum class Format
    {
        Csv,
        Json,
    };

    struct Options
    {
        QString kind;
        QDate from; // inclusive; invalid = no lower bound
        QDate to;   // inclusive; invalid = no upper bound
        Format format = Format::Csv;
        QTimeZone zone = hotlineTimeZone();
        // Who exports: records need ExportRecords, the audit kind ReadAudit, and the penalty opinions
        // of complaint reports ReadPenaltyOpinion (for others the column stays, empty).
        Actor actor;
    };

    explicit Exporter(Database& db);

    // customers calls problem-forms consultations callbacks complaints complaint-reports ratings tally audit
    static QStringList kinds();
    // The column names of a kind, as in the CSV header and the JSON keys; empty for an unknown kind.
    static QStringList columns(const QString& kind);

    // Writes the rows to `out`; returns how many rows were written.
    Result<qint64> run(const Options& options, QIODevice& out);

private:
    Database& m_db;
};

} // namespace threerings
