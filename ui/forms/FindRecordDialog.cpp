#include "ui/forms/FindRecordDialog.h"

#include "core/forms/RecordFinder.h"
#include "ui/forms/FormServices.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace threerings::ui {

namespace {
enum Column
{
    KindColumn,
    NumberColumn,
    WhoColumn,
    StateColumn,
    WhenColumn,
    SummaryColumn,
};
}

FindRecordDialog::FindRecordDialog(FormServices& services, QWidget* parent)
    : QDialog(parent), m_services(services)
{
    setObjectName(QStringLiteral("findRecordDialog"));
    setWindowTitle(tr("Go to a record"));
    auto* layout = new QVBoxLayout(this);
    auto* prompt =
        new QLabel(tr("&Number or phone (form, complaint or report number, or the caller's phone):"), this);
    prompt->setWordWrap(true);
    layout->addWidget(prompt);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("findRecordText"));
    m_text->setPlaceholderText(tr("20261204-1001-003, TS20261204-002 or 138 1234 5678"));
    m_text->setClearButtonEnabled(true);
    prompt->setBuddy(m_text);
    layout->addWidget(m_text);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("findRecordResults"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels(
        {tr("Record"), tr("Number"), tr("Customer"), tr("State"), tr("Date"), tr("Matter")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("findRecordMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("findRecordOpen"));
    m_open->setEnabled(false);
    layout->addWidget(buttons);

    // Enter in the field searches; Enter in the list (or the button) opens.
    m_open->setAutoDefault(false);
    connect(m_text, &QLineEdit::returnPressed, this, &FindRecordDialog::search);
    connect(m_list, &QTreeWidget::itemActivated, this, &FindRecordDialog::openCurrent);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current) { m_open->setEnabled(current); });
    connect(m_open, &QPushButton::clicked, this, &FindRecordDialog::openCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 420);
}

void FindRecordDialog::setText(const QString& text)
{
    m_text->setText(text);
}

void FindRecordDialog::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void FindRecordDialog::search()
{
    auto found = m_services.finder().find(m_services.actor(), m_text->text());
    if (!found) {
        m_list->clear();
        m_results.clear();
        m_message->setText(found.error().message);
        m_text->setFocus(Qt::OtherFocusReason);
        return;
    }
    showResults(*found);
    if (m_results.size() == 1) {
        openCurrent();
        return;
    }
    if (m_results.isEmpty())
        m_message->setText(tr("No form, consultation or complaint has the number or phone '%1'. Check the "
                              "digits, or type the start of the number to list its day.")
                               .arg(m_text->text().trimmed()));
    else
        m_message->setText(
            tr("%n record(s) found: choose one and press Enter.", nullptr, int(m_results.size())));
}

void FindRecordDialog::showResults(const QList<FoundRecord>& found)
{
    m_results = found;
    m_list->clear();
    const QTimeZone zone = m_services.calendar().timeZone();
    for (const FoundRecord& r : found) {
        auto* row = new QTreeWidgetItem(m_list);
        row->setText(KindColumn, RecordKinds::name(r.kind));
        row->setText(NumberColumn, r.reference);
        row->setText(WhoColumn, r.who);
        row->setText(StateColumn, RecordFinder::stateLabel(r));
        row->setText(WhenColumn, r.at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        const QString summary = r.summary.simplified();
        row->setText(SummaryColumn, summary.left(60));
        row->setToolTip(SummaryColumn, summary);
    }
    if (!found.isEmpty()) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
        m_list->setFocus(Qt::OtherFocusReason);
    }
}

void FindRecordDialog::openCurrent()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_results.size())
        return;
    Q_EMIT openRequested(m_results.at(row).kind, m_results.at(row).id);
    accept();
}

} // namespace threerings::ui
