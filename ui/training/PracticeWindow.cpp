#include "ui/training/PracticeWindow.h"

#include "core/calendar/BusinessCalendar.h"
#include "core/db/Database.h"
#include "core/training/PracticeSession.h"
#include "core/training/Scorer.h"
#include "core/training/TrainingService.h"
#include "core/util/Clock.h"
#include "core/words/PhraseGuard.h"
#include "core/words/WordsService.h"
#include "ui/call/PhraseHighlighter.h"
#include "ui/call/ScriptPanel.h"
#include "ui/forms/FormServices.h"
#include "ui/forms/ProblemFormView.h"
#include "ui/shell/ShortcutTable.h"
#include "ui/training/PracticeScriptDriver.h"
#include "ui/training/TranscriptFormat.h"

#include <QFile>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <functional>
#ifdef THREERINGS_WITH_SPEECH
#include <QGuiApplication>
#include <QTextToSpeech>
#endif

namespace threerings::ui {

namespace {

// The trainee's line: a text field (so the phrase highlighter can underline it) that says the line on Enter.
class SayEdit : public QPlainTextEdit
{
public:
    SayEdit(std::function<void()> say, QWidget* parent) : QPlainTextEdit(parent), m_say(std::move(say))
    {
        setTabChangesFocus(true);
        setFixedHeight(fontMetrics().lineSpacing() * 2 + 2 * frameWidth() + 12);
    }

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            m_say();
            return;
        }
        QPlainTextEdit::keyPressEvent(event);
    }

private:
    std::function<void()> m_say;
};

} // namespace

PracticeWindow::PracticeWindow(TrainingService& training, WordsService& words, const Clock& clock,
                               Actor trainee, PracticeSessionRecord session, const PracticeAutoplay& autoplay,
                               QWidget* parent)
    : QWidget(parent, Qt::Window), m_training(training), m_trainee(std::move(trainee)),
      m_record(std::move(session))
{
    PhraseGuard& guard = words.guard();
    setObjectName(QStringLiteral("practiceWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("PRACTICE — %1").arg(m_record.scenario.title));
    const QString language = m_record.scenario.language;
    auto script = words.script(m_trainee, QStringLiteral("incoming"), language);
    const Script incoming = script ? script.value() : Script{};
    // The same matcher the session checks said lines against, so what is underlined is what is scored: the
    // console's guard, or for a scenario in another language that language's list as it is now.
    const bool guarded = guard.language() == language;
    QStringList standard = guard.list().standard;
    if (guarded) {
        m_matcher = guard.matcher();
    } else {
        auto phrases = words.phraseList(m_trainee, language);
        const PhraseList list = phrases ? phrases.value() : PhraseList{};
        m_matcher = std::make_shared<const PhraseMatcher>(list.banned);
        standard = list.standard;
    }
    m_session = std::make_unique<PracticeSession>(
        m_record.scenario, incoming, m_matcher, standard, clock,
        QVariantMap{{QStringLiteral("job_number"), m_trainee.jobNumber},
                    {QStringLiteral("unit_name"), tr("800 service hotline")},
                    {QStringLiteral("department"), tr("technical support")}});
    m_session->setSink([this](const PracticeEvent& e) {
        auto stored = m_training.appendEvent(m_trainee, m_record.meta.id, e.kind, e.atMs, e.data);
        if (!stored) {
            showError(stored.error().message);
            return;
        }
        m_ownSeqs.insert(stored->seq);
        append(stored.value());
    });
    buildUi(clock, guard);
    if (guarded) {
        m_highlighter->follow(guard);
        connect(&guard, &PhraseGuard::changed, this, [this, g = &guard] {
            m_matcher = g->matcher();
            m_session->setPhrases(m_matcher, g->list().standard);
            showHits();
        });
    }
    if (Status s = m_training.markLive(m_trainee, m_record.meta.id); !s)
        showError(s.error().message);

    // The caller rings on the line's cadence (China: 1 s on, 4 s off → a ring every 5 s).
    m_ringTimer = new QTimer(this);
    m_ringTimer->setInterval(autoplay.ringMs > 0 ? autoplay.ringMs : 5000);
    connect(m_ringTimer, &QTimer::timeout, this, &PracticeWindow::onRing);
    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(PollMs);
    connect(m_pollTimer, &QTimer::timeout, this, &PracticeWindow::poll);
    m_session->start();
    m_rings->setText(tr("Ring %1").arg(m_session->rings()));
    m_ringTimer->start();
    m_pollTimer->start();

    // Demos and screenshots: answered at a ring, then an answers file's say / tick / form actions, one every
    // 300 ms (the file of `threerings practice run`).
    if (autoplay.answerAtRing > 0) {
        auto* autoAnswer = new QTimer(this);
        autoAnswer->setInterval(100);
        connect(autoAnswer, &QTimer::timeout, this, [this, autoplay, autoAnswer] {
            if (m_session->rings() < autoplay.answerAtRing)
                return;
            autoAnswer->stop();
            answerNow();
            const int played = playAnswersFile(autoplay.answersFile);
            // The draft is typed after them, not said (the banned-phrase guard shows).
            if (const QString draft = autoplay.draft; !draft.isEmpty())
                QTimer::singleShot(played + 300, this, [this, draft] {
                    m_say->setPlainText(draft);
                    m_say->moveCursor(QTextCursor::End);
                });
        });
        autoAnswer->start();
    }

#ifdef THREERINGS_WITH_SPEECH
    // Spoken only where a voice is there; never on the offscreen platform of tests and CI.
    if (QGuiApplication::platformName() != QLatin1String("offscreen") &&
        !QTextToSpeech::availableEngines().isEmpty()) {
        m_speech = new QTextToSpeech(this);
        m_speech->setLocale(QLocale(language));
    }
#endif
}

PracticeWindow::~PracticeWindow() = default;

void PracticeWindow::buildUi(const Clock& clock, PhraseGuard& guard)
{
    auto* layout = new QVBoxLayout(this);
    m_banner =
        new QLabel(tr("PRACTICE — %1 · nothing here is a real customer").arg(m_record.scenario.title), this);
    m_banner->setObjectName(QStringLiteral("practiceBanner"));
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #c01c28; color: white; font-weight: bold; font-size: 16pt; padding: 6px; }"));
    layout->addWidget(m_banner);

    auto* callRow = new QHBoxLayout;
    m_rings = new QLabel(this);
    m_rings->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold;"));
    m_answer = new QPushButton(tr("&Answer"), this);
    m_end = new QPushButton(tr("&End call"), this);
    m_end->setEnabled(false);
    // The caller's name shows once the trainee asked for it, as a real caller gives it: never before.
    m_caller = new QLabel(this);
    m_caller->setObjectName(QStringLiteral("practiceCaller"));
    showCaller(false);
    callRow->addWidget(m_caller);
    callRow->addStretch();
    callRow->addWidget(m_rings);
    callRow->addWidget(m_answer);
    callRow->addWidget(m_end);
    layout->addLayout(callRow);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto* split = new QSplitter(Qt::Horizontal, this);
    // The console's own script panel, as on a real call: F6 said it, F7 skip, a step's box ticks it.
    m_driver = new PracticeScriptDriver(*m_session, this);
    connect(m_driver, &PracticeScriptDriver::problem, this, &PracticeWindow::showError);
    m_scriptPanel = new ScriptPanel(*m_driver, split);
    addActions({m_scriptPanel->nextAction(), m_scriptPanel->backAction(), m_scriptPanel->skipAction()});
    auto* talk = new QWidget(split);
    auto* talkLayout = new QVBoxLayout(talk);
    talkLayout->setContentsMargins(0, 0, 0, 0);
    m_transcript = new QTextBrowser(talk);
    talkLayout->addWidget(new QLabel(tr("Transcript"), talk));
    talkLayout->addWidget(m_transcript, 1);
    auto* sayRow = new QHBoxLayout;
    auto sayIt = [this] { sayNow(m_say->toPlainText(), QString()); };
    m_say = new SayEdit(sayIt, talk);
    m_say->setObjectName(QStringLiteral("practiceSayEdit"));
    m_say->setPlaceholderText(tr("Type what you say to the caller, then Enter"));
    // Banned phrases underlined as they are typed, with what to say instead, as on the call notes.
    m_highlighter = PhraseHighlighter::attach(m_say, m_matcher);
    m_hint = new QLabel(talk);
    m_hint->setObjectName(QStringLiteral("practiceSayHint"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_hint->hide();
    connect(m_say, &QPlainTextEdit::textChanged, this, &PracticeWindow::showHits);
    auto* say = new QPushButton(tr("&Say"), talk);
    say->setFocusPolicy(Qt::NoFocus);
    sayRow->addWidget(m_say, 1);
    sayRow->addWidget(say);
    talkLayout->addLayout(sayRow);
    talkLayout->addWidget(m_hint);

    split->addWidget(buildForm(clock, guard, split));
    split->setSizes({300, 400, 580});
    layout->addWidget(split, 1);
    // The form's own status lines (accepted, transferred …), as the console's status bar shows them.
    m_formMessage = new QLabel(this);
    m_formMessage->setObjectName(QStringLiteral("practiceFormMessage"));
    layout->addWidget(m_formMessage);

    connect(m_answer, &QPushButton::clicked, this, &PracticeWindow::answerNow);
    connect(m_end, &QPushButton::clicked, this, &PracticeWindow::endNow);
    // The console's own keys: F2 answers, F4 hangs up (not Space: the trainee types their lines here).
    const auto key = [this](ShortcutId id, QPushButton* button) {
        auto* s = new QShortcut(shortcut(id).keys.constFirst(), this);
        tagShortcut(s, id);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, button, [button] {
            if (button->isEnabled())
                button->click();
        });
    };
    key(ShortcutId::Answer, m_answer);
    key(ShortcutId::HangUp, m_end);
    m_answer->setToolTip(shortcut(ShortcutId::Answer).keysText());
    m_end->setToolTip(shortcut(ShortcutId::HangUp).keysText());
    connect(say, &QPushButton::clicked, this, sayIt);
    // The whole call screen on a 1366×768 workstation.
    resize(1300, 700);
}

QWidget* PracticeWindow::buildForm(const Clock& clock, PhraseGuard& guard, QWidget* parent)
{
    auto desk = m_training.practiceDesk(m_trainee, m_record.meta.id);
    if (!desk) {
        auto* missing = new QLabel(tr("The problem form cannot open: %1").arg(desk.error().message), parent);
        missing->setWordWrap(true);
        return missing;
    }
    // The console's own form and keys, on the practice file, filled as the trainee's agent there.
    m_formServices = std::make_unique<FormServices>(*desk->db, clock, BusinessCalendar(), guard,
                                                    [agent = desk->agent] { return agent; });
    m_form = new ProblemFormView(*m_formServices, desk->blank, parent);
    m_form->setObjectName(QStringLiteral("practiceProblemForm"));
    connect(m_form, &FormPage::saved, this, &PracticeWindow::formSaved);
    connect(m_form, &FormPage::message, this, [this](const QString& text) { m_formMessage->setText(text); });
    return m_form;
}

void PracticeWindow::showHits()
{
    const QList<PhraseHit> hits = m_highlighter->hits();
    QStringList lines;
    // The call notes' own words, so the trainee reads what an agent reads on a real call.
    for (const PhraseHit& h : hits)
        lines << QCoreApplication::translate("threerings::ui::CallNotesView",
                                             "“%1” is a banned phrase — say: %2")
                     .arg(h.matched, h.suggestion);
    m_hint->setText(lines.join(QLatin1Char('\n')));
    m_hint->setVisible(!hits.isEmpty());
}

void PracticeWindow::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void PracticeWindow::append(const PracticeEvent& e)
{
    m_lastSeq = std::max(m_lastSeq, e.seq);
    const QString line = TranscriptFormat::html(e, false);
    if (!line.isEmpty())
        m_transcript->append(line);
#ifdef THREERINGS_WITH_SPEECH
    if (m_speech && e.kind == PracticeEvent::Kind::CallerLine)
        m_speech->say(e.data.value(QStringLiteral("text")).toString());
#endif
}

int PracticeWindow::playAnswersFile(const QString& path)
{
    if (path.isEmpty() || Database::isOpenHere(path))
        return 0;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QJsonArray actions =
        QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("actions")).toArray();
    int delay = 0;
    for (const QJsonValue& v : actions) {
        const QJsonObject a = v.toObject();
        delay += 300;
        QTimer::singleShot(delay, this, [this, a] {
            if (a.contains(QStringLiteral("say")))
                sayNow(a.value(QStringLiteral("say")).toString(), a.value(QStringLiteral("step")).toString());
            else if (a.contains(QStringLiteral("tick")))
                sayNow(QString(), a.value(QStringLiteral("tick")).toString());
            else if (a.contains(QStringLiteral("form")))
                fillForm(a.value(QStringLiteral("form")).toObject());
        });
    }
    return delay;
}

void PracticeWindow::onRing()
{
    if (m_session->answered() || m_session->ended()) {
        m_ringTimer->stop();
        return;
    }
    (void)m_session->ring();
    m_rings->setText(tr("Ring %1").arg(m_session->rings()));
    if (m_session->rings() >= GiveUpRing) {
        // Nobody answered: the caller gives up, and the call scores as never answered.
        m_rings->setText(tr("The caller gave up at ring %1").arg(m_session->rings()));
        auto card = m_training.finish(m_trainee, m_record.meta.id, QStringLiteral("caller"));
        if (!card)
            showError(card.error().message);
        poll();
        showScorecard();
        return;
    }
    if (m_session->rings() > 3)
        m_rings->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold; color: #c01c28;"));
}

void PracticeWindow::answerNow()
{
    if (Status s = m_session->answer(); !s) {
        showError(s.error().message);
        return;
    }
    m_ringTimer->stop();
    m_answer->setEnabled(false);
    m_end->setEnabled(true);
    m_rings->setText(tr("Answered at ring %1").arg(m_session->rings()));
    refreshScript();
    m_say->setFocus();
}

void PracticeWindow::refreshScript()
{
    m_driver->notifyChanged();
}

void PracticeWindow::sayNow(const QString& text, const QString& step)
{
    if (text.trimmed().isEmpty() && step.isEmpty())
        return;
    showError({});
    Status done;
    if (text.trimmed().isEmpty()) {
        done = m_session->tick(step);
    } else {
        auto said = m_session->say(text, step);
        if (!said)
            done = said.error();
        else if (Scorer::asksForName(text))
            showCaller(true);
    }
    if (!done) {
        showError(done.error().message);
        return;
    }
    m_say->clear();
    refreshScript();
}

void PracticeWindow::showCaller(bool named)
{
    m_caller->setText(
        named ? tr("Caller: %1 (%2)").arg(m_record.scenario.personaName, m_record.scenario.personaPhone)
              : tr("Caller: %1 (name not given yet: ask for it)").arg(m_record.scenario.personaPhone));
}

void PracticeWindow::formSaved()
{
    auto facts = m_training.practiceFormFacts(m_trainee, m_record.meta.id, m_form->form());
    if (!facts) {
        showError(facts.error().message);
        return;
    }
    if (Status s = m_session->submitForm(facts.value()); !s) {
        showError(s.error().message);
        return;
    }
    showError({});
}

void PracticeWindow::fillForm(const QJsonObject& form)
{
    if (!m_form)
        return;
    m_form->setFieldValues({{QStringLiteral("category"), form.value(QStringLiteral("category"))},
                            {QStringLiteral("customer_name"), form.value(QStringLiteral("customer_name"))},
                            {QStringLiteral("phone_mobile"), form.value(QStringLiteral("phone"))},
                            {QStringLiteral("outlet_id"), form.value(QStringLiteral("outlet"))},
                            {QStringLiteral("description"), form.value(QStringLiteral("description"))}});
    if (!m_form->form().meta.isStored() && !m_form->accept())
        return;
    if (form.value(QStringLiteral("transfer")).toBool())
        m_form->transfer();
}

void PracticeWindow::poll()
{
    auto fresh = m_training.events(m_trainee, m_record.meta.id, m_lastSeq);
    if (!fresh)
        return;
    for (const PracticeEvent& e : fresh.value()) {
        if (m_ownSeqs.contains(e.seq)) {
            m_lastSeq = std::max(m_lastSeq, e.seq);
            continue;
        }
        append(e);
        if (e.kind == PracticeEvent::Kind::End && !m_done)
            showScorecard();
    }
}

void PracticeWindow::endNow()
{
    if (m_done)
        return;
    auto card = m_training.finish(m_trainee, m_record.meta.id, QStringLiteral("trainee"));
    if (!card) {
        showError(card.error().message);
        return;
    }
    poll();
    showScorecard();
}

void PracticeWindow::showScorecard()
{
    // Once: the end is seen by the poll and by whoever ended the call.
    if (m_done)
        return;
    m_done = true;
    m_ringTimer->stop();
    m_pollTimer->stop();
    m_answer->setEnabled(false);
    m_end->setEnabled(false);
    m_say->setEnabled(false);
    m_driver->close();
    m_scriptPanel->setEnabled(false);
    if (m_form)
        m_form->setEnabled(false);
    auto stored = m_training.session(m_trainee, m_record.meta.id);
    if (stored && stored->scorecard)
        m_transcript->append(TranscriptFormat::scorecardHtml(*stored->scorecard));
    // The review: the trainer's remarks, kept from the trainee during the call, come with the scorecard.
    if (auto all = m_training.events(m_trainee, m_record.meta.id)) {
        for (const PracticeEvent& e : all.value()) {
            if (e.kind == PracticeEvent::Kind::Remark)
                m_transcript->append(TranscriptFormat::html(e, true));
        }
    }
    Q_EMIT ended(m_record.meta.id);
}

} // namespace threerings::ui
