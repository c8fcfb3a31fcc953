#include "ui/forms/FormDesk.h"

#include "core/calls/CallRecorder.h"
#include "core/calls/CallSession.h"
#include "ui/forms/CallbackView.h"
#include "ui/forms/ComplaintView.h"
#include "ui/forms/ConsultationView.h"
#include "ui/forms/DraftsDialog.h"
#include "ui/forms/FindRecordDialog.h"
#include "ui/forms/FormServices.h"
#include "ui/forms/MyWorkView.h"
#include "ui/forms/NotificationsView.h"
#include "ui/forms/ProblemFormView.h"
#include "ui/forms/RatingView.h"
#include "ui/shell/PersonWindows.h"
#include "ui/shell/ShortcutTable.h"

#include <QAction>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <optional>

namespace threerings::ui {

namespace {
constexpr int messageMs = 8000;

WorkItem record(RecordKind kind, const QString& id)
{
    WorkItem w;
    w.recordKind = kind;
    w.recordId = id;
    return w;
}
} // namespace

FormDesk::FormDesk(QMainWindow& window, Database& db, const Clock& clock, CallSession& calls,
                   BusinessCalendar calendar, PhraseGuard& guard)
    : QObject(&window), m_window(window), m_db(db), m_clock(clock), m_calls(calls)
{
    m_services = std::make_unique<FormServices>(
        db, clock, std::move(calendar), guard,
        [c = QPointer<CallSession>(&m_calls)] { return c ? c->agent() : Actor{}; });
    m_services->setDialer([c = QPointer<CallSession>(&m_calls)](
                              const QString& number, const CallRecorder::Dial& dial) -> Result<QString> {
        if (!c)
            return Error::usage(tr("The console's line is gone; nothing was dialled."));
        return c->dial(number, dial);
    });

    m_tabs = new QTabWidget(&window);
    m_tabs->setObjectName(QStringLiteral("formTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->hide();
    // Closing a tab closes its view, which keeps what was typed as a draft.
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (QWidget* view = m_tabs->widget(index))
            view->close();
    });

    m_dock = new QDockWidget(tr("My work"), &window);
    m_dock->setObjectName(QStringLiteral("myWorkDock"));
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                        QDockWidget::DockWidgetClosable);
    auto* work = new QWidget(m_dock);
    auto* workLayout = new QVBoxLayout(work);
    workLayout->setContentsMargins(0, 0, 0, 0);
    workLayout->setSpacing(0);
    m_notifications = new NotificationsView(*m_services, work);
    m_myWork = new MyWorkView(*m_services, work);
    workLayout->addWidget(m_notifications);
    workLayout->addWidget(m_myWork, 1);
    m_dock->setWidget(work);
    m_dock->setMinimumWidth(300);
    window.addDockWidget(Qt::RightDockWidgetArea, m_dock);
    connect(m_myWork, &MyWorkView::openRequested, this,
            [this](const WorkItem& item) { (void)openItem(item); });
    connect(m_notifications, &NotificationsView::openRequested, this,
            [this](RecordKind kind, const QString& id) { (void)openRecord(kind, id); });
    connect(&m_calls, &CallSession::recordChanged, this, &FormDesk::refreshWork);
    // A callback dialled and not reached (busy, no answer …) is an unreachable attempt by itself.
    connect(&m_calls, &CallSession::outgoingEnded, this, [this](const Call& call) {
        auto counted = m_services->callbacks().recordDial(m_services->actor(), call);
        if (!counted)
            m_window.statusBar()->showMessage(counted.error().message, messageMs);
        else if (*counted)
            m_window.statusBar()->showMessage(
                tr("%1: counted as an unreachable attempt; the list says when to call again.")
                    .arg(DialResults::label(call.dialResult)),
                messageMs);
        if (auto* view = qobject_cast<CallbackView*>(findOpen(RecordKind::Callback, {})))
            view->reload();
    });
    connect(m_myWork, &MyWorkView::refreshed, m_notifications, &NotificationsView::refresh);

    const auto add = [this](const QString& text, std::optional<ShortcutId> key, auto slot) {
        auto* a = new QAction(text, &m_window);
        connect(a, &QAction::triggered, this, slot);
        if (key)
            applyShortcut(a, *key);
        a->setShortcutContext(Qt::ApplicationShortcut);
        m_actions.append(a);
        return a;
    };
    add(tr("&My work"), ShortcutId::MyWork, [this] { showMyWork(); });
    m_newForm = add(tr("New &problem form"), ShortcutId::NewProblemForm, [this] { (void)newProblemForm(); });
    add(tr("New &consultation"), ShortcutId::NewConsultation, [this] { (void)newConsultation(); });
    add(tr("Today's call&backs"), ShortcutId::Callbacks, [this] { (void)openCallbacks(); });
    add(tr("New comp&laint"), ShortcutId::NewComplaint, [this] { (void)newComplaint(); });
    add(tr("New &rating"), std::nullopt, [this] { (void)newRating(); });
    add(tr("&Go to a record…"), ShortcutId::FindRecord, [this] { (void)findRecord(); });
    add(tr("Unsaved &drafts…"), std::nullopt, [this] {
        if (!offerDrafts())
            m_window.statusBar()->showMessage(tr("No unsaved drafts."), messageMs);
    });

    m_testsTimer = new QTimer(this);
    m_testsTimer->setInterval(ExpiredTestsMs);
    connect(m_testsTimer, &QTimer::timeout, this, &FormDesk::closeExpiredTests);
    m_testsTimer->start();
    QTimer::singleShot(0, this, &FormDesk::closeExpiredTests);
}

FormDesk::~FormDesk()
{
    // The views write their last drafts while the services still exist.
    for (const QPointer<FormPage>& v : std::as_const(m_views))
        if (v) {
            v->disconnect(this);
            (void)v->saveDraft();
            delete v.data();
        }
}

QMenu* FormDesk::addMenu(QMenuBar* bar)
{
    QMenu* forms = bar->addMenu(tr("F&orms"));
    forms->addActions(m_actions.mid(0, m_actions.size() - 1));
    forms->addSeparator();
    forms->addAction(m_actions.constLast());
    return forms;
}

void FormDesk::closeExpiredTests()
{
    auto closed = m_services->consultations().closeExpiredTests();
    if (closed && *closed > 0) {
        m_window.statusBar()->showMessage(
            tr("%n consultation(s) closed as solved: no test report within 24 hours.", nullptr, *closed),
            messageMs);
        m_myWork->refresh();
    }
}

void FormDesk::refreshWork()
{
    m_myWork->refresh();
}

void FormDesk::signOut()
{
    // Each view writes its draft as the person leaving (still the call session's agent) and goes.
    const QList<FormPage*> views = openViews();
    m_views.clear();
    for (FormPage* v : views)
        PersonWindows::retire(v);
    if (m_draftsDialog)
        m_draftsDialog->reject();
}

void FormDesk::sessionChanged()
{
    refreshWork();
    // After the window shows: the dialog belongs over it.
    if (!m_calls.agent().isNobody())
        QTimer::singleShot(0, this, [this] { (void)offerDrafts(); });
}

DraftsDialog* FormDesk::offerDrafts()
{
    auto pending = m_services->drafts().pendingFor(m_services->actor());
    if (!pending || pending->isEmpty())
        return nullptr;
    if (m_draftsDialog)
        m_draftsDialog->deleteLater();
    auto* dialog = new DraftsDialog(*pending, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        for (const Draft& d : dialog->dropped())
            (void)m_services->drafts().discard(m_services->actor(), d.kind, d.recordId);
        restoreDrafts(dialog->chosen());
    });
    m_draftsDialog = dialog;
    dialog->open();
    return dialog;
}

void FormDesk::restoreDrafts(const QList<Draft>& drafts)
{
    for (const Draft& d : drafts)
        if (FormPage* view = openDraftTarget(d))
            (void)view->restoreDraft();
}

FormPage* FormDesk::openDraftTarget(const Draft& d)
{
    if (d.kind == RecordKind::ProblemForm)
        return d.recordId.isEmpty() ? newProblemForm() : openProblemForm(d.recordId);
    if (d.kind == RecordKind::Callback)
        return openCallbacks(d.recordId);
    if (d.kind == RecordKind::Consultation)
        return d.recordId.isEmpty() ? newConsultation() : openItem(record(d.kind, d.recordId));
    if (d.kind == RecordKind::Complaint)
        return d.recordId.isEmpty() ? newComplaint() : openItem(record(d.kind, d.recordId));
    if (d.kind == RecordKind::Rating)
        return newRating();
    return nullptr;
}

QList<FormPage*> FormDesk::openViews() const
{
    QList<FormPage*> out;
    for (const QPointer<FormPage>& v : m_views)
        if (v)
            out << v.data();
    return out;
}

FormPage* FormDesk::findOpen(RecordKind kind, const QString& recordId) const
{
    for (FormPage* v : openViews())
        if (v->draftKind() == kind && (kind == RecordKind::Callback || v->recordId() == recordId))
            return v;
    return nullptr;
}

void FormDesk::reveal(FormPage* view)
{
    if (m_tabs->isHidden()) {
        Q_EMIT formAreaShown(true); // the window makes room first, so it never grows past the screen
        m_tabs->show();
    }
    m_tabs->setCurrentWidget(view);
    view->setFocus(Qt::OtherFocusReason);
}

FormPage* FormDesk::present(FormPage* view)
{
    view->setAttribute(Qt::WA_DeleteOnClose);
    m_tabs->addTab(view, view->windowTitle());
    connect(view, &QWidget::windowTitleChanged, m_tabs, [this, view](const QString& title) {
        const int index = m_tabs->indexOf(view);
        if (index >= 0)
            m_tabs->setTabText(index, title);
    });
    // A closed view leaves the area; the area goes when its last view does.
    connect(view, &QObject::destroyed, m_tabs, [this] {
        QTimer::singleShot(0, m_tabs, [this] {
            if (m_tabs->count() > 0 || m_tabs->isHidden())
                return;
            m_tabs->hide();
            Q_EMIT formAreaShown(false);
        });
    });
    // Esc closes the view in front (its typing stays a draft), as it closed the window it was before.
    auto* close = new QAction(view);
    close->setShortcut(QKeySequence(Qt::Key_Escape));
    close->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(close, &QAction::triggered, view, &QWidget::close);
    view->addAction(close);
    connect(view, &FormPage::saved, m_myWork, &MyWorkView::refresh);
    connect(view, &FormPage::message, this,
            [this](const QString& text) { m_window.statusBar()->showMessage(text, messageMs); });
    m_views.append(view);
    reveal(view);
    return view;
}

ProblemFormView* FormDesk::newProblemForm()
{
    if (auto* open = qobject_cast<ProblemFormView*>(findOpen(RecordKind::ProblemForm, {}))) {
        reveal(open);
        return open;
    }
    const Actor actor = m_services->actor();
    const std::optional<Call> call = m_calls.callInHand();
    const auto& card = m_calls.callerCard();
    const Customer* customer = card && card->customer ? &*card->customer : nullptr;
    ProblemForm form = ProblemFormWorkflow::fromCall(call ? *call : Call{}, customer, actor);
    if (card && card->customer)
        form.deviceId = card->chosenDeviceId; // the device chosen on the card, so its repairs count
    return static_cast<ProblemFormView*>(present(new ProblemFormView(*m_services, form)));
}

ProblemFormView* FormDesk::openProblemForm(const QString& idOrNumber)
{
    auto form = m_services->reader().problemForm(m_services->actor(), idOrNumber);
    if (!form) {
        m_window.statusBar()->showMessage(form.error().message, messageMs);
        return nullptr;
    }
    if (auto* open = qobject_cast<ProblemFormView*>(findOpen(RecordKind::ProblemForm, form->meta.id))) {
        open->reload();
        reveal(open);
        return open;
    }
    return static_cast<ProblemFormView*>(present(new ProblemFormView(*m_services, *form)));
}

CallbackView* FormDesk::openCallbacks(const QString& callbackId)
{
    auto* view = qobject_cast<CallbackView*>(findOpen(RecordKind::Callback, {}));
    if (view) {
        view->reload();
        reveal(view);
    } else {
        view = static_cast<CallbackView*>(present(new CallbackView(*m_services)));
        // "Not working" reopened a form: the agent sees it at once, in a tab beside the list.
        connect(view, &CallbackView::formReopened, this, [this](const QString& formId) {
            if (ProblemFormView* form = openProblemForm(formId))
                reveal(form);
        });
    }
    if (!callbackId.isEmpty())
        (void)view->select(callbackId);
    return view;
}

FormPage* FormDesk::newConsultation()
{
    const std::optional<Call> call = m_calls.callInHand();
    const auto& card = m_calls.callerCard();
    const Customer* customer = card && card->customer ? &*card->customer : nullptr;
    return present(new ConsultationView(
        *m_services, ConsultationWorkflow::fromCall(call ? *call : Call{}, customer, m_services->actor())));
}

FormPage* FormDesk::newComplaint()
{
    Complaint c;
    if (const std::optional<Call> call = m_calls.callInHand()) {
        c.callId = call->meta.id;
        c.customerId = call->customerId;
        c.contactMethod = call->callerNumber;
    }
    const auto& card = m_calls.callerCard();
    if (card && card->customer) {
        c.complainingUnit = card->customer->unit;
        c.contactPerson = card->customer->name;
    }
    return present(new ComplaintView(*m_services, c));
}

FormPage* FormDesk::newRating()
{
    Rating r;
    const auto& card = m_calls.callerCard();
    if (card && card->customer) {
        r.customerId = card->customer->meta.id;
        r.unit = card->customer->unit;
        r.rater = card->customer->name;
    }
    return present(new RatingView(*m_services, r));
}

FormPage* FormDesk::openItem(const WorkItem& item)
{
    if (item.recordKind == RecordKind::ProblemForm)
        return openProblemForm(item.recordId);
    if (item.recordKind == RecordKind::Callback)
        return openCallbacks(item.recordId);
    if (FormPage* open = findOpen(item.recordKind, item.recordId)) {
        reveal(open);
        return open;
    }
    if (item.recordKind == RecordKind::Consultation) {
        auto c = m_services->reader().consultation(m_services->actor(), item.recordId);
        if (c)
            return present(new ConsultationView(*m_services, *c));
        m_window.statusBar()->showMessage(c.error().message, messageMs);
    } else if (item.recordKind == RecordKind::Complaint) {
        auto c = m_services->reader().complaint(m_services->actor(), item.recordId);
        if (c)
            return present(new ComplaintView(*m_services, *c));
        m_window.statusBar()->showMessage(c.error().message, messageMs);
    }
    return nullptr;
}

FindRecordDialog* FormDesk::findRecord(const QString& text)
{
    if (!m_findDialog) {
        m_findDialog = new FindRecordDialog(*m_services, &m_window);
        m_findDialog->setAttribute(Qt::WA_DeleteOnClose);
        PersonWindows::bind(m_findDialog);
        connect(m_findDialog, &FindRecordDialog::openRequested, this,
                [this](RecordKind kind, const QString& id) { (void)openRecord(kind, id); });
    }
    m_findDialog->show();
    m_findDialog->raise();
    m_findDialog->activateWindow();
    if (!text.isEmpty()) {
        m_findDialog->setText(text);
        m_findDialog->search();
    } else {
        m_findDialog->focusText();
    }
    return m_findDialog;
}

FormPage* FormDesk::openRecord(RecordKind kind, const QString& id)
{
    return openItem(record(kind, id));
}

void FormDesk::showMyWork()
{
    m_dock->show();
    m_dock->raise();
    m_myWork->refresh();
    m_myWork->list()->setFocus(Qt::ShortcutFocusReason);
}

void FormDesk::openFromSpec(const QString& spec)
{
    const QString what = spec.section(QLatin1Char(':'), 0, 0).trimmed();
    const QString arg = spec.section(QLatin1Char(':'), 1).trimmed();
    if (what == QLatin1String("my-work"))
        showMyWork();
    else if (what == QLatin1String("callbacks"))
        (void)openCallbacks();
    else if (what == QLatin1String("problem-form"))
        (void)(arg.isEmpty() ? newProblemForm() : openProblemForm(arg));
    else if (what == QLatin1String("consultation"))
        (void)newConsultation();
    else if (what == QLatin1String("complaint"))
        (void)newComplaint();
    else if (what == QLatin1String("rating"))
        (void)newRating();
}

bool FormDesk::typeIntoOpenForm(const QString& spec)
{
    const QList<FormPage*> views = openViews();
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    if (views.isEmpty() || eq <= 0)
        return false;
    const QString field = spec.left(eq).trimmed();
    const QString text = spec.mid(eq + 1);
    if (auto* plain = views.constLast()->findChild<QPlainTextEdit*>(field)) {
        plain->setFocus(Qt::OtherFocusReason);
        plain->insertPlainText(text);
        return true;
    }
    if (auto* line = views.constLast()->findChild<QLineEdit*>(field)) {
        line->setFocus(Qt::OtherFocusReason);
        line->insert(text); // emits textEdited, as typing does
        return true;
    }
    return false;
}

} // namespace threerings::ui
