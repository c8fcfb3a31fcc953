#include "core/training/PracticeDeskQueries.h"

#include "core/db/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace threerings {

namespace {

Status run(QSqlQuery& q, const QString& sql, const QVariantList& binds = {})
{
    bool ok = q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (ok && q.exec())
        return {};
    return Error::io(PracticeDeskQueries::tr("Could not copy the hotline's lists into the practice file: %1")
                         .arg(q.lastError().text()));
}

} // namespace

Status PracticeDeskQueries::copyListsFrom(const QString& mainDbPath)
{
    QSqlQuery q(database().connection());
    if (Status s = run(q, QStringLiteral("ATTACH DATABASE ? AS hotline"), {mainDbPath}); !s)
        return s;
    const QStringList statements = {
        QStringLiteral(
            "INSERT INTO departments (id, name, kind, head_user_id, phone, routes, active, created_at, "
            "created_by, updated_at, updated_by, revision) SELECT id, name, kind, NULL, phone, routes, "
            "active, "
            "created_at, created_by, updated_at, updated_by, revision FROM hotline.departments d WHERE NOT "
            "EXISTS (SELECT 1 FROM main.departments x WHERE x.name = d.name AND x.id <> d.id) ON "
            "CONFLICT(id) "
            "DO UPDATE SET name = excluded.name, kind = excluded.kind, phone = excluded.phone, routes = "
            "excluded.routes, active = excluded.active"),
        QStringLiteral(
            "INSERT INTO outlets (id, code, name, kind, region, phone, address, province, city, active, "
            "created_at, created_by, updated_at, updated_by, revision) SELECT id, code, name, kind, region, "
            "phone, address, province, city, active, created_at, created_by, updated_at, updated_by, "
            "revision "
            "FROM hotline.outlets o WHERE NOT EXISTS (SELECT 1 FROM main.outlets x WHERE x.code = o.code AND "
            "x.id <> o.id) ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind, phone = "
            "excluded.phone, address = excluded.address, province = excluded.province, city = excluded.city, "
            "active = excluded.active"),
        QStringLiteral(
            "INSERT INTO users (id, job_number, name, department_id, roles, active, created_at, created_by, "
            "updated_at, updated_by, revision) SELECT id, job_number, name, (SELECT x.id FROM "
            "main.departments "
            "x WHERE x.id = u.department_id), roles, active, created_at, created_by, updated_at, updated_by, "
            "revision FROM hotline.users u WHERE NOT EXISTS (SELECT 1 FROM main.users x WHERE x.job_number = "
            "u.job_number AND x.id <> u.id) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
            "department_id "
            "= excluded.department_id, roles = excluded.roles, active = excluded.active"),
        QStringLiteral(
            "UPDATE main.departments SET head_user_id = (SELECT d.head_user_id FROM hotline.departments d "
            "WHERE d.id = main.departments.id AND d.head_user_id IN (SELECT id FROM main.users))"),
    };
    Status done;
    {
        Transaction tx(database());
        done = tx.status();
        for (const QString& sql : statements) {
            if (!done)
                break;
            done = run(q, sql);
        }
        if (done)
            done = tx.commit();
    }
    q.finish();
    // Detached even when a copy failed, so the next practice call attaches again.
    if (Status detached = run(q, QStringLiteral("DETACH DATABASE hotline")); done && !detached)
        return detached;
    return done;
}

} // namespace threerings
