// SetupTables: the hotline's people as a table (export and import), without passwords: a person imported
// new has no password yet, and an admin gives each a first one in Admin ▸ Accounts….
#include "core/auth/DepartmentRepository.h"
#include "core/auth/Permissions.h"
#include "core/auth/UserRepository.h"
#include "core/customers/ImportRows.h"
#include "core/customers/SetupTables.h"
#include "core/util/TableFile.h"

#include <QRegularExpression>

namespace threerings {

using namespace importrows;

namespace {

// "agent,supervisor", "坐席、主管" …; nothing when a part is no role (named in `bad`).
std::optional<QList<Role>> readRoles(const QString& text, QString* bad)
{
    QList<Role> out;
    static const QRegularExpression separators(QStringLiteral("[,，、;；/\\s]+"));
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        Role role = roleFromText(part.toLower());
        for (Role each : knownRoles())
            if (role == Role::Unknown && part == Permissions::roleLabel(each))
                role = each;
        // The handbooks' words, whatever the interface language.
        const std::pair<const char16_t*, Role> words[] = {
            {u"坐席", Role::Agent},      {u"话务员", Role::Agent},   {u"处理人", Role::Handler},
            {u"主管", Role::Supervisor}, {u"培训师", Role::Trainer}, {u"管理员", Role::Admin},
            {u"学员", Role::Trainee}};
        for (const auto& [word, each] : words)
            if (role == Role::Unknown && part == QString::fromUtf16(word))
                role = each;
        if (role == Role::Unknown) {
            *bad = part;
            return std::nullopt;
        }
        if (!out.contains(role))
            out << role;
    }
    return out;
}

} // namespace

Result<QList<QStringList>> SetupTables::accountRows() const
{
    QList<QStringList> out;
    QStringList header;
    for (const Column& c : columns(QStringLiteral("accounts")))
        header << c.key;
    out << header;
    auto departments = DepartmentRepository(m_db, m_clock).list();
    if (!departments)
        return departments.error();
    QHash<QString, QString> departmentName;
    for (const Department& d : departments.value())
        departmentName.insert(d.meta.id, d.name);
    auto people = UserRepository(m_db, m_clock).list();
    if (!people)
        return people.error();
    for (const User& u : people.value())
        out << QStringList{u.jobNumber, u.name, rolesText(u.roles), departmentName.value(u.departmentId),
                           u.active ? QStringLiteral("1") : QStringLiteral("0")};
    return out;
}

Result<SetupTables::Outcome> SetupTables::importAccounts(const Actor& actor, const TableFile& table,
                                                         bool dryRun, const Progress& progress)
{
    Outcome out;
    const Header h = readHeader(QStringLiteral("accounts"), table.header);
    out.problems = h.problems;
    if (!out.problems.isEmpty())
        return out;
    UserRepository repo(m_db, m_clock);
    auto stored = repo.list();
    if (!stored)
        return stored.error();
    QHash<QString, User> byJob;
    for (const User& u : stored.value())
        byJob.insert(u.jobNumber, u);
    auto departments = DepartmentRepository(m_db, m_clock).list();
    if (!departments)
        return departments.error();
    QHash<QString, QString> departmentId;
    for (const Department& d : departments.value())
        departmentId.insert(d.name, d.meta.id);

    std::vector<std::pair<User, bool>> plan;
    QHash<QString, int> seen;
    const qint64 total = table.rows.size();
    for (qint64 i = 0; i < total; ++i) {
        const QStringList& row = table.rows.at(i);
        const int line = table.rowNumbers.value(i, int(i) + 2);
        report(progress, i + 1, total);
        const auto job = rowKey(h, row, line, QStringLiteral("job_number"), seen, out.problems,
                                tr("the job number is empty; fill it in."),
                                tr("the job number %1 is on row %2 already; keep one row per person."));
        if (!job)
            continue;
        const bool isNew = !byJob.contains(*job);
        User u = isNew ? User() : byJob.value(*job);
        const User before = u;
        u.jobNumber = *job;
        if (auto v = cell(h, row, QStringLiteral("name")))
            u.name = *v;
        if (auto v = cell(h, row, QStringLiteral("roles")); v && !v->isEmpty()) {
            QString bad;
            auto roles = readRoles(*v, &bad);
            if (!roles) {
                out.problems << Problem{line, h.named(QStringLiteral("roles")),
                                        tr("'%1' is not a role; use %2, separated by commas.")
                                            .arg(bad, roleTexts(knownRoles()).join(QStringLiteral(", ")))};
                continue;
            }
            u.roles = *roles;
        }
        if (auto v = cell(h, row, QStringLiteral("department"))) {
            if (!v->isEmpty() && !departmentId.contains(*v)) {
                out.problems << Problem{line, h.named(QStringLiteral("department")),
                                        tr("no department is named %1; add it first (Departments, or import "
                                           "departments), or correct the name.")
                                            .arg(*v)};
                continue;
            }
            u.departmentId = departmentId.value(*v);
        }
        if (!readActive(h, row, line, u.active, out.problems))
            continue;
        // Nobody locks themselves out through a file.
        if (!actor.system && u.meta.id == actor.userId && (!u.active || !u.hasRole(Role::Admin))) {
            out.problems << Problem{line, h.named(QStringLiteral("roles")),
                                    tr("this row would take your own admin role or account away; another "
                                       "admin has to do that.")};
            continue;
        }
        if (Status s = u.validate(); !s) {
            out.problems << Problem{line, columnOf(h, s.error(), QStringLiteral("name")), s.error().message};
            continue;
        }
        planRow(out, plan, u, isNew,
                !isNew && u.name == before.name && u.roles == before.roles &&
                    u.departmentId == before.departmentId && u.active == before.active);
    }
    // The hotline keeps an active admin.
    QHash<QString, User> after = byJob;
    for (const auto& [u, isNew] : plan)
        after.insert(u.jobNumber, u);
    if (out.problems.isEmpty() && std::none_of(after.cbegin(), after.cend(), [](const User& u) {
            return u.active && u.hasRole(Role::Admin);
        }))
        out.problems << Problem{0,
                                {},
                                tr("the file would leave the hotline without an active admin; keep at "
                                   "least one person with the admin role.")};
    return writePlan(
        m_db, out, plan, dryRun,
        [&](const User& u, bool isNew) -> Status {
            auto saved = isNew ? repo.insert(u, actor.stamp()) : repo.update(u, actor.stamp());
            if (!saved)
                return Error::data(
                    tr("Person %1: %2 Nothing was imported.").arg(u.jobNumber, saved.error().message));
            return {};
        },
        progress);
}

} // namespace threerings
