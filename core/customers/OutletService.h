#pragma once

#include "core/auth/Actor.h"
#include "core/model/Outlet.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace threerings {

class Clock;
class Database;

// The hotline's outlets (网点): the people on the phone find them for a form, admins add, correct and
// retire them (ManageSetup). An outlet is never deleted: customers and forms name it.
class OutletService
{
    Q_DECLARE_TR_FUNCTIONS(OutletService)

public:
    OutletService(Database& db, const Clock& clock);

    // Those whose code, name, province or city holds `text` (all when it is empty), by code; the retired
    // ones too when asked.
    Result<QList<Outlet>> search(const Actor& actor, const QString& text = {}, bool retiredToo = false) const;
    // Adds the outlet (no id yet) or saves the changes to a stored one (at the revision it was read). The
    // code must be free.
    Result<Outlet> save(const Actor& actor, Outlet outlet);
    // Retires the outlet, or brings a retired one back.
    Status setActive(const Actor& actor, const QString& id, bool active);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace threerings
