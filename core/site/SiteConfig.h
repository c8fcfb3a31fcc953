#pragma once

#include "core/auth/Actor.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace threerings {

class Clock;
class Database;

// The configuration a room of consoles shares, as one JSON file: the server (never a password),
// the unit's name, the hotline number, the ring cadence, the business calendar, the call scripts
// and the phrase lists, and the few policy settings every console of a site must agree on. Which
// settings it carries, and where in the file, the table of settings says (SettingEntry::site,
// core/settings/Settings.h); each value passes the table's check on import as on any console, and
// no secret is ever carried. An admin exports it from one console and imports it on the others, or
// an IT person places it where every console looks at start (systemPaths():
// /etc/xdg/ThreeRings/site.json on Linux, %ProgramData%\ThreeRings\site.json on Windows).
//
// The server is not a setting of its own: export writes the console's replication server
// (SyncEngine::configured, ServerConfig::toJson; never the password) and import sets it with
// SyncEngine::configure, as Admin ▸ Server… does (joining, never connecting; a different server than
// the console had resets its console id and cursors). A file without "server" leaves it alone.
//
// Reading goes through the repositories (Settings, Calendar, Script, Phrase); an import is
// validated whole before anything is written and then written in one transaction, so a bad file
// changes nothing (a setting out of range is refused naming the setting and what it accepts). Errors
// name the field of the file ("ringCadence.ringOnMs", "scripts[1].steps[2].id").
class SiteConfig
{
    Q_DECLARE_TR_FUNCTIONS(SiteConfig)

public:
    static constexpr int FormatVersion = 1;

    // What an import changed, for the message the admin sees.
    struct Summary
    {
        QDateTime exportedAt;
        QString exportedFrom; // the unit name and database of the exporting console
        int settings = 0;
        int scripts = 0;
        int phraseLists = 0;
        int calendarDays = 0;
        QString server; // the server the file points the console at (URL, no password); empty: none
        QString text() const;
    };

    SiteConfig(Database& db, const Clock& clock);

    // The site's configuration as JSON (Action::ManageSite).
    Result<QByteArray> exportJson(const Actor& actor) const;
    // Validates `json` whole, then writes it (Action::ManageSite).
    Result<Summary> importJson(const Actor& actor, const QByteArray& json);
    // Reads and checks a file without writing anything (what an import would change).
    static Result<Summary> inspect(const QByteArray& json);

    // Where the console looks for a system-wide file, most important first.
    static QStringList systemPaths();
    // Applies the first file of `paths` found when it is newer (exportedAt) than the last one
    // applied to this database, as the system (whoever can write /etc or %ProgramData% is an admin
    // of the machine). Returns the file applied, or an empty string when none was (none found or
    // not newer). A bad file is an error and changes nothing. Only a build with the test hooks
    // (app/Automation) passes other paths than systemPaths().
    Result<QString> applySystemFile(const QStringList& paths = systemPaths());

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace threerings
