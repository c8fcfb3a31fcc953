#pragma once

#include "core/auth/Actor.h"
#include "core/calendar/BusinessCalendar.h"
#include "core/report/Report.h"
#include "core/report/ReportPeriod.h"
#include "core/util/Result.h"

#include <QWidget>
#include <optional>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabBar;
class QTabWidget;

namespace threerings {
class CalendarService;
class Clock;
class Database;
} // namespace threerings

namespace threerings::ui {

class ReportJob;

// The supervisor's desk (issue 7): one tab per sheet (daily callback sheet, call tally, service level,
// deadlines, complaint rate, ratings, weekly summary), the day/week/month/quarter it covers, the
// sheet's tables and a chart where a trend reads better, export to CSV, Excel and PDF, printing and
// the technical manager's sign-off. Sheets are computed by a ReportJob on a worker thread, with a
// progress bar; the window stays responsive meanwhile.
class SupervisorDesk : public QWidget
{
    Q_OBJECT

public:
    // The sheets count in the business calendar `calendar` holds, read as `actor`.
    SupervisorDesk(Database& db, const Clock& clock, const CalendarService& calendar, Actor actor,
                   QWidget* parent = nullptr);
    ~SupervisorDesk() override;

    // Selects the sheet's tab and computes it for the chosen period.
    void showSheet(const QString& kind);
    void setPeriod(ReportPeriod::Kind kind, const QDate& day);
    // "day", "week", "month" or "quarter" (the date stays); anything else leaves the period as it is.
    void setPeriodKind(const QString& name);
    QString currentKind() const;
    const std::optional<Report>& report() const { return m_report; }
    bool busy() const;
    // Writes the shown sheet: format csv, json, xlsx or pdf.
    Status exportTo(const QString& format, const QString& path) const;
    ReportJob* job() const { return m_job; }
    const Actor& actor() const { return m_actor; }

signals:
    void sheetShown(const QString& kind);
    void sheetFailed(const QString& message);

private:
    void refresh();
    void updatePeriodChoices();
    ReportPeriod period() const;
    void showReport(const Report& report);
    void showChart(const Report& report);
    void exportAs(const QString& format);
    void print();
    void signOff();
    // Asks whether to sign a sheet with callbacks still open (`message` names them); tests answer through
    // setOpenSignOffAnswer.
    bool confirmOpenSignOff(const QString& message);

public:
    // For tests: the answer to the open-callbacks question (unset: ask).
    void setOpenSignOffAnswer(std::optional<bool> answer) { m_openSignOffAnswer = answer; }
    // The question asked last, for tests.
    const QString& lastOpenSignOffQuestion() const { return m_openSignOffQuestion; }

private:
    std::optional<bool> m_openSignOffAnswer;
    QString m_openSignOffQuestion;

    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
    BusinessCalendar m_calendar;
    ReportJob* m_job = nullptr;
    std::optional<Report> m_report;
    bool m_busy = false;

    QTabBar* m_sheets = nullptr;
    QComboBox* m_periodKind = nullptr;
    QDateEdit* m_date = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_csv = nullptr;
    QPushButton* m_xlsx = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_signOff = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_footer = nullptr;
    QTabWidget* m_tables = nullptr;
    QChartView* m_chart = nullptr;
};

} // namespace threerings::ui
