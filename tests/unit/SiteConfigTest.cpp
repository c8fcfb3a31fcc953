#include "core/site/SiteConfig.h"

#include "TestSupport.h"
#include "core/calendar/CalendarRepository.h"
#include "core/settings/SettingsRepository.h"
#include "core/site/Defaults.h"
#include "core/sync/SyncEngine.h"
#include "core/words/PhraseList.h"
#include "core/words/PhraseRepository.h"
#include "core/words/ScriptRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace threerings;

namespace {

// One console of the room, on its own database.
struct Console
{
    Console() { REQUIRE(Defaults::ensure(*t.db, t.clock)); }
    SettingsRepository settings() { return SettingsRepository(*t.db, t.clock); }
    SiteConfig site() { return SiteConfig(*t.db, t.clock); }
    test::TempDb t;
};

const Actor admin = test::actorWith(QStringLiteral("admin"), QStringLiteral("admin-1"));
const Actor agent = test::actorWith(QStringLiteral("agent"), QStringLiteral("agent-1"));

// The team's server as Admin ▸ Server… would set it, with the password typed (kept in memory only).
ServerConfig teamServer()
{
    auto c = ServerConfig::parse(QStringLiteral("postgresql://room3:never-leaves-this-console@"
                                                "hotline-db.example.org:5433/hotline?sslmode=verify-full"
                                                "&sslrootcert=/etc/threerings/ca.crt"));
    REQUIRE(c);
    return *c;
}

// One value of this console's replication bookkeeping (sync_state).
QString syncState(Console& c, const QString& key)
{
    QSqlQuery q(c.t.db->connection());
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

// The first console as the admin set it up: its own unit, number, cadence, server, a company holiday,
// a shorter incoming script and one more banned phrase.
void configure(Console& c)
{
    SettingsRepository s = c.settings();
    REQUIRE(s.set(Setting::UnitName, QStringLiteral("华东用户服务中心"), {}));
    REQUIRE(s.set(Setting::HotlineNumber, QStringLiteral("800-820-1234"), {}));
    REQUIRE(s.set(Setting::RingOnMs, 1200, {}));
    REQUIRE(s.set(Setting::RingOffMs, 3800, {}));
    REQUIRE(SyncEngine::configure(*c.t.db, teamServer(), true));
    // A stray row of an older console: no setting of the table, and a secret.
    test::storeRawSetting(*c.t.db, QStringLiteral("sync.password"),
                          QStringLiteral("never-leaves-this-console"));
    REQUIRE(s.set(Setting::WrapUpSeconds, 45, {}));
    REQUIRE(CalendarRepository(*c.t.db, c.t.clock)
                .setHoliday(QDate(2026, 12, 4), QStringLiteral("公司活动"), admin));

    ScriptRepository scripts(*c.t.db, c.t.clock);
    auto incoming = scripts.get(QStringLiteral("incoming"), QStringLiteral("zh_CN"));
    REQUIRE(incoming);
    Script shorter = *incoming;
    shorter.name = QStringLiteral("华东来电话术");
    REQUIRE(scripts.save(admin, shorter));

    PhraseRepository phrases(*c.t.db, c.t.clock);
    auto words = phrases.list(QStringLiteral("zh_CN"));
    REQUIRE(words);
    PhraseList more = *words;
    more.banned.append({QStringLiteral("没办法"), QStringLiteral("我帮您想办法"), {}, {}});
    REQUIRE(phrases.save(admin, more));
}

// A row of the settings table as stored, whatever its key (empty: none).
QString storedSetting(Console& c, const QString& key)
{
    QSqlQuery q(c.t.db->connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QJsonObject exported(Console& c)
{
    auto json = c.site().exportJson(admin);
    REQUIRE(json);
    return QJsonDocument::fromJson(*json).object();
}

QByteArray with(QJsonObject root, const QString& group, const QString& key, const QJsonValue& value)
{
    if (group.isEmpty()) {
        root.insert(key, value);
    } else {
        QJsonObject o = root.value(group).toObject();
        o.insert(key, value);
        root.insert(group, o);
    }
    return QJsonDocument(root).toJson();
}

} // namespace

TEST_CASE("a site file exported from one console sets up another the same way")
{
    Console first;
    configure(first);
    first.t.clock.set(test::beijing(2026, 11, 25, 10));
    auto json = first.site().exportJson(admin);
    REQUIRE(json);
    CHECK_FALSE(json->contains("never-leaves-this-console"));
    CHECK_FALSE(json->contains("password"));
    // The server replication uses, as its fields.
    const QJsonObject serverJson =
        QJsonDocument::fromJson(*json).object().value(QStringLiteral("server")).toObject();
    CHECK(serverJson.value(QStringLiteral("host")).toString() == QStringLiteral("hotline-db.example.org"));
    CHECK(serverJson.value(QStringLiteral("port")).toInt() == 5433);
    CHECK(serverJson.value(QStringLiteral("database")).toString() == QStringLiteral("hotline"));
    CHECK(serverJson.value(QStringLiteral("user")).toString() == QStringLiteral("room3"));
    CHECK(serverJson.value(QStringLiteral("sslMode")).toString() == QStringLiteral("verify-full"));
    CHECK(serverJson.value(QStringLiteral("sslRootCert")).toString() ==
          QStringLiteral("/etc/threerings/ca.crt"));

    Console second;
    REQUIRE_FALSE(SyncEngine::configured(*second.t.db));
    auto summary = second.site().importJson(admin, *json);
    REQUIRE(summary);
    CHECK(summary->server == teamServer().toUrl());
    CHECK(summary->text().contains(teamServer().toUrl()));
    CHECK(summary->scripts >= 2);
    CHECK(summary->phraseLists == 2);
    CHECK(summary->exportedAt == test::beijing(2026, 11, 25, 10));
    CHECK(summary->exportedFrom.contains(QStringLiteral("华东用户服务中心")));

    SettingsRepository s = second.settings();
    CHECK(s.get(Setting::UnitName) == QStringLiteral("华东用户服务中心"));
    CHECK(s.get(Setting::HotlineNumber) == QStringLiteral("800-820-1234"));
    CHECK(s.get(Setting::RingOnMs) == 1200);
    CHECK(s.get(Setting::RingOffMs) == 3800);
    CHECK(storedSetting(second, QStringLiteral("sync.password")).isEmpty());
    // The second console now replicates with the team's server, as if the admin had set it there.
    auto server = SyncEngine::configured(*second.t.db);
    REQUIRE(server);
    CHECK(server->toUrl() == teamServer().toUrl());
    CHECK(server->password.isEmpty());
    CHECK_FALSE(syncState(second, QStringLiteral("console_id")).isEmpty());
    CHECK(syncState(second, QStringLiteral("console_id")) != syncState(first, QStringLiteral("console_id")));
    CHECK(syncState(second, QStringLiteral("pull_cursor")) == QStringLiteral("0"));
    // Joining: what the second console held before stays local.
    CHECK(syncState(second, QStringLiteral("push_cursor")).toLongLong() ==
          test::count(*second.t.db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM outbox")));
    CHECK(test::count(*second.t.db, QStringLiteral("SELECT count(*) FROM outbox")) > 0);
    CHECK(s.get(Setting::WrapUpSeconds) == 45);

    auto calendar = CalendarRepository(*second.t.db, second.t.clock).load();
    REQUIRE(calendar);
    REQUIRE(calendar->exceptions().contains(QDate(2026, 12, 4)));
    CHECK(calendar->exceptions().value(QDate(2026, 12, 4)).name == QStringLiteral("公司活动"));
    CHECK_FALSE(calendar->isWorkingDay(QDate(2026, 12, 4)));
    CHECK(calendar->exceptions() == CalendarRepository(*first.t.db, first.t.clock).load()->exceptions());

    CHECK(ScriptRepository(*second.t.db, second.t.clock)
              .get(QStringLiteral("incoming"), QStringLiteral("zh_CN"))
              ->name == QStringLiteral("华东来电话术"));
    auto words = PhraseRepository(*second.t.db, second.t.clock).list(QStringLiteral("zh_CN"));
    REQUIRE(words);
    CHECK(std::any_of(words->banned.cbegin(), words->banned.cend(),
                      [](const BannedPhrase& b) { return b.phrase == QStringLiteral("没办法"); }));

    // Exported again from the second console, the file says the same (but for when and where).
    QJsonObject again = exported(second);
    QJsonObject once = QJsonDocument::fromJson(*json).object();
    for (QJsonObject* o : {&again, &once}) {
        o->remove(QStringLiteral("exportedAt"));
        o->remove(QStringLiteral("exportedFrom"));
    }
    CHECK(again == once);
}

TEST_CASE("only an admin exports or imports the site configuration")
{
    Console first;
    configure(first);
    auto refusedExport = first.site().exportJson(agent);
    REQUIRE_FALSE(refusedExport);
    CHECK(refusedExport.error().kind == Error::Kind::Refused);
    CHECK(refusedExport.error().message.contains(QStringLiteral("admin")));

    const QByteArray json = first.site().exportJson(admin).value();
    Console second;
    for (const QString& roles :
         {QStringLiteral("agent"), QStringLiteral("supervisor"), QStringLiteral("trainer")}) {
        auto refused = second.site().importJson(test::actorWith(roles), json);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().kind == Error::Kind::Refused);
    }
    CHECK(second.settings().get(Setting::HotlineNumber) == QStringLiteral("800-858-0000"));
}

TEST_CASE("a bad site file is refused with the field named and changes nothing")
{
    Console first;
    configure(first);
    const QJsonObject good = exported(first);
    Console second;

    struct Case
    {
        QByteArray json;
        QString field;
    };
    QJsonObject badCalendar = good.value(QStringLiteral("calendar")).toObject();
    badCalendar.insert(QStringLiteral("opens"), QStringLiteral("25:00"));
    QJsonObject badScripts = good;
    QJsonArray sets = good.value(QStringLiteral("scripts")).toArray();
    QJsonObject set = sets.at(0).toObject();
    QJsonArray list = set.value(QStringLiteral("scripts")).toArray();
    QJsonObject script = list.at(0).toObject();
    script.insert(QStringLiteral("kind"), QStringLiteral("no-such-kind"));
    list.replace(0, script);
    set.insert(QStringLiteral("scripts"), list);
    sets.replace(0, set);
    badScripts.insert(QStringLiteral("scripts"), sets);

    const QList<Case> cases{
        {with(good, QStringLiteral("hotline"), QStringLiteral("number"), QStringLiteral("  ")),
         QStringLiteral("hotline.number")},
        {with(good, QStringLiteral("ringCadence"), QStringLiteral("ringOnMs"), QStringLiteral("fast")),
         QStringLiteral("ringCadence.ringOnMs")},
        {with(good, QStringLiteral("server"), QStringLiteral("password"), QStringLiteral("x")),
         QStringLiteral("server.password")},
        {with(good, QStringLiteral("server"), QStringLiteral("port"), 70000), QStringLiteral("server.port")},
        {with(good, QStringLiteral("server"), QStringLiteral("host"), QString()),
         QStringLiteral("server.host")},
        {with(good, QStringLiteral("server"), QStringLiteral("url"), QStringLiteral("postgresql://x/y")),
         QStringLiteral("server.url")},
        {with(good, QStringLiteral("server"), QStringLiteral("sslMode"), QStringLiteral("sometimes")),
         QStringLiteral("server")},
        {with(good, QStringLiteral("settings"), QStringLiteral("sync.token"), QStringLiteral("x")),
         QStringLiteral("settings.sync.token")},
        {with(good, QStringLiteral("settings"), QStringLiteral("auth.max_sessions"), 3),
         QStringLiteral("settings.auth.max_sessions")},
        {with(good, {}, QStringLiteral("calendar"), badCalendar), QStringLiteral("calendar.opens")},
        {with(good, {}, QStringLiteral("format"), QStringLiteral("something-else")),
         QStringLiteral("format")},
        {with(good, {}, QStringLiteral("version"), 99), QStringLiteral("version")},
        {with(good, {}, QStringLiteral("exportedAt"), QStringLiteral("yesterday")),
         QStringLiteral("exportedAt")},
        {QJsonDocument(badScripts).toJson(), QStringLiteral("scripts[0]")},
    };
    for (const Case& c : cases) {
        INFO(c.field.toStdString());
        auto result = second.site().importJson(admin, c.json);
        REQUIRE_FALSE(result);
        CHECK(result.error().kind == Error::Kind::Data);
        CHECK(result.error().field.startsWith(c.field));
        CHECK(result.error().message.contains(c.field));
    }
    auto notJson = second.site().importJson(admin, "{ \"format\": ");
    REQUIRE_FALSE(notJson);
    CHECK(notJson.error().message.contains(QStringLiteral("not valid JSON")));

    // Nothing of any of them was written.
    CHECK_FALSE(SyncEngine::configured(*second.t.db));
    CHECK(second.settings().get(Setting::UnitName) == QStringLiteral("用户服务部"));
    CHECK(second.settings().get(Setting::HotlineNumber) == QStringLiteral("800-858-0000"));
    CHECK_FALSE(
        CalendarRepository(*second.t.db, second.t.clock).load()->exceptions().contains(QDate(2026, 12, 4)));
}

TEST_CASE("the system-wide site file is applied once and again only when newer")
{
    Console first;
    configure(first);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("site.json"));
    const auto write = [&path](const QByteArray& json) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(json);
    };

    Console second;
    auto none = second.site().applySystemFile({path});
    REQUIRE(none);
    CHECK(none->isEmpty()); // no file yet

    first.t.clock.set(test::beijing(2026, 11, 25, 9));
    write(first.site().exportJson(admin).value());
    auto applied = second.site().applySystemFile({path});
    REQUIRE(applied);
    CHECK(*applied == path);
    CHECK(second.settings().get(Setting::HotlineNumber) == QStringLiteral("800-820-1234"));

    // A local change stays until a newer file comes.
    REQUIRE(second.settings().set(Setting::HotlineNumber, QStringLiteral("800-820-9999"), {}));
    auto same = second.site().applySystemFile({path});
    REQUIRE(same);
    CHECK(same->isEmpty());
    CHECK(second.settings().get(Setting::HotlineNumber) == QStringLiteral("800-820-9999"));

    first.t.clock.set(test::beijing(2026, 11, 26, 9));
    write(first.site().exportJson(admin).value());
    auto newer = second.site().applySystemFile({path});
    REQUIRE(newer);
    CHECK(*newer == path);
    CHECK(second.settings().get(Setting::HotlineNumber) == QStringLiteral("800-820-1234"));

    // A broken file is reported with its path and changes nothing.
    write("{ broken");
    auto broken = second.site().applySystemFile({path});
    REQUIRE_FALSE(broken);
    CHECK(broken.error().message.contains(path));
}

TEST_CASE("a site file naming another server moves the console to it afresh, the same server keeps its place")
{
    Console first;
    configure(first);
    QJsonObject file = exported(first);

    // A console already replicating with the team's server, some way into it.
    Console second;
    REQUIRE(SyncEngine::configure(*second.t.db, teamServer(), false));
    const QString consoleId = syncState(second, QStringLiteral("console_id"));
    REQUIRE_FALSE(consoleId.isEmpty());
    {
        QSqlQuery q(second.t.db->connection());
        REQUIRE(q.exec(QStringLiteral("UPDATE sync_state SET value = '42' WHERE key IN ('pull_cursor', "
                                      "'push_cursor')")));
    }

    // The same server, now with TLS verified against the room's CA and no login in the file: the
    // console keeps its login, its id and its place on both cursors.
    QJsonObject sameServer = file.value(QStringLiteral("server")).toObject();
    sameServer.remove(QStringLiteral("user"));
    sameServer.insert(QStringLiteral("sslMode"), QStringLiteral("verify-ca"));
    file.insert(QStringLiteral("server"), sameServer);
    REQUIRE(second.site().importJson(admin, QJsonDocument(file).toJson()));
    auto kept = SyncEngine::configured(*second.t.db);
    REQUIRE(kept);
    CHECK(kept->user == QStringLiteral("room3"));
    CHECK(kept->sslMode == QStringLiteral("verify-ca"));
    CHECK(syncState(second, QStringLiteral("console_id")) == consoleId);
    CHECK(syncState(second, QStringLiteral("pull_cursor")) == QStringLiteral("42"));
    CHECK(syncState(second, QStringLiteral("push_cursor")) == QStringLiteral("42"));

    // Another server (the room moved to a new database, or the same one spelled another way): the console
    // joins it as a new console and pulls it from the start; what it had sent stays local, what it had not
    // sent yet still waits to be sent.
    QJsonObject otherServer = teamServer().toJson();
    otherServer.insert(QStringLiteral("host"), QStringLiteral("hotline-db2.example.org"));
    file.insert(QStringLiteral("server"), otherServer);
    auto moved = second.site().importJson(admin, QJsonDocument(file).toJson());
    REQUIRE(moved);
    CHECK(moved->text().contains(QStringLiteral("hotline-db2.example.org")));
    auto now = SyncEngine::configured(*second.t.db);
    REQUIRE(now);
    CHECK(now->host == QStringLiteral("hotline-db2.example.org"));
    CHECK(now->user == QStringLiteral("room3"));
    CHECK_FALSE(syncState(second, QStringLiteral("console_id")).isEmpty());
    CHECK(syncState(second, QStringLiteral("console_id")) != consoleId);
    CHECK(syncState(second, QStringLiteral("pull_cursor")) == QStringLiteral("0"));
    CHECK(syncState(second, QStringLiteral("push_cursor")) == QStringLiteral("42"));

    // A file without a "server" leaves the console's server alone.
    file.remove(QStringLiteral("server"));
    auto untouched = second.site().importJson(admin, QJsonDocument(file).toJson());
    REQUIRE(untouched);
    CHECK(untouched->server.isEmpty());
    CHECK(SyncEngine::configured(*second.t.db)->host == QStringLiteral("hotline-db2.example.org"));
}

TEST_CASE("a site file whose server names no login is refused on a console that has none")
{
    Console first;
    configure(first);
    QJsonObject file = exported(first);
    QJsonObject server = file.value(QStringLiteral("server")).toObject();
    server.remove(QStringLiteral("user"));
    file.insert(QStringLiteral("server"), server);

    Console fresh;
    auto refused = fresh.site().importJson(admin, QJsonDocument(file).toJson());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("server.user"));
    CHECK(refused.error().message.contains(QStringLiteral("Admin ▸ Server")));
    CHECK_FALSE(SyncEngine::configured(*fresh.t.db));
    CHECK(fresh.settings().get(Setting::HotlineNumber) == QStringLiteral("800-858-0000"));
}

TEST_CASE("a console without a server exports no server and its file leaves others' servers alone")
{
    Console lone;
    const QJsonObject file = exported(lone);
    CHECK_FALSE(file.contains(QStringLiteral("server")));

    Console joined;
    REQUIRE(SyncEngine::configure(*joined.t.db, teamServer(), false));
    REQUIRE(joined.site().importJson(admin, QJsonDocument(file).toJson()));
    auto server = SyncEngine::configured(*joined.t.db);
    REQUIRE(server);
    CHECK(server->toUrl() == teamServer().toUrl());
}
