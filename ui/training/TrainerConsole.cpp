#include "ui/training/TrainerConsole.h"

#include "core/db/Database.h"
#include "core/model/User.h"
#include "core/training/PracticeStore.h"
#include "core/training/TrainingService.h"
#include "core/util/Clock.h"
#include "core/util/HotlineTime.h"
#include "ui/training/ProgressView.h"
#include "ui/training/ScenarioEditor.h"
#include "ui/training/ScorecardPdf.h"
#include "ui/training/TranscriptFormat.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace threerings::ui {

TrainerConsole::TrainerConsole(TrainingService& training, Actor trainer, QWidget* parent)
    : QWidget(parent, Qt::Window), m_training(training), m_trainer(std::move(trainer))
{
    setObjectName(QStringLiteral("trainerConsole"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Trainer's console — PRACTICE"));
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs);
    buildScenarioTab();
    buildSessionTab();
    m_progress = new ProgressView(m_training, m_trainer, m_tabs);
    m_tabs->addTab(m_progress, tr("&Progress"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (m_tabs->widget(i) == m_progress)
            m_progress->refresh();
    });
    m_poll = new QTimer(this);
    m_poll->setInterval(PollMs);
    connect(m_poll, &QTimer::timeout, this, &TrainerConsole::poll);
    m_poll->start();
    loadScenarios();
    loadTrainees();
    loadOpenSessions();
    // A call already in progress is what the trainer came for: watch the newest one.
    if (m_open->count() > 0) {
        m_tabs->setCurrentIndex(1);
        watchSession(m_open->item(0)->data(Qt::UserRole).toString());
    }
    resize(1100, 700);
}

TrainerConsole::~TrainerConsole() = default;

QString TrainerConsole::language() const
{
    return m_language->currentData().toString();
}

void TrainerConsole::say(const QString& message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c01c28;") : QStringLiteral("color: #26a269;"));
}

void TrainerConsole::buildScenarioTab()
{
    auto* page = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(page);
    auto* top = new QHBoxLayout;
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("Chinese"), QStringLiteral("zh_CN"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    if (QLocale().language() != QLocale::Chinese)
        m_language->setCurrentIndex(1);
    auto* importButton = new QPushButton(tr("&Import JSON…"), page);
    auto* exportButton = new QPushButton(tr("E&xport JSON…"), page);
    auto* copy = new QPushButton(tr("&New from this one"), page);
    auto* save = new QPushButton(tr("&Validate and save"), page);
    top->addWidget(new QLabel(tr("Language"), page));
    top->addWidget(m_language);
    top->addStretch();
    top->addWidget(importButton);
    top->addWidget(exportButton);
    top->addWidget(copy);
    top->addWidget(save);
    layout->addLayout(top);
    auto* split = new QSplitter(Qt::Horizontal, page);
    m_list = new QListWidget(split);
    m_editTabs = new QTabWidget(split);
    m_form = new ScenarioEditor(m_editTabs);
    m_editor = new QPlainTextEdit(m_editTabs);
    m_editTabs->addTab(m_form, tr("Form"));
    m_editTabs->addTab(m_editor, tr("JSON"));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setFont(QFont(QStringLiteral("monospace")));
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    m_message = new QLabel(page);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_tabs->addTab(page, tr("&Scenarios"));

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] { loadScenarios(); });
    connect(m_list, &QListWidget::currentRowChanged, this, &TrainerConsole::showScenario);
    // Switching tabs carries the edits across: the form as JSON, the JSON back into the form.
    connect(m_editTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1) {
            m_editor->setPlainText(QString::fromUtf8(m_form->scenario().toJson()));
            return;
        }
        auto parsed = Scenario::fromJson(m_editor->toPlainText().toUtf8());
        if (parsed)
            m_form->setScenario(parsed->constFirst());
        else
            say(parsed.error().message, true);
    });
    connect(save, &QPushButton::clicked, this, [this] { saveEditedScenario(); });
    connect(copy, &QPushButton::clicked, this, &TrainerConsole::newFromCurrent);
    connect(importButton, &QPushButton::clicked, this, &TrainerConsole::importFile);
    connect(exportButton, &QPushButton::clicked, this, &TrainerConsole::exportFile);
}

void TrainerConsole::buildSessionTab()
{
    auto* page = new QWidget(m_tabs);
    auto* layout = new QHBoxLayout(page);
    auto* left = new QVBoxLayout;
    auto* startBox = new QGroupBox(tr("Start a practice call"), page);
    auto* form = new QFormLayout(startBox);
    m_trainee = new QComboBox(startBox);
    m_sessionScenario = new QComboBox(startBox);
    m_sessionScenario->setObjectName(QStringLiteral("sessionScenarioBox"));
    auto* start = new QPushButton(tr("S&tart"), startBox);
    form->addRow(tr("Trainee"), m_trainee);
    form->addRow(tr("Scenario"), m_sessionScenario);
    form->addRow(QString(), start);
    left->addWidget(startBox);
    left->addWidget(new QLabel(tr("Calls in progress"), page));
    m_open = new QListWidget(page);
    left->addWidget(m_open, 1);
    layout->addLayout(left, 1);

    auto* right = new QVBoxLayout;
    m_status = new QLabel(page);
    m_status->setStyleSheet(QStringLiteral("font-weight: bold;"));
    right->addWidget(m_status);
    m_watch = new QTextBrowser(page);
    right->addWidget(m_watch, 3);
    auto* lineRow = new QHBoxLayout;
    m_callerLine = new QLineEdit(page);
    m_callerLine->setPlaceholderText(tr("The caller's next line"));
    auto* sendLine = new QPushButton(tr("Caller &says"), page);
    lineRow->addWidget(m_callerLine, 1);
    lineRow->addWidget(sendLine);
    right->addLayout(lineRow);
    auto* trapRow = new QHBoxLayout;
    m_trap = new QComboBox(page);
    auto* spring = new QPushButton(tr("Spring t&rap"), page);
    m_remark = new QLineEdit(page);
    m_remark->setPlaceholderText(tr("A remark for the review"));
    auto* remark = new QPushButton(tr("Add re&mark"), page);
    auto* end = new QPushButton(tr("&End call"), page);
    trapRow->addWidget(m_trap);
    trapRow->addWidget(spring);
    trapRow->addWidget(m_remark, 1);
    trapRow->addWidget(remark);
    trapRow->addWidget(end);
    right->addLayout(trapRow);
    m_card = new QTextBrowser(page);
    auto* pdf = new QPushButton(tr("Save scorecard as &PDF…"), page);
    right->addWidget(m_card, 2);
    right->addWidget(pdf, 0, Qt::AlignRight);
    layout->addLayout(right, 3);
    m_tabs->addTab(page, tr("&Live calls"));

    connect(start, &QPushButton::clicked, this,
            [this] { startSessionFor(m_trainee->currentData().toString()); });
    connect(m_open, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            watchSession(item->data(Qt::UserRole).toString());
    });
    connect(sendLine, &QPushButton::clicked, this, [this] {
        if (callerSays(m_callerLine->text()))
            m_callerLine->clear();
    });
    connect(spring, &QPushButton::clicked, this, [this] { springTrap(m_trap->currentData().toString()); });
    connect(remark, &QPushButton::clicked, this, [this] {
        if (addRemark(m_remark->text()))
            m_remark->clear();
    });
    connect(end, &QPushButton::clicked, this, [this] { endSession(); });
    connect(pdf, &QPushButton::clicked, this, &TrainerConsole::savePdf);
}

void TrainerConsole::loadScenarios()
{
    auto all = m_training.scenarios(m_trainer, language());
    m_list->clear();
    m_sessionScenario->clear();
    m_scenarios = all ? all.value() : QList<Scenario>{};
    if (!all)
        say(all.error().message, true);
    for (const Scenario& s : m_scenarios) {
        m_list->addItem(QStringLiteral("%1 — %2").arg(s.key, s.title));
        m_sessionScenario->addItem(s.title, s.key);
    }
    if (!m_scenarios.isEmpty())
        m_list->setCurrentRow(0);
}

void TrainerConsole::showScenario(int row)
{
    if (row < 0 || row >= m_scenarios.size())
        return;
    m_editor->setPlainText(QString::fromUtf8(m_scenarios[row].toJson()));
    m_form->setScenario(m_scenarios[row]);
    const bool stored = m_scenarios[row].meta.isStored();
    say(stored ? tr("Stored in this database.")
               : tr("From the starter set; saving stores a copy in this database."),
        false);
}

void TrainerConsole::newFromCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_scenarios.size())
        return;
    Scenario s = m_scenarios[row];
    s.meta = {};
    s.key = s.key + QStringLiteral("-new");
    s.title = tr("%1 (new)").arg(s.title);
    m_editor->setPlainText(QString::fromUtf8(s.toJson()));
    m_form->setScenario(s);
    say(tr("A new scenario from this one: change the key, the title and the rest, then save."), false);
}

bool TrainerConsole::saveEditedScenario()
{
    QList<Scenario> saved;
    if (m_editTabs->currentIndex() == 0) {
        auto one = m_training.saveScenario(m_trainer, m_form->scenario());
        if (!one) {
            say(one.error().message, true);
            return false;
        }
        saved.append(one.value());
    } else {
        auto all = m_training.importScenarios(m_trainer, m_editor->toPlainText().toUtf8());
        if (!all) {
            say(all.error().message, true);
            return false;
        }
        saved = all.value();
    }
    const QString key = saved.constFirst().key;
    loadScenarios();
    for (int i = 0; i < m_scenarios.size(); ++i) {
        if (m_scenarios[i].key == key)
            m_list->setCurrentRow(i);
    }
    say(tr("Saved %n scenario(s).", nullptr, int(saved.size())), false);
    return true;
}

void TrainerConsole::importFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import scenarios"), QString(), tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (Status guard = Database::refuseOpenFile(path); !guard) {
        say(guard.error().message, true);
        return;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        say(tr("Cannot read %1 (%2).").arg(path, f.errorString()), true);
        return;
    }
    auto saved = m_training.importScenarios(m_trainer, f.readAll());
    if (!saved) {
        say(saved.error().message, true);
        return;
    }
    loadScenarios();
    say(tr("Imported %n scenario(s).", nullptr, int(saved->size())), false);
}

void TrainerConsole::exportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export scenarios"),
                                                      QStringLiteral("scenarios-%1.json").arg(language()),
                                                      tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (Status guard = Database::refuseOpenFile(path); !guard) {
        say(guard.error().message, true);
        return;
    }
    auto json = m_training.exportScenarios(m_trainer, language());
    QFile f(path);
    if (!json || !f.open(QIODevice::WriteOnly) || f.write(json.value()) < 0) {
        say(json ? tr("Cannot write %1 (%2).").arg(path, f.errorString()) : json.error().message, true);
        return;
    }
    say(tr("Exported to %1.").arg(path), false);
}

void TrainerConsole::loadTrainees()
{
    m_trainee->clear();
    auto trainees = m_training.trainees(m_trainer);
    if (!trainees)
        return;
    for (const User& u : trainees.value())
        m_trainee->addItem(QStringLiteral("%1 %2").arg(u.jobNumber, u.name), u.meta.id);
}

void TrainerConsole::loadOpenSessions()
{
    auto open = m_training.openSessions(m_trainer);
    if (!open)
        return;
    const QString current = m_sessionId;
    m_open->blockSignals(true);
    m_open->clear();
    for (const PracticeSessionRecord& r : open.value()) {
        QString trainee = r.traineeId;
        for (int i = 0; i < m_trainee->count(); ++i) {
            if (m_trainee->itemData(i).toString() == r.traineeId)
                trainee = m_trainee->itemText(i);
        }
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 · %2 (%3)")
                .arg(trainee, r.scenario.title, PracticeSessionRecord::stateLabel(r.state)),
            m_open);
        item->setData(Qt::UserRole, r.meta.id);
        if (r.meta.id == current)
            m_open->setCurrentItem(item);
    }
    m_open->blockSignals(false);
}

bool TrainerConsole::startSessionFor(const QString& traineeId)
{
    const QString key = m_sessionScenario->currentData().toString();
    const Scenario* chosen = nullptr;
    for (const Scenario& s : m_scenarios) {
        if (s.key == key)
            chosen = &s;
    }
    if (!chosen) {
        m_status->setText(tr("Choose a scenario first."));
        return false;
    }
    auto started = m_training.startSession(m_trainer, *chosen, traineeId);
    if (!started) {
        m_status->setText(started.error().message);
        return false;
    }
    watchSession(started->meta.id);
    loadOpenSessions();
    return true;
}

void TrainerConsole::watchSession(const QString& sessionId)
{
    m_sessionId = sessionId;
    m_lastSeq = 0;
    m_watch->clear();
    m_card->clear();
    m_trap->clear();
    auto r = m_training.session(m_trainer, sessionId);
    if (!r)
        return;
    for (const ScenarioTrap& t : r->scenario.traps)
        m_trap->addItem(QStringLiteral("%1 (%2)").arg(t.id, t.kind), t.id);
    m_watch->append(tr("<b>%1</b> — %2<br><i>Expected: %3 · KB: %4</i>")
                        .arg(r->scenario.title.toHtmlEscaped(),
                             r->scenario.personaDescription.toHtmlEscaped(), r->scenario.expected.category,
                             r->scenario.kbAnswer.toHtmlEscaped()));
    poll();
}

void TrainerConsole::poll()
{
    if (m_sessionId.isEmpty())
        return;
    auto fresh = m_training.events(m_trainer, m_sessionId, m_lastSeq);
    if (!fresh || fresh->isEmpty())
        return;
    for (const PracticeEvent& e : fresh.value()) {
        m_lastSeq = std::max(m_lastSeq, e.seq);
        const QString line = TranscriptFormat::html(e, true);
        if (!line.isEmpty())
            m_watch->append(line);
    }
    // The figures so far, the same way the scorer will read them.
    auto r = m_training.session(m_trainer, m_sessionId);
    auto all = m_training.events(m_trainer, m_sessionId);
    if (!r || !all)
        return;
    int ring = 0, ticks = 0, hits = 0;
    bool answered = false;
    for (const PracticeEvent& e : all.value()) {
        if (e.kind == PracticeEvent::Kind::Ring)
            ring = e.data.value(QStringLiteral("ring")).toInt();
        else if (e.kind == PracticeEvent::Kind::Answer) {
            ring = e.data.value(QStringLiteral("ring")).toInt();
            answered = true;
        } else if (e.kind == PracticeEvent::Kind::StepTicked)
            ++ticks;
        else if (e.kind == PracticeEvent::Kind::PhraseHit)
            ++hits;
    }
    m_status->setText(
        tr("%1 · %2 ring %3 · steps ticked %4 · banned phrases %5")
            .arg(PracticeSessionRecord::stateLabel(r->state), answered ? tr("answered at") : tr("ringing,"))
            .arg(ring)
            .arg(ticks)
            .arg(hits));
    if (r->scorecard)
        m_card->setHtml(TranscriptFormat::scorecardHtml(*r->scorecard));
    loadOpenSessions();
}

bool TrainerConsole::springTrap(const QString& trapId)
{
    if (Status s = m_training.springTrap(m_trainer, m_sessionId, trapId); !s) {
        m_status->setText(s.error().message);
        return false;
    }
    poll();
    return true;
}

bool TrainerConsole::callerSays(const QString& text)
{
    if (Status s = m_training.callerSays(m_trainer, m_sessionId, text); !s) {
        m_status->setText(s.error().message);
        return false;
    }
    poll();
    return true;
}

bool TrainerConsole::addRemark(const QString& text)
{
    if (Status s = m_training.remark(m_trainer, m_sessionId, text); !s) {
        m_status->setText(s.error().message);
        return false;
    }
    poll();
    return true;
}

bool TrainerConsole::endSession()
{
    auto card = m_training.finish(m_trainer, m_sessionId, QStringLiteral("trainer"));
    if (!card) {
        m_status->setText(card.error().message);
        return false;
    }
    poll();
    m_card->setHtml(TranscriptFormat::scorecardHtml(card.value()));
    return true;
}

void TrainerConsole::savePdf()
{
    auto r = m_training.session(m_trainer, m_sessionId);
    if (!r || !r->scorecard) {
        m_status->setText(tr("End the call first: the scorecard comes with the end."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save scorecard"),
                                                      QStringLiteral("scorecard-%1.pdf").arg(r->scenario.key),
                                                      tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString trainee = r->traineeId;
    for (int i = 0; i < m_trainee->count(); ++i) {
        if (m_trainee->itemData(i).toString() == r->traineeId)
            trainee = m_trainee->itemText(i);
    }
    const QString when = QLocale().toString(r->startedAt.toTimeZone(hotlineTimeZone()), QLocale::ShortFormat);
    if (Status s = ScorecardPdf::write(*r->scorecard, trainee, when, path); !s)
        m_status->setText(s.error().message);
    else
        m_status->setText(tr("Saved %1.").arg(path));
}

} // namespace threerings::ui
