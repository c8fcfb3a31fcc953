#include "MainWindow.h"

#include "store/Database.h"

#include <QLabel>
#include <QStatusBar>

namespace threerings::ui {

MainWindow::MainWindow(Database& db, const Clock& clock, QWidget* parent)
    : QMainWindow(parent), m_db(db), m_clock(clock)
{
    setWindowTitle(tr("ThreeRings hotline console"));
    setCentralWidget(new QLabel(tr("The line is idle."), this));
    statusBar()->addPermanentWidget(new QLabel(tr("Database: %1").arg(m_db.path()), this));
    resize(1280, 760);
}

} // namespace threerings::ui
