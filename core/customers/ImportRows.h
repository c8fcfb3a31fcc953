#pragma once

// The steps every kind's import shares (core/customers only): where the columns are, a row's cells, its
// key, its retired flag, and the all-or-nothing write.
#include "core/customers/SetupTables.h"
#include "core/db/Database.h"
#include "core/db/Transaction.h"

#include <QHash>
#include <optional>
#include <vector>

namespace threerings::importrows {

using Problem = SetupTables::Problem;

// Where each of a kind's columns is in the file's header, and the heading the file gives it.
struct Header
{
    QHash<QString, int> index;    // column key → position
    QHash<QString, QString> name; // column key → the heading as the file writes it (English or Chinese)
    QList<Problem> problems;

    // The column as the file names it, for a problem.
    QString named(const QString& key) const { return name.value(key, key); }
};

Header readHeader(const QString& kind, const QStringList& header);
// A cell of a row, or nothing when the file has no such column (the record keeps what it has).
std::optional<QString> cell(const Header& h, const QStringList& row, const QString& key);
std::optional<bool> yesNo(const QString& text);
// The column a validation error is about, as the file names it.
QString columnOf(const Header& h, const Error& e, const QString& fallback);
// The row's key (in `column`), or nothing when it is empty or an earlier row has it; the problem is added.
// `twice` takes the key and the earlier row.
std::optional<QString> rowKey(const Header& h, const QStringList& row, int line, const QString& column,
                              QHash<QString, int>& seen, QList<Problem>& problems, const QString& empty,
                              const QString& twice);
// The row's "active" cell into `active` (kept when the file has no such column); false, with the problem
// added, when it is neither yes nor no.
bool readActive(const Header& h, const QStringList& row, int line, bool& active, QList<Problem>& problems);
// Calls `progress` now and then.
void report(const SetupTables::Progress& progress, qint64 done, qint64 total,
            SetupTables::Phase phase = SetupTables::Phase::Checking);

// Counts a checked row: unchanged when `same` (nothing to write), else added or changed, and planned.
template <typename Record>
void planRow(SetupTables::Outcome& out, std::vector<std::pair<Record, bool>>& plan, Record record, bool isNew,
             bool same)
{
    if (same) {
        ++out.unchanged;
        return;
    }
    (isNew ? out.added : out.changed) += 1;
    plan.emplace_back(std::move(record), isNew);
}

// Writes the checked rows in one transaction, unless some row was wrong or it is a dry run.
template <typename Record, typename Write>
Result<SetupTables::Outcome> writePlan(Database& db, SetupTables::Outcome out,
                                       const std::vector<std::pair<Record, bool>>& plan, bool dryRun,
                                       const Write& write, const SetupTables::Progress& progress = {})
{
    if (!out.problems.isEmpty() || dryRun)
        return out;
    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    const qint64 total = qint64(plan.size());
    qint64 done = 0;
    for (const auto& [record, isNew] : plan) {
        if (Status s = write(record, isNew); !s)
            return s.error();
        report(progress, ++done, total, SetupTables::Phase::Writing);
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    out.written = true;
    return out;
}

} // namespace threerings::importrows
