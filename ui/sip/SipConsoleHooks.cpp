#include "ui/sip/SipConsoleHooks.h"

#include "core/auth/Permissions.h"
#include "core/auth/Session.h"
#include "core/settings/SettingsReader.h"
#include "core/sip/SipLine.h"
#include "ui/call/Ringtone.h"
#include "ui/shell/MainWindow.h"
#include "ui/sip/CallRecordingsDialog.h"
#include "ui/sip/SipSettingsDialog.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace threerings::ui {

void attachPhoneLineSettings(MainWindow& window, SipLine* line, Database& db, const Clock& clock,
                             Session* session)
{
    // The console's own ringtone rings on the configured ringer (the default output when it is not found).
    if (auto* ringtone = window.findChild<Ringtone*>())
        (void)ringtone->setOutputDevice(
            SipConfig::fromSettings(*SettingsReader::open(db, clock)).ringerDevice);

    if (QMenu* admin = window.adminMenu()) {
        QAction* action = admin->addAction(SipSettingsDialog::tr("&Phone line…"));
        action->setObjectName(QStringLiteral("sipSettingsAction"));
        auto allowed = [session] {
            return session && Permissions::allows(session->actor(), Action::ManagePhoneLine);
        };
        action->setVisible(allowed());
        if (allowed())
            admin->menuAction()->setVisible(true);
        if (session)
            QObject::connect(session, &Session::changed, action, [action, admin, allowed] {
                action->setVisible(allowed());
                if (allowed())
                    admin->menuAction()->setVisible(true);
            });
        QObject::connect(action, &QAction::triggered, &window, [w = &window, line, &db, &clock, session] {
            if (!session)
                return;
            SipSettingsDialog dialog(db, clock, session->actor(), line, w);
            if (dialog.exec() == QDialog::Accepted)
                w->statusBar()->showMessage(
                    SipSettingsDialog::tr("Phone line settings saved; they apply from the next start."),
                    10'000);
        });
    }
}

void attachSipLine(MainWindow& window, SipLine& line, Database& db, const Clock& clock, Session* session)
{
    auto* reg = new QLabel(&window);
    reg->setObjectName(QStringLiteral("sipRegistration"));
    reg->setContentsMargins(6, 0, 6, 0);
    auto refresh = [reg, &line] {
        reg->setText(line.registrationText());
        const bool bad = line.registration() == SipLine::Registration::Failed ||
                         (line.config().registerAccount && line.registration() != SipLine::Registration::Ok);
        reg->setStyleSheet(bad ? QStringLiteral("color: #b00020") : QString());
        reg->setToolTip(line.registrationMessage());
    };
    QObject::connect(&line, &SipLine::registrationChanged, reg, refresh);
    QObject::connect(&line, &SipLine::started, reg, refresh);
    QObject::connect(&line, &SipLine::startFailed, reg, [reg](const QString& message) {
        reg->setText(SipLine::tr("SIP line not started"));
        reg->setStyleSheet(QStringLiteral("color: #b00020"));
        reg->setToolTip(message);
    });
    refresh();
    window.statusBar()->insertPermanentWidget(0, reg);

    // The recording indicator: shown whenever a call on the line is being recorded.
    auto* rec = new QLabel(SipLine::tr("● Recording"), &window);
    rec->setObjectName(QStringLiteral("sipRecording"));
    rec->setStyleSheet(
        QStringLiteral("color: white; background: #c62828; padding: 0 6px; font-weight: bold"));
    rec->setToolTip(line.isRecordingCalls() ? SipLine::tr("Calls on this line are recorded to a file.")
                                            : QString());
    rec->hide();
    window.statusBar()->insertPermanentWidget(0, rec);
    QObject::connect(&line, &SipLine::recordingStarted, rec, [rec](const QString&, const QString& path) {
        rec->setToolTip(path);
        rec->show();
    });
    QObject::connect(&line, &Line::callEnded, rec, [rec] { rec->hide(); });
    QObject::connect(&line, &SipLine::problem, &window,
                     [w = &window](const QString& message) { w->statusBar()->showMessage(message, 10'000); });

    // Console ▸ Call recordings… for supervisors and admins.
    if (!window.menuBar()->actions().isEmpty()) {
        QMenu* console = window.menuBar()->actions().constFirst()->menu();
        QAction* recordings = new QAction(CallRecordingsDialog::tr("Call &recordings…"), &window);
        recordings->setObjectName(QStringLiteral("callRecordingsAction"));
        console->insertAction(console->actions().isEmpty() ? nullptr : console->actions().constLast(),
                              recordings);
        auto allowed = [session] {
            return session && Permissions::allows(session->actor(), Action::ReadAudit);
        };
        recordings->setVisible(allowed());
        if (session)
            QObject::connect(session, &Session::changed, recordings,
                             [recordings, allowed] { recordings->setVisible(allowed()); });
        QObject::connect(recordings, &QAction::triggered, &window, [w = &window, &db, &clock, session] {
            if (!session)
                return;
            CallRecordingsDialog dialog(db, clock, session->actor(), w);
            dialog.exec();
        });
    }

    attachPhoneLineSettings(window, &line, db, clock, session);
}

} // namespace threerings::ui
