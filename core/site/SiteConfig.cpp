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

// A key of the file's "settings" that looks like a secret gets the secret's message even when no
// setting of the table has that key.
bool looksSecret(const QString& key)
{
    static const QRegularExpression secret(QStringLiteral("password|passwd|secret|token|credential|private"),
                                           QRegularExpression::CaseInsensitiveOption);
    return secret.match(key).hasMatch();
}

// One setting of a file, checked by the table of settings: its row, the member of a family, the value
// as the table stores it.
struct FileSetting
{
    const SettingEntry* entry;
    QString member;
    QString value;
};

// The value of a named field, checked by the table; `field` is the file's name for it.
Result<QString> namedValue(const SettingEntry& e, const QString& field, const QJsonValue& v)
{
    // A number field holds a JSON number and a text field JSON text, as export writes them.
    const bool number = e.type == SettingType::Int;
    const bool typed = number ? v.isDouble() : v.isString();
    QString text = v.toVariant().toString();
    if (v.isDouble())
        text = QString::number(v.toDouble(), 'g', 17);
    else if (v.isString())
        text = v.toString().trimmed();
    else if (v.isObject() || v.isArray())
        text = QString::fromUtf8(QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact));
    auto accepted =
        typed ? Settings::canonical(e, {}, text) : Result<QString>(Settings::refusal(e, {}, text));
    if (!accepted)
        return Error::data(SiteConfig::tr("%1: %2").arg(field, accepted.error().message), field);
    return accepted;
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
    QList<FileSetting> settings;
    std::optional<ServerConfig> server; // the login may be empty: the console keeps its own
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

    // The settings the table carries as named fields of the file ("hotline.unitName").
    for (const SettingEntry* e : Settings::all()) {
        if (e->site != SiteFile::Named)
            continue;
        const QString field = QString::fromLatin1(e->siteField);
        const QJsonValue v = root.value(field.section(QLatin1Char('.'), 0, 0))
                                 .toObject()
                                 .value(field.section(QLatin1Char('.'), 1));
        if (v.isUndefined())
            continue;
        auto value = namedValue(*e, field, v);
        if (!value)
            return value.error();
        p.settings.append({e, {}, *value});
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
    // The settings the table carries in the file's "settings", by key, checked as on any console.
    const QJsonObject policy = root.value(QLatin1String("settings")).toObject();
    for (auto it = policy.constBegin(); it != policy.constEnd(); ++it) {
        const QString field = QStringLiteral("settings.") + it.key();
        QString member;
        const SettingEntry* e = Settings::find(it.key(), &member);
        if ((e && e->secret) || looksSecret(it.key()))
            return Error::data(SiteConfig::tr("%1: a site file never carries passwords or secrets; remove "
                                              "the entry and enter it on each console.")
                                   .arg(field),
                               field);
        if (!e || e->site != SiteFile::Settings)
            return Error::data(
                SiteConfig::tr("%1: not a setting a site file may carry; remove it.").arg(field), field);
        if (it.value().isObject() || it.value().isArray() || it.value().isNull())
            return Error::data(SiteConfig::tr("%1 must be text or a number.").arg(field), field);
        auto value = Settings::canonical(*e, member, it.value().toVariant().toString());
        if (!value)
            return Error::data(SiteConfig::tr("%1: %2").arg(field, value.error().message), field);
        p.settings.append({e, member, *value});
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

Result<QByteArray> SiteConfig::exportJson(const Actor& actor) const
{
    if (Status s = Permissions::require(actor, Action::ManageSite); !s)
        return s.error();
    const SettingsRepository settings(m_db, m_clock);
    QJsonObject root{{QStringLiteral("format"), formatName},
                     {QStringLiteral("version"), FormatVersion},
                     {QStringLiteral("exportedAt"), m_clock.now().toUTC().toString(Qt::ISODate)}};
    const QString unit = settings.isStored(Setting::UnitName) ? settings.get(Setting::UnitName) : QString();
    root.insert(QStringLiteral("exportedFrom"), tr("%1, %2").arg(unit.isEmpty() ? tr("unnamed unit") : unit,
                                                                 QFileInfo(m_db.path()).fileName()));
    // What this console has set of the settings the table carries (a stored value the table does not
    // accept goes out as the default this console runs on); what it has not set stays each console's.
    QJsonObject policy;
    for (const SettingEntry* e : Settings::all()) {
        if (e->secret)
            continue;
        if (e->site == SiteFile::Named && settings.isStored(*e)) {
            const QString value = settings.text(*e);
            const QString field = QString::fromLatin1(e->siteField);
            const QString group = field.section(QLatin1Char('.'), 0, 0);
            QJsonObject o = root.value(group).toObject();
            o.insert(field.section(QLatin1Char('.'), 1),
                     e->type == SettingType::Int ? QJsonValue(value.toLongLong()) : QJsonValue(value));
            root.insert(group, o);
        } else if (e->site == SiteFile::Settings) {
            for (const QString& member : e->family ? settingMembers(*e) : QStringList{QString()})
                if (settings.isStored(*e, member))
                    policy.insert(Settings::key(*e, member), settings.text(*e, member));
        }
    }
    // The server is the one replication uses (sync_state), without its password; none, no "server".
    if (auto server = SyncEngine::configured(m_db))
        root.insert(QStringLiteral("server"), server->toJson());
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
    for (const FileSetting& f : parsed->settings)
        if (Status s = settings.setText(*f.entry, f.member, f.value, actor.stamp()); !s)
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
        const QDateTime applied = settings.get(Setting::SiteFileApplied);
        if (applied.isValid() && summary->exportedAt <= applied)
            return QString();
        Transaction tx(m_db);
        if (!tx.ok())
            return tx.status().error();
        if (auto done = importJson(Actor::systemActor(), json); !done)
            return done.error();
        if (Status s = settings.set(Setting::SiteFileApplied, summary->exportedAt, {}); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        return path;
    }
    return QString();
}

} // namespace threerings
