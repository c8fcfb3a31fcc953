// The sync state in the status bar and Admin ▸ Server… (issue 8). The worker itself is tested
// against a real server in tests/pg; here nothing touches the network.
#include "ui/shell/SyncPanel.h"

#include "TestSupport.h"
#include "core/sync/ServerConfig.h"
#include "core/sync/SyncEngine.h"
#include "ui/admin/ServerSettingsDialog.h"
#include "ui/admin/SiteConfigDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace threerings;
using namespace threerings::test;

TEST_CASE("without a server the status bar says so, and the sync state reads connected, queued or offline")
{
    TempDb t;
    QMainWindow window;
    QMenu* admin = window.menuBar()->addMenu(QStringLiteral("Admin"));
    Actor who = actorWith(QStringLiteral("agent"));
    ui::SyncPanel panel(window, admin, *t.db, [&] { return who; });
    CHECK(panel.label()->text() == QStringLiteral("Server: none"));
    CHECK_FALSE(panel.serverAction()->isVisible());

    SyncStatus s;
    s.configured = true;
    s.connected = true;
    panel.showStatus(s);
    CHECK(panel.label()->text() == QStringLiteral("Server: connected · up to date"));
    s.queued = 3;
    panel.showStatus(s);
    CHECK(panel.label()->text() == QStringLiteral("Server: connected · 3 change(s) to send"));
    s.connected = false;
    s.conflicts = 2;
    s.error = QStringLiteral("Could not reach the server db:5432/threerings: timeout");
    panel.showStatus(s);
    CHECK(panel.label()->text() ==
          QStringLiteral("Server: offline · 3 change(s) queued · 2 conflict(s) kept"));
    CHECK(panel.label()->toolTip().contains(QStringLiteral("timeout")));
    CHECK(panel.label()->toolTip().contains(QStringLiteral("Last sync: never")));

    // A supervisor gets the conflicts as a link to their list.
    who = actorWith(QStringLiteral("supervisor"));
    panel.showStatus(s);
    CHECK(panel.label()->text().contains(QStringLiteral("<a href=\"conflicts\">2 conflict(s) kept</a>")));
    // A connection weaker than verify-full says so in the bar, and what it risks in the tooltip.
    SyncStatus weak;
    weak.configured = true;
    weak.connected = true;
    weak.transport =
        ServerConfig::parse(QStringLiteral("postgresql://u@db/hotline?sslmode=prefer"))->transportWarning();
    panel.showStatus(weak);
    CHECK(panel.label()->text() == QStringLiteral("Server: connected · up to date · not verified"));
    CHECK(panel.label()->toolTip().contains(QStringLiteral("sslmode=prefer")));
    CHECK(panel.label()->styleSheet().contains(QStringLiteral("color")));
    weak.transport.clear();
    panel.showStatus(weak);
    CHECK(panel.label()->text() == QStringLiteral("Server: connected · up to date"));
    CHECK(panel.label()->styleSheet().isEmpty());
}

TEST_CASE("Admin Server settings keep the server without its password, for admins only")
{
    TempDb t;
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent"); // no keychain in tests
    SECTION("an admin")
    {
        ui::ServerSettingsDialog dialog(*t.db, actorWith(QStringLiteral("admin")));
        dialog.findChild<QLineEdit*>(QStringLiteral("host"))->setText(QStringLiteral("db.hotline.example"));
        dialog.findChild<QLineEdit*>(QStringLiteral("database"))->setText(QStringLiteral("threerings"));
        dialog.findChild<QLineEdit*>(QStringLiteral("user"))->setText(QStringLiteral("p9001"));
        dialog.findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("s3cret-pass"));
        dialog.findChild<QLineEdit*>(QStringLiteral("ca"))->setText(QStringLiteral("/etc/threerings/ca.crt"));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.config().password == QStringLiteral("s3cret-pass"));
        auto saved = SyncEngine::configured(*t.db);
        REQUIRE(saved.ok());
        CHECK(saved->host == QStringLiteral("db.hotline.example"));
        CHECK(saved->user == QStringLiteral("p9001"));
        CHECK(saved->sslMode == QStringLiteral("verify-full"));
        CHECK(saved->password.isEmpty());
        CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM sync_state WHERE value LIKE '%s3cret%'")) ==
              0);
    }
    SECTION("an agent is refused and nothing is kept")
    {
        ui::ServerSettingsDialog dialog(*t.db, actorWith(QStringLiteral("agent")));
        dialog.findChild<QLineEdit*>(QStringLiteral("host"))->setText(QStringLiteral("db.hotline.example"));
        dialog.findChild<QLineEdit*>(QStringLiteral("user"))->setText(QStringLiteral("p1001"));
        dialog.findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("x"));
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK_FALSE(SyncEngine::configured(*t.db).ok());
    }
    SECTION("a missing host is named")
    {
        ui::ServerSettingsDialog dialog(*t.db, actorWith(QStringLiteral("admin")));
        dialog.findChild<QLineEdit*>(QStringLiteral("user"))->setText(QStringLiteral("p9001"));
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.findChild<QLabel*>(QStringLiteral("error"))->text().contains(QStringLiteral("host")));
    }
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
}

TEST_CASE("a site file imported in Admin Site configuration points the console at its server and starts sync")
{
    TempDb t;
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent"); // no keychain: the worker stops there
    qunsetenv("THREERINGS_SERVER_PASSWORD");
    QMainWindow window;
    QMenu* admin = window.menuBar()->addMenu(QStringLiteral("Admin"));
    const Actor who = actorWith(QStringLiteral("admin"));
    ui::SyncPanel panel(window, admin, *t.db, [&] { return who; });
    REQUIRE(panel.label()->text() == QStringLiteral("Server: none"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("site.json"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "threerings-site", "version": 1, "exportedAt": "2026-11-25T01:00:00Z",
                "server": {"host": "127.0.0.1", "port": 1, "database": "hotline", "user": "room3",
                           "sslMode": "disable"}})");
    f.close();

    ui::SiteConfigDialog dialog(*t.db, t.clock, who, &window);
    QObject::connect(&dialog, &ui::SiteConfigDialog::serverSet, &panel, &ui::SyncPanel::startIfConfigured);
    REQUIRE(dialog.importFrom(path, false));
    auto server = SyncEngine::configured(*t.db);
    REQUIRE(server);
    CHECK(server->toUrl() == QStringLiteral("postgresql://room3@127.0.0.1:1/hotline?sslmode=disable"));
    CHECK(panel.label()->text() == QStringLiteral("Server: connecting…"));
}
