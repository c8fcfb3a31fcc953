#include "core/words/KnowledgeService.h"

#include "core/auth/Permissions.h"
#include "core/db/Transaction.h"
#include "core/words/KnowledgeRepository.h"

namespace threerings {

KnowledgeService::KnowledgeService(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

Result<QList<KbEntry>> KnowledgeService::search(const Actor& actor, const QString& query, bool retiredToo,
                                                int limit) const
{
    if (Status s = Permissions::require(actor, retiredToo ? Action::ManageScripts : Action::ReadWords); !s)
        return s.error();
    return KnowledgeRepository(m_db, m_clock).search(query, limit, {}, retiredToo);
}

Result<KbEntry> KnowledgeService::save(const Actor& actor, KbEntry entry)
{
    if (Status s = Permissions::require(actor, Action::ManageScripts); !s)
        return s.error();
    entry.title = entry.title.trimmed();
    entry.category = entry.category.trimmed();
    if (entry.language.isEmpty())
        entry.language = QStringLiteral("zh_CN");
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    KnowledgeRepository repo(m_db, m_clock);
    auto saved = entry.meta.isStored() ? repo.update(actor, entry) : repo.insert(actor, entry);
    if (!saved)
        return saved.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return saved;
}

Status KnowledgeService::setActive(const Actor& actor, const QString& id, bool active)
{
    if (Status s = Permissions::require(actor, Action::ManageScripts); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    KnowledgeRepository repo(m_db, m_clock);
    auto e = repo.get(id);
    if (!e)
        return e.error();
    if (e->active == active)
        return {};
    e->active = active;
    if (auto saved = repo.update(actor, *e); !saved)
        return saved.error();
    return tx.commit();
}

} // namespace threerings
