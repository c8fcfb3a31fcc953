#include "core/sync/ServerLogin.h"

#include <QSqlError>
#include <QSqlQuery>

namespace threerings {

Status ServerLogin::set(QSqlDatabase& server, const QString& jobNumber, const QString& personId,
                        const QString& verifier, const QStringList& roles, bool active)
{
    QSqlQuery q(server);
    q.prepare(QStringLiteral("SELECT tr_set_login(?, ?, ?, string_to_array(?, ','), ?)"));
    q.addBindValue(jobNumber);
    q.addBindValue(personId);
    q.addBindValue(verifier.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(verifier));
    q.addBindValue(roles.join(QLatin1Char(',')));
    q.addBindValue(active);
    if (!q.exec())
        return Error::refused(tr("The server did not set the login of %1: %2")
                                  .arg(jobNumber, q.lastError().databaseText().trimmed()));
    return {};
}

Status ServerLogin::setOwnPassword(QSqlDatabase& server, const QString& verifier)
{
    QSqlQuery q(server);
    q.prepare(QStringLiteral("SELECT tr_set_my_password(?)"));
    q.addBindValue(verifier);
    if (!q.exec())
        return Error::refused(
            tr("The server did not take the new password: %1").arg(q.lastError().databaseText().trimmed()));
    return {};
}

} // namespace threerings
