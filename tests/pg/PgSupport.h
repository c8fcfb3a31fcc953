#pragma once

#include "core/db/Database.h"
#include "core/db/RecordWriter.h"
#include "core/sync/ServerConfig.h"
#include "core/sync/SyncEngine.h"
#include "core/util/Clock.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <memory>

namespace threerings::test {

// A fresh database on the test cluster, with the ThreeRings schema, dropped at the end.
struct ServerDb
{
    ServerDb();
    ~ServerDb();
    ServerDb(const ServerDb&) = delete;
    ServerDb& operator=(const ServerDb&) = delete;

    // The superuser's config for this database, or a person's login.
    ServerConfig admin() const;
    ServerConfig as(const QString& login, const QString& password) const;
    // A query on the superuser's connection to this database.
    QSqlDatabase adminConnection() const;
    // The number of rows of `sql` (first column of the first row).
    qint64 count(const QString& sql) const;

    QString name;
    QString connection;
};

// One console: its own SQLite file, clock, writer and sync engine.
struct Console
{
    explicit Console(const ServerDb& server, const QString& label, bool init = false);
    ~Console();
    Console(const Console&) = delete;
    Console& operator=(const Console&) = delete;

    // Connects the engine (as the superuser unless a person's config is given).
    void connect(const ServerConfig& config);
    QString insertCustomer(const QString& name, const QString& notes = {});
    void update(const QString& table, const QString& id, const QVariantMap& fields,
                const QString& actor = {});
    QVariant value(const QString& table, const QString& id, const QString& column);
    qint64 count(const QString& sql);
    void sync(); // REQUIREs success

    QTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<Database> db;
    std::unique_ptr<RecordWriter> writer;
    std::unique_ptr<SyncEngine> engine;
};

QString serverUrl();

// Adds a person to a console's file as set-up code does (no sign-in); their id.
QString addUser(Console& c, const QString& job, const QString& roles);
// Runs `sql` on the server as `login` (whose password is "pw-" + login); the error text, empty when it
// worked. With `count`, the first column of the first row.
QString runAs(const ServerDb& server, const QString& login, const QString& sql, qint64* count = nullptr);

} // namespace threerings::test

#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch
