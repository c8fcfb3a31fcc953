#pragma once

#include "core/calendar/BusinessCalendar.h"
#include "core/forms/MyWork.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <memory>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QMenuBar;
class QTabWidget;
class QTimer;

namespace threerings {
class CallSession;
class Clock;
class Database;
struct Draft;
class PhraseGuard;
} // namespace threerings

namespace threerings::ui {

class DraftsDialog;
class FindRecordDialog;
class FormPage;
class FormServices;
class MyWorkView;
class NotificationsView;
class ProblemFormView;
class CallbackView;

// The forms of issue 6 in the console: the My work dock (F8), the Forms menu, the form views (tabs of the
// form area beside the call, one per record, so the call's state, timer and hang-up key stay in sight), the
// drafts offered back at sign-in and the consultation test clock (ConsultationWorkflow::closeExpiredTests at
// start and every few minutes). The person acting is the call session's agent.
class FormDesk : public QObject
{
    Q_OBJECT

public:
    static constexpr int ExpiredTestsMs = 5 * 60'000;

    // Deadlines count in `calendar`, the console's working calendar.
    FormDesk(QMainWindow& window, Database& db, const Clock& clock, CallSession& calls,
             BusinessCalendar calendar, PhraseGuard& guard);
    ~FormDesk() override;

    FormServices& services() const { return *m_services; }
    MyWorkView* myWork() const { return m_myWork; }
    NotificationsView* notifications() const { return m_notifications; }
    QDockWidget* myWorkDock() const { return m_dock; }
    // Where the form views open: the window places it beside the call panel; hidden while no form is open.
    QTabWidget* formArea() const { return m_tabs; }
    // Brings an open form view to the front of the form area, with the keyboard in it.
    void reveal(FormPage* view);
    QAction* newProblemFormAction() const { return m_newForm; }
    // The Forms menu, added to the window's menu bar.
    QMenu* addMenu(QMenuBar* bar);
    // The actions of the Forms menu, for the keyboard shortcuts dialog.
    const QList<QAction*>& actions() const { return m_actions; }
    QList<FormPage*> openViews() const;

    // The person signed out: every form view closes (keeping its typing as their draft) and the drafts
    // dialog goes. Called while the call session still names them.
    void signOut();
    // Someone signed in (or out): My work is theirs, and their drafts are offered back.
    void sessionChanged();
    // The drafts dialog, shown (not modal) when the person has drafts; nullptr when none.
    DraftsDialog* offerDrafts();
    void restoreDrafts(const QList<Draft>& drafts);

    ProblemFormView* newProblemForm();
    ProblemFormView* openProblemForm(const QString& idOrNumber);
    CallbackView* openCallbacks(const QString& callbackId = {});
    FormPage* newConsultation();
    FormPage* newComplaint();
    FormPage* newRating();
    FormPage* openItem(const WorkItem& item);
    void showMyWork();
    // The "go to a record" dialog (Ctrl+G), with `text` searched at once when given.
    FindRecordDialog* findRecord(const QString& text = {});
    // Opens the record a notification points at (a problem form, complaint, callback or consultation).
    FormPage* openRecord(RecordKind kind, const QString& id);
    // My work and the notifications, read again.
    void refreshWork();
    // THREERINGS_OPEN=my-work | callbacks | problem-form[:<number>] | consultation | complaint | rating.
    void openFromSpec(const QString& spec);
    // Test hook (THREERINGS_TEST_TYPE="field=text"): types `text` into the field named `field` of the
    // newest open form, as keys would, so the draft autosave runs. False when there is no such field.
    bool typeIntoOpenForm(const QString& spec);

Q_SIGNALS:
    // The form area appeared (a first form opened) or went (the last one closed): the window makes room.
    void formAreaShown(bool shown);

private:
    FormPage* present(FormPage* view);
    FormPage* findOpen(RecordKind kind, const QString& recordId) const;
    FormPage* openDraftTarget(const Draft& draft);
    void closeExpiredTests();

    QMainWindow& m_window;
    Database& m_db;
    const Clock& m_clock;
    CallSession& m_calls;
    std::unique_ptr<FormServices> m_services;
    QDockWidget* m_dock = nullptr;
    MyWorkView* m_myWork = nullptr;
    NotificationsView* m_notifications = nullptr;
    QAction* m_newForm = nullptr;
    QList<QAction*> m_actions;
    QList<QPointer<FormPage>> m_views;
    QTabWidget* m_tabs = nullptr;
    QPointer<DraftsDialog> m_draftsDialog;
    QPointer<FindRecordDialog> m_findDialog;
    QTimer* m_testsTimer = nullptr;
};

} // namespace threerings::ui
