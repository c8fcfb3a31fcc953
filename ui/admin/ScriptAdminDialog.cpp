#include "ui/admin/ScriptAdminDialog.h"

#include "core/db/Database.h"
#include "core/words/WordsService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace threerings::ui {

ScriptAdminDialog::ScriptAdminDialog(WordsService& words, Actor actor, QWidget* parent)
    : QDialog(parent), m_words(words), m_actor(std::move(actor)), m_tabs(new QTabWidget(this)),
      m_language(new QComboBox(this)), m_scriptList(new QListWidget(this)),
      m_scriptText(new QPlainTextEdit(this)), m_phraseText(new QPlainTextEdit(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Scripts and phrase lists"));
    m_language->setObjectName(QStringLiteral("adminLanguage"));
    m_language->addItem(tr("Chinese (zh_CN)"), QStringLiteral("zh_CN"));
    m_language->addItem(tr("English (en)"), QStringLiteral("en"));
    m_scriptList->setObjectName(QStringLiteral("scriptList"));
    m_scriptText->setObjectName(QStringLiteral("scriptJson"));
    m_phraseText->setObjectName(QStringLiteral("phraseJson"));
    m_error->setObjectName(QStringLiteral("adminError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    for (QPlainTextEdit* e : {m_scriptText, m_phraseText})
        e->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto* scriptPage = new QWidget(this);
    auto* scriptRow = new QHBoxLayout(scriptPage);
    m_scriptList->setMaximumWidth(200);
    scriptRow->addWidget(m_scriptList);
    scriptRow->addWidget(m_scriptText, 1);
    m_tabs->addTab(scriptPage, tr("Scripts"));
    m_tabs->addTab(m_phraseText, tr("Phrase list"));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Language:"), this));
    top->addWidget(m_language);
    top->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* applyButton = buttons->addButton(tr("Save"), QDialogButtonBox::ApplyRole);
    applyButton->setObjectName(QStringLiteral("adminSave"));
    auto* importButton = buttons->addButton(tr("Import file…"), QDialogButtonBox::ActionRole);
    auto* exportButton = buttons->addButton(tr("Export file…"), QDialogButtonBox::ActionRole);
    connect(applyButton, &QPushButton::clicked, this, &ScriptAdminDialog::apply);
    connect(importButton, &QPushButton::clicked, this, &ScriptAdminDialog::importFile);
    connect(exportButton, &QPushButton::clicked, this, &ScriptAdminDialog::exportFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ScriptAdminDialog::reload);

    auto* col = new QVBoxLayout(this);
    col->addLayout(top);
    col->addWidget(m_tabs, 1);
    col->addWidget(m_error);
    col->addWidget(buttons);
    resize(820, 560);
    reload();
}

bool ScriptAdminDialog::onScripts() const
{
    return m_tabs->currentIndex() == 0;
}

QString ScriptAdminDialog::errorText() const
{
    return m_error->text();
}

void ScriptAdminDialog::reload()
{
    const QString language = m_language->currentData().toString();
    m_error->clear();
    m_scriptList->clear();
    auto scripts = m_words.scripts(m_actor, language);
    if (scripts) {
        for (const Script& s : scripts.value())
            m_scriptList->addItem(tr("%1 — %2 (%n steps)", nullptr, int(s.steps.size())).arg(s.key, s.name));
        m_scriptText->setPlainText(QString::fromUtf8(Script::toJson(scripts.value())));
    } else {
        m_error->setText(scripts.error().message);
    }
    auto phrases = m_words.phraseList(m_actor, language);
    if (phrases)
        m_phraseText->setPlainText(QString::fromUtf8(phrases->toJson()));
    else
        m_error->setText(phrases.error().message);
}

bool ScriptAdminDialog::apply()
{
    const QString language = m_language->currentData().toString();
    Error error;
    bool ok = false;
    if (onScripts()) {
        auto r = m_words.importScripts(m_actor, m_scriptText->toPlainText().toUtf8());
        ok = r.ok();
        if (!ok)
            error = r.error();
    } else {
        auto r = m_words.importPhrases(m_actor, m_phraseText->toPlainText().toUtf8());
        ok = r.ok();
        if (!ok)
            error = r.error();
    }
    if (!ok) {
        m_error->setText(tr("Not saved: %1").arg(error.message));
        return false;
    }
    m_error->setText(tr("Saved for %1.").arg(language));
    return true;
}

void ScriptAdminDialog::importFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import JSON"), {}, tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    if (Status guard = Database::refuseOpenFile(path); !guard) {
        m_error->setText(guard.error().message);
        return;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_error->setText(tr("Cannot read %1: %2").arg(path, f.errorString()));
        return;
    }
    (onScripts() ? m_scriptText : m_phraseText)->setPlainText(QString::fromUtf8(f.readAll()));
    apply();
}

void ScriptAdminDialog::exportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export JSON"), {}, tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    if (Status guard = Database::refuseOpenFile(path); !guard) {
        m_error->setText(guard.error().message);
        return;
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write((onScripts() ? m_scriptText : m_phraseText)->toPlainText().toUtf8()) < 0) {
        m_error->setText(tr("Cannot write %1: %2").arg(path, f.errorString()));
        return;
    }
    m_error->setText(tr("Exported to %1.").arg(path));
}

} // namespace threerings::ui
