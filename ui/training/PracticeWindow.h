#pragma once

#include "core/auth/Actor.h"
#include "core/training/PracticeEvent.h"
#include "core/training/PracticeSessionRecord.h"
#include "core/training/PracticeStore.h"
#include "ui/training/PracticeAutoplay.h"

#include <QSet>
#include <QWidget>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTextToSpeech;
class QTimer;

namespace threerings {
class Clock;
class PracticeSession;
class PhraseGuard;
class PhraseMatcher;
class TrainingService;
class WordsService;
} // namespace threerings

namespace threerings::ui {

class FormServices;
class PhraseHighlighter;
class PracticeScriptDriver;
class ProblemFormView;
class ScriptPanel;

// The trainee's practice call (SPEC §7), marked PRACTICE: the call rings, the trainee answers, the caller's
// lines appear in the transcript (and are spoken when a text-to-speech voice is there), the trainee types
// what they say (the console's PhraseHighlighter underlines banned phrases as they are typed, as on the call
// notes; saying the line records the hits) and works through the script in the console's own ScriptPanel
// (F6 said it, F7 skip: each a practice event), fills the console's own problem form (ProblemFormView, with
// the hotline's outlets, departments and handlers, Ctrl+S / Ctrl+Enter as on a real call; stored in the
// practice file, never the real one; each save is scored) and ends the call to see the scorecard. Every event
// goes to the database, so the trainer's console watches; the trainer's lines and traps come back by polling
// the session's events every 300 ms.
class PracticeWindow : public QWidget
{
    Q_OBJECT

public:
    static constexpr int PollMs = 300;
    // A caller nobody answers hangs up at this ring.
    static constexpr int GiveUpRing = 10;

    // The session, its events and the form go through `training` (the practice file); the script comes from
    // `words`, and lines are checked by its guard, the console's (when the scenario is in the console's
    // language), so a list an admin saves mid-call is underlined and scored at once. `autoplay` (demos,
    // screenshots) answers and plays the call by itself.
    PracticeWindow(TrainingService& training, WordsService& words, const Clock& clock, Actor trainee,
                   PracticeSessionRecord session, const PracticeAutoplay& autoplay = {},
                   QWidget* parent = nullptr);
    ~PracticeWindow() override;

    const QString& sessionId() const { return m_record.meta.id; }
    QTextBrowser* transcript() const { return m_transcript; }
    // What the trainee says; Enter says it.
    QPlainTextEdit* sayEdit() const { return m_say; }
    PhraseHighlighter* highlighter() const { return m_highlighter; }
    ScriptPanel* scriptPanel() const { return m_scriptPanel; }
    QPushButton* answerButton() const { return m_answer; }
    QPushButton* endButton() const { return m_end; }
    // The console's problem form of the call (nullptr when the practice file could not give one).
    ProblemFormView* problemForm() const { return m_form; }
    // Test and screenshot hooks.
    void answerNow();
    void sayNow(const QString& text, const QString& step);
    // Fills the form as an answers file's "form" action has it (category, customer_name, phone, outlet,
    // description, transfer) and takes its steps: accept, then transfer when asked.
    void fillForm(const QJsonObject& form);
    void endNow();
    void poll();
    // Plays the say / tick / form actions of an answers file (threerings practice run), one every 300 ms;
    // returns when the last one plays (ms from now).
    int playAnswersFile(const QString& path);

Q_SIGNALS:
    void ended(const QString& sessionId);

private:
    // The header's caller: the phone, and the name once the trainee asked for it.
    void showCaller(bool named);
    void buildUi(const Clock& clock, PhraseGuard& guard);
    QWidget* buildForm(const Clock& clock, PhraseGuard& guard, QWidget* parent);
    // A save of the form: what it now says is handed to the scorer.
    void formSaved();
    void onRing();
    void refreshScript();
    void showHits();
    void showError(const QString& message);
    void showScorecard();
    void append(const PracticeEvent& e);

    TrainingService& m_training;
    Actor m_trainee;
    PracticeSessionRecord m_record;
    std::unique_ptr<PracticeSession> m_session;
    std::shared_ptr<const PhraseMatcher> m_matcher;
    QSet<int> m_ownSeqs;
    int m_lastSeq = 0;
    bool m_done = false;

    QLabel* m_banner = nullptr;
    QLabel* m_rings = nullptr;
    QLabel* m_caller = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_formMessage = nullptr;
    QPushButton* m_answer = nullptr;
    QPushButton* m_end = nullptr;
    QTextBrowser* m_transcript = nullptr;
    PracticeScriptDriver* m_driver = nullptr;
    ScriptPanel* m_scriptPanel = nullptr;
    QPlainTextEdit* m_say = nullptr;
    PhraseHighlighter* m_highlighter = nullptr;
    QLabel* m_hint = nullptr;
    std::unique_ptr<FormServices> m_formServices;
    ProblemFormView* m_form = nullptr;
    QTimer* m_ringTimer = nullptr;
    QTimer* m_pollTimer = nullptr;
    QTextToSpeech* m_speech = nullptr;
};

} // namespace threerings::ui
