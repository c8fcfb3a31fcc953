#pragma once

#include "core/forms/MyWork.h"

#include <QTimeZone>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;

namespace threerings::ui {

class FormServices;

// My work (issue 6): everything with a clock for the signed-in person (MyWork::forActor), grouped by kind
// with counts, soonest deadline first, with the time left in words; late lines in red. Mine by default for
// agents, the team's for supervisors; a search and "late only" narrow it. Refreshed every minute and after
// each save; Enter or a double-click opens the record.
class MyWorkView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RefreshMs = 60'000;

    explicit MyWorkView(FormServices& services, QWidget* parent = nullptr);

    const QList<WorkItem>& items() const { return m_items; }
    QTreeWidget* list() const { return m_list; }
    // The time left of an item as a person reads it: "45 min left", "2 h 10 min late", "late since 11-20
    // 17:30" (the year only when it is not `now`'s), "due 17:30" when no working time is left before it
    // (after hours). Times in the hotline's zone.
    static QString leftText(const WorkItem& item, const QDateTime& now, const QTimeZone& zone);

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
    void fill();
    WorkScope scope() const;

    FormServices& m_services;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_list = nullptr;
    QComboBox* m_scope = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_lateOnly = nullptr;
    QString m_scopeFor; // the person the scope's default was chosen for
    QTimer* m_timer = nullptr;
    QList<WorkItem> m_items;
};

} // namespace threerings::ui
