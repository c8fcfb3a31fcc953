#pragma once

#include "core/auth/Actor.h"
#include "core/model/Draft.h"
#include "core/model/RecordKind.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QList>
#include <memory>
#include <optional>

namespace threerings {

class Clock;
class Database;
class DraftRepository;

// The typing a form view keeps for its person (see DraftRepository): each person saves, finds, is offered
// back and discards only their own drafts, and nobody (no one signed in) keeps none. The views reach
// drafts through this service only.
class FormDrafts
{
public:
    FormDrafts(Database& db, const Clock& clock);
    ~FormDrafts();

    // Saves (or replaces) the actor's draft of `kind` for `recordId` ("" = a new form).
    Result<Draft> save(const Actor& actor, RecordKind kind, const QString& recordId,
                       const QJsonObject& fields);
    // The actor's draft of that form, if any.
    Result<std::optional<Draft>> find(const Actor& actor, RecordKind kind, const QString& recordId) const;
    // Every draft of the actor, newest first: what to offer back after a crash or at the next sign-in.
    Result<QList<Draft>> pendingFor(const Actor& actor) const;
    // Drops the actor's draft (the form was saved, or they threw it away). No draft is fine.
    Status discard(const Actor& actor, RecordKind kind, const QString& recordId);

private:
    std::unique_ptr<DraftRepository> m_repo;
};

} // namespace threerings
