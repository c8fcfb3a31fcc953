#include "core/db/Database.h"
#include "core/sync/ServerLogin.h"
#include "core/sync/SyncEngine.h"

#include <QSqlError>

// People's server logins: what login_changes queued at this console, sent with the login of who queued it.

namespace threerings {

Status SyncEngine::pushLogins()
{
    struct Pending
    {
        qint64 seq;
        QString job, person, verifier;
        bool own;
        QString roles;
        bool active;
    };
    std::vector<Pending> pending;
    {
        // A login that is nobody's (the test cluster's superuser) sends them all; a person's, theirs.
        QSqlQuery& q = local(QStringLiteral(
            "SELECT l.seq, l.job_number, l.person_id, coalesce(l.verifier, ''), l.own, coalesce(u.roles, "
            "''), "
            "coalesce(u.active, 0) FROM login_changes l LEFT JOIN users u ON u.id = l.person_id "
            "WHERE ? = '' OR l.queued_by = ? ORDER BY l.seq"));
        q.bindValue(0, m_personId);
        q.bindValue(1, m_personId);
        if (!q.exec())
            return Error::io(tr("Could not read the logins to send: %1").arg(q.lastError().text()));
        while (q.next())
            pending.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString(), q.value(4).toBool(), q.value(5).toString(),
                               q.value(6).toBool()});
        q.finish();
    }
    for (const Pending& p : pending) {
        QSqlDatabase srv = server();
        const Status sent =
            p.own ? ServerLogin::setOwnPassword(srv, p.verifier)
                  : ServerLogin::set(srv, p.job, p.person, p.verifier,
                                     p.roles.split(QLatin1Char(','), Qt::SkipEmptyParts), p.active);
        if (!sent) {
            // A connection gone is tried again; a refusal (not an admin any more) is said, and the
            // verifier is not kept for ever.
            if (!srv.isOpen() || srv.lastError().type() == QSqlError::ConnectionError)
                return serverFailed(tr("Sending a login"), sent.error().message);
            if (Status s = setState(QStringLiteral("notice"), sent.error().message); !s)
                return s;
        }
        QSqlQuery& done = local(QStringLiteral("DELETE FROM login_changes WHERE seq = ?"));
        done.bindValue(0, p.seq);
        if (!done.exec())
            return Error::io(tr("Could not record the login as sent: %1").arg(done.lastError().text()));
        done.finish();
    }
    return {};
}

} // namespace threerings
