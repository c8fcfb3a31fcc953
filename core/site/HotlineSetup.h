#pragma once

#include "core/auth/Actor.h"
#include "core/model/Department.h"
#include "core/model/Outlet.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace threerings {

class Clock;
class Database;

// The first start of a new hotline (ui/admin/FirstStartWizard): the unit's name and the hotline number the
// greeting says, the first departments and outlets, and whether the hotline is set up. Every write needs
// ManageSetup and goes through the service that owns the records (the settings table, DepartmentService,
// OutletService); each step is all or nothing, so a walk-through cancelled half-way resumes from what was
// saved. A new file is not set up until an admin finishes the walk-through (Setting::SetupWalkthroughDone,
// written by Defaults::ensure); a file that held people before it existed is.
class HotlineSetup
{
    Q_DECLARE_TR_FUNCTIONS(HotlineSetup)

public:
    // What the greeting says (「您好,XX公司800热线…」): Setting::UnitName and Setting::HotlineNumber.
    struct Identity
    {
        QString unitName;
        QString hotlineNumber;
    };

    // What is set up so far, for the walk-through's last page.
    struct Progress
    {
        Identity identity;
        bool identityChanged = false; // not the shipped defaults any more
        int departments = 0;          // active ones
        int outlets = 0;              // active ones
        qint64 customers = 0;
        int people = 0; // accounts, the admin among them
        bool done = false;
    };

    HotlineSetup(Database& db, const Clock& clock);

    // Whether the hotline is set up (the walk-through was finished).
    bool isDone() const;
    // Whether the walk-through is for `actor` now: they may set the hotline up and it is not set up yet.
    bool offeredTo(const Actor& actor) const;

    Identity identity() const;
    // Saves both, checked against the settings table before either is written (ManageSetup).
    Status saveIdentity(const Actor& actor, const Identity& identity);

    // The three departments the handbooks route forms to, with no id yet: 技术支持部 (technical quality and
    // other), 产品事业部 (sales) and 用户服务部 (service complaints).
    static QList<Department> proposedDepartments();
    // Adds the new departments and saves the changed ones through DepartmentService, all or nothing; an error
    // names the department and its field. Returns them as saved.
    Result<QList<Department>> saveDepartments(const Actor& actor, const QList<Department>& departments);
    // Adds the outlets through OutletService, all or nothing; an error names the outlet and its field.
    Result<QList<Outlet>> saveOutlets(const Actor& actor, const QList<Outlet>& outlets);

    Result<Progress> progress(const Actor& actor) const;
    // Marks the hotline set up: the walk-through is offered no more (ManageSetup).
    Status finish(const Actor& actor);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace threerings
