#include "ui/forms/MyWorkView.h"

#include "core/util/Clock.h"
#include "ui/forms/FormServices.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace threerings::ui {

MyWorkView::MyWorkView(FormServices& services, QWidget* parent) : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("myWorkView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("myWorkSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("myWorkList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Left"), tr("Record"), tr("What")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->installEventFilter(this);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { openCurrent(); });
    layout->addWidget(m_list, 1);

    m_timer = new QTimer(this);
    m_timer->setInterval(RefreshMs);
    connect(m_timer, &QTimer::timeout, this, &MyWorkView::refresh);
    m_timer->start();
}

void MyWorkView::refresh()
{
    auto items = m_services.myWork().forActor(m_services.actor());
    m_list->clear();
    if (!items) {
        m_items.clear();
        m_summary->setText(items.error().message);
        Q_EMIT refreshed();
        return;
    }
    m_items = *items;
    std::stable_sort(m_items.begin(), m_items.end(),
                     [](const WorkItem& a, const WorkItem& b) { return a.dueAt < b.dueAt; });
    int late = 0;
    for (int i = 0; i < m_items.size(); ++i) {
        const WorkItem& w = m_items.at(i);
        auto* row = new QTreeWidgetItem(m_list);
        row->setText(0, WorkItem::formatLeft(w.minutesLeft));
        row->setText(1, w.reference);
        row->setText(2, w.title);
        row->setData(0, Qt::UserRole, i);
        QString tip = WorkItem::kindLabel(w.kind) + QStringLiteral(". ") + w.prompt;
        if (w.dueAt.isValid())
            tip = tr("%1. Due %2. %3")
                      .arg(WorkItem::kindLabel(w.kind),
                           w.dueAt.toTimeZone(m_services.calendar().timeZone())
                               .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                           w.prompt);
        if (w.notBefore.isValid() && w.notBefore > m_services.clock().now())
            tip += QLatin1Char(' ') +
                   tr("Not before %1.").arg(w.notBefore.toLocalTime().toString(QStringLiteral("HH:mm")));
        for (int c = 0; c < 3; ++c)
            row->setToolTip(c, tip);
        if (w.late()) {
            ++late;
            for (int c = 0; c < 3; ++c)
                row->setForeground(c, QColor(0xb0, 0x00, 0x20));
        }
    }
    // An empty list says what comes here rather than showing an empty table.
    m_list->setVisible(!m_items.isEmpty());
    m_summary->setText(
        m_items.isEmpty()
            ? tr("Nothing with a clock on it. The forms you take on calls, the forms transferred to you and "
                 "the callbacks due show here with the time they have left.")
            : tr("%n item(s), %1 late. Enter opens one.", nullptr, int(m_items.size())).arg(late));
    if (m_list->topLevelItemCount() > 0 && !m_list->currentItem())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    Q_EMIT refreshed();
}

void MyWorkView::openCurrent()
{
    QTreeWidgetItem* row = m_list->currentItem();
    if (!row)
        return;
    const int i = row->data(0, Qt::UserRole).toInt();
    if (i >= 0 && i < m_items.size())
        Q_EMIT openRequested(m_items.at(i));
}

bool MyWorkView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace threerings::ui
