#include "ui/shell/ViewCatalog.h"

#include "core/auth/AccountService.h"
#include "ui/admin/AccountsDialog.h"
#include "ui/admin/ServerSettingsDialog.h"
#include "ui/admin/SetupDialog.h"
#include "ui/admin/SiteConfigDialog.h"
#include "ui/call/CallWorkspace.h"
#include "ui/forms/FormDesk.h"
#include "ui/forms/FormServices.h"
#include "ui/shell/GuideDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ShortcutsDialog.h"
#include "ui/training/TrainingDesk.h"
#ifdef THREERINGS_WITH_SIP
#include "core/calls/CallTracker.h"
#include "core/sip/SipLine.h"
#include "ui/sip/SipSettingsDialog.h"
#endif

#include <QApplication>
#include <QDockWidget>
#include <QLocale>

namespace threerings::ui {

namespace {

// A dialog the view opens without blocking (a guide screenshot shows it over the console).
template <typename Dialog> void showDialog(Dialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
}

QList<ViewEntry> builtins()
{
    return {
        // The console itself: idle, ringing or on a call (the screenshot options say which).
        {QStringLiteral("console"), QStringLiteral("mainWindow"), [](MainWindow&, const QString&) {}},
        {QStringLiteral("my-work"), QStringLiteral("myWorkDock"),
         [](MainWindow& w, const QString&) { w.formDesk()->showMyWork(); }},
        {QStringLiteral("callbacks"), QStringLiteral("callbackView"),
         [](MainWindow& w, const QString& arg) { (void)w.formDesk()->openCallbacks(arg); }},
        {QStringLiteral("problem-form"), QStringLiteral("problemFormView"),
         [](MainWindow& w, const QString& arg) {
             (void)(arg.isEmpty() ? w.formDesk()->newProblemForm() : w.formDesk()->openProblemForm(arg));
         }},
        {QStringLiteral("consultation"), QStringLiteral("consultationView"),
         [](MainWindow& w, const QString&) { (void)w.formDesk()->newConsultation(); }},
        {QStringLiteral("complaint"), QStringLiteral("complaintView"),
         [](MainWindow& w, const QString&) { (void)w.formDesk()->newComplaint(); }},
        {QStringLiteral("rating"), QStringLiteral("ratingView"),
         [](MainWindow& w, const QString&) { (void)w.formDesk()->newRating(); }},
        // Ctrl+G: go to a record by its number or the caller's phone ("find-record:20261204-1001-003").
        {QStringLiteral("find-record"), QStringLiteral("findRecordDialog"),
         [](MainWindow& w, const QString& arg) { (void)w.formDesk()->findRecord(arg); }},
        // Ctrl+D: dial a number typed or pasted ("dial:0372-2661234").
        {QStringLiteral("dial"), QStringLiteral("dialDialog"),
         [](MainWindow& w, const QString& arg) { (void)w.openDialDialog(arg); }},
        {QStringLiteral("phrase-guide"), QStringLiteral("phraseGuideDialog"),
         [](MainWindow& w, const QString&) { w.callWorkspace()->showPhraseGuide(); }},
        {QStringLiteral("knowledge"), QStringLiteral("knowledgeDialog"),
         [](MainWindow& w, const QString&) { w.callWorkspace()->showKnowledge(); }},
        {QStringLiteral("shortcuts"), QStringLiteral("shortcutsDialog"),
         [](MainWindow& w, const QString&) { showDialog(new ShortcutsDialog(&w)); }},
        {QStringLiteral("guide"), QStringLiteral("guideDialog"),
         [](MainWindow& w, const QString& role) {
             const QString language =
                 QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
             auto* dialog =
                 new GuideDialog(w.formDesk()->services().actor().roles, language, &w, w.options().guideDir);
             if (!role.isEmpty())
                 (void)dialog->showGuide(role);
             showDialog(dialog);
         }},
        {QStringLiteral("site-config"), QStringLiteral("siteConfigDialog"),
         [](MainWindow& w, const QString&) {
             const FormServices& s = w.formDesk()->services();
             showDialog(new SiteConfigDialog(s.db(), s.clock(), s.actor(), &w));
         }},
        {QStringLiteral("server-settings"), QStringLiteral("serverSettingsDialog"),
         [](MainWindow& w, const QString&) {
             const FormServices& s = w.formDesk()->services();
             showDialog(new ServerSettingsDialog(s.db(), s.actor(), &w));
         }},
        // Admin ▸ Hotline set-up… (setup:outlets, setup:knowledge, setup:calendar open those pages)
        {QStringLiteral("setup"), QStringLiteral("setupDialog"),
         [](MainWindow& w, const QString& arg) {
             const FormServices& s = w.formDesk()->services();
             auto* dialog = new SetupDialog(s.db(), s.clock(), s.actor(), &w);
             if (!arg.isEmpty())
                 dialog->showKind(arg);
             showDialog(dialog);
         }},
        // The first start of a new hotline (Admin ▸ Set-up walk-through…).
        {QStringLiteral("first-start"), QStringLiteral("firstStartWizard"),
         [](MainWindow& w, const QString&) { (void)w.openFirstStart(); }},
        // Admin ▸ Accounts…
        {QStringLiteral("accounts"), QStringLiteral("accountsDialog"),
         [](MainWindow& w, const QString&) {
             const FormServices& s = w.formDesk()->services();
             auto* accounts = new AccountService(s.db(), s.clock()); // goes with the dialog
             auto* dialog = new AccountsDialog(*accounts, s.actor(), &w);
             QObject::connect(dialog, &QObject::destroyed, [accounts] { delete accounts; });
             showDialog(dialog);
         }},
#ifdef THREERINGS_WITH_SIP
        // Admin ▸ Phone line… (only in a console built with the SIP line).
        {QStringLiteral("phone-line"), QStringLiteral("sipSettingsDialog"),
         [](MainWindow& w, const QString&) {
             const FormServices& s = w.formDesk()->services();
             // The dialog keeps a reference to the actor; it goes with the dialog.
             auto* held = new Actor(s.actor());
             auto* dialog = new SipSettingsDialog(s.db(), s.clock(), *held,
                                                  qobject_cast<SipLine*>(&w.callTracker().line()), &w);
             QObject::connect(dialog, &QObject::destroyed, [held] { delete held; });
             showDialog(dialog);
         }},
#endif
        // The supervisor's desk on a sheet: "supervisor:KIND[:day|week|month|quarter]".
        {QStringLiteral("supervisor"), QStringLiteral("supervisorDesk"),
         [](MainWindow& w, const QString& sheet) { w.openSupervisorDesk(sheet); }},
        {QStringLiteral("trainer-console"), QStringLiteral("trainerConsole"),
         [](MainWindow& w, const QString&) { w.trainingDesk()->openTrainerConsole(); }},
        // The signed-in trainee's waiting practice call (a trainer started it: `practice start`).
        {QStringLiteral("practice"), QStringLiteral("practiceWindow"),
         [](MainWindow& w, const QString&) { w.trainingDesk()->openPractice(); }},
        {QStringLiteral("training-progress"), QStringLiteral("trainingProgress"),
         [](MainWindow& w, const QString&) { w.trainingDesk()->openProgress(); }},
    };
}

} // namespace

const QList<ViewEntry>& ViewCatalog::entries()
{
    static const QList<ViewEntry> list = builtins();
    return list;
}

const ViewEntry* ViewCatalog::find(const QString& name)
{
    for (const ViewEntry& e : entries())
        if (e.name == name)
            return &e;
    return nullptr;
}

bool ViewCatalog::open(MainWindow& window, const QString& spec)
{
    const ViewEntry* e = find(spec.section(QLatin1Char(':'), 0, 0).trimmed());
    if (!e)
        return false;
    e->open(window, spec.section(QLatin1Char(':'), 1).trimmed());
    return true;
}

QWidget* ViewCatalog::shown(MainWindow& window, const ViewEntry& entry)
{
    if (window.objectName() == entry.objectName)
        return window.isVisible() ? &window : nullptr;
    for (QWidget* w : window.findChildren<QWidget*>(entry.objectName))
        if (w->isVisible())
            return w;
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w->objectName() == entry.objectName && w->isVisible())
            return w;
    return nullptr;
}

} // namespace threerings::ui
