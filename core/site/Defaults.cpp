#include "core/site/Defaults.h"

#include "core/calendar/CalendarRepository.h"
#include "core/db/Database.h"
#include "core/db/Transaction.h"
#include "core/settings/SettingsRepository.h"
#include "core/words/KnowledgeRepository.h"
#include "core/words/PhraseRepository.h"
#include "core/words/ScriptRepository.h"

namespace threerings {

Status Defaults::ensure(Database& db, const Clock& clock)
{
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    SettingsRepository settings(db, clock);
    const std::pair<const char*, const char*> defaults[] = {
        {"hotline.unit_name", "用户服务部"},
        {"hotline.number", "800-858-0000"},
        {"line.ring_on_ms", "1000"},
        {"line.ring_off_ms", "4000"},
    };
    for (const auto& [key, value] : defaults) {
        if (Status s = settings.setDefault(QString::fromLatin1(key), QString::fromUtf8(value), {}); !s)
            return s;
    }
    if (Status s = CalendarRepository(db, clock).seedDefaultsIfEmpty(Actor::systemActor()); !s)
        return s;
    // Scripts, phrase lists and the starter knowledge base: only where the database has none yet.
    if (Status s = ScriptRepository(db, clock).seedDefaultsIfEmpty({}); !s)
        return s;
    if (Status s = PhraseRepository(db, clock).seedDefaultsIfEmpty({}); !s)
        return s;
    if (Status s = KnowledgeRepository(db, clock).seedDefaultsIfEmpty({}); !s)
        return s;
    return tx.commit();
}

} // namespace threerings
