#include "core/db/Database.h"
#include "core/sync/SyncEngine.h"

#include <QSqlError>

// Numbers given twice while apart: the form, complaint and report numbers of SPEC §4.

namespace threerings {

namespace {

// The tables whose records carry a number people quote, and its column.
const QHash<QString, QString>& numbered()
{
    static const QHash<QString, QString> columns{{QStringLiteral("problem_forms"), QStringLiteral("number")},
                                                 {QStringLiteral("complaints"), QStringLiteral("no")},
                                                 {QStringLiteral("complaint_reports"), QStringLiteral("no")}};
    return columns;
}

QString renamed(const QString& number, const QString& id)
{
    return number + QLatin1Char('-') + id.left(4).toUpper();
}

} // namespace

Result<bool> SyncEngine::settleNumberClash(const Change& c, const QStringList& columns, QVariantList& values,
                                           const QString& error)
{
    const auto column = numbered().find(c.table);
    if (column == numbered().end() || !error.contains(c.table + QLatin1Char('.') + *column))
        return false;
    const qsizetype at = columns.indexOf(*column);
    if (at < 0)
        return false;
    const QString number = values.at(at).toString();
    QSqlQuery& holder = local(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(c.table, *column));
    holder.bindValue(0, number);
    if (!holder.exec() || !holder.next())
        return false;
    const QString other = holder.value(0).toString();
    holder.finish();
    if (c.rowId > other) {
        values[at] = renamed(number, c.rowId);
        if (Status s = audit(c.changedAt, c.changedBy, c.table, c.rowId, QStringLiteral("conflict"), *column,
                             number, values.at(at));
            !s)
            return s.error();
        return true;
    }
    // The record here gives way: the same rename every other console makes when the two meet.
    const QString moved = renamed(number, other);
    // A new revision: a window still holding the record under the old number gets a conflict on saving, it
    // does not write the old number back.
    QSqlQuery& rename = local(
        QStringLiteral("UPDATE %1 SET %2 = ?, revision = revision + 1 WHERE id = ?").arg(c.table, *column));
    rename.bindValue(0, moved);
    rename.bindValue(1, other);
    if (!rename.exec())
        return Error::data(rename.lastError().databaseText());
    if (Status s =
            audit(c.changedAt, QString(), c.table, other, QStringLiteral("conflict"), *column, number, moved);
        !s)
        return s.error();
    return true;
}

} // namespace threerings
