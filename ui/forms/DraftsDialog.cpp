#include "ui/forms/DraftsDialog.h"

#include "core/util/HotlineTime.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace threerings::ui {

DraftsDialog::DraftsDialog(const QList<Draft>& drafts, QWidget* parent) : QDialog(parent), m_drafts(drafts)
{
    setObjectName(QStringLiteral("draftsDialog"));
    setWindowTitle(tr("Unsaved typing"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("These forms were being typed when the console last closed. The ticked ones "
                                "open again with their text; the others are thrown away."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("draftList"));
    for (const Draft& d : m_drafts) {
        auto* item = new QListWidgetItem(describe(d), m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    layout->addWidget(m_list);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("&Restore the ticked"), QDialogButtonBox::AcceptRole)->setDefault(true);
    buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 300);
}

QString DraftsDialog::describe(const Draft& d)
{
    QString what = RecordKinds::name(d.kind);
    if (d.recordId.isEmpty())
        what = tr("%1 (new)").arg(what);
    // A few words of what was typed, so the agent recognises it.
    QString sample;
    for (auto it = d.fields.begin(); it != d.fields.end() && sample.size() < 40; ++it)
        if (it.value().isString() && it.value().toString().size() > 3)
            sample += it.value().toString().left(40) + QLatin1Char(' ');
    return tr("%1 · typed %2 · %3")
        .arg(what, d.savedAt.toTimeZone(hotlineTimeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             sample.trimmed());
}

QList<Draft> DraftsDialog::chosen() const
{
    QList<Draft> out;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_drafts.at(i);
    return out;
}

QList<Draft> DraftsDialog::dropped() const
{
    QList<Draft> out;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() != Qt::Checked)
            out << m_drafts.at(i);
    return out;
}

} // namespace threerings::ui
