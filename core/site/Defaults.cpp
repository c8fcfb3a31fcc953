#include "core/site/Defaults.h"

#include "core/auth/AccountService.h"
#include "core/calendar/CalendarRepository.h"
#include "core/customers/CustomerRepository.h"
#include "core/db/Database.h"
#include "core/db/Transaction.h"
#include "core/settings/SettingsRepository.h"
#include "core/sync/SyncEngine.h"
#include "core/words/KnowledgeRepository.h"
#include "core/words/PhraseRepository.h"
#include "core/words/ScriptRepository.h"

namespace threerings {

Status Defaults::ensure(Database& db, const Clock& clock)
{
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    // The settings the table marks as seeded are written, so the site file and the team's server show
    // them; the others read as their defaults until someone sets them.
    SettingsRepository settings(db, clock);
    for (const SettingEntry* e : Settings::all()) {
        if (!e->seeded || settings.isStored(*e))
            continue;
        if (Status s = settings.setText(*e, {}, QString::fromUtf8(e->defaultValue), {}); !s)
            return s;
    }
    // A new file walks its first admin through the set-up (core/site/HotlineSetup); a file that held people
    // before the walk-through existed is set up already. Written once either way, so this asks once.
    if (!settings.isStored(Setting::SetupWalkthroughDone)) {
        auto nobody = holdsNobody(db, clock);
        if (!nobody)
            return nobody.error();
        if (Status s = settings.set(Setting::SetupWalkthroughDone, !*nobody, {}); !s)
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

Result<bool> Defaults::holdsNobody(Database& db, const Clock& clock)
{
    auto people = AccountService(db, clock).hasPeople();
    if (!people)
        return people.error();
    if (*people)
        return false;
    auto customers = CustomerRepository(db, clock).count();
    if (!customers)
        return customers.error();
    if (*customers > 0)
        return false;
    auto server = SyncEngine::configured(db);
    return !server && server.error().kind == Error::Kind::NotFound;
}

} // namespace threerings
