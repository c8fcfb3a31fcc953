#include "ui/report/SupervisorDesk.h"

#include "core/auth/Permissions.h"
#include "core/calendar/CalendarService.h"
#include "core/db/Database.h"
#include "core/report/ReportWriter.h"
#include "core/report/Reports.h"
#include "core/util/Clock.h"
#include "core/util/OwnerOnly.h"
#include "ui/report/ReportJob.h"
#include "ui/report/ReportPainter.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace threerings::ui {

namespace {

QString shortTitle(const QString& kind)
{
    if (kind == QLatin1String("daily-callbacks"))
        return SupervisorDesk::tr("Daily callbacks");
    if (kind == QLatin1String("tally"))
        return SupervisorDesk::tr("Call tally");
    if (kind == QLatin1String("service-level"))
        return SupervisorDesk::tr("Service level");
    if (kind == QLatin1String("deadlines"))
        return SupervisorDesk::tr("Deadlines");
    if (kind == QLatin1String("complaint-rate"))
        return SupervisorDesk::tr("Complaint rate");
    if (kind == QLatin1String("ratings"))
        return SupervisorDesk::tr("Ratings");
    return SupervisorDesk::tr("Weekly summary");
}

QTableView* tableOf(const ReportSection& s, QWidget* parent)
{
    auto* model = new QStandardItemModel(int(s.rows.size()), int(s.columns.size()), parent);
    for (int c = 0; c < s.columns.size(); ++c)
        model->setHeaderData(c, Qt::Horizontal, s.columns.at(c).heading);
    for (int r = 0; r < s.rows.size(); ++r) {
        const bool total = s.totalRows.contains(r);
        for (int c = 0; c < s.columns.size(); ++c) {
            const ReportColumn& col = s.columns.at(c);
            auto* item = new QStandardItem(formatCell(col, s.rows.at(r).value(c)));
            item->setEditable(false);
            if (col.type == ReportColumn::Type::Tally)
                item->setToolTip(item->text());
            if (col.type != ReportColumn::Type::Text && col.type != ReportColumn::Type::Date)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (total) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            model->setItem(r, c, item);
        }
    }
    auto* view = new QTableView(parent);
    view->setModel(model);
    model->setParent(view);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    // A week's tally runs to hundreds of 正: the column keeps a readable width and the marks are elided on
    // the left, so the count at the end stays in sight (the whole row of marks is in the tooltip).
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideLeft);
    view->resizeColumnsToContents();
    for (int c = 0; c < s.columns.size(); ++c)
        view->setColumnWidth(c, std::min(view->columnWidth(c), 240));
    return view;
}

} // namespace

SupervisorDesk::SupervisorDesk(Database& db, const Clock& clock, const CalendarService& calendar, Actor actor,
                               QWidget* parent)
    : QWidget(parent, Qt::Window), m_db(db), m_clock(clock), m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("supervisorDesk"));
    setWindowTitle(tr("Supervisor's desk"));
    if (auto stored = calendar.load(m_actor))
        m_calendar = stored.value();
    m_job = new ReportJob(m_db.path(), m_clock, m_calendar, m_actor, this);

    m_sheets = new QTabBar(this);
    m_sheets->setObjectName(QStringLiteral("sheets"));
    for (const QString& kind : Reports::kinds()) {
        const int i = m_sheets->addTab(shortTitle(kind));
        m_sheets->setTabData(i, kind);
        m_sheets->setTabToolTip(i, Reports::titleOf(kind));
    }

    m_periodKind = new QComboBox(this);
    m_periodKind->setObjectName(QStringLiteral("periodKind"));
    m_periodKind->addItem(tr("Day"), int(ReportPeriod::Kind::Day));
    m_periodKind->addItem(tr("Week"), int(ReportPeriod::Kind::Week));
    m_periodKind->addItem(tr("Month"), int(ReportPeriod::Kind::Month));
    m_periodKind->addItem(tr("Quarter"), int(ReportPeriod::Kind::Quarter));
    m_date = new QDateEdit(m_clock.now().toTimeZone(m_calendar.timeZone()).date(), this);
    m_date->setObjectName(QStringLiteral("periodDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_refresh = new QPushButton(tr("&Show"), this);
    m_csv = new QPushButton(tr("CS&V…"), this);
    m_xlsx = new QPushButton(tr("&Excel…"), this);
    m_pdf = new QPushButton(tr("&PDF…"), this);
    m_print = new QPushButton(tr("P&rint…"), this);
    m_signOff = new QPushButton(tr("Si&gn off…"), this);
    m_signOff->setObjectName(QStringLiteral("signOffButton"));
    m_signOff->setToolTip(tr("The technical manager signs the day's callback sheet"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);

    auto* bar = new QHBoxLayout;
    auto* periodLabel = new QLabel(tr("Per&iod:"), this);
    periodLabel->setBuddy(m_periodKind);
    bar->addWidget(periodLabel);
    bar->addWidget(m_periodKind);
    bar->addWidget(m_date);
    bar->addWidget(m_refresh);
    bar->addWidget(m_progress);
    bar->addStretch(1);
    for (QPushButton* b : {m_signOff, m_csv, m_xlsx, m_pdf, m_print})
        bar->addWidget(b);

    m_title = new QLabel(this);
    m_title->setAlignment(Qt::AlignHCenter);
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.3);
    tf.setBold(true);
    m_title->setFont(tf);
    m_footer = new QLabel(this);
    m_footer->setWordWrap(true);
    m_tables = new QTabWidget(this);
    m_tables->setObjectName(QStringLiteral("sections"));
    m_tables->setDocumentMode(true);
    m_chart = new QChartView(this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    auto* split = new QSplitter(Qt::Vertical, this);
    auto* top = new QWidget(split);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_title);
    topLayout->addWidget(m_tables, 1);
    topLayout->addWidget(m_footer);
    split->addWidget(top);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_sheets);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    resize(1200, 760);

    connect(m_sheets, &QTabBar::currentChanged, this, [this] {
        updatePeriodChoices();
        refresh();
    });
    connect(m_refresh, &QPushButton::clicked, this, &SupervisorDesk::refresh);
    connect(m_csv, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("csv")); });
    connect(m_xlsx, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("xlsx")); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("pdf")); });
    connect(m_print, &QPushButton::clicked, this, &SupervisorDesk::print);
    connect(m_signOff, &QPushButton::clicked, this, &SupervisorDesk::signOff);
    connect(m_job, &ReportJob::progress, m_progress, &QProgressBar::setValue);
    connect(m_job, &ReportJob::finished, this, [this](const Report& r) {
        m_busy = false;
        m_progress->setVisible(false);
        showReport(r);
        emit sheetShown(r.kind);
    });
    connect(m_job, &ReportJob::failed, this, [this](const QString& message) {
        m_busy = false;
        m_progress->setVisible(false);
        m_footer->setText(message);
        emit sheetFailed(message);
    });
    updatePeriodChoices();
}

SupervisorDesk::~SupervisorDesk() = default;

QString SupervisorDesk::currentKind() const
{
    return m_sheets->tabData(m_sheets->currentIndex()).toString();
}

bool SupervisorDesk::busy() const
{
    return m_busy;
}

void SupervisorDesk::showSheet(const QString& kind)
{
    const int i = int(Reports::kinds().indexOf(kind));
    if (i < 0)
        return;
    if (m_sheets->currentIndex() == i)
        refresh();
    else
        m_sheets->setCurrentIndex(i); // refreshes
}

void SupervisorDesk::setPeriod(ReportPeriod::Kind kind, const QDate& day)
{
    const int i = m_periodKind->findData(int(kind));
    if (i >= 0)
        m_periodKind->setCurrentIndex(i);
    m_date->setDate(day);
}

void SupervisorDesk::setPeriodKind(const QString& name)
{
    const QStringList names{QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("month"),
                            QStringLiteral("quarter")};
    const int i = int(names.indexOf(name));
    if (i >= 0)
        m_periodKind->setCurrentIndex(m_periodKind->findData(i));
}

void SupervisorDesk::updatePeriodChoices()
{
    const QString kind = currentKind();
    const bool dayOnly = kind == QLatin1String("daily-callbacks") || kind == QLatin1String("deadlines");
    const bool monthly = kind == QLatin1String("complaint-rate") || kind == QLatin1String("ratings");
    const bool weekly = kind == QLatin1String("weekly");
    const auto enable = [this](ReportPeriod::Kind k, bool on) {
        auto* model = qobject_cast<QStandardItemModel*>(m_periodKind->model());
        if (auto* item = model ? model->item(m_periodKind->findData(int(k))) : nullptr)
            item->setEnabled(on);
    };
    enable(ReportPeriod::Kind::Day, !monthly && !weekly);
    enable(ReportPeriod::Kind::Week, !dayOnly && !monthly);
    enable(ReportPeriod::Kind::Month, !dayOnly && !weekly);
    enable(ReportPeriod::Kind::Quarter, !dayOnly && !weekly);
    ReportPeriod::Kind want = ReportPeriod::Kind(m_periodKind->currentData().toInt());
    if (dayOnly)
        want = ReportPeriod::Kind::Day;
    else if (weekly)
        want = ReportPeriod::Kind::Week;
    else if (monthly && (want == ReportPeriod::Kind::Day || want == ReportPeriod::Kind::Week))
        want = ReportPeriod::Kind::Month;
    m_periodKind->setCurrentIndex(m_periodKind->findData(int(want)));
    m_signOff->setVisible(kind == QLatin1String("daily-callbacks"));
    m_signOff->setEnabled(Permissions::allows(m_actor, Action::SignOffCallbackSheet));
}

ReportPeriod SupervisorDesk::period() const
{
    const QDate d = m_date->date();
    switch (ReportPeriod::Kind(m_periodKind->currentData().toInt())) {
    case ReportPeriod::Kind::Day:
        return ReportPeriod::day(d);
    case ReportPeriod::Kind::Week:
        return ReportPeriod::week(d);
    case ReportPeriod::Kind::Month:
        return ReportPeriod::month(d.year(), d.month());
    case ReportPeriod::Kind::Quarter:
        return ReportPeriod::quarter(d.year(), (d.month() - 1) / 3 + 1);
    }
    return ReportPeriod::day(d);
}

void SupervisorDesk::refresh()
{
    m_busy = true;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_footer->setText(tr("Counting…"));
    m_job->start(currentKind(), period());
}

void SupervisorDesk::showReport(const Report& report)
{
    m_report = report;
    m_title->setText(report.title + QStringLiteral("  ·  ") + report.period);
    m_footer->setText(report.footer.join(QStringLiteral("    ")));
    while (m_tables->count() > 0) {
        QWidget* w = m_tables->widget(0);
        m_tables->removeTab(0);
        delete w;
    }
    for (const ReportSection& s : report.sections) {
        QTableView* view = tableOf(s, m_tables);
        view->setObjectName(s.key);
        QWidget* tab = view;
        if (s.rows.isEmpty()) { // says what fills it rather than showing an empty table
            tab = new QWidget(m_tables);
            auto* layout = new QVBoxLayout(tab);
            auto* empty =
                new QLabel(tr("Nothing in this period yet. The sheet fills as the hotline takes calls "
                              "and records forms; choose another day or period above."),
                           tab);
            empty->setObjectName(QStringLiteral("emptySheet"));
            empty->setWordWrap(true);
            layout->addWidget(empty);
            view->setParent(tab);
            view->hide();
            layout->addWidget(view);
            layout->addStretch();
        }
        m_tables->addTab(tab, s.title.isEmpty() ? report.title : s.title);
    }
    showChart(report);
}

void SupervisorDesk::showChart(const Report& report)
{
    auto* chart = new QChart;
    chart->legend()->setVisible(false);
    const ReportSection* s = nullptr;
    QString valueKey;
    QString labelKey;
    QString title;
    bool percent = true;
    if ((s = report.section(QStringLiteral("per_hour")))) {
        valueKey = QStringLiteral("calls");
        labelKey = QStringLiteral("hour");
        title = tr("Calls per hour");
        percent = false;
    } else if ((s = report.section(QStringLiteral("per_day"))) ||
               (s = report.section(QStringLiteral("service_level_per_day")))) {
        valueKey = QStringLiteral("within_three_share");
        labelKey = QStringLiteral("date");
        title = tr("Answered within three rings, per day");
    } else if ((s = report.section(QStringLiteral("per_month")))) {
        valueKey = QStringLiteral("rate");
        labelKey = QStringLiteral("month");
        title = tr("Complaint rate per month");
    }
    m_chart->setVisible(s != nullptr);
    const auto replace = [this](QChart* next) {
        QChart* old = m_chart->chart(); // the view gives up the old chart without deleting it
        m_chart->setChart(next);
        delete old;
    };
    if (!s) {
        replace(chart);
        return;
    }
    chart->setTitle(title);
    QStringList labels;
    double top = 0;
    const int labelColumn = s->columnIndex(labelKey);
    const ReportColumn& labelCol = s->columns.at(labelColumn);
    for (int r = 0; r < s->rows.size(); ++r) {
        const QString label = formatCell(labelCol, s->rows.at(r).value(labelColumn));
        // A date reads as 11-24; a month of days as the day alone, so 31 labels fit under the chart.
        const bool date = labelCol.type == ReportColumn::Type::Date;
        labels << (date ? label.right(s->rows.size() > 14 ? 2 : 5) : label);
    }
    auto* axisX = new QBarCategoryAxis;
    axisX->append(labels);
    auto* axisY = new QValueAxis;
    if (percent) {
        auto* line = new QLineSeries;
        for (int r = 0; r < s->rows.size(); ++r) {
            const QVariant value = s->value(r, valueKey);
            if (value.isNull()) // a day without calls has no share: no point, rather than 0%
                continue;
            const double v = value.toDouble() * 100.0;
            line->append(r, v);
            top = std::max(top, v);
        }
        line->setPointsVisible(true);
        chart->addSeries(line);
        axisY->setLabelFormat(QStringLiteral("%.0f%%"));
        axisY->setRange(0, std::max(100.0, top));
        chart->addAxis(axisX, Qt::AlignBottom);
        chart->addAxis(axisY, Qt::AlignLeft);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
    } else {
        auto* set = new QBarSet(title);
        for (int r = 0; r < s->rows.size(); ++r) {
            const double v = s->value(r, valueKey).toDouble();
            *set << v;
            top = std::max(top, v);
        }
        auto* bars = new QBarSeries;
        bars->append(set);
        chart->addSeries(bars);
        axisY->setLabelFormat(QStringLiteral("%.0f"));
        axisY->setRange(0, std::max(1.0, top * 1.1));
        chart->addAxis(axisX, Qt::AlignBottom);
        chart->addAxis(axisY, Qt::AlignLeft);
        bars->attachAxis(axisX);
        bars->attachAxis(axisY);
    }
    replace(chart);
}

Status SupervisorDesk::exportTo(const QString& format, const QString& path) const
{
    if (Status guard = Database::refuseOpenFile(path); !guard)
        return guard.error();
    if (!m_report)
        return Error::usage(tr("Show a sheet first, then export it."));
    const OwnerOnly::Scope ownerOnly; // a new file holds the hotline's records: 0600
    if (format == QLatin1String("xlsx"))
        return ReportWriter::writeXlsx(*m_report, path);
    if (format == QLatin1String("pdf")) {
        auto pages = ReportPainter::writePdf(*m_report, path);
        if (!pages)
            return pages.error();
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(tr("Cannot write %1: %2. Choose a writable file.").arg(path, file.errorString()));
    const Status s = format == QLatin1String("json") ? ReportWriter::writeJson(*m_report, file)
                                                     : ReportWriter::writeCsv(*m_report, file);
    if (!s.ok()) {
        file.cancelWriting();
        return s;
    }
    if (!file.commit())
        return Error::io(tr("Cannot write %1: %2. Choose a writable file.").arg(path, file.errorString()));
    return {};
}

void SupervisorDesk::exportAs(const QString& format)
{
    if (!m_report)
        return;
    QString filter;
    if (format == QLatin1String("xlsx"))
        filter = tr("Excel workbooks (*.xlsx)");
    else if (format == QLatin1String("pdf"))
        filter = tr("PDF files (*.pdf)");
    else
        filter = tr("CSV files (*.csv)");
    const QString suggested = m_report->kind + QLatin1Char('-') +
                              QString(m_report->period).replace(QLatin1Char(' '), QString()) +
                              QLatin1Char('.') + format;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the sheet"), suggested, filter);
    if (path.isEmpty())
        return;
    if (const Status s = exportTo(format, path); !s.ok())
        QMessageBox::warning(this, tr("Export"), s.error().message);
    else
        m_footer->setText(tr("Saved %1.").arg(path));
}

void SupervisorDesk::print()
{
    if (!m_report)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto pages = ReportPainter::paint(*m_report, printer); !pages)
        QMessageBox::warning(this, tr("Print"), pages.error().message);
}

bool SupervisorDesk::confirmOpenSignOff(const QString& message)
{
    m_openSignOffQuestion = message;
    if (m_openSignOffAnswer)
        return *m_openSignOffAnswer;
    return QMessageBox::question(this, tr("Callbacks still open"),
                                 message + QStringLiteral("\n\n") + tr("Sign the sheet anyway?"),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

void SupervisorDesk::signOff()
{
    if (!m_report || m_report->kind != QLatin1String("daily-callbacks"))
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Sign off the callback sheet"),
                              tr("Technical manager signing the sheet of %1:").arg(m_report->period),
                              QLineEdit::Normal, m_actor.name, &ok);
    if (!ok)
        return;
    Reports reports(m_db, m_clock, m_calendar);
    Status s = reports.signOffCallbackSheet(m_actor, m_report->from, name);
    // Callbacks still open: the manager sees which, and signs anyway only on purpose.
    if (!s.ok() && s.error().field == QLatin1String("open")) {
        if (!confirmOpenSignOff(s.error().message))
            return;
        s = reports.signOffCallbackSheet(m_actor, m_report->from, name, {}, true);
    }
    if (!s.ok()) {
        QMessageBox::warning(this, tr("Sign off"), s.error().message);
        return;
    }
    refresh();
}

} // namespace threerings::ui
