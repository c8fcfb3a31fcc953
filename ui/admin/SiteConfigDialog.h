#pragma once

#include "core/auth/Actor.h"
#include "core/util/Result.h"

#include <QDialog>

class QLabel;

namespace threerings {
class Clock;
class Database;
} // namespace threerings

namespace threerings::ui {

// Admin ▸ Site configuration…: exports this console's site file (server, unit name, hotline number, ring
// cadence, calendar, scripts, phrase lists) for the other consoles of the room, imports one (shown and
// confirmed first), and says where consoles look for a system-wide file. Everything goes through
// core SiteConfig, which checks Action::ManageSite.
class SiteConfigDialog : public QDialog
{
    Q_OBJECT

public:
    SiteConfigDialog(Database& db, const Clock& clock, const Actor& actor, QWidget* parent = nullptr);

    // The buttons' work without the file dialogs (tests, and the dialog itself once a file is chosen).
    Status exportTo(const QString& path);
    // `confirm` is asked with the file's summary before anything is written; false cancels.
    Status importFrom(const QString& path, bool confirm = true);

signals:
    // An imported file set this console's server (the sync worker should start with it).
    void serverSet();

private:
    void chooseExport();
    void chooseImport();
    void report(const QString& text, bool error);

    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
    QLabel* m_status = nullptr;
};

} // namespace threerings::ui
