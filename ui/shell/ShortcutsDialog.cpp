#include "ui/shell/ShortcutsDialog.h"

#include "ui/shell/ShortcutTable.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace threerings::ui {

ShortcutsDialog::ShortcutsDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto* table = new QTableWidget(this);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    for (ShortcutGroup g :
         {ShortcutGroup::Call, ShortcutGroup::Words, ShortcutGroup::Forms, ShortcutGroup::Console}) {
        int row = table->rowCount();
        table->insertRow(row);
        auto* heading = new QTableWidgetItem(shortcutGroupName(g));
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        heading->setData(Qt::UserRole, QStringLiteral("group"));
        table->setItem(row, 0, heading);
        table->setSpan(row, 0, 1, 2);
        for (const ShortcutEntry& e : shortcutTable()) {
            if (e.group != g)
                continue;
            row = table->rowCount();
            table->insertRow(row);
            auto* text = new QTableWidgetItem(e.text());
            text->setData(Qt::UserRole, QString::fromLatin1(e.name));
            table->setItem(row, 0, text);
            table->setItem(row, 1, new QTableWidgetItem(e.keysText()));
        }
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* col = new QVBoxLayout(this);
    col->addWidget(table);
    col->addWidget(buttons);
    resize(560, 620);
}

} // namespace threerings::ui
