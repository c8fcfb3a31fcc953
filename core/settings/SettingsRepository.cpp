#include "core/settings/SettingsRepository.h"

#include "core/db/Database.h"
#include "core/db/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace threerings {

SettingsRepository::SettingsRepository(Database& db, const Clock& clock) : m_db(db), m_writer(db, clock) {}

QString SettingsRepository::value(const QString& key, const QString& fallback) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

QStringList SettingsRepository::keys(const QString& prefix) const
{
    QSqlQuery q(m_db.connection());
    // A null QString binds as NULL, which matches nothing: the prefix goes in as non-null text.
    q.prepare(QStringLiteral("SELECT key FROM settings WHERE substr(key, 1, ?) = ? ORDER BY key"));
    q.addBindValue(prefix.size());
    q.addBindValue(prefix.isNull() ? QStringLiteral("") : prefix);
    QStringList list;
    if (q.exec())
        while (q.next())
            list << q.value(0).toString();
    return list;
}

Status SettingsRepository::set(const QString& key, const QString& value, const QString& actor)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return Error::io(tr("Could not read the setting %1: %2").arg(key, q.lastError().text()));
    if (q.next()) {
        const QString id = q.value(0).toString();
        if (q.value(1).toString() == value)
            return tx.commit();
        q.finish();
        if (auto r =
                m_writer.update(QStringLiteral("settings"), id, {{QStringLiteral("value"), value}}, actor);
            !r)
            return r.error();
    } else {
        q.finish();
        if (auto r = m_writer.insert(QStringLiteral("settings"),
                                     {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}}, actor);
            !r)
            return r.error();
    }
    return tx.commit();
}

Status SettingsRepository::setDefault(const QString& key, const QString& value, const QString& actor)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return {};
    q.finish();
    return set(key, value, actor);
}

} // namespace threerings
