#include "training/PracticeWindow.h"

#include "model/Category.h"
#include "store/Database.h"
#include "store/PhraseRepository.h"
#include "store/PracticeStore.h"
#include "store/ScriptRepository.h"
#include "store/TrainingRepository.h"
#include "training/PracticeSession.h"
#include "training/TranscriptFormat.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#ifdef THREERINGS_WITH_SPEECH
#include <QTextToSpeech>
#endif

namespace threerings::ui {

PracticeWindow::PracticeWindow(Database& db, PracticeStore& practice, const Clock& clock, Actor trainee,
                               PracticeSessionRecord session, QWidget* parent)
    : QWidget(parent, Qt::Window), m_db(db), m_practice(practice), m_clock(clock),
      m_trainee(std::move(trainee)), m_record(std::move(session)),
      m_repo(std::make_unique<TrainingRepository>(practice.database(), clock))
{
    setObjectName(QStringLiteral("practiceWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("PRACTICE — %1").arg(m_record.scenario.title));
    const QString language = m_record.scenario.language;
    auto script = ScriptRepository(db, clock).get(QStringLiteral("incoming"), language);
    m_script = std::make_unique<Script>(script ? script.value() : Script{});
    auto phrases = PhraseRepository(db, clock).list(language);
    m_session = std::make_unique<PracticeSession>(
        m_record.scenario, *m_script, phrases ? phrases.value() : PhraseList{}, clock,
        QVariantMap{{QStringLiteral("job_number"), m_trainee.jobNumber},
                    {QStringLiteral("unit_name"), tr("800 service hotline")},
                    {QStringLiteral("department"), tr("technical support")}});
    m_session->setSink([this](const PracticeEvent& e) {
        auto stored = m_repo->appendEvent(m_trainee, m_record.meta.id, e.kind, e.atMs, e.data);
        if (!stored) {
            showError(stored.error().message);
            return;
        }
        m_ownSeqs.insert(stored->seq);
        append(stored.value());
    });
    buildUi();
    if (Status s = m_repo->markLive(m_trainee, m_record.meta.id); !s)
        showError(s.error().message);

    // The caller rings on the line's cadence (China: 1 s on, 4 s off → a ring every 5 s).
    m_ringTimer = new QTimer(this);
    m_ringTimer->setInterval(qEnvironmentVariableIntValue("THREERINGS_PRACTICE_RING_MS") > 0
                                 ? qEnvironmentVariableIntValue("THREERINGS_PRACTICE_RING_MS")
                                 : 5000);
    connect(m_ringTimer, &QTimer::timeout, this, &PracticeWindow::onRing);
    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(PollMs);
    connect(m_pollTimer, &QTimer::timeout, this, &PracticeWindow::poll);
    m_session->start();
    m_rings->setText(tr("Ring %1").arg(m_session->rings()));
    m_ringTimer->start();
    m_pollTimer->start();

    // Demo and screenshot hooks: THREERINGS_PRACTICE_ANSWER_RING=N answers at ring N;
    // THREERINGS_PRACTICE_ANSWERS=FILE then plays an answers file's say / tick / form actions, one every
    // 300 ms (the file of `threerings practice run`).
    if (const int atRing = qEnvironmentVariableIntValue("THREERINGS_PRACTICE_ANSWER_RING"); atRing > 0) {
        auto* autoAnswer = new QTimer(this);
        autoAnswer->setInterval(100);
        connect(autoAnswer, &QTimer::timeout, this, [this, atRing, autoAnswer] {
            if (m_session->rings() < atRing)
                return;
            autoAnswer->stop();
            answerNow();
            playAnswersFile(qEnvironmentVariable("THREERINGS_PRACTICE_ANSWERS"));
        });
        autoAnswer->start();
    }

#ifdef THREERINGS_WITH_SPEECH
    // Spoken only where a voice is there; never on the offscreen platform of tests and CI.
    if (qgetenv("QT_QPA_PLATFORM") != "offscreen" && !QTextToSpeech::availableEngines().isEmpty()) {
        m_speech = new QTextToSpeech(this);
        m_speech->setLocale(QLocale(language));
    }
#endif
}

PracticeWindow::~PracticeWindow() = default;

void PracticeWindow::buildUi()
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
    callRow->addWidget(new QLabel(
        tr("Caller: %1 (%2)").arg(m_record.scenario.personaName, m_record.scenario.personaPhone), this));
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
    auto* scriptBox = new QGroupBox(tr("Script"), split);
    auto* scriptLayout = new QVBoxLayout(scriptBox);
    m_steps = new QListWidget(scriptBox);
    scriptLayout->addWidget(m_steps);
    auto* talk = new QWidget(split);
    auto* talkLayout = new QVBoxLayout(talk);
    talkLayout->setContentsMargins(0, 0, 0, 0);
    m_transcript = new QTextBrowser(talk);
    talkLayout->addWidget(new QLabel(tr("Transcript"), talk));
    talkLayout->addWidget(m_transcript, 1);
    auto* sayRow = new QHBoxLayout;
    m_line = new QLineEdit(talk);
    m_line->setPlaceholderText(tr("Type what you say to the caller, then Enter"));
    m_step = new QComboBox(talk);
    m_step->setToolTip(tr("The script step this line does (ticked when you say it)"));
    auto* say = new QPushButton(tr("&Say"), talk);
    sayRow->addWidget(m_line, 1);
    sayRow->addWidget(m_step);
    sayRow->addWidget(say);
    talkLayout->addLayout(sayRow);

    auto* formBox = new QGroupBox(tr("Practice problem form"), split);
    auto* form = new QFormLayout(formBox);
    m_category = new QComboBox(formBox);
    m_category->addItem(QString(), QString());
    for (const QString& key : CategoryNames::keys())
        m_category->addItem(CategoryNames::label(*CategoryNames::fromKey(key)), key);
    m_name = new QLineEdit(formBox);
    m_phone = new QLineEdit(formBox);
    m_outlet = new QLineEdit(formBox);
    m_description = new QPlainTextEdit(formBox);
    m_transfer = new QCheckBox(tr("Transfer to a handler"), formBox);
    auto* saveForm = new QPushButton(tr("Save practice form"), formBox);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Customer name"), m_name);
    form->addRow(tr("Contact phone"), m_phone);
    form->addRow(tr("Outlet"), m_outlet);
    form->addRow(tr("Event description"), m_description);
    form->addRow(QString(), m_transfer);
    form->addRow(QString(), saveForm);
    split->setSizes({300, 480, 320});
    layout->addWidget(split, 1);

    connect(m_answer, &QPushButton::clicked, this, &PracticeWindow::answerNow);
    connect(m_end, &QPushButton::clicked, this, &PracticeWindow::endNow);
    connect(saveForm, &QPushButton::clicked, this, &PracticeWindow::saveFormNow);
    auto sayIt = [this] { sayNow(m_line->text(), m_step->currentData().toString()); };
    connect(say, &QPushButton::clicked, this, sayIt);
    connect(m_line, &QLineEdit::returnPressed, this, sayIt);
    auto* tick = new QShortcut(QKeySequence(Qt::Key_F6), this);
    connect(tick, &QShortcut::activated, this, [this] {
        if (m_session->runner() && m_session->runner()->current()) {
            if (Status s = m_session->tick(m_session->runner()->current()->id); !s)
                showError(s.error().message);
            refreshScript();
        }
    });
    resize(1100, 640);
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

void PracticeWindow::playAnswersFile(const QString& path)
{
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return;
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
            else if (a.contains(QStringLiteral("form"))) {
                const QJsonObject form = a.value(QStringLiteral("form")).toObject();
                m_category->setCurrentIndex(
                    m_category->findData(form.value(QStringLiteral("category")).toString()));
                m_name->setText(form.value(QStringLiteral("customer_name")).toString());
                m_phone->setText(form.value(QStringLiteral("phone")).toString());
                m_outlet->setText(form.value(QStringLiteral("outlet")).toString());
                m_description->setPlainText(form.value(QStringLiteral("description")).toString());
                m_transfer->setChecked(form.value(QStringLiteral("transfer")).toBool());
                saveFormNow();
            }
        });
    }
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
        auto card = m_repo->finish(m_trainee, m_record.meta.id, *m_script, QStringLiteral("caller"));
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
    m_line->setFocus();
}

void PracticeWindow::refreshScript()
{
    m_steps->clear();
    m_step->clear();
    m_step->addItem(tr("(no step)"), QString());
    const ScriptRunner* runner = m_session->runner();
    if (!runner)
        return;
    for (const ScriptStep& st : runner->steps()) {
        const bool ticked = runner->isTicked(st.id);
        auto* item =
            new QListWidgetItem(QStringLiteral("%1 %2%3\n   %4")
                                    .arg(ticked ? QStringLiteral("✔") : QStringLiteral("○"), st.title,
                                         st.required ? QStringLiteral(" *") : QString(), runner->render(st)),
                                m_steps);
        if (runner->current() && runner->current()->id == st.id)
            item->setBackground(QColor(0xff, 0xf3, 0xb0));
        if (!ticked)
            m_step->addItem(st.title, st.id);
    }
    // The current step is offered first, as the script panel does on a real call.
    if (runner->current()) {
        const int i = m_step->findData(runner->current()->id);
        if (i >= 0)
            m_step->setCurrentIndex(i);
    }
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
    }
    if (!done) {
        showError(done.error().message);
        return;
    }
    m_line->clear();
    refreshScript();
}

void PracticeWindow::saveFormNow()
{
    const QJsonObject form{{QStringLiteral("category"), m_category->currentData().toString()},
                           {QStringLiteral("customer_name"), m_name->text()},
                           {QStringLiteral("phone"), m_phone->text()},
                           {QStringLiteral("outlet"), m_outlet->text()},
                           {QStringLiteral("description"), m_description->toPlainText()},
                           {QStringLiteral("transfer"), m_transfer->isChecked()}};
    if (Status s = m_session->submitForm(form); !s) {
        showError(s.error().message);
        return;
    }
    // The practice area: a file of its own beside the real one, so the form never mixes with real data.
    if (auto stored = m_practice.recordForm(m_trainee, m_record.meta.id, form); !stored)
        showError(tr("Scored, but not kept in the practice file: %1").arg(stored.error().message));
    else
        showError({});
}

void PracticeWindow::poll()
{
    auto fresh = m_repo->events(m_record.meta.id, m_lastSeq);
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
    auto card = m_repo->finish(m_trainee, m_record.meta.id, *m_script, QStringLiteral("trainee"));
    if (!card) {
        showError(card.error().message);
        return;
    }
    poll();
    showScorecard();
}

void PracticeWindow::showScorecard()
{
    m_done = true;
    m_ringTimer->stop();
    m_pollTimer->stop();
    m_answer->setEnabled(false);
    m_end->setEnabled(false);
    m_line->setEnabled(false);
    auto stored = m_repo->session(m_record.meta.id);
    if (stored && stored->scorecard)
        m_transcript->append(TranscriptFormat::scorecardHtml(*stored->scorecard));
    // The review: the trainer's remarks, kept from the trainee during the call, come with the scorecard.
    if (auto all = m_repo->events(m_record.meta.id)) {
        for (const PracticeEvent& e : all.value()) {
            if (e.kind == PracticeEvent::Kind::Remark)
                m_transcript->append(TranscriptFormat::html(e, true));
        }
    }
    Q_EMIT ended(m_record.meta.id);
}

} // namespace threerings::ui
