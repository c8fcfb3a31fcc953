#include "ui/forms/NotificationsView.h"

#include "ui/forms/FormServices.h"

#include <QDateTime>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace threerings::ui {

NotificationsView::NotificationsView(FormServices& services, QWidget* parent)
    : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("notificationsView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("notificationsSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("notificationsList"));
    m_list->setAlternatingRowColors(true);
    m_list->setMaximumHeight(120);
    m_list->installEventFilter(this);
    m_list->setAccessibleName(tr("Notifications"));
    connect(m_list, &QListWidget::itemActivated, this, [this] { (void)open(m_list->currentRow()); });
    layout->addWidget(m_list);
}

void NotificationsView::refresh()
{
    m_list->clear();
    m_items.clear();
    const Actor actor = m_services.actor();
    if (actor.isNobody()) {
        m_summary->setText(tr("Notifications: none."));
        m_list->hide();
        return;
    }
    auto unread = m_services.inbox().unread(actor);
    if (!unread) {
        m_summary->setText(unread.error().message);
        m_list->hide();
        return;
    }
    m_items = *unread;
    for (const Notification& n : std::as_const(m_items)) {
        const QString when = QDateTime::fromMSecsSinceEpoch(n.meta.createdAt, QTimeZone::utc())
                                 .toTimeZone(m_services.calendar().timeZone())
                                 .toString(QStringLiteral("MM-dd HH:mm"));
        auto* row = new QListWidgetItem(QStringLiteral("%1  %2").arg(when, n.message), m_list);
        row->setToolTip(n.message);
    }
    m_list->setVisible(!m_items.isEmpty());
    m_summary->setText(m_items.isEmpty()
                           ? tr("Notifications: none.")
                           : tr("%n unread notification(s). Enter opens one.", nullptr, int(m_items.size())));
    if (!m_items.isEmpty())
        m_list->setCurrentRow(0);
}

bool NotificationsView::open(int row)
{
    if (row < 0 || row >= m_items.size())
        return false;
    const Notification n = m_items.at(row);
    auto read = m_services.inbox().markRead(m_services.actor(), n.meta.id);
    if (!read) {
        m_summary->setText(read.error().message);
        return false;
    }
    refresh();
    if (n.recordKind == RecordKind::Unknown) {
        m_summary->setText(tr("This notification points at a kind of record this console does not know; "
                              "open it on a console of the newer version."));
        return true;
    }
    Q_EMIT openRequested(n.recordKind, n.recordId);
    return true;
}

bool NotificationsView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            (void)open(m_list->currentRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace threerings::ui
