#pragma once

#include "core/auth/Actor.h"
#include "core/calendar/BusinessCalendar.h"
#include "core/calendar/IcsCalendar.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QTimeEdit;

namespace threerings {
class CalendarService;
}

namespace threerings::ui {

// Admin ▸ Hotline set-up… ▸ Calendar: the business calendar every "working hours" and "working days" deadline
// counts in. The opening hours, lunch break, weekend days and time zone; and per year its holidays and
// swapped working days (调休), added by hand or imported from the State Council schedule as an .ics file
// (previewed, then written all at once). Every change is a CalendarService call, which checks ManageCalendar.
class CalendarPage : public QWidget
{
    Q_OBJECT

public:
    CalendarPage(CalendarService& calendar, const Actor& actor, int year, QWidget* parent = nullptr);

    // Reads the stored calendar again into the page.
    void reload();
    // The buttons' work, for the window and for tests.
    void saveHours();
    void showYear(int year);
    int year() const;
    // Adds the day in the day fields, or changes it when the calendar has it.
    void addOrChangeDay();
    void removeSelectedDay();
    void markYearKnown(bool known);
    // Reads `path` and shows what it holds per year; returns whether it can be written.
    bool previewIcs(const QString& path);
    // Writes the previewed days; returns whether they were written.
    bool importPreviewed();

    QString lastMessage() const;
    QString previewText() const;
    // The days shown for the year.
    int dayRows() const;
    bool showsEmptyHint() const;

private:
    QWidget* buildHours();
    QWidget* buildDays();
    void fillHours(const BusinessCalendar& cal);
    void fillYear();
    void dayChosen();
    void say(const Status& status, const QString& done);
    // The error's field (a calendar.* key, day, year) as the page labels it.
    QString fieldLabel(const QString& field) const;

    CalendarService& m_calendar;
    Actor m_actor;
    bool m_mayEdit = false;
    BusinessCalendar m_loaded;
    std::optional<IcsCalendar> m_preview;

    QComboBox* m_zone = nullptr;
    QTimeEdit* m_opens = nullptr;
    QTimeEdit* m_closes = nullptr;
    QTimeEdit* m_lunchStart = nullptr;
    QTimeEdit* m_lunchEnd = nullptr;
    QList<QCheckBox*> m_weekend; // Monday … Sunday
    QPushButton* m_saveHours = nullptr;

    QSpinBox* m_year = nullptr;
    QLabel* m_yearState = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableWidget* m_days = nullptr;
    QLabel* m_empty = nullptr;
    QDateEdit* m_day = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_name = nullptr;
    QPushButton* m_addDay = nullptr;
    QPushButton* m_removeDay = nullptr;
    QLineEdit* m_source = nullptr;
    QPushButton* m_known = nullptr;
    QPushButton* m_importIcs = nullptr;
    QLabel* m_previewLabel = nullptr;
    QPushButton* m_writePreview = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace threerings::ui
