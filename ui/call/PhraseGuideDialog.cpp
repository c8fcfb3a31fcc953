#include "ui/call/PhraseGuideDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace threerings::ui {

PhraseGuideDialog::PhraseGuideDialog(const PhraseList& list, QWidget* parent)
    : QDialog(parent), m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Standard phrases"));
    auto makeList = [this](const QString& name) {
        auto* w = new QListWidget(this);
        w->setObjectName(name);
        w->setWordWrap(true);
        QFont f = w->font();
        f.setPointSizeF(f.pointSizeF() * 1.3); // read aloud from the screen
        w->setFont(f);
        connect(w, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
            const QString text = item->data(Qt::UserRole).toString();
            QApplication::clipboard()->setText(text);
            emit phraseChosen(text);
        });
        return w;
    };
    auto* standard = makeList(QStringLiteral("standardPhrases"));
    for (const QString& s : list.standard) {
        auto* item = new QListWidgetItem(s, standard);
        item->setData(Qt::UserRole, s);
    }
    auto* order = makeList(QStringLiteral("complaintOrder"));
    for (int i = 0; i < list.complaintOrder.size(); ++i) {
        const ComplaintStep& s = list.complaintOrder[i];
        auto* item =
            new QListWidgetItem(QStringLiteral("%1. %2 — %3").arg(i + 1).arg(s.step, s.detail), order);
        item->setData(Qt::UserRole, s.step);
    }
    auto* banned = makeList(QStringLiteral("bannedPhrases"));
    for (const BannedPhrase& p : list.banned) {
        auto* item = new QListWidgetItem(tr("✗ %1\n→ %2").arg(p.phrase, p.suggestion), banned);
        item->setData(Qt::UserRole, p.suggestion);
    }
    m_tabs->addTab(standard, tr("Standard phrases"));
    m_tabs->addTab(order, tr("Complaint order"));
    m_tabs->addTab(banned, tr("Banned phrases"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* col = new QVBoxLayout(this);
    col->addWidget(m_tabs);
    col->addWidget(buttons);
    resize(560, 480);
}

void PhraseGuideDialog::showComplaintOrder()
{
    m_tabs->setCurrentIndex(1);
}

} // namespace threerings::ui
