#include "ui/shell/SyncPanel.h"

#include "core/auth/Permissions.h"
#include "core/auth/Session.h"
#include "core/db/Database.h"
#include "core/sync/SyncWorker.h"
#include "core/sync/TeamSignIn.h"
#include "core/util/HotlineTime.h"
#include "ui/admin/ServerSettingsDialog.h"

#include <QAction>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace threerings::ui {

SyncPanel::SyncPanel(QMainWindow& window, QMenu* adminMenu, Database& db, std::function<Actor()> actor)
    : QObject(&window), m_window(window), m_db(db), m_actor(std::move(actor))
{
    m_label = new QLabel(&window);
    m_label->setObjectName(QStringLiteral("syncStatus"));
    m_label->setContentsMargins(6, 0, 6, 0);
    m_label->setTextFormat(Qt::RichText); // its text is escaped; the refusals and conflicts are links
    connect(m_label, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link == QLatin1String("refused"))
            showRefusals();
        else
            showConflicts();
    });
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

void SyncPanel::attachSession(Session& session)
{
    m_session = &session;
    connect(m_session, &Session::changed, this, &SyncPanel::followSession);
    followSession();
}

SyncPanel::~SyncPanel() = default;

void SyncPanel::followSession()
{
    if (!m_session)
        return;
    if (m_session->state() == Session::State::SignedOut) {
        if (!m_session->notice().isEmpty())
            m_window.statusBar()->showMessage(m_session->notice(), 30000);
        if (!m_syncingAs.isEmpty()) {
            // Nobody's login may sync now: the next person's own login takes over when they sign in.
            m_controller->stop();
            m_syncingAs.clear();
            m_label->setText(tr("Server: waiting for a sign-in"));
        }
        return;
    }
    if (m_session->actor().jobNumber == m_syncingAs)
        return;
    if (auto configured = SyncEngine::configured(m_db); configured && configured->user.isEmpty())
        startIfConfigured();
    if (!m_session->notice().isEmpty())
        m_window.statusBar()->showMessage(m_session->notice(), 30000);
}

void SyncPanel::startIfConfigured()
{
    auto configured = SyncEngine::configured(m_db);
    if (!configured) {
        m_label->setText(tr("Server: none"));
        m_label->setToolTip(tr("This console works on its own. An admin connects it to the team's server in "
                               "Admin ▸ Server…"));
        return;
    }
    if (configured->user.isEmpty()) {
        // Each person syncs as their own login, with the password they signed in with (kept in memory).
        m_controller->stop();
        m_syncingAs.clear();
        const Actor who = m_session ? m_session->actor() : Actor();
        if (!m_session || m_session->state() == Session::State::SignedOut || who.jobNumber.isEmpty()) {
            m_label->setText(tr("Server: waiting for a sign-in"));
            return;
        }
        auto mine = TeamSignIn::forPerson(m_db, who.jobNumber, m_session->password());
        if (!mine) {
            m_label->setText(tr("Server: not connected"));
            m_label->setToolTip(mine.error().message);
            return;
        }
        m_controller->start(m_db.path(), *mine);
        m_syncingAs = who.jobNumber;
        m_label->setText(tr("Server: connecting…"));
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
    if (!s.transport.isEmpty())
        text += QStringLiteral(" · ") + tr("not verified");
    if (s.waiting)
        text += QStringLiteral(" · ") + tr("%n waiting for their authors", nullptr, int(s.waiting));
    text = text.toHtmlEscaped();
    if (s.refused)
        text += QStringLiteral(" · <a href=\"refused\">%1</a>")
                    .arg(tr("%n change(s) refused", nullptr, int(s.refused)).toHtmlEscaped());
    if (s.conflicts) {
        const QString kept = tr("%n conflict(s) kept", nullptr, int(s.conflicts));
        text += QStringLiteral(" · ");
        text += Permissions::allows(m_actor(), Action::ReadAudit)
                    ? QStringLiteral("<a href=\"conflicts\">%1</a>").arg(kept.toHtmlEscaped())
                    : kept.toHtmlEscaped();
    }
    m_label->setText(text);
    const QString last = s.lastSyncAt ? QDateTime::fromMSecsSinceEpoch(s.lastSyncAt, hotlineTimeZone())
                                            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                      : tr("never");
    QString tip = tr("Last sync: %1").arg(last);
    if (!s.error.isEmpty())
        tip += QLatin1Char('\n') + s.error;
    if (!s.transport.isEmpty())
        tip += QLatin1Char('\n') + s.transport;
    if (!s.notice.isEmpty())
        tip += QLatin1Char('\n') + s.notice;
    if (s.refused)
        tip +=
            QLatin1Char('\n') +
            tr("The server refused %n change(s) of this console: they stay here and reach no other console. "
               "The newest: %1. Ask an admin.",
               nullptr, int(s.refused))
                .arg(s.lastRefusal);
    if (s.waiting)
        tip += QLatin1Char('\n') +
               tr("%n change(s) were made here by other people: each person's changes go to the "
                  "server with their own login, the next time they sign in at this console.",
                  nullptr, int(s.waiting));
    if (s.parked)
        tip += QLatin1Char('\n') +
               tr("%n change(s) from other consoles wait here for a record that has not arrived "
                  "yet; they apply when it does.",
                  nullptr, int(s.parked));
    if (s.conflicts)
        tip +=
            QLatin1Char('\n') + tr("Values that lost a conflict are kept in the audit trail (supervisors).");
    m_label->setToolTip(tip);
    m_label->setStyleSheet(s.error.isEmpty() && s.transport.isEmpty() && !s.refused
                               ? QString()
                               : QStringLiteral("color: #b00020;"));
}

void SyncPanel::showTable(const QString& objectName, const QString& title, const QStringList& headers,
                          const QList<QStringList>& rows)
{
    QDialog dialog(&m_window);
    dialog.setWindowTitle(title);
    auto* table = new QTableWidget(int(rows.size()), int(headers.size()), &dialog);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < rows.size(); ++i)
        for (int col = 0; col < rows.at(i).size(); ++col)
            table->setItem(i, col, new QTableWidgetItem(rows.at(i).at(col)));
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(900, 400);
    dialog.exec();
}

namespace {

QString when(qint64 ms)
{
    return hotlineMinuteText(ms);
}

QString who(const AuditEntry& e)
{
    return e.changedByJobNumber.isEmpty() ? e.changedBy
                                          : e.changedByJobNumber + QLatin1Char(' ') + e.changedByName;
}

} // namespace

void SyncPanel::showConflicts()
{
    auto rows = SyncEngine::conflicts(m_actor(), m_db);
    if (!rows) {
        m_window.statusBar()->showMessage(rows.error().message, 8000);
        return;
    }
    QList<QStringList> cells;
    for (const AuditEntry& e : *rows)
        cells << QStringList{when(e.changedAt), e.table + QLatin1Char(' ') + e.rowId.left(8),
                             e.field,           e.oldValue,
                             e.newValue,        who(e)};
    showTable(
        QStringLiteral("conflicts"), tr("Conflicts kept from replication"),
        {tr("When"), tr("Record"), tr("Field"), tr("Value that lost"), tr("Value kept"), tr("Lost value by")},
        cells);
}

void SyncPanel::showRefusals()
{
    auto rows = SyncEngine::refusals(m_actor(), m_db);
    if (!rows) {
        m_window.statusBar()->showMessage(rows.error().message, 8000);
        return;
    }
    QList<QStringList> cells;
    for (const AuditEntry& e : *rows)
        cells << QStringList{when(e.changedAt), e.table + QLatin1Char(' ') + e.rowId.left(8), e.op, who(e),
                             e.newValue};
    showTable(QStringLiteral("refusals"), tr("Changes the server refused"),
              {tr("When"), tr("Record"), tr("Change"), tr("By"), tr("Why")}, cells);
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
    if (dialog.config().user.isEmpty()) {
        startIfConfigured(); // as the person signed in
    } else {
        m_controller->start(m_db.path(), dialog.config());
        m_label->setText(tr("Server: connecting…"));
    }
    if (!dialog.keychainProblem().isEmpty())
        m_window.statusBar()->showMessage(dialog.keychainProblem(), 15000);
}

} // namespace threerings::ui
