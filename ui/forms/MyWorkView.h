#pragma once

#include "core/forms/MyWork.h"

#include <QWidget>

class QLabel;
class QTimer;
class QTreeWidget;

namespace threerings::ui {

class FormServices;

// My work (issue 6): everything with a clock for the signed-in person (MyWork::forActor), soonest
// deadline first, with the working time left; late lines in red. Refreshed every minute and after
// each save; Enter or a double-click opens the record.
class MyWorkView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RefreshMs = 60'000;

    explicit MyWorkView(FormServices& services, QWidget* parent = nullptr);

    const QList<WorkItem>& items() const { return m_items; }
    QTreeWidget* list() const { return m_list; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void openRequested(const threerings::WorkItem& item);
    // After each refresh (the timer, a save): the notifications beside it refresh too.
    void refreshed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void openCurrent();

    FormServices& m_services;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_list = nullptr;
    QTimer* m_timer = nullptr;
    QList<WorkItem> m_items;
};

} // namespace threerings::ui
