#include "ui/forms/MyWorkView.h"

#include "core/util/Clock.h"
#include "ui/forms/FormServices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
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
    auto* filters = new QHBoxLayout;
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("myWorkScope"));
    m_scope->addItem(tr("Mine"), int(WorkScope::Mine));
    m_scope->addItem(tr("The team's"), int(WorkScope::Team));
    m_scope->setToolTip(tr("Mine: the forms you took, your callbacks, what waits for you. The team's: every "
                           "open callback, and for supervisors every late form."));
    connect(m_scope, &QComboBox::activated, this, &MyWorkView::refresh);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("myWorkSearch"));
    m_search->setPlaceholderText(tr("Find a number, name or phone"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &MyWorkView::fill);
    m_lateOnly = new QCheckBox(tr("&Late only"), this);
    m_lateOnly->setObjectName(QStringLiteral("myWorkLateOnly"));
    connect(m_lateOnly, &QCheckBox::toggled, this, &MyWorkView::fill);
    filters->addWidget(m_scope);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_lateOnly);
    layout->addLayout(filters);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("myWorkSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("myWorkList"));
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

WorkScope MyWorkView::scope() const
{
    return WorkScope(m_scope->currentData().toInt());
}

QString MyWorkView::leftText(const WorkItem& item, const QDateTime& now, const QTimeZone& zone)
{
    const qint64 m = item.minutesLeft < 0 ? -item.minutesLeft : item.minutesLeft;
    const bool late = item.late();
    const QDateTime due = item.dueAt.toTimeZone(zone);
    const QDateTime here = now.toTimeZone(zone);
    const QString at =
        due.toString(due.date() == here.date()                 ? QStringLiteral("HH:mm")
                     : due.date().year() == here.date().year() ? QStringLiteral("MM-dd HH:mm")
                                                               : QStringLiteral("yyyy-MM-dd HH:mm"));
    if (m == 0)
        return tr("due %1").arg(at);
    if (m < 60)
        return late ? tr("%n min late", nullptr, int(m)) : tr("%n min left", nullptr, int(m));
    if (m < 8 * 60)
        return (late ? tr("%1 h %2 min late") : tr("%1 h %2 min left")).arg(m / 60).arg(m % 60);
    return late ? tr("late since %1").arg(at) : tr("due %1").arg(at);
}

void MyWorkView::refresh()
{
    // Agents start on their own work, supervisors on the team's; a choice holds until the person changes.
    const Actor& actor = m_services.actor();
    if (m_scopeFor != actor.userId) {
        m_scopeFor = actor.userId;
        const bool team = actor.hasRole(Role::Supervisor);
        m_scope->setCurrentIndex(m_scope->findData(int(team ? WorkScope::Team : WorkScope::Mine)));
    }
    auto items = m_services.myWork().forActor(actor, scope());
    if (!items) {
        m_items.clear();
        m_list->clear();
        m_list->hide();
        m_summary->setText(items.error().message);
        Q_EMIT refreshed();
        return;
    }
    m_items = *items;
    std::stable_sort(m_items.begin(), m_items.end(),
                     [](const WorkItem& a, const WorkItem& b) { return a.dueAt < b.dueAt; });
    fill();
    Q_EMIT refreshed();
}

void MyWorkView::fill()
{
    const QString wanted = m_search->text().trimmed();
    const QTimeZone zone = m_services.calendar().timeZone();
    QMap<int, QTreeWidgetItem*> groups;
    QMap<int, std::pair<int, int>> counts; // kind → shown, late
    // The line the person is on stays current through a refresh.
    QString currentId;
    if (QTreeWidgetItem* current = m_list->currentItem())
        currentId = current->data(1, Qt::UserRole).toString();
    QTreeWidgetItem* keep = nullptr;
    m_list->clear();
    int shown = 0, late = 0;
    for (int i = 0; i < m_items.size(); ++i) {
        const WorkItem& w = m_items.at(i);
        if (m_lateOnly->isChecked() && !w.late())
            continue;
        if (!wanted.isEmpty() && !w.reference.contains(wanted, Qt::CaseInsensitive) &&
            !w.title.contains(wanted, Qt::CaseInsensitive))
            continue;
        const int kind = int(w.kind);
        QTreeWidgetItem*& group = groups[kind];
        if (!group) {
            group = new QTreeWidgetItem(m_list);
            group->setData(0, Qt::UserRole, -1);
            group->setFirstColumnSpanned(true);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
        }
        auto* row = new QTreeWidgetItem(group);
        row->setText(0, leftText(w, m_services.clock().now(), zone));
        row->setText(1, w.reference);
        row->setText(2, w.title);
        row->setData(0, Qt::UserRole, i);
        row->setData(1, Qt::UserRole, w.recordId);
        if (!currentId.isEmpty() && w.recordId == currentId)
            keep = row;
        QString tip = WorkItem::kindLabel(w.kind) + QStringLiteral(". ") + w.prompt;
        if (w.dueAt.isValid())
            tip = tr("%1. Due %2. %3")
                      .arg(WorkItem::kindLabel(w.kind),
                           w.dueAt.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")), w.prompt);
        if (w.notBefore.isValid() && w.notBefore > m_services.clock().now())
            tip += QLatin1Char(' ') +
                   tr("Not before %1.").arg(w.notBefore.toTimeZone(zone).toString(QStringLiteral("HH:mm")));
        // The whole line in the tip: a narrow dock elides the "What" column.
        for (int c = 0; c < 3; ++c)
            row->setToolTip(c, w.title + QLatin1Char('\n') + tip);
        ++counts[kind].first;
        ++shown;
        if (w.late()) {
            ++late;
            ++counts[kind].second;
            for (int c = 0; c < 3; ++c)
                row->setForeground(c, QColor(0xb0, 0x00, 0x20));
        }
    }
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        const auto [n, lateInGroup] = counts.value(it.key());
        it.value()->setText(0, tr("%1 — %2, %3 late")
                                   .arg(WorkItem::kindLabel(WorkItem::Kind(it.key())))
                                   .arg(n)
                                   .arg(lateInGroup));
        // A long group starts folded so the others stay in sight; Enter or a click unfolds it.
        it.value()->setExpanded(groups.size() == 1 || n <= 20);
    }
    // An empty list says what comes here rather than showing an empty table.
    m_list->setVisible(shown > 0);
    if (m_items.isEmpty())
        m_summary->setText(
            tr("Nothing with a clock on it. The forms you take on calls, the forms transferred to you and "
               "the callbacks due show here with the time they have left."));
    else if (shown == 0)
        m_summary->setText(tr("Nothing matches; clear the search or Late only to see all %n item(s).",
                              nullptr, int(m_items.size())));
    else
        m_summary->setText(tr("%n item(s), %1 late. Enter opens one.", nullptr, shown).arg(late));
    if (keep && (!keep->parent() || keep->parent()->isExpanded())) {
        m_list->setCurrentItem(keep);
        return;
    }
    for (QTreeWidgetItem* group : groups)
        if (group->isExpanded() && group->childCount() > 0) {
            m_list->setCurrentItem(group->child(0));
            break;
        }
}

void MyWorkView::openCurrent()
{
    QTreeWidgetItem* row = m_list->currentItem();
    if (!row)
        return;
    const int i = row->data(0, Qt::UserRole).toInt();
    if (i < 0) {
        row->setExpanded(!row->isExpanded());
        return;
    }
    if (i < m_items.size())
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
