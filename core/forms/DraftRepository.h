#pragma once

#include "core/auth/Actor.h"
#include "core/model/Draft.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace threerings {

class Clock;
class Database;

// Never lose typing: the views save the fields of an open form every few seconds and when the focus
// leaves a field; after a crash the console offers the person's drafts back; saving the form discards
// its draft. One draft per person, kind and record.
//
// Drafts are scratch of one console, not records: they skip RecordWriter on purpose. An outbox row
// would replicate half-typed text to every console and an audit row every few seconds would bury
// the real changes. Each save is one small committed statement (synchronous=FULL), so a killed
// process keeps the last save.
class DraftRepository
{
    Q_DECLARE_TR_FUNCTIONS(DraftRepository)

public:
    DraftRepository(Database& db, const Clock& clock);

    // Saves (or replaces) the actor's draft of `kind` for `recordId` ("" = a new form).
    Result<Draft> save(const Actor& actor, RecordKind kind, const QString& recordId,
                       const QJsonObject& fields);
    // The actor's draft of that form, if any.
    Result<std::optional<Draft>> find(const Actor& actor, RecordKind kind, const QString& recordId) const;
    // Every draft of the actor, newest first: what to offer back after a crash. A draft of a kind this
    // version does not know (drafts.kind it cannot read) is left out with a warning in the log: no view
    // here could open it.
    Result<QList<Draft>> pendingFor(const Actor& actor) const;
    // Drops the draft (the form was saved, or the person threw the draft away). No draft is fine.
    Status discard(const Actor& actor, RecordKind kind, const QString& recordId);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace threerings
