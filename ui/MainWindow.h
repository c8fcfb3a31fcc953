#pragma once

#include <QMainWindow>

namespace threerings {
class Clock;
class Database;
} // namespace threerings

namespace threerings::ui {

// The console's frame: menus, the call area, and the status bar that names the database in use.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database& db, const Clock& clock, QWidget* parent = nullptr);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace threerings::ui
