#pragma once

#include "core/auth/Actor.h"
#include "core/db/Repository.h"
#include "core/model/KbEntry.h"

namespace threerings {

// The knowledge base beside the call: solutions, the directory (通讯录) and the price list.
// search() finds any substring as the agent types: words of three or more characters through the
// FTS5 trigram index (kb_fts, kept in step by triggers in the writer's transaction), shorter ones by
// LIKE over the entries, scanned in key order and stopped at the limit. Admins edit it
// (Action::ManageScripts); reading needs no permission — it is the hotline's reference material.
class KnowledgeRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(KnowledgeRepository)

public:
    using Repository::Repository;

    // Whitespace separates words; every word must occur (in the title, answer or tags). `kind` empty =
    // all kinds. An empty query lists the first entries.
    // Retired entries only when asked (the admin's list).
    Result<QList<KbEntry>> search(const QString& query, int limit = 20, const QString& kind = {},
                                  bool retiredToo = false) const;
    Result<KbEntry> get(const QString& id) const;
    // The hotline's own entries (those the schema ships left out).
    Result<int> count() const;

    Result<KbEntry> insert(const Actor& actor, KbEntry entry);
    Result<KbEntry> update(const Actor& actor, KbEntry entry);
    Status remove(const Actor& actor, const QString& id);
    // For setup code (defaults, demo data, benchmarks): no permission check.
    Result<KbEntry> insert(KbEntry entry, const QString& actor);

    // Loads the starter set (":/data/kb/zh_CN.json") when the knowledge base is empty.
    Status seedDefaultsIfEmpty(const QString& actor);
    // Entries of a JSON file ({"language", "entries": [{kind, title, body, tags}]}); errors name the line.
    static Result<QList<KbEntry>> fromJson(const QByteArray& json);

    static const RowShape& shape();
};

} // namespace threerings
