#include "core/sync/ServerConfig.h"

#include <QJsonValue>
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
    // No user: each person signs in to the server as their own login (TeamSignIn).
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

bool ServerConfig::verified() const
{
    return sslMode == QLatin1String("verify-full");
}

QString ServerConfig::transportWarning() const
{
    if (verified())
        return {};
    if (sslMode == QLatin1String("verify-ca"))
        return tr("The server's certificate is checked but not its name (sslmode=verify-ca): another server "
                  "with a certificate of the same authority could pose as it. Use sslmode=verify-full.");
    if (sslMode == QLatin1String("require"))
        return tr(
            "The connection to the server is encrypted but the server is not verified "
            "(sslmode=require): someone on the network could pose as it and read what this console "
            "sends. Get the server's certificate authority from the admin and use sslmode=verify-full.");
    return tr("The connection to the server may not be encrypted (sslmode=%1): someone on the network could "
              "read or change what this console sends. Get the server's certificate authority from the admin "
              "and use sslmode=verify-full.")
        .arg(sslMode);
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

bool ServerConfig::sameServer(const ServerConfig& other) const
{
    return host.compare(other.host, Qt::CaseInsensitive) == 0 && port == other.port &&
           database == other.database;
}

QJsonObject ServerConfig::toJson() const
{
    QJsonObject o{{QStringLiteral("host"), host},
                  {QStringLiteral("port"), port},
                  {QStringLiteral("database"), database},
                  {QStringLiteral("sslMode"), sslMode}};
    if (!user.isEmpty())
        o.insert(QStringLiteral("user"), user);
    if (!sslRootCert.isEmpty())
        o.insert(QStringLiteral("sslRootCert"), sslRootCert);
    return o;
}

Result<ServerConfig> ServerConfig::fromJson(const QJsonObject& object)
{
    static const QStringList textFields{QStringLiteral("host"), QStringLiteral("database"),
                                        QStringLiteral("user"), QStringLiteral("sslMode"),
                                        QStringLiteral("sslRootCert")};
    const auto fieldError = [](const QString& field, const QString& message) {
        const QString path = QStringLiteral("server.") + field;
        return Error::data(tr("%1: %2").arg(path, message), path);
    };
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() == QLatin1String("password"))
            return fieldError(it.key(), tr("a site file never carries the server password; remove it and "
                                           "enter the password on each console (Admin ▸ Server…)."));
        if (it.key() == QLatin1String("port")) {
            const double port = it.value().toDouble(-1);
            if (!it.value().isDouble() || port != double(qint64(port)) || port < 1 || port > 65535)
                return fieldError(it.key(), tr("must be a port number from 1 to 65535."));
        } else if (textFields.contains(it.key())) {
            if (!it.value().isString())
                return fieldError(it.key(), tr("must be text."));
        } else {
            return fieldError(it.key(), tr("not a server field; use host, port, database, user, sslMode "
                                           "and sslRootCert."));
        }
    }
    ServerConfig c;
    c.host = object.value(QLatin1String("host")).toString().trimmed();
    c.port = object.value(QLatin1String("port")).toInt(5432);
    c.database = object.value(QLatin1String("database")).toString().trimmed();
    c.user = object.value(QLatin1String("user")).toString().trimmed();
    c.sslMode = object.value(QLatin1String("sslMode")).toString(QStringLiteral("verify-full")).trimmed();
    c.sslRootCert = object.value(QLatin1String("sslRootCert")).toString().trimmed();
    if (c.host.isEmpty())
        return fieldError(QStringLiteral("host"), tr("the server's host name is missing."));
    if (c.database.isEmpty())
        return fieldError(QStringLiteral("database"), tr("the database name on the server is missing."));
    // The one check of a server: the URL parser (a stand-in login when the file leaves it out).
    ServerConfig probe = c;
    if (probe.user.isEmpty())
        probe.user = QStringLiteral("login");
    if (auto checked = parse(probe.toUrl()); !checked)
        return Error::data(tr("server: %1").arg(checked.error().message), QStringLiteral("server"));
    return c;
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
