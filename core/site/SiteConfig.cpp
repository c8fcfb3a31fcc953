#include "core/site/SiteConfig.h"

#include "core/auth/Permissions.h"
#include "core/calendar/BusinessCalendar.h"
#include "core/calendar/CalendarRepository.h"
#include "core/db/Database.h"
#include "core/db/Transaction.h"
#include "core/settings/SettingsRepository.h"
#include "core/sync/ServerConfig.h"
#include "core/sync/SyncEngine.h"
#include "core/util/Clock.h"
#include "core/words/PhraseList.h"
#include "core/words/PhraseRepository.h"
#include "core/words/Script.h"
#include "core/words/ScriptRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <optional>

namespace threerings {

namespace {

const QString formatName = QStringLiteral("threerings-site");
const QStringList languages{QStringLiteral("zh_CN"), QStringLiteral("en")};

// The named fields of the file and the settings key each one is.
struct NamedSetting
{
    const char* field; // "hotline.unitName"
    const char* key;   // "hotline.unit_name"
    bool number;
};
const NamedSetting namedSettings[] = {
    {"hotline.unitName", "hotline.unit_name", false},
    {"hotline.number", "hotline.number", false},
    {"ringCadence.ringOnMs", "line.ring_on_ms", true},
    {"ringCadence.ringOffMs", "line.ring_off_ms", true},
    {"ringCadence.ringNoAnswerRings", "line.ring_no_answer_rings", true},
};

bool isSecret(const QString& key)
{
    static const QRegularExpression secret(QStringLiteral("password|passwd|secret|token|credential|private"),
                                           QRegularExpression::CaseInsensitiveOption);
    return secret.match(key).hasMatch();
}

QJsonObject calendarToJson(const BusinessCalendar& cal)
{
    const auto hhmm = [](QTime t) { return t.toString(QStringLiteral("HH:mm")); };
    QJsonArray weekend;
    for (int d : cal.weekendDays())
        weekend.append(d);
    QJsonArray years;
    for (auto y = cal.knownYears().cbegin(); y != cal.knownYears().cend(); ++y) {
        QJsonArray holidays;
        QJsonArray workdays;
        for (auto e = cal.exceptions().cbegin(); e != cal.exceptions().cend(); ++e) {
            if (e.key().year() != y.key())
                continue;
            const QString day = e.key().toString(Qt::ISODate);
            if (e->kind == BusinessCalendar::DayKind::Holiday)
                holidays.append(
                    QJsonObject{{QStringLiteral("from"), day}, {QStringLiteral("name"), e->name}});
            else
                workdays.append(
                    QJsonObject{{QStringLiteral("date"), day}, {QStringLiteral("name"), e->name}});
        }
        years.append(QJsonObject{{QStringLiteral("year"), y.key()},
                                 {QStringLiteral("source"), y.value()},
                                 {QStringLiteral("holidays"), holidays},
                                 {QStringLiteral("workdays"), workdays}});
    }
    return {{QStringLiteral("timeZone"), QString::fromUtf8(cal.timeZone().id())},
            {QStringLiteral("opens"), hhmm(cal.opens())},
            {QStringLiteral("closes"), hhmm(cal.closes())},
            {QStringLiteral("lunchStart"), hhmm(cal.lunchStart())},
            {QStringLiteral("lunchEnd"), hhmm(cal.lunchEnd())},
            {QStringLiteral("weekendDays"), weekend},
            {QStringLiteral("years"), years}};
}

// A field's error with the field's path in front, so the admin knows where in the file to look.
Error inField(const QString& path, const Error& e)
{
    const QString field = e.field.isEmpty() ? path : path + QLatin1Char('.') + e.field;
    return Error::data(SiteConfig::tr("%1: %2").arg(field, e.message), field);
}

// Everything of a site file, parsed and validated; nothing written yet.
struct Parsed
{
    SiteConfig::Summary summary;
    QList<std::pair<QString, QString>> settings; // key, value
    std::optional<ServerConfig> server;          // the login may be empty: the console keeps its own
    std::optional<BusinessCalendar> calendar;
    QList<QByteArray> scriptSets; // one {"language", "scripts"} document per language
    QList<QByteArray> phraseLists;
};

Result<Parsed> parse(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject())
        return Error::data(
            SiteConfig::tr("The site file is not valid JSON (%1 at offset %2); export it again "
                           "from a console, or fix the file.")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != formatName)
        return Error::data(SiteConfig::tr("format: this is not a ThreeRings site file (format should be "
                                          "\"%1\"); choose the file Admin ▸ Site configuration exported.")
                               .arg(formatName),
                           QStringLiteral("format"));
    const int version = root.value(QLatin1String("version")).toInt(0);
    if (version < 1 || version > SiteConfig::FormatVersion)
        return Error::data(SiteConfig::tr("version: the file has version %1; this console reads version 1 to "
                                          "%2. Update the console, or export the file again.")
                               .arg(root.value(QLatin1String("version")).toVariant().toString())
                               .arg(SiteConfig::FormatVersion),
                           QStringLiteral("version"));
    Parsed p;
    p.summary.exportedAt =
        QDateTime::fromString(root.value(QLatin1String("exportedAt")).toString(), Qt::ISODate);
    if (!p.summary.exportedAt.isValid())
        return Error::data(SiteConfig::tr("exportedAt: missing or not a date and time such as "
                                          "2026-11-25T09:00:00Z; consoles use it to apply only newer files."),
                           QStringLiteral("exportedAt"));
    p.summary.exportedFrom = root.value(QLatin1String("exportedFrom")).toString();

    for (const NamedSetting& n : namedSettings) {
        const QString field = QString::fromLatin1(n.field);
        const QString group = field.section(QLatin1Char('.'), 0, 0);
        const QString name = field.section(QLatin1Char('.'), 1);
        const QJsonValue v = root.value(group).toObject().value(name);
        if (v.isUndefined())
            continue;
        if (n.number ? !v.isDouble() || v.toDouble() < 1 : !v.isString() || v.toString().trimmed().isEmpty())
            return Error::data(n.number ? SiteConfig::tr("%1 must be a positive whole number.").arg(field)
                                        : SiteConfig::tr("%1 must be text that is not empty.").arg(field),
                               field);
        p.settings.append(
            {QString::fromLatin1(n.key), n.number ? QString::number(v.toInteger()) : v.toString().trimmed()});
    }
    if (const QJsonValue server = root.value(QLatin1String("server")); !server.isUndefined()) {
        if (!server.isObject())
            return Error::data(SiteConfig::tr("server must be an object with host, port, database, user and "
                                              "sslMode."),
                               QStringLiteral("server"));
        if (!server.toObject().isEmpty()) {
            auto config = ServerConfig::fromJson(server.toObject());
            if (!config)
                return config.error();
            p.summary.server = config->toUrl();
            p.server = std::move(config).value();
        }
    }
    const QJsonObject policy = root.value(QLatin1String("settings")).toObject();
    for (auto it = policy.constBegin(); it != policy.constEnd(); ++it) {
        const QString field = QStringLiteral("settings.") + it.key();
        if (isSecret(it.key()))
            return Error::data(SiteConfig::tr("%1: a site file never carries passwords or secrets; remove "
                                              "the entry and enter it on each console.")
                                   .arg(field),
                               field);
        if (!SiteConfig::isCarried(it.key()))
            return Error::data(
                SiteConfig::tr("%1: not a setting a site file may carry; remove it.").arg(field), field);
        if (it.value().isObject() || it.value().isArray() || it.value().isNull())
            return Error::data(SiteConfig::tr("%1 must be text or a number.").arg(field), field);
        p.settings.append({it.key(), it.value().toVariant().toString()});
    }
    p.summary.settings = int(p.settings.size());

    if (root.contains(QLatin1String("calendar"))) {
        auto cal = BusinessCalendar::fromJson(
            QJsonDocument(root.value(QLatin1String("calendar")).toObject()).toJson(QJsonDocument::Compact));
        if (!cal)
            return inField(QStringLiteral("calendar"), cal.error());
        p.summary.calendarDays = int(cal->exceptions().size());
        p.calendar = std::move(cal).value();
    }
    const QJsonArray scripts = root.value(QLatin1String("scripts")).toArray();
    for (qsizetype i = 0; i < scripts.size(); ++i) {
        const QByteArray one = QJsonDocument(scripts.at(i).toObject()).toJson(QJsonDocument::Indented);
        auto parsed = Script::fromJson(one);
        if (!parsed)
            return inField(QStringLiteral("scripts[%1]").arg(i), parsed.error());
        p.summary.scripts += int(parsed->size());
        p.scriptSets.append(one);
    }
    const QJsonArray phrases = root.value(QLatin1String("phraseLists")).toArray();
    for (qsizetype i = 0; i < phrases.size(); ++i) {
        const QByteArray one = QJsonDocument(phrases.at(i).toObject()).toJson(QJsonDocument::Indented);
        if (auto parsed = PhraseList::fromJson(one); !parsed)
            return inField(QStringLiteral("phraseLists[%1]").arg(i), parsed.error());
        p.phraseLists.append(one);
    }
    p.summary.phraseLists = int(p.phraseLists.size());
    return p;
}

} // namespace

QString SiteConfig::Summary::text() const
{
    const QString serverText =
        server.isEmpty() ? QString() : QLatin1Char(' ') + tr("This console's server: %1.").arg(server);
    return tr("Site configuration of %1 (exported %2): %n setting(s), %3 script(s), %4 phrase list(s), %5 "
              "calendar day(s).",
              nullptr, settings)
               .arg(exportedFrom.isEmpty() ? tr("an unnamed console") : exportedFrom,
                    exportedAt.toUTC().toString(Qt::ISODate))
               .arg(scripts)
               .arg(phraseLists)
               .arg(calendarDays) +
           serverText;
}

SiteConfig::SiteConfig(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

const QStringList& SiteConfig::carriedKeys()
{
    static const QStringList keys{
        QStringLiteral("sync."),
        QStringLiteral("callback."),
        QStringLiteral("rating.complaint_below"),
        QStringLiteral("agent.wrap_up_seconds"),
        QStringLiteral("auth.idle_lock_minutes"),
        QStringLiteral("auth.lockout_minutes"),
    };
    return keys;
}

bool SiteConfig::isCarried(const QString& key)
{
    if (isSecret(key))
        return false;
    for (const QString& k : carriedKeys())
        if (k.endsWith(QLatin1Char('.')) ? key.startsWith(k) && key.size() > k.size() : key == k)
            return true;
    return false;
}

Result<QByteArray> SiteConfig::exportJson(const Actor& actor) const
{
    if (Status s = Permissions::require(actor, Action::ManageSite); !s)
        return s.error();
    const SettingsRepository settings(m_db, m_clock);
    QJsonObject root{{QStringLiteral("format"), formatName},
                     {QStringLiteral("version"), FormatVersion},
                     {QStringLiteral("exportedAt"), m_clock.now().toUTC().toString(Qt::ISODate)}};
    const QString unit = settings.value(QStringLiteral("hotline.unit_name"));
    root.insert(QStringLiteral("exportedFrom"), tr("%1, %2").arg(unit.isEmpty() ? tr("unnamed unit") : unit,
                                                                 QFileInfo(m_db.path()).fileName()));
    for (const NamedSetting& n : namedSettings) {
        const QString value = settings.value(QString::fromLatin1(n.key));
        if (value.isEmpty())
            continue;
        const QString field = QString::fromLatin1(n.field);
        const QString group = field.section(QLatin1Char('.'), 0, 0);
        QJsonObject o = root.value(group).toObject();
        o.insert(field.section(QLatin1Char('.'), 1),
                 n.number ? QJsonValue(value.toLongLong()) : QJsonValue(value));
        root.insert(group, o);
    }
    // The server is the one replication uses (sync_state), without its password; none, no "server".
    if (auto server = SyncEngine::configured(m_db))
        root.insert(QStringLiteral("server"), server->toJson());
    QJsonObject policy;
    for (const QString& key : settings.keys())
        if (isCarried(key))
            policy.insert(key, settings.value(key));
    root.insert(QStringLiteral("settings"), policy);

    auto calendar = CalendarRepository(m_db, m_clock).load();
    if (!calendar)
        return calendar.error();
    root.insert(QStringLiteral("calendar"), calendarToJson(*calendar));

    ScriptRepository scripts(m_db, m_clock);
    PhraseRepository phrases(m_db, m_clock);
    QJsonArray scriptSets;
    QJsonArray phraseLists;
    for (const QString& language : languages) {
        auto list = scripts.list(language);
        if (!list)
            return list.error();
        QJsonObject set = QJsonDocument::fromJson(Script::toJson(*list)).object();
        set.insert(QStringLiteral("language"), language);
        scriptSets.append(set);
        auto words = phrases.list(language);
        if (!words)
            return words.error();
        phraseLists.append(QJsonDocument::fromJson(words->toJson()).object());
    }
    root.insert(QStringLiteral("scripts"), scriptSets);
    root.insert(QStringLiteral("phraseLists"), phraseLists);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<SiteConfig::Summary> SiteConfig::inspect(const QByteArray& json)
{
    auto parsed = parse(json);
    if (!parsed)
        return parsed.error();
    return parsed->summary;
}

Result<SiteConfig::Summary> SiteConfig::importJson(const Actor& actor, const QByteArray& json)
{
    if (Status s = Permissions::require(actor, Action::ManageSite); !s)
        return s.error();
    auto parsed = parse(json);
    if (!parsed)
        return parsed.error();
    const Actor& writer = actor;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    SettingsRepository settings(m_db, m_clock);
    for (const auto& [key, value] : parsed->settings)
        if (Status s = settings.set(key, value, actor.stamp()); !s)
            return s.error();
    if (parsed->calendar)
        if (Status s = CalendarRepository(m_db, m_clock).save(*parsed->calendar, writer); !s)
            return inField(QStringLiteral("calendar"), s.error());
    ScriptRepository scripts(m_db, m_clock);
    for (qsizetype i = 0; i < parsed->scriptSets.size(); ++i)
        if (auto r = scripts.importJson(writer, parsed->scriptSets.at(i)); !r)
            return inField(QStringLiteral("scripts[%1]").arg(i), r.error());
    PhraseRepository phrases(m_db, m_clock);
    for (qsizetype i = 0; i < parsed->phraseLists.size(); ++i)
        if (auto r = phrases.importJson(writer, parsed->phraseLists.at(i)); !r)
            return inField(QStringLiteral("phraseLists[%1]").arg(i), r.error());
    if (parsed->server) {
        // As Admin ▸ Server… sets it: this console joins the server (what it holds stays local),
        // without connecting; the password comes from the keychain or THREERINGS_SERVER_PASSWORD.
        ServerConfig server = *parsed->server;
        if (server.user.isEmpty()) {
            if (auto current = SyncEngine::configured(m_db); current && current->sameServer(server))
                server.user = current->user;
        }
        if (server.user.isEmpty())
            return Error::data(tr("server.user: the file names no login for the server %1 and this console "
                                  "has none; add \"user\" to the file's server, or set the login in Admin ▸ "
                                  "Server… first.")
                                   .arg(server.toUrl()),
                               QStringLiteral("server.user"));
        if (Status s = SyncEngine::configure(actor, m_db, server, false); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return parsed->summary;
}

QStringList SiteConfig::systemPaths()
{
    // The machine-wide configuration folders (/etc/xdg, %ProgramData%), not the person's own.
    const QString own = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QStringList paths;
    for (const QString& dir : QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation))
        if (dir != own)
            paths << QDir(dir).filePath(QStringLiteral("ThreeRings/site.json"));
    return paths;
}

Result<QString> SiteConfig::applySystemFile(const QStringList& paths)
{
    for (const QString& path : paths) {
        QFile f(path);
        if (!f.exists())
            continue;
        if (!f.open(QIODevice::ReadOnly))
            return Error::io(tr("The site file %1 cannot be read (%2); check its permissions.")
                                 .arg(QDir::toNativeSeparators(path), f.errorString()));
        const QByteArray json = f.readAll();
        auto summary = inspect(json);
        if (!summary)
            return Error::data(tr("The site file %1 was not applied: %2")
                                   .arg(QDir::toNativeSeparators(path), summary.error().message),
                               summary.error().field);
        SettingsRepository settings(m_db, m_clock);
        const QDateTime applied = QDateTime::fromString(settings.value(appliedKey()), Qt::ISODate);
        if (applied.isValid() && summary->exportedAt <= applied)
            return QString();
        Transaction tx(m_db);
        if (!tx.ok())
            return tx.status().error();
        if (auto done = importJson(Actor::systemActor(), json); !done)
            return done.error();
        if (Status s = settings.set(appliedKey(), summary->exportedAt.toUTC().toString(Qt::ISODate), {}); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        return path;
    }
    return QString();
}

} // namespace threerings
