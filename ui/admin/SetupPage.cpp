#include "ui/admin/SetupPage.h"

#include "core/auth/Permissions.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace threerings::ui {

SetupPage::SetupPage(const Actor& actor, const QString& name, QWidget* parent)
    : QWidget(parent), m_actor(actor)
{
    setObjectName(name);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search by any part of a name or code"));
    m_search->setClearButtonEnabled(true);
    top->addWidget(m_search, 1);
    m_retired = new QCheckBox(tr("Show retired"), this);
    m_retired->setObjectName(QStringLiteral("showRetired"));
    top->addWidget(m_retired);
    layout->addLayout(top);

    auto* split = new QSplitter(this);
    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, 0, left);
    m_table->setObjectName(QStringLiteral("list"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    leftLayout->addWidget(m_table, 1);
    m_empty = new QLabel(left);
    m_empty->setObjectName(QStringLiteral("emptyText"));
    m_empty->setWordWrap(true);
    leftLayout->addWidget(m_empty);
    auto* right = new QWidget(split);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_form = new QFormLayout;
    rightLayout->addLayout(m_form);
    auto* buttons = new QHBoxLayout;
    m_buttons = buttons;
    const auto button = [&](const QString& text, const char* objectName) {
        auto* b = new QPushButton(text, right);
        b->setObjectName(QString::fromLatin1(objectName));
        buttons->addWidget(b);
        return b;
    };
    m_new = button(tr("&New"), "new");
    m_save = button(tr("&Save"), "save");
    m_retire = button(tr("&Retire"), "retire");
    m_restore = button(tr("Rest&ore"), "restore");
    rightLayout->addLayout(buttons);
    m_side = new QVBoxLayout;
    rightLayout->addLayout(m_side, 1);
    rightLayout->addStretch(0);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_search, &QLineEdit::textChanged, this, &SetupPage::reload);
    connect(m_retired, &QCheckBox::toggled, this, &SetupPage::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_editingNew = false;
        load(current());
        updateButtons();
    });
    connect(m_new, &QPushButton::clicked, this, &SetupPage::startNew);
    connect(m_save, &QPushButton::clicked, this, &SetupPage::save);
    connect(m_retire, &QPushButton::clicked, this, [this] { setActive(false); });
    connect(m_restore, &QPushButton::clicked, this, [this] { setActive(true); });
}

void SetupPage::setRetirable(bool retirable)
{
    m_retirable = retirable;
    m_retire->setVisible(retirable);
    m_restore->setVisible(retirable);
    m_retired->setVisible(retirable);
}

void SetupPage::setSearchHint(const QString& hint)
{
    m_search->setPlaceholderText(hint);
}

QString SetupPage::stateLabel(bool active)
{
    return active ? tr("in use") : tr("retired");
}

bool SetupPage::mayEdit() const
{
    return Permissions::allows(m_actor, m_manage);
}

QString SetupPage::lastMessage() const
{
    return m_message->text();
}

int SetupPage::rowCount() const
{
    return m_table->rowCount();
}

int SetupPage::current() const
{
    const auto rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

bool SetupPage::select(const QString& key)
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).value(0) == key) {
            m_table->selectRow(r);
            return true;
        }
    return false;
}

void SetupPage::reload()
{
    const QString selected = current() >= 0 ? m_rows.value(current()).value(0) : QString();
    auto rows = this->rows(m_search->text(), m_retired->isChecked());
    m_rows = rows ? rows.value() : QList<QStringList>();
    if (!rows)
        m_message->setText(rows.error().message);
    const QStringList head = headers();
    QSignalBlocker block(m_table);
    m_table->clear();
    m_table->setColumnCount(int(head.size()));
    m_table->setHorizontalHeaderLabels(head);
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r)
        for (int c = 0; c < head.size(); ++c) {
            auto* item = new QTableWidgetItem(m_rows.at(r).value(c));
            if (m_retirable && m_rows.at(r).constLast() == stateLabel(false))
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(r, c, item);
        }
    m_table->resizeColumnsToContents();
    const bool empty = m_rows.isEmpty();
    m_empty->setVisible(empty);
    m_empty->setText(m_search->text().trimmed().isEmpty()
                         ? emptyText()
                         : tr("Nothing matches the search; change or clear it."));
    block.unblock();
    if (!selected.isEmpty() && select(selected))
        return;
    load(-1);
    updateButtons();
}

void SetupPage::startNew()
{
    {
        QSignalBlocker block(m_table);
        m_table->clearSelection();
    }
    m_editingNew = true;
    load(-1);
    updateButtons();
    if (m_form->rowCount() > 0)
        if (QLayoutItem* first = m_form->itemAt(0, QFormLayout::FieldRole); first && first->widget())
            first->widget()->setFocus();
}

void SetupPage::save()
{
    auto key = store();
    if (!key) {
        show(key.error(), {});
        return;
    }
    m_editingNew = false;
    m_search->clear(); // the saved record is in the list
    reload();
    select(*key);
    show({}, tr("%1 is saved.").arg(*key));
}

void SetupPage::setActive(bool active)
{
    const int index = current();
    if (index < 0)
        return;
    const QString key = m_rows.value(index).value(0);
    const Status s = storeActive(index, active);
    if (s && !active)
        m_retired->setChecked(true); // keep the retired record in sight
    reload();
    select(key);
    show(s, active ? tr("%1 is in use again.").arg(key)
                   : tr("%1 is retired: kept on every record that names it, "
                        "offered no more.")
                         .arg(key));
}

void SetupPage::show(const Status& status, const QString& done)
{
    m_message->setText(status ? done : status.error().message);
}

void SetupPage::updateButtons()
{
    const int index = current();
    const bool edit = mayEdit();
    const bool retired = index >= 0 && m_rows.value(index).constLast() == stateLabel(false);
    m_new->setEnabled(edit);
    m_save->setEnabled(edit && (index >= 0 || m_editingNew));
    m_retire->setEnabled(edit && index >= 0 && !retired);
    m_restore->setEnabled(edit && retired);
}

} // namespace threerings::ui
