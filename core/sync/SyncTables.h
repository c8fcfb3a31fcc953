#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

// What replication sends and how it writes versions: shared by SyncEngine's push, pull and
// bookkeeping (core/sync only).
namespace threerings::synctables {

// Tables that never travel: the sync worker's own bookkeeping, the trail, and the accounts (password
// hashes stay on the console that set them; people get a server login of their own instead).
const QSet<QString>& localOnly();
// Columns every replicated table has, written by the engine itself.
const QSet<QString>& bookkeeping();
// Fields only supervisors may read: they travel in a part of their own that row-level security
// shows to supervisors and admins only.
const QHash<QString, QSet<QString>>& restricted();

// Rows that stay on this console because they belong to a call of the simulated line (demos, training):
// the call, what was written on it (script runs, banned-phrase hits, forms) and the records hanging off
// those forms. Per table, a query selecting a row when the row with id ? is such a one.
const QHash<QString, QString>& onSimulatedCall();

QString compact(const QJsonObject& o);
// A field's version as sync_versions and tr_changes.base keep it: [hlc, console].
QJsonArray versionJson(qint64 hlc, const QString& console);

} // namespace threerings::synctables
