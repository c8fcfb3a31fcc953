#include "ui/forms/CallbackView.h"

#include "core/calls/CallerNumber.h"
#include "core/model/PhoneNumber.h"
#include "core/util/Clock.h"
#include "core/util/HotlineTime.h"
#include "ui/forms/FormServices.h"
#include "ui/shell/ShortcutTable.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>

namespace threerings::ui {

CallbackView::CallbackView(FormServices& services, QWidget* parent)
    : FormPage(services, RecordKind::Callback, parent)
{
    setObjectName(QStringLiteral("callbackView"));
    setHeader(tr("Today's callbacks"), {});

    QFormLayout* list = addSection(tr("Callback list"));
    QWidget* box = list->parentWidget();
    m_list = new QListWidget(box);
    m_list->setObjectName(QStringLiteral("callbackList"));
    m_list->setMinimumHeight(140);
    list->addRow(m_list);
    m_empty = new QLabel(tr("No callbacks are due today. A resolved problem form comes here on the day its "
                            "callback is due; the callback policy says which forms are called back."),
                         box);
    m_empty->setObjectName(QStringLiteral("callbackEmpty"));
    m_empty->setWordWrap(true);
    m_empty->hide();
    list->addRow(m_empty);
    m_script = new QLabel(box);
    m_script->setObjectName(QStringLiteral("callbackScript"));
    m_script->setWordWrap(true);
    // The whole width of the section, as tall as its words: a wrapped label otherwise keeps a narrow
    // column and clips the last step on a 1366x768 screen.
    m_script->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    m_script->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    m_script->setTextInteractionFlags(Qt::TextSelectableByMouse);
    list->addRow(tr("Script"), m_script);
    // The customer's answer, one click: the branch's words to say next, and the outcome set to match.
    m_branchRow = new QWidget(box);
    m_branchRow->setObjectName(QStringLiteral("callbackBranches"));
    auto* branchLayout = new QHBoxLayout(m_branchRow);
    branchLayout->setContentsMargins(0, 0, 0, 0);
    list->addRow(tr("The answer"), m_branchRow);
    m_branchWords = new QLabel(box);
    m_branchWords->setObjectName(QStringLiteral("callbackBranchWords"));
    m_branchWords->setWordWrap(true);
    m_branchWords->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    m_branchWords->setTextInteractionFlags(Qt::TextSelectableByMouse);
    list->addRow(QString(), m_branchWords);
    connect(m_list, &QListWidget::currentRowChanged, this, &CallbackView::onCurrentChanged);
    // The customer's number on the button before it rings out; the line places the call.
    m_dial = new QPushButton(box);
    m_dial->setObjectName(QStringLiteral("dialCallbackButton"));
    m_dial->setToolTip(shortcut(ShortcutId::NextCallback).keysText());
    connect(m_dial, &QPushButton::clicked, this, [this] { (void)dialSelected(); });
    list->addRow(QString(), m_dial);
    // The next customer to call back without reaching for the mouse (Ctrl+F5, after Shift+F5 opened the
    // list): selected and dialled.
    auto* next = new QShortcut(shortcut(ShortcutId::NextCallback).keys.constFirst(), this);
    tagShortcut(next, ShortcutId::NextCallback);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QShortcut::activated, this, [this] { (void)dialNext(); });

    QFormLayout* outcome = addSection(tr("Outcome"));
    box = outcome->parentWidget();
    m_outcome = new QComboBox(box);
    // The stored text as the item data, as drafts keep it.
    m_outcome->addItem(tr("— choose the outcome —"), callbackOutcomeText(CallbackOutcome::None));
    m_outcome->addItem(tr("Working: the fault is gone"), callbackOutcomeText(CallbackOutcome::Working));
    m_outcome->addItem(tr("Not working: reopen the form"), callbackOutcomeText(CallbackOutcome::NotWorking));
    m_outcome->addItem(tr("Unreachable: try again later"), callbackOutcomeText(CallbackOutcome::Unreachable));
    addField(outcome, tr("&Outcome"), m_outcome, QStringLiteral("outcome"));
    m_words = new QPlainTextEdit(box);
    m_words->setFixedHeight(m_words->fontMetrics().lineSpacing() * 3 + 14);
    m_words->setPlaceholderText(tr("What the customer said, in their own words"));
    addField(outcome, tr("Customer's &words"), m_words, QStringLiteral("result"));
    guard(m_words);

    QFormLayout* evaluation = addSection(tr("Evaluation"));
    box = evaluation->parentWidget();
    m_evaluation = new QLineEdit(box);
    addField(evaluation, tr("&Evaluation of the engineer"), m_evaluation, QStringLiteral("evaluation"));
    m_faultLevel = new QComboBox(box);
    m_faultLevel->setEditable(true);
    m_faultLevel->addItems({QString(), tr("minor"), tr("ordinary"), tr("serious"), tr("critical")});
    addField(evaluation, tr("&Fault level"), m_faultLevel, QStringLiteral("fault_level"));
    m_repairer = new QLineEdit(box);
    m_repairer->setPlaceholderText(tr("The handler who resolved the form, when left empty"));
    addField(evaluation, tr("Re&pairer"), m_repairer, QStringLiteral("repairer"));
    m_manager = new QLineEdit(box);
    addField(evaluation, tr("&Technical manager"), m_manager, QStringLiteral("technical_manager"));
    m_remarks = new QPlainTextEdit(box);
    m_remarks->setFixedHeight(m_remarks->fontMetrics().lineSpacing() * 2 + 14);
    addField(evaluation, tr("Re&marks"), m_remarks, QStringLiteral("remarks"));
    guard(m_remarks);

    auto* record = new QPushButton(tr("Record the callback"), this);
    record->setObjectName(QStringLiteral("recordCallbackButton"));
    record->setDefault(true);
    record->setToolTip(tr("Ctrl+S"));
    connect(record, &QPushButton::clicked, this, [this] { (void)save(); });
    buttonRow()->addWidget(record);
    reload();
}

void CallbackView::updateDialButton()
{
    const bool chosen = m_current >= 0 && m_current < m_tasks.size();
    const QString phone = chosen ? m_tasks.at(m_current).record.acceptorPhone : QString();
    m_dial->setText(phone.isEmpty() ? tr("Ca&ll the customer")
                                    : tr("Ca&ll %1").arg(PhoneNumber::display(phone)));
    m_dial->setEnabled(services().canDial() && chosen && m_tasks.at(m_current).callableNow);
    m_dial->setVisible(services().canDial());
}

bool CallbackView::dialSelected()
{
    const QString id = recordId();
    if (id.isEmpty()) {
        Q_EMIT message(tr("Choose the customer to call back on the list first."));
        return false;
    }
    clearErrors();
    auto cb = services().callbacks().dialable(services().actor(), id);
    if (!cb) {
        showError(cb.error());
        return false;
    }
    auto placed = services().dial(cb->acceptorPhone, CallPurpose::Callback, RecordKind::Callback, id);
    if (!placed) {
        showError(placed.error());
        return false;
    }
    Q_EMIT message(
        tr("Calling %1 back about form %2 …").arg(PhoneNumber::display(cb->acceptorPhone), cb->formNumber));
    return true;
}

bool CallbackView::dialNext()
{
    const int count = int(m_tasks.size());
    for (int step = 1; step <= count; ++step) {
        const int row = (std::max(m_current, -1) + step) % count;
        if (!m_tasks.at(row).callableNow || m_tasks.at(row).record.state == CallbackState::Done)
            continue;
        m_list->setCurrentRow(row);
        return dialSelected();
    }
    Q_EMIT message(tr("No callback can be called now: the rest wait for their retry time."));
    return false;
}

QString CallbackView::recordId() const
{
    return m_current >= 0 && m_current < m_tasks.size() ? m_tasks.at(m_current).record.meta.id : QString();
}

void CallbackView::reload()
{
    const QString keep = recordId();
    auto tasks = services().callbacks().listFor(
        services().actor(), services().clock().now().toTimeZone(services().calendar().timeZone()).date());
    m_list->blockSignals(true);
    m_list->clear();
    m_tasks = tasks ? *tasks : QList<CallbackTask>{};
    if (!tasks)
        showError(tasks.error());
    int select = m_tasks.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_tasks.size(); ++i) {
        const CallbackRecord& r = m_tasks.at(i).record;
        QString line =
            tr("%1 · %2 %3 · %4")
                .arg(r.formNumber, r.acceptorName, formatCallerNumber(r.acceptorPhone), r.outletName);
        if (r.attempts > 0)
            line += tr(" · %n attempt(s)", nullptr, r.attempts);
        if (!m_tasks.at(i).callableNow)
            line += tr(" · retry after %1")
                        .arg(r.nextAttemptAt.toTimeZone(hotlineTimeZone()).toString(QStringLiteral("HH:mm")));
        auto* item = new QListWidgetItem(line, m_list);
        if (!m_tasks.at(i).callableNow)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        if (r.meta.id == keep)
            select = i;
    }
    m_list->blockSignals(false);
    m_list->setVisible(!m_tasks.isEmpty());
    m_empty->setVisible(m_tasks.isEmpty());
    setHeader(tr("Today's callbacks"), tr("%n to call", nullptr, int(m_tasks.size())));
    m_current = -2; // force the fields to follow the selection
    m_list->setCurrentRow(select);
    if (select < 0)
        onCurrentChanged(-1);
}

bool CallbackView::select(const QString& callbackId)
{
    for (int i = 0; i < m_tasks.size(); ++i)
        if (m_tasks.at(i).record.meta.id == callbackId) {
            m_list->setCurrentRow(i);
            return true;
        }
    return false;
}

void CallbackView::onCurrentChanged(int row)
{
    if (row == m_current)
        return;
    if (m_current >= 0)
        (void)saveDraft();
    m_current = row;
    clearErrors();
    updateDialButton();
    setFieldValues({{QStringLiteral("outcome"), QString()},
                    {QStringLiteral("result"), QString()},
                    {QStringLiteral("evaluation"), QString()},
                    {QStringLiteral("fault_level"), QString()},
                    {QStringLiteral("repairer"), QString()},
                    {QStringLiteral("technical_manager"), QString()},
                    {QStringLiteral("remarks"), QString()}});
    markClean();
    const bool any = row >= 0 && row < m_tasks.size();
    for (QWidget* w : std::initializer_list<QWidget*>{m_outcome, m_words, m_evaluation, m_faultLevel,
                                                      m_repairer, m_manager, m_remarks})
        w->setEnabled(any);
    if (!any) {
        m_script->setText(tr("Nobody to call back today."));
        return;
    }
    showScript(m_tasks.at(row).record);
    (void)restoreDraft();
}

void CallbackView::showScript(const CallbackRecord& r)
{
    auto script =
        services().words().script(services().actor(), QStringLiteral("callback"), services().language());
    m_branches.clear();
    m_branchWords->clear();
    if (script) {
        m_context = services().callbacks().scriptContext(services().actor(), r, script->language);
        m_scriptLanguage = script->language;
        QStringList words;
        for (const ScriptStep& step : script->steps) {
            words << Script::render(step.words, m_context, script->language);
            if (m_branches.isEmpty())
                m_branches = step.branches;
        }
        m_script->setText(words.join(QStringLiteral("\n")));
    } else {
        m_script->setText(tr("Say who you are, ask whether the fault of form %1 is gone, and write down "
                             "what the customer says.")
                              .arg(r.formNumber));
    }
    // One button per branch, in the script's order.
    qDeleteAll(m_branchRow->findChildren<QPushButton*>(Qt::FindDirectChildrenOnly));
    for (const ScriptStep::Branch& b : std::as_const(m_branches)) {
        auto* button = new QPushButton(b.label, m_branchRow);
        button->setObjectName(QStringLiteral("callbackBranch_") + b.key);
        connect(button, &QPushButton::clicked, this, [this, key = b.key] { (void)chooseBranch(key); });
        m_branchRow->layout()->addWidget(button);
    }
    m_branchRow->setVisible(!m_branches.isEmpty());
    m_branchWords->setVisible(false);
}

bool CallbackView::chooseBranch(const QString& key)
{
    for (const ScriptStep::Branch& b : std::as_const(m_branches))
        if (b.key == key) {
            m_branchWords->setText(Script::render(b.words, m_context, m_scriptLanguage));
            m_branchWords->setVisible(true);
            const CallbackOutcome outcome =
                b.reopensForm ? CallbackOutcome::NotWorking : CallbackOutcome::Working;
            m_outcome->setCurrentIndex(m_outcome->findData(callbackOutcomeText(outcome)));
            m_words->setFocus(Qt::OtherFocusReason);
            return true;
        }
    return false;
}

bool CallbackView::save()
{
    const QString id = recordId();
    if (id.isEmpty()) {
        Q_EMIT message(tr("Choose a callback from the list first."));
        return false;
    }
    if (!confirmPhrases({m_words, m_remarks}))
        return false;
    CallbackReport report;
    report.outcome = callbackOutcomeFromText(m_outcome->currentData().toString());
    report.customerWords = m_words->toPlainText().trimmed();
    report.evaluation = m_evaluation->text().trimmed();
    report.faultLevel = m_faultLevel->currentText().trimmed();
    report.repairer = m_repairer->text().trimmed();
    report.remarks = m_remarks->toPlainText().trimmed();
    report.technicalManager = m_manager->text().trimmed();
    auto stored = services().callbacks().record(services().actor(), id, report);
    if (!stored) {
        showError(stored.error());
        return false;
    }
    QString done = tr("The callback of %1 was recorded.").arg(stored->formNumber);
    if (report.outcome == CallbackOutcome::NotWorking)
        done = tr("Form %1 was reopened and its handler told; it is open beside the list.")
                   .arg(stored->formNumber);
    else if (stored->state == CallbackState::Retry)
        done =
            tr("Unreachable: %1 is tried again after %2.")
                .arg(stored->formNumber,
                     stored->nextAttemptAt.toTimeZone(hotlineTimeZone()).toString(QStringLiteral("HH:mm")));
    afterSave(done);
    reload();
    if (report.outcome == CallbackOutcome::NotWorking)
        Q_EMIT formReopened(stored->formId);
    return true;
}

} // namespace threerings::ui
