#include "core/settings/SettingsRepository.h"

#include "core/db/Database.h"
#include "core/db/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace threerings {

SettingsRepository::SettingsRepository(Database& db, const Clock& clock) : m_db(db), m_writer(db, clock) {}

std::optional<QString> SettingsRepository::stored(const QString& key) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return std::nullopt;
}

Status SettingsRepository::setText(const SettingEntry& entry, const QString& member, const QString& text,
                                   const QString& actor)
{
    auto accepted = Settings::canonical(entry, member, text);
    if (!accepted)
        return accepted.error();
    return write(Settings::key(entry, member), *accepted, actor);
}

Status SettingsRepository::write(const QString& key, const QString& value, const QString& actor)
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

} // namespace threerings
