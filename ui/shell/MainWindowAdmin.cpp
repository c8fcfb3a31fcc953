// The windows the main window opens for supervisors and admins: the callback policy, the supervisor's desk,
// the first start and the script editor. Each checks the person's rights first.
#include "core/auth/Permissions.h"
#include "core/site/HotlineSetup.h"
#include "ui/admin/CallbackPolicyDialog.h"
#include "ui/admin/FirstStartWizard.h"
#include "ui/admin/ScriptAdminDialog.h"
#include "ui/forms/FormDesk.h"
#include "ui/forms/FormServices.h"
#include "ui/report/SupervisorDesk.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PersonWindows.h"

#include <QStatusBar>

namespace threerings::ui {

void MainWindow::showCallbackPolicy()
{
    if (Status s = Permissions::require(actor(), Action::ManageCallbackPolicy); !s) {
        statusBar()->showMessage(s.error().message, problemMessageMs);
        return;
    }
    CallbackPolicyDialog dialog(m_desk->services().callbacks(), actor(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Callback policy saved."), problemMessageMs);
}

SupervisorDesk* MainWindow::openSupervisorDesk(const QString& spec)
{
    if (Status s = Permissions::require(actor(), Action::ReadReports); !s) {
        statusBar()->showMessage(s.error().message, problemMessageMs);
        return nullptr;
    }
    if (m_supervisorDesk && m_supervisorDesk->actor().userId != actor().userId)
        delete m_supervisorDesk; // another person signed in since: their own desk, their own permissions
    if (!m_supervisorDesk) {
        m_supervisorDesk = new SupervisorDesk(m_db, m_clock, m_services.calendar, actor(), this);
        PersonWindows::bind(m_supervisorDesk);
    }
    m_supervisorDesk->show();
    m_supervisorDesk->raise();
    const QString kind = spec.section(QLatin1Char(':'), 0, 0);
    m_supervisorDesk->setPeriodKind(spec.section(QLatin1Char(':'), 1, 1));
    m_supervisorDesk->showSheet(kind.isEmpty() ? m_supervisorDesk->currentKind() : kind);
    return m_supervisorDesk;
}

FirstStartWizard* MainWindow::offerFirstStart()
{
    return HotlineSetup(m_db, m_clock).offeredTo(actor()) ? openFirstStart() : nullptr;
}

FirstStartWizard* MainWindow::openFirstStart()
{
    if (Status s = Permissions::require(actor(), Action::ManageSetup); !s) {
        statusBar()->showMessage(s.error().message, problemMessageMs);
        return nullptr;
    }
    if (!m_firstStart) {
        m_firstStart = new FirstStartWizard(m_db, m_clock, actor(), this, &m_services.calendar);
        m_firstStart->setAttribute(Qt::WA_DeleteOnClose);
        PersonWindows::bind(m_firstStart);
        connect(m_firstStart.data(), &QDialog::finished, this, [this] {
            m_firstStart = nullptr; // closing deletes it; the next one starts from what was saved
            updateAdminMenu();
        });
    }
    m_firstStart->show();
    m_firstStart->raise();
    return m_firstStart;
}

void MainWindow::showScriptAdmin()
{
    if (Status s = Permissions::require(actor(), Action::ManageScripts); !s) {
        statusBar()->showMessage(s.error().message, problemMessageMs);
        return;
    }
    // A saved phrase list reloads the guard, and every open field follows it at once.
    ScriptAdminDialog dialog(m_services.words, actor(), this);
    dialog.exec();
}

} // namespace threerings::ui
