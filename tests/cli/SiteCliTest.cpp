#include "CliRun.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using threerings::test::CliRun;
using threerings::test::runCli;

namespace {

QProcessEnvironment as(const QString& password)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("THREERINGS_PASSWORD"), password);
    return env;
}

} // namespace

TEST_CASE("site export and import carry a room's configuration from one database to another")
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.sqlite"));
    const QString second = dir.filePath(QStringLiteral("second.sqlite"));
    const QString file = dir.filePath(QStringLiteral("site.json"));
    REQUIRE(runCli({QStringLiteral("--db"), first, QStringLiteral("init")}).code == 0);
    REQUIRE(runCli({QStringLiteral("--db"), second, QStringLiteral("init")}).code == 0);

    const CliRun exported =
        runCli({QStringLiteral("--db"), first, QStringLiteral("site"), QStringLiteral("export"), file});
    INFO(exported.err.toStdString());
    REQUIRE(exported.code == 0);
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    CHECK(root.value(QStringLiteral("format")).toString() == QStringLiteral("threerings-site"));
    CHECK(root.value(QStringLiteral("hotline")).toObject().value(QStringLiteral("number")).toString() ==
          QStringLiteral("800-858-0000"));
    CHECK(root.contains(QStringLiteral("calendar")));

    const CliRun checked = runCli({QStringLiteral("site"), QStringLiteral("check"), file});
    CHECK(checked.code == 0);
    CHECK(checked.out.contains(QStringLiteral("phrase list")));

    const CliRun imported =
        runCli({QStringLiteral("--db"), second, QStringLiteral("site"), QStringLiteral("import"), file});
    INFO(imported.err.toStdString());
    CHECK(imported.code == 0);
    CHECK(imported.out.startsWith(QStringLiteral("Imported.")));

    QFile bad(dir.filePath(QStringLiteral("bad.json")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    QJsonObject broken = root;
    QJsonObject hotline = broken.value(QStringLiteral("hotline")).toObject();
    hotline.insert(QStringLiteral("number"), QJsonValue(8008580000.0));
    broken.insert(QStringLiteral("hotline"), hotline);
    bad.write(QJsonDocument(broken).toJson());
    bad.close();
    const CliRun refused = runCli(
        {QStringLiteral("--db"), second, QStringLiteral("site"), QStringLiteral("import"), bad.fileName()});
    CHECK(refused.code == 4);
    CHECK(refused.err.contains(QStringLiteral("hotline.number")));

    CHECK(runCli({QStringLiteral("site")}).code == 2);
    CHECK(runCli({QStringLiteral("site"), QStringLiteral("check")}).code == 2);
}

TEST_CASE("site import points the console at the file's server and site export writes it back")
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.sqlite"));
    const QString second = dir.filePath(QStringLiteral("second.sqlite"));
    const QString file = dir.filePath(QStringLiteral("site.json"));
    REQUIRE(runCli({QStringLiteral("--db"), first, QStringLiteral("init")}).code == 0);
    REQUIRE(runCli({QStringLiteral("--db"), second, QStringLiteral("init")}).code == 0);
    const CliRun exported =
        runCli({QStringLiteral("--db"), first, QStringLiteral("site"), QStringLiteral("export"), file});
    REQUIRE(exported.code == 0);
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    CHECK_FALSE(root.contains(QStringLiteral("server"))); // the first console has no server
    root.insert(QStringLiteral("server"),
                QJsonObject{{QStringLiteral("host"), QStringLiteral("db.room3.example")},
                            {QStringLiteral("port"), 5433},
                            {QStringLiteral("database"), QStringLiteral("hotline")},
                            {QStringLiteral("user"), QStringLiteral("room3")},
                            {QStringLiteral("sslMode"), QStringLiteral("require")}});
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(root).toJson());
    f.close();

    const CliRun imported =
        runCli({QStringLiteral("--db"), second, QStringLiteral("site"), QStringLiteral("import"), file});
    INFO(imported.err.toStdString());
    CHECK(imported.code == 0);
    CHECK(imported.out.contains(
        QStringLiteral("postgresql://room3@db.room3.example:5433/hotline?sslmode=require")));

    // With a server the file is no longer one being set up: its first admin signs in from now on.
    const CliRun anonymous =
        runCli({QStringLiteral("--db"), second, QStringLiteral("site"), QStringLiteral("export")});
    CHECK(anonymous.code == 3);
    CHECK(anonymous.err.contains(QStringLiteral("--role admin")));
    REQUIRE(runCli({QStringLiteral("--db"), second, QStringLiteral("user"), QStringLiteral("add"),
                    QStringLiteral("--job-number"), QStringLiteral("9001"), QStringLiteral("--name"),
                    QStringLiteral("Admin"), QStringLiteral("--role"), QStringLiteral("admin")},
                   "admin-pass-1\n")
                .code == 0);
    const CliRun again = runCli({QStringLiteral("--db"), second, QStringLiteral("--user"),
                                 QStringLiteral("9001"), QStringLiteral("site"), QStringLiteral("export")},
                                {}, as(QStringLiteral("admin-pass-1")));
    INFO(again.err.toStdString());
    REQUIRE(again.code == 0);
    const QJsonObject server =
        QJsonDocument::fromJson(again.out.toUtf8()).object().value(QStringLiteral("server")).toObject();
    CHECK(server.value(QStringLiteral("host")).toString() == QStringLiteral("db.room3.example"));
    CHECK(server.value(QStringLiteral("port")).toInt() == 5433);
    CHECK(server.value(QStringLiteral("sslMode")).toString() == QStringLiteral("require"));
    CHECK_FALSE(again.out.contains(QStringLiteral("password")));
}

TEST_CASE("site export refuses anyone but an admin")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    threerings::test::makeDemoDatabase(db, 20);
    const QStringList exportArgs{QStringLiteral("site"), QStringLiteral("export"),
                                 dir.filePath(QStringLiteral("x.json"))};
    const CliRun agent =
        runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("1001")} +
                   exportArgs,
               {}, as(QStringLiteral("demo8000")));
    CHECK(agent.code == 3);
    CHECK(agent.err.contains(QStringLiteral("admin")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.json"))));
    const CliRun admin =
        runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("9001")} +
                   exportArgs,
               {}, as(QStringLiteral("demo8000")));
    INFO(admin.err.toStdString());
    CHECK(admin.code == 0);
    CHECK(QFile::exists(dir.filePath(QStringLiteral("x.json"))));
}

TEST_CASE("shortcuts prints the keyboard shortcut table the Help menu shows")
{
    const CliRun r = runCli({QStringLiteral("shortcuts")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("| Answer the ringing call | F2 or Space |")));
    CHECK(r.out.contains(QStringLiteral("F12")));
}
