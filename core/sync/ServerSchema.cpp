#include "core/sync/ServerSchema.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <vector>

namespace threerings {

namespace {

struct Migration
{
    int version;
    QString sql;
};

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> all = [] {
        std::vector<Migration> list;
        static const QRegularExpression re(QStringLiteral(R"(^(\d{4})_(.+)\.sql$)"));
        const QDir dir(QStringLiteral(":/server-migrations"));
        for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
            const auto m = re.match(file);
            QFile f(dir.filePath(file));
            if (!m.hasMatch() || !f.open(QIODevice::ReadOnly))
                continue;
            list.push_back({m.captured(1).toInt(), QString::fromUtf8(f.readAll())});
        }
        std::sort(list.begin(), list.end(),
                  [](const auto& a, const auto& b) { return a.version < b.version; });
        return list;
    }();
    return all;
}

} // namespace

int ServerSchema::latestVersion()
{
    return migrations().empty() ? 0 : migrations().back().version;
}

Result<int> ServerSchema::version(QSqlDatabase& server)
{
    QSqlQuery q(server);
    if (!q.exec(QStringLiteral("SELECT to_regclass('tr_schema_version') IS NOT NULL")) || !q.next())
        return Error::io(tr("Could not read the server's schema version: %1").arg(q.lastError().text()));
    if (!q.value(0).toBool())
        return 0;
    if (!q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM tr_schema_version")) || !q.next())
        return Error::io(tr("Could not read the server's schema version: %1").arg(q.lastError().text()));
    return q.value(0).toInt();
}

Result<int> ServerSchema::init(QSqlDatabase& server)
{
    QSqlQuery q(server);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS tr_schema_version (version integer PRIMARY KEY, "
                               "applied_at timestamptz NOT NULL DEFAULT now())")))
        return Error::io(tr("Could not create the schema on the server (the login needs CREATE on the "
                            "database): %1")
                             .arg(q.lastError().text()));
    auto current = version(server);
    if (!current)
        return current.error();
    if (current.value() > latestVersion())
        return Error::data(tr("The server's schema (version %1) is newer than this console (version %2); "
                              "update ThreeRings on this computer.")
                               .arg(current.value())
                               .arg(latestVersion()));
    int now = current.value();
    for (const Migration& m : migrations()) {
        if (m.version <= now)
            continue;
        if (!server.transaction())
            return Error::io(
                tr("Could not start a transaction on the server: %1").arg(server.lastError().text()));
        QSqlQuery run(server);
        QSqlQuery mark(server);
        mark.prepare(QStringLiteral("INSERT INTO tr_schema_version (version) VALUES (?)"));
        mark.addBindValue(m.version);
        if (!run.exec(m.sql) || !mark.exec()) {
            const QString why = run.lastError().isValid() ? run.lastError().text() : mark.lastError().text();
            server.rollback();
            return Error::io(
                tr("Server migration %1 failed (nothing of it was kept): %2").arg(m.version).arg(why));
        }
        if (!server.commit())
            return Error::io(tr("Server migration %1 could not be committed: %2")
                                 .arg(m.version)
                                 .arg(server.lastError().text()));
        now = m.version;
    }
    return now;
}

Status ServerSchema::addPerson(QSqlDatabase& server, const QString& login, const QString& password,
                               const QStringList& roles, const QString& personId)
{
    QSqlQuery q(server);
    q.prepare(QStringLiteral("SELECT tr_add_person(?, ?, string_to_array(?, ','), ?)"));
    q.addBindValue(login);
    q.addBindValue(password);
    q.addBindValue(roles.join(QLatin1Char(',')));
    q.addBindValue(personId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(personId));
    if (!q.exec())
        return Error::data(
            tr("Could not add the server login %1: %2").arg(login, q.lastError().databaseText()),
            QStringLiteral("login"));
    return {};
}

} // namespace threerings
