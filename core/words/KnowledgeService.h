#pragma once

#include "core/auth/Actor.h"
#include "core/model/KbEntry.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace threerings {

class Clock;
class Database;

// Keeping the knowledge base (Admin ▸ Hotline set-up… ▸ Knowledge base): admins add, correct, retire and
// restore entries (Action::ManageScripts); everybody signed in reads the entries in use (Action::ReadWords).
// Every change is audited and replicated; a retired entry is found no more beside the call.
class KnowledgeService
{
    Q_DECLARE_TR_FUNCTIONS(KnowledgeService)

public:
    KnowledgeService(Database& db, const Clock& clock);

    // Every word of `query` occurs (in the title, answer, tags or category); retired entries too when asked
    // (admins only).
    Result<QList<KbEntry>> search(const Actor& actor, const QString& query, bool retiredToo = false,
                                  int limit = 500) const;
    // Adds the entry (no id yet) or saves the changes to a stored one (at the revision it was read).
    Result<KbEntry> save(const Actor& actor, KbEntry entry);
    Status setActive(const Actor& actor, const QString& id, bool active);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace threerings
