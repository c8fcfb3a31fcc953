#pragma once

#include "core/auth/Actor.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <functional>

class QIODevice;

namespace threerings {

class Clock;
class Database;
struct TableFile;

// What a hotline sets up itself, as tables: written out (CSV, JSON lines, XLSX) and read back in (CSV or
// XLSX, headers in English or Chinese) by the command line (export KIND, import KIND) and Admin ▸ Import….
// An import matches rows to records by their natural key (a department's name, an outlet's code, an entry's
// title, a product's model, a customer's phone, a device's serial number), adds the new ones, changes only
// the fields that differ, and is all or nothing: a dry run lists every bad row with its row number, column
// and fix, and changes nothing.
class SetupTables
{
    Q_DECLARE_TR_FUNCTIONS(SetupTables)

public:
    enum class Format
    {
        Csv,
        Json,
        Xlsx,
    };

    struct Column
    {
        QString key;     // the English header, as exported
        QString chinese; // the header a Chinese spreadsheet may use instead
        bool required = false;
    };

    // One thing wrong with a file: the spreadsheet's row (0: the file as a whole), the column, the fix.
    struct Problem
    {
        int row = 0;
        QString column;
        QString message;
    };

    struct Outcome
    {
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        QList<Problem> problems; // when any, nothing was written
        bool written = false;
    };

    // What an import is doing: checking the file's rows, or writing the records that differ.
    enum class Phase
    {
        Checking,
        Writing,
    };
    // Called now and then with the phase, the rows done and the rows in all of that phase.
    using Progress = std::function<void(Phase phase, qint64 done, qint64 total)>;

    SetupTables(Database& db, const Clock& clock);

    // departments outlets knowledge products customers devices calendar accounts
    static QStringList kinds();
    static QList<Column> columns(const QString& kind);
    // "departments" as people read it.
    static QString kindLabel(const QString& kind);
    // What an import matches a kind's rows to records by ("their phone number" …), for messages.
    static QString matchedBy(const QString& kind);

    // The kind's records, a header row first (the English keys).
    Result<QList<QStringList>> rows(const Actor& actor, const QString& kind) const;
    // Writes them to `out`; returns the number of records.
    Result<qint64> write(const Actor& actor, const QString& kind, Format format, QIODevice& out) const;

    // Reads `table` (from readTableFile) into the kind's records: checks every row first; with problems, or
    // on a dry run, writes nothing. Needs ManageSetup (the knowledge base: ManageScripts).
    Result<Outcome> import(const Actor& actor, const QString& kind, const TableFile& table, bool dryRun,
                           const Progress& progress = {});

    // An outcome as one line per problem, "row 7, column phone: …", after `file`'s name.
    static QStringList describe(const QString& file, const Outcome& outcome);

private:
    Result<Outcome> importDepartments(const Actor& actor, const TableFile& table, bool dryRun,
                                      const Progress& progress);
    Result<Outcome> importOutlets(const Actor& actor, const TableFile& table, bool dryRun,
                                  const Progress& progress);
    Result<Outcome> importKnowledge(const Actor& actor, const TableFile& table, bool dryRun,
                                    const Progress& progress);
    // CustomerTables.cpp: the customers, their devices and the products.
    Result<QList<QStringList>> customerRows(const QString& kind) const;
    Result<Outcome> importCustomers(const Actor& actor, const TableFile& table, bool dryRun,
                                    const Progress& progress);
    Result<Outcome> importDevices(const Actor& actor, const TableFile& table, bool dryRun,
                                  const Progress& progress);
    Result<Outcome> importProducts(const Actor& actor, const TableFile& table, bool dryRun,
                                   const Progress& progress);
    // AccountTables.cpp: the people, without passwords.
    Result<QList<QStringList>> accountRows() const;
    Result<Outcome> importAccounts(const Actor& actor, const TableFile& table, bool dryRun,
                                   const Progress& progress);
    // The business calendar's dated days (core/customers/CalendarTable.cpp).
    Status calendarRows(const Actor& actor, QList<QStringList>& out) const;
    Result<Outcome> importCalendar(const Actor& actor, const TableFile& table, bool dryRun,
                                   const Progress& progress);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace threerings
