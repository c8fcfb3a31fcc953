#pragma once

#include "core/model/Notification.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;

namespace threerings::ui {

class FormServices;

// The signed-in person's unread notifications (Inbox::unread), newest first, above My
// work: a form transferred to them or their department, a form reopened by a failed callback, a complaint
// forwarded to their department. Enter or a double-click marks one read and asks to open its record.
class NotificationsView : public QWidget
{
    Q_OBJECT

public:
    explicit NotificationsView(FormServices& services, QWidget* parent = nullptr);

    const QList<Notification>& items() const { return m_items; }
    QListWidget* list() const { return m_list; }
    // Marks the notification read and emits openRequested; false when it could not be marked.
    bool open(int row);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void openRequested(threerings::RecordKind recordKind, const QString& recordId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    FormServices& m_services;
    QLabel* m_summary = nullptr;
    QListWidget* m_list = nullptr;
    QList<Notification> m_items;
};

} // namespace threerings::ui
