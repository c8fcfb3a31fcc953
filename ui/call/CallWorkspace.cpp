#include "ui/call/CallWorkspace.h"

#include "core/calls/CallScript.h"
#include "core/calls/CallSession.h"
#include "core/words/PhraseGuard.h"
#include "core/words/WordsService.h"
#include "ui/call/CallNotesView.h"
#include "ui/call/CallerCardView.h"
#include "ui/call/CustomerEditDialog.h"
#include "ui/call/KnowledgeSearchDialog.h"
#include "ui/call/PhraseGuideDialog.h"
#include "ui/call/ScriptPanel.h"
#include "ui/shell/ShortcutTable.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace threerings::ui {

namespace {
const QString notesField = QStringLiteral("call.summary");
}

CallWorkspace::CallWorkspace(CallTracker& tracker, CallSession& session, CallScript& script,
                             WordsService& words, QWidget* parent)
    : QWidget(parent), m_tracker(tracker), m_session(session), m_words(words), m_guard(words.guard())
{
    setObjectName(QStringLiteral("callWorkspace"));

    m_phraseGuide = new QAction(tr("Standard &phrases and complaint order…"), this);
    m_phraseGuide->setObjectName(QStringLiteral("phraseGuideAction"));
    applyShortcut(m_phraseGuide, ShortcutId::PhraseGuide);
    m_phraseGuide->setIconText(tr("Phrases (F8)"));
    m_phraseGuide->setToolTip(tr("The ten standard phrases, the complaint-handling order and the banned "
                                 "phrases (F8)"));
    connect(m_phraseGuide, &QAction::triggered, this, &CallWorkspace::showPhraseGuide);
    m_knowledge = new QAction(tr("&Knowledge base…"), this);
    m_knowledge->setObjectName(QStringLiteral("knowledgeAction"));
    applyShortcut(m_knowledge, ShortcutId::Knowledge);
    m_knowledge->setToolTip(tr("Solutions, the directory and the price list; Ctrl+Return copies an answer "
                               "into the call notes (F9)"));
    connect(m_knowledge, &QAction::triggered, this, &CallWorkspace::showKnowledge);
    m_cardAction = new QAction(tr("&Caller's card"), this);
    m_cardAction->setObjectName(QStringLiteral("callerCardAction"));
    applyShortcut(m_cardAction, ShortcutId::CallerCard);
    connect(m_cardAction, &QAction::triggered, this, &CallWorkspace::focusCallerCard);
    addAction(m_cardAction);

    m_script = new ScriptPanel(script, this);
    m_script->addButton(m_phraseGuide);
    m_card = new CallerCardView(this);
    m_card->setPhraseMatcher(m_guard.matcher());
    m_notes = new CallNotesView(m_guard.matcher(), this);
    connect(m_notes, &CallNotesView::editingFinished, this, &CallWorkspace::saveNotes);
    // The restate step reads back what the agent noted ({fault}).
    connect(m_notes->editor(), &QPlainTextEdit::textChanged, &script,
            [this, &script] { script.noteFault(m_notes->text()); });
    connect(m_card, &CallerCardView::newCustomerRequested, this, &CallWorkspace::addCustomer);
    connect(m_card, &CallerCardView::correctCustomerRequested, this, &CallWorkspace::correctCustomer);
    connect(m_card, &CallerCardView::deviceChosen, &m_session, &CallSession::chooseDevice);
    connect(&m_session, &CallSession::callerCardChanged, this,
            [this] { m_card->setCard(m_session.callerCard()); });
    connect(&m_tracker, &CallTracker::stateChanged, this, &CallWorkspace::onStateChanged);
    connect(&m_tracker, &CallTracker::callFinished, this, &CallWorkspace::onFinished);
    connect(&m_guard, &PhraseGuard::changed, this, &CallWorkspace::phrasesChanged);

    // The script and the notes on the left, where the eyes start; the caller's card (it scrolls) on the
    // right.
    auto* left = new QVBoxLayout;
    left->setSpacing(12);
    left->addWidget(m_script, 3);
    left->addWidget(m_notes, 2);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(16);
    row->addLayout(left, 5);
    row->addWidget(m_card, 4);
}

CallWorkspace::~CallWorkspace() = default;

void CallWorkspace::onStateChanged(CallTracker::State state)
{
    if (state == CallTracker::State::Ringing) {
        // A new call: its notes start empty.
        m_notes->setText({});
        m_savedNotes.clear();
    }
}

void CallWorkspace::onFinished()
{
    // After CallSession closed the record: the notes go on the call that just ended.
    saveNotes();
}

void CallWorkspace::saveNotes()
{
    const QString text = m_notes->text().trimmed();
    if (text == m_savedNotes)
        return;
    if (Status s = m_session.saveNotes(text); !s) {
        Q_EMIT problem(s.error().message);
        return;
    }
    m_savedNotes = text;
    auto recorded = m_guard.recordSaved(m_session.agent(), m_session.callId(), notesField, text);
    if (!recorded)
        Q_EMIT problem(recorded.error().message);
}

void CallWorkspace::correctCustomer(const Customer& customer)
{
    // Modal for the moment of typing: the line goes on ringing or talking underneath (its events run in the
    // dialog's loop), and the card shows the corrected record when it closes.
    CustomerEditDialog dialog(customer, this);
    while (dialog.exec() == QDialog::Accepted) {
        auto saved = m_session.correctCustomer(dialog.edited());
        if (saved) {
            Q_EMIT message(tr("%1's details are corrected.").arg(saved->name));
            return;
        }
        dialog.showError(saved.error().message);
    }
}

void CallWorkspace::addCustomer(const Customer& customer)
{
    auto stored = m_session.addCustomer(customer);
    if (!stored) {
        m_card->showSaveError(stored.error().message);
        return;
    }
    for (const auto& [field, text] : {std::pair{QStringLiteral("customer.address"), customer.address},
                                      std::pair{QStringLiteral("customer.notes"), customer.notes}})
        if (auto r = m_guard.recordSaved(m_session.agent(), m_session.callId(), field, text); !r)
            Q_EMIT problem(r.error().message);
    Q_EMIT message(tr("%1 was saved as a new customer.").arg(stored->name));
}

void CallWorkspace::showPhraseGuide()
{
    if (!m_guideDialog) {
        m_guideDialog = new PhraseGuideDialog(m_guard.list(), this);
        m_guideDialog->setObjectName(QStringLiteral("phraseGuideDialog"));
        connect(m_guideDialog, &PhraseGuideDialog::phraseChosen, this,
                [this](const QString& phrase) { Q_EMIT message(tr("Copied: %1").arg(phrase)); });
    }
    m_guideDialog->show();
    m_guideDialog->raise();
    m_guideDialog->activateWindow();
}

void CallWorkspace::focusCallerCard()
{
    for (QLineEdit* field : m_card->findChildren<QLineEdit*>())
        if (field->isVisible() && field->isEnabled()) {
            field->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    m_card->setFocus(Qt::ShortcutFocusReason);
}

void CallWorkspace::showKnowledge()
{
    if (!m_kbDialog) {
        m_kbDialog = new KnowledgeSearchDialog(
            m_words, [this] { return m_session.agent(); }, this);
        m_kbDialog->setObjectName(QStringLiteral("knowledgeDialog"));
        connect(m_kbDialog, &KnowledgeSearchDialog::answerChosen, this, [this](const QString& answer) {
            m_notes->append(answer);
            if (m_tracker.hasCall())
                saveNotes();
            Q_EMIT message(tr("The answer was copied into the call notes."));
        });
    }
    m_kbDialog->show();
    m_kbDialog->raise();
    m_kbDialog->activateWindow();
}

void CallWorkspace::phrasesChanged()
{
    m_notes->setMatcher(m_guard.matcher());
    m_card->setPhraseMatcher(m_guard.matcher());
    delete std::exchange(m_guideDialog, nullptr);
}

} // namespace threerings::ui
