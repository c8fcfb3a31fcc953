#include "PgSupport.h"

#include "TestSupport.h"
#include "core/sync/ServerSchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <catch2/catch.hpp>

namespace threerings::test {

QString serverUrl()
{
    return qEnvironmentVariable("THREERINGS_TEST_PG_URL");
}

namespace {

ServerConfig clusterAdmin()
{
    auto c = ServerConfig::parse(serverUrl());
    REQUIRE(c.ok());
    return c.value();
}

} // namespace

ServerDb::ServerDb()
{
    name = QStringLiteral("tr_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    connection = QStringLiteral("pg-admin-") + name;
    {
        auto postgres = clusterAdmin().open(QStringLiteral("pg-cluster-") + name);
        REQUIRE(postgres.ok());
        QSqlQuery q(postgres.value());
        REQUIRE(q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg-cluster-") + name);
    auto db = admin().open(connection);
    REQUIRE(db.ok());
    auto version = ServerSchema::init(db.value());
    if (!version)
        FAIL(version.error().message.toStdString());
    REQUIRE(version.value() == ServerSchema::latestVersion());
}

ServerDb::~ServerDb()
{
    {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    {
        auto postgres = clusterAdmin().open(QStringLiteral("pg-drop-") + name);
        if (postgres) {
            QSqlQuery q(postgres.value());
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg-drop-") + name);
}

ServerConfig ServerDb::admin() const
{
    ServerConfig c = clusterAdmin();
    c.database = name;
    return c;
}

ServerConfig ServerDb::as(const QString& login, const QString& password) const
{
    ServerConfig c = admin();
    c.user = login;
    c.password = password;
    return c;
}

QSqlDatabase ServerDb::adminConnection() const
{
    return QSqlDatabase::database(connection);
}

qint64 ServerDb::count(const QString& sql) const
{
    QSqlQuery q(adminConnection());
    if (!q.exec(sql) || !q.next())
        FAIL(QString(sql + QStringLiteral(": ") + q.lastError().text()).toStdString());
    return q.value(0).toLongLong();
}

Console::Console(const ServerDb& server, const QString& label, bool init) : clock(beijing(2026, 11, 25))
{
    REQUIRE(dir.isValid());
    auto opened =
        Database::open(dir.filePath(label + QStringLiteral(".sqlite")), Database::Open::CreateIfMissing);
    if (!opened)
        FAIL(opened.error().message.toStdString());
    db = std::move(opened).value();
    writer = std::make_unique<RecordWriter>(*db, clock);
    REQUIRE(SyncEngine::configure(*db, server.admin(), init).ok());
    engine = std::make_unique<SyncEngine>(*db, clock);
}

Console::~Console()
{
    engine.reset();
    writer.reset();
    db.reset();
}

void Console::connect(const ServerConfig& config)
{
    // The test cluster's superuser sets up what the tests need; a console of a hotline never syncs as it.
    if (config.user == clusterAdmin().user)
        engine->allowOwnerLogin();
    Status s = engine->connect(config);
    if (!s)
        FAIL(s.error().message.toStdString());
}

QString Console::insertCustomer(const QString& name, const QString& notesText)
{
    auto id = writer->insert(QStringLiteral("customers"),
                             {{QStringLiteral("name"), name},
                              {QStringLiteral("notes"), notesText.isNull() ? QStringLiteral("") : notesText}},
                             QString());
    REQUIRE(id.ok());
    return id.value();
}

void Console::update(const QString& table, const QString& id, const QVariantMap& fields, const QString& actor)
{
    auto r = writer->update(table, id, fields, actor);
    if (!r)
        FAIL(r.error().message.toStdString());
}

QVariant Console::value(const QString& table, const QString& id, const QString& column)
{
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table));
    q.addBindValue(id);
    REQUIRE(q.exec());
    if (!q.next())
        return {};
    return q.value(0);
}

qint64 Console::count(const QString& sql)
{
    return threerings::test::count(*db, sql);
}

void Console::sync()
{
    Status s = engine->syncOnce();
    if (!s)
        FAIL(s.error().message.toStdString());
}

QString addUser(Console& c, const QString& job, const QString& roles)
{
    auto id = c.writer->insert(QStringLiteral("users"),
                               {{QStringLiteral("job_number"), job},
                                {QStringLiteral("name"), QString(QStringLiteral("Person ") + job)},
                                {QStringLiteral("roles"), roles}},
                               QString());
    REQUIRE(id.ok());
    return id.value();
}

QString runAs(const ServerDb& server, const QString& login, const QString& sql, qint64* count)
{
    const QString name = QStringLiteral("as-") + login;
    QString error;
    {
        auto db = server.as(login, QStringLiteral("pw-") + login).open(name);
        REQUIRE(db.ok());
        QSqlQuery q(db.value());
        if (!q.exec(sql))
            error = q.lastError().databaseText();
        else if (count && q.next())
            *count = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace threerings::test
