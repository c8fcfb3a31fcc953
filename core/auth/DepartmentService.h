#pragma once

#include "core/auth/Actor.h"
#include "core/model/Category.h"
#include "core/model/Department.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace threerings {

class Clock;
class Database;

// The hotline's own departments: who forms are transferred to (003 §4.5.6) and whose complaint rate
// supervisors read. Everybody signed in sees them; admins add, correct and retire them (ManageSetup).
// A department is never deleted: forms and people name it. A retired one keeps its name on them and is
// offered no more.
class DepartmentService
{
    Q_DECLARE_TR_FUNCTIONS(DepartmentService)

public:
    DepartmentService(Database& db, const Clock& clock);

    // By name; the retired ones too when asked.
    Result<QList<Department>> list(const Actor& actor, bool retiredToo = false) const;
    // Adds the department (no id yet) or saves the changes to a stored one (at the revision it was read;
    // a Conflict when someone changed it since). The name must be free; the head, when named, must be an
    // active person of the hotline.
    Result<Department> save(const Actor& actor, Department department);
    // Retires the department, or brings a retired one back. Its people stay in it.
    Status setActive(const Actor& actor, const QString& id, bool active);
    // Where a problem form of `category` is transferred by default: the active department that names the
    // category among its routes, else one whose kind takes it; none when the hotline has no such
    // department yet.
    Result<std::optional<Department>> routeFor(const Actor& actor, Category category) const;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace threerings
