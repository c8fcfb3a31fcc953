#include "ui/call/KnowledgeSearchDialog.h"

#include "core/words/WordsService.h"
#include "ui/shell/ShortcutTable.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace threerings::ui {

KnowledgeSearchDialog::KnowledgeSearchDialog(WordsService& words, std::function<Actor()> actor,
                                             QWidget* parent)
    : QDialog(parent), m_words(words), m_actor(std::move(actor)), m_query(new QLineEdit(this)),
      m_kind(new QComboBox(this)), m_list(new QListWidget(this)), m_detail(new QTextBrowser(this)),
      m_status(new QLabel(this)), m_debounce(new QTimer(this))
{
    setWindowTitle(tr("Knowledge base"));
    m_query->setObjectName(QStringLiteral("kbQuery"));
    m_query->setPlaceholderText(tr("Type any part of a fault, department or product…"));
    m_query->setClearButtonEnabled(true);
    m_kind->setObjectName(QStringLiteral("kbKind"));
    m_kind->addItem(tr("Everything"), QString());
    m_kind->addItem(tr("Solutions"), QStringLiteral("solution"));
    m_kind->addItem(tr("Directory"), QStringLiteral("directory"));
    m_kind->addItem(tr("Price list"), QStringLiteral("price"));
    m_list->setObjectName(QStringLiteral("kbResults"));
    m_detail->setObjectName(QStringLiteral("kbAnswer"));
    m_status->setObjectName(QStringLiteral("kbStatus"));

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_debounce, &QTimer::timeout, this, &KnowledgeSearchDialog::searchNow);
    connect(m_query, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &KnowledgeSearchDialog::searchNow);
    connect(m_list, &QListWidget::currentRowChanged, this, &KnowledgeSearchDialog::showCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &KnowledgeSearchDialog::copyCurrent);

    auto* copy = new QPushButton(tr("Copy answer (Ctrl+Return)"), this);
    copy->setObjectName(QStringLiteral("kbCopy"));
    connect(copy, &QPushButton::clicked, this, &KnowledgeSearchDialog::copyCurrent);
    auto* copyKey = new QShortcut(shortcut(ShortcutId::KnowledgeCopy).keys.constFirst(), this);
    tagShortcut(copyKey, ShortcutId::KnowledgeCopy);
    connect(copyKey, &QShortcut::activated, this, &KnowledgeSearchDialog::copyCurrent);
    // Down from the search field walks the results without leaving the keyboard.
    auto* down = new QShortcut(QKeySequence(Qt::Key_Down), m_query, nullptr, nullptr, Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this,
            [this] { m_list->setCurrentRow(std::min(m_list->currentRow() + 1, m_list->count() - 1)); });

    auto* top = new QHBoxLayout;
    top->addWidget(m_query, 1);
    top->addWidget(m_kind);
    auto* split = new QSplitter(this);
    split->addWidget(m_list);
    split->addWidget(m_detail);
    split->setStretchFactor(1, 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(copy, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* col = new QVBoxLayout(this);
    col->addLayout(top);
    col->addWidget(split, 1);
    col->addWidget(m_status);
    col->addWidget(buttons);
    resize(720, 460);
    searchNow();
}

void KnowledgeSearchDialog::setQuery(const QString& text)
{
    m_query->setText(text);
    searchNow();
}

void KnowledgeSearchDialog::searchNow()
{
    m_debounce->stop();
    auto found = m_words.searchKnowledge(m_actor ? m_actor() : Actor{}, m_query->text().trimmed(), 50,
                                         m_kind->currentData().toString());
    m_list->clear();
    m_results.clear();
    if (!found) {
        m_status->setText(found.error().message);
        showCurrent();
        return;
    }
    m_results = found.value();
    for (const KbEntry& e : m_results)
        m_list->addItem(e.title);
    if (m_results.isEmpty() && m_query->text().trimmed().isEmpty())
        m_status->setText(tr("The knowledge base is empty. Admins write its entries in Admin ▸ Hotline "
                             "set-up ▸ Knowledge, or import them."));
    else
        m_status->setText(m_results.isEmpty() ? tr("Nothing found; try fewer characters.")
                                              : tr("%n entries", nullptr, int(m_results.size())));
    if (!m_results.isEmpty())
        m_list->setCurrentRow(0);
    showCurrent();
}

void KnowledgeSearchDialog::showCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_results.size()) {
        m_detail->clear();
        return;
    }
    const KbEntry& e = m_results[row];
    m_detail->setPlainText(
        e.title + QStringLiteral("\n\n") + e.body +
        (e.tags.isEmpty() ? QString() : QStringLiteral("\n\n") + tr("Tags: %1").arg(e.tags)));
}

void KnowledgeSearchDialog::copyCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_results.size())
        return;
    const QString answer = m_results[row].answerText();
    QApplication::clipboard()->setText(answer);
    m_status->setText(tr("Copied: %1").arg(m_results[row].title));
    emit answerChosen(answer);
}

} // namespace threerings::ui
