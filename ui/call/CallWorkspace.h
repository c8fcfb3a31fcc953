#pragma once

#include "core/calls/CallTracker.h"

#include <QWidget>
#include <memory>

class QAction;

namespace threerings {
struct Customer;
class CallScript;
class CallSession;
class PhraseGuard;
class WordsService;
} // namespace threerings

namespace threerings::ui {

class CallerCardView;
class CallNotesView;
class KnowledgeSearchDialog;
class PhraseGuideDialog;
class ScriptPanel;

// What a call brings up below the call banner: the script (ScriptPanel) on the left; the caller's card and
// the call notes on the right. It keeps the notes with the call (saved on leaving the field and when the
// call ends, banned phrases recorded), saves a new customer, and opens the phrase guide (F8) and the
// knowledge base (F9), whose chosen answer goes into the notes.
class CallWorkspace : public QWidget
{
    Q_OBJECT

public:
    // The words (the knowledge base, and the console's phrase guard every field here follows) come from
    // `words`, as the call session's agent.
    CallWorkspace(CallTracker& tracker, CallSession& session, CallScript& script, WordsService& words,
                  QWidget* parent = nullptr);
    ~CallWorkspace() override;

    ScriptPanel* scriptPanel() const { return m_script; }
    CallerCardView* callerCard() const { return m_card; }
    CallNotesView* notes() const { return m_notes; }
    QAction* phraseGuideAction() const { return m_phraseGuide; }
    QAction* knowledgeAction() const { return m_knowledge; }
    // Ctrl+I: the keyboard goes to the caller's card (the first field of a new customer).
    QAction* callerCardAction() const { return m_cardAction; }
    // Open once asked for; nullptr before.
    KnowledgeSearchDialog* knowledgeDialog() const { return m_kbDialog; }

    // Saves the notes with the call (when they changed) and records their banned phrases.
    void saveNotes();
    void showPhraseGuide();
    void showKnowledge();
    void focusCallerCard();

Q_SIGNALS:
    // For the status bar.
    void message(const QString& text);
    void problem(const QString& text);

private:
    void onStateChanged(CallTracker::State state);
    void onFinished();
    void addCustomer(const Customer& customer);
    void correctCustomer(const Customer& customer);
    // The guard read the lists again (an admin saved one): every field checks against the new one.
    void phrasesChanged();

    CallTracker& m_tracker;
    CallSession& m_session;
    WordsService& m_words;
    PhraseGuard& m_guard;
    ScriptPanel* m_script = nullptr;
    CallerCardView* m_card = nullptr;
    CallNotesView* m_notes = nullptr;
    QAction* m_phraseGuide = nullptr;
    QAction* m_knowledge = nullptr;
    QAction* m_cardAction = nullptr;
    KnowledgeSearchDialog* m_kbDialog = nullptr;
    PhraseGuideDialog* m_guideDialog = nullptr;
    QString m_savedNotes;
};

} // namespace threerings::ui
