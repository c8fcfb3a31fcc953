#include "sync/ServerConfig.h"

#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

namespace threerings {

namespace {

const QStringList& sslModes()
{
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

} // namespace

Result<ServerConfig> ServerConfig::parse(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return Error::usage(
            tr("The server URL must look like postgresql://USER@HOST:PORT/DB?sslmode=verify-full "
               "(got '%1').")
                .arg(QUrl(text).toDisplayString(QUrl::RemovePassword)));
    ServerConfig c;
    c.host = url.host();
    c.port = url.port(5432);
    c.user = url.userName();
    c.password = url.password();
    c.database = url.path().mid(1);
    if (c.host.isEmpty())
        return Error::usage(tr("The server URL names no host; write postgresql://USER@HOST:PORT/DB."));
    if (c.user.isEmpty())
        return Error::usage(tr("The server URL names no user; write postgresql://USER@HOST:PORT/DB "
                               "with your own server login."));
    if (c.database.isEmpty() || c.database.contains(QLatin1Char('/')))
        return Error::usage(tr("The server URL names no database; write postgresql://USER@HOST:PORT/DB."));
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            if (!sslModes().contains(value))
                return Error::usage(tr("sslmode '%1' is not known; use one of %2.")
                                        .arg(value, sslModes().join(QStringLiteral(", "))));
            c.sslMode = value;
        } else if (key == QLatin1String("sslrootcert")) {
            c.sslRootCert = value;
        } else {
            return Error::usage(
                tr("The server URL option '%1' is not known; use sslmode and sslrootcert.").arg(key));
        }
    }
    return c;
}

QString ServerConfig::toUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!sslRootCert.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), sslRootCert);
    url.setQuery(query);
    return url.toString();
}

QString ServerConfig::keychainKey() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

bool ServerConfig::driverAvailable()
{
    return QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"));
}

Result<QSqlDatabase> ServerConfig::open(const QString& name) const
{
    if (!driverAvailable())
        return Error::io(tr("This build has no PostgreSQL driver (Qt's QPSQL plugin); install "
                            "libqt6sql6-psql to reach the server."));
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(password);
    QStringList options{QStringLiteral("sslmode=%1").arg(sslMode),
                        QStringLiteral("connect_timeout=5"),
                        QStringLiteral("keepalives=1"),
                        QStringLiteral("keepalives_idle=5"),
                        QStringLiteral("keepalives_interval=2"),
                        QStringLiteral("keepalives_count=3"),
                        QStringLiteral("tcp_user_timeout=10000"),
                        QStringLiteral("application_name=threerings")};
    if (!sslRootCert.isEmpty())
        options << QStringLiteral("sslrootcert=%1").arg(sslRootCert);
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open())
        return Error::io(tr("Could not reach the server %1: %2")
                             .arg(QStringLiteral("%1:%2/%3").arg(host).arg(port).arg(database),
                                  db.lastError().text().trimmed()));
    return db;
}

} // namespace threerings
