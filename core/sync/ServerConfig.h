#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace threerings {

// Where the central PostgreSQL server is: postgresql://[USER[:PASSWORD]@]HOST[:PORT]/DB[?sslmode=…]. Without
// a user each person signs in to it as their own login (TeamSignIn); with one the console always uses it.
// A password in the URL is for headless runs and tests; the console keeps it in the OS keychain
// (ServerPassword) and never writes it to any file. toUrl() never includes it.
struct ServerConfig
{
    Q_DECLARE_TR_FUNCTIONS(ServerConfig)

public:
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password; // only in memory
    // disable, allow, prefer, require, verify-ca, verify-full. verify-full unless someone chose a weaker
    // mode in the URL or the site file: TLS, and the server must show a certificate of the authority in
    // sslRootCert (or ~/.postgresql/root.crt) for its own name.
    QString sslMode = QStringLiteral("verify-full");
    QString sslRootCert; // the certificate authority's file, for verify-ca/verify-full

    static Result<ServerConfig> parse(const QString& url);
    // Whether the connection checks that it talks to the server it names (sslmode=verify-full).
    bool verified() const;
    // Empty for verify-full; else what a weaker mode risks and how to fix it, for the status bar and the
    // command line.
    QString transportWarning() const;
    // The URL without the password, as stored in sync_state.
    QString toUrl() const;
    // The keychain entry of this server's password: "user@host:port/db".
    QString keychainKey() const;
    // The same server (host, port and database); the login and the TLS settings may differ.
    bool sameServer(const ServerConfig& other) const;

    // The server as a site file carries it: {"host", "port", "database", "user", "sslMode",
    // "sslRootCert"}, never the password.
    QJsonObject toJson() const;
    // Reads a site file's "server" object, checked as parse() checks a URL. "host" and "database"
    // are required; "user" may be left out (the console then keeps its own login of that server);
    // port and sslMode default to 5432 and verify-full. Errors name the field ("server.port").
    static Result<ServerConfig> fromJson(const QJsonObject& object);

    // Adds a QPSQL connection named `name` for this server and opens it. The connection asks for
    // TCP keepalives and a user timeout, so a cut network is noticed within seconds.
    Result<QSqlDatabase> open(const QString& name) const;
    static bool driverAvailable();
};

} // namespace threerings
