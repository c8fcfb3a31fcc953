#include "SyncPanel.h"

#include "ServerSettingsDialog.h"
#include "auth/Permissions.h"
#include "store/Database.h"
#include "sync/SyncWorker.h"

#include <QAction>
#include <QDateTime>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace threerings::ui {

SyncPanel::SyncPanel(QMainWindow& window, QMenu* adminMenu, Database& db, std::function<Actor()> actor)
    : QObject(&window), m_window(window), m_db(db), m_actor(std::move(actor))
{
    m_label = new QLabel(&window);
    m_label->setObjectName(QStringLiteral("syncStatus"));
    m_label->setContentsMargins(6, 0, 6, 0);
    window.statusBar()->addPermanentWidget(m_label);
    m_controller = new SyncController(this);
    connect(m_controller, &SyncController::statusChanged, this, &SyncPanel::showStatus);
    connect(m_controller, &SyncController::changesArrived, this, &SyncPanel::changesArrived);
    if (adminMenu) {
        m_serverAction = adminMenu->addAction(tr("Se&rver…"), this, &SyncPanel::showServerSettings);
        m_serverAction->setObjectName(QStringLiteral("serverSettingsAction"));
        const auto update = [this] {
            const bool allowed = Permissions::allows(m_actor(), Action::ManageServer);
            m_serverAction->setVisible(allowed);
            m_serverAction->setEnabled(allowed);
        };
        connect(adminMenu, &QMenu::aboutToShow, this, update);
        update();
    }
    startIfConfigured();
}

SyncPanel::~SyncPanel() = default;

void SyncPanel::startIfConfigured()
{
    if (!SyncEngine::configured(m_db)) {
        m_label->setText(tr("Server: none"));
        m_label->setToolTip(tr("This console works on its own. An admin connects it to the team's server in "
                               "Admin ▸ Server…"));
        return;
    }
    if (Status s = m_controller->start(m_db.path()); !s) {
        m_label->setText(tr("Server: not connected"));
        m_label->setToolTip(s.error().message);
        return;
    }
    m_label->setText(tr("Server: connecting…"));
}

void SyncPanel::showStatus(const SyncStatus& s)
{
    QString text;
    if (s.connected)
        text = s.queued ? tr("Server: connected · %n change(s) to send", nullptr, int(s.queued))
                        : tr("Server: connected · up to date");
    else
        text = s.queued ? tr("Server: offline · %n change(s) queued", nullptr, int(s.queued))
                        : tr("Server: offline");
    if (s.conflicts)
        text += tr(" · %n conflict(s) kept", nullptr, int(s.conflicts));
    m_label->setText(text);
    const QString last =
        s.lastSyncAt
            ? QDateTime::fromMSecsSinceEpoch(s.lastSyncAt).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
            : tr("never");
    QString tip = tr("Last sync: %1").arg(last);
    if (!s.error.isEmpty())
        tip += QLatin1Char('\n') + s.error;
    if (s.conflicts)
        tip +=
            QLatin1Char('\n') + tr("Values that lost a conflict are kept in the audit trail (supervisors).");
    m_label->setToolTip(tip);
    m_label->setStyleSheet(s.error.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
}

void SyncPanel::showServerSettings()
{
    const Actor who = m_actor();
    if (Status s = Permissions::require(who, Action::ManageServer); !s) {
        m_window.statusBar()->showMessage(s.error().message, 8000);
        return;
    }
    ServerSettingsDialog dialog(m_db, who, &m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_controller->start(m_db.path(), dialog.config());
    m_label->setText(tr("Server: connecting…"));
    if (!dialog.keychainProblem().isEmpty())
        m_window.statusBar()->showMessage(dialog.keychainProblem(), 15000);
}

} // namespace threerings::ui
