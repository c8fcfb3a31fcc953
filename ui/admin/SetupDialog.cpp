#include "ui/admin/SetupDialog.h"

#include "core/auth/AccountService.h"
#include "core/auth/DepartmentService.h"
#include "core/auth/Permissions.h"
#include "core/calendar/CalendarService.h"
#include "core/calendar/IcsCalendar.h"
#include "core/customers/CustomerService.h"
#include "core/customers/DeviceService.h"
#include "core/customers/OutletService.h"
#include "core/customers/SetupTables.h"
#include "core/forms/FormReader.h"
#include "core/util/Clock.h"
#include "core/util/TableFile.h"
#include "core/words/KnowledgeService.h"
#include "ui/admin/CalendarPage.h"
#include "ui/admin/CustomersPage.h"
#include "ui/admin/DepartmentsPage.h"
#include "ui/admin/DevicesPage.h"
#include "ui/admin/KnowledgePage.h"
#include "ui/admin/OutletsPage.h"
#include "ui/admin/ProductsPage.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace threerings::ui {

SetupDialog::SetupDialog(Database& db, const Clock& clock, const Actor& actor, QWidget* parent,
                         CalendarService* calendar)
    : QDialog(parent), m_db(db), m_clock(clock), m_actor(actor),
      m_departments(std::make_unique<DepartmentService>(db, clock)),
      m_outlets(std::make_unique<OutletService>(db, clock)),
      m_knowledge(std::make_unique<KnowledgeService>(db, clock)),
      m_customers(std::make_unique<CustomerService>(db, clock)),
      m_devices(std::make_unique<DeviceService>(db, clock)),
      m_repairs(std::make_unique<FormReader>(db, clock))
{
    setObjectName(QStringLiteral("setupDialog"));
    setWindowTitle(tr("Hotline set-up"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("The hotline's own departments, outlets, knowledge base, products, customers, devices and "
           "business calendar. Forms are transferred to departments by category; callback sampling reads "
           "each "
           "outlet's kind; agents search the knowledge base during calls; a device's warranty comes from its "
           "product; deadlines count in the calendar's working time. In a team every change reaches all "
           "consoles with the next sync."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const QList<User> staff = AccountService(db, clock).staff(actor).valueOr({});
    m_tabs = new QTabWidget(this);
    m_departmentsPage = new DepartmentsPage(*m_departments, staff, actor, m_tabs);
    m_outletsPage = new OutletsPage(*m_outlets, actor, m_tabs);
    m_knowledgePage = new KnowledgePage(*m_knowledge, staff, actor, m_tabs);
    m_productsPage = new ProductsPage(*m_devices, actor, m_tabs);
    m_customersPage = new CustomersPage(*m_customers, *m_devices, *m_outlets, actor, m_tabs);
    m_devicesPage = new DevicesPage(*m_devices, *m_customers, *m_outlets, *m_repairs, actor, m_tabs);
    if (!calendar) {
        m_ownCalendar = std::make_unique<CalendarService>(db, clock);
        calendar = m_ownCalendar.get();
    }
    m_calendarPage = new CalendarPage(
        *calendar, actor, clock.now().toTimeZone(calendar->consoleCalendar().timeZone()).date().year(),
        m_tabs);
    m_pages = {
        {QStringLiteral("departments"), m_departmentsPage}, {QStringLiteral("outlets"), m_outletsPage},
        {QStringLiteral("knowledge"), m_knowledgePage},     {QStringLiteral("products"), m_productsPage},
        {QStringLiteral("customers"), m_customersPage},     {QStringLiteral("devices"), m_devicesPage},
        {QStringLiteral("calendar"), m_calendarPage}};
    const QStringList titles{tr("&Departments"), tr("&Outlets"), tr("&Knowledge base"), tr("&Products"),
                             tr("&Customers"),   tr("De&vices"), tr("&Calendar")};
    for (int i = 0; i < m_pages.size(); ++i)
        m_tabs->addTab(m_pages.at(i).second, titles.value(i));
    layout->addWidget(m_tabs, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("setupMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* importButton = buttons->addButton(tr("&Import…"), QDialogButtonBox::ActionRole);
    importButton->setObjectName(QStringLiteral("importButton"));
    importButton->setEnabled(Permissions::allows(actor, Action::ManageSetup) ||
                             Permissions::allows(actor, Action::ManageCalendar));
    auto* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setEnabled(Permissions::allows(actor, Action::ExportRecords));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(importButton, &QPushButton::clicked, this, [this] {
        ImportDialog dialog(m_db, m_clock, m_actor, currentKind(), this);
        dialog.exec();
        for (const auto& [kind, page] : m_pages)
            if (auto* list = qobject_cast<SetupPage*>(page))
                list->reload();
        m_calendarPage->reload();
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export %1").arg(SetupTables::kindLabel(currentKind())),
                                         currentKind() + QStringLiteral(".xlsx"),
                                         tr("Spreadsheets (*.xlsx);;CSV (*.csv);;JSON lines (*.json)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    layout->addWidget(buttons);
    resize(980, 600);
}

SetupDialog::~SetupDialog() = default;

QString SetupDialog::currentKind() const
{
    for (const auto& [kind, page] : m_pages)
        if (m_tabs->currentWidget() == page)
            return kind;
    return QStringLiteral("departments");
}

void SetupDialog::showKind(const QString& kind)
{
    for (const auto& [k, page] : m_pages)
        if (k == kind)
            m_tabs->setCurrentWidget(page);
}

QString SetupDialog::lastMessage() const
{
    return m_message->text();
}

void SetupDialog::exportTo(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const SetupTables::Format format = suffix == QLatin1String("xlsx")   ? SetupTables::Format::Xlsx
                                       : suffix == QLatin1String("json") ? SetupTables::Format::Json
                                                                         : SetupTables::Format::Csv;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_message->setText(tr("Cannot write %1: %2. Choose another file.").arg(path, file.errorString()));
        return;
    }
    auto written = SetupTables(m_db, m_clock).write(m_actor, currentKind(), format, file);
    if (!written) {
        file.cancelWriting();
        m_message->setText(written.error().message);
        return;
    }
    if (!file.commit()) {
        m_message->setText(tr("Cannot write %1: %2. Choose another file.").arg(path, file.errorString()));
        return;
    }
    m_message->setText(tr("%n record(s) written to %1.", "", int(*written)).arg(path));
}

ImportDialog::ImportDialog(Database& db, const Clock& clock, const Actor& actor, const QString& kind,
                           QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_actor(actor), m_kind(kind)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import %1").arg(SetupTables::kindLabel(kind)));
    auto* layout = new QVBoxLayout(this);
    QStringList columns;
    for (const SetupTables::Column& c : SetupTables::columns(kind))
        columns << (c.required ? QStringLiteral("%1/%2*") : QStringLiteral("%1/%2")).arg(c.key, c.chinese);
    auto* intro = new QLabel(
        tr("A CSV or XLSX file (from Excel, WPS or LibreOffice) with a header row. Columns: "
           "%1 (* required). Rows match existing records by %2; only what differs changes. "
           "The file is checked first; nothing is written while any row is wrong.")
                .arg(columns.join(QStringLiteral(", ")), SetupTables::matchedBy(kind)) +
            (kind == QLatin1String("calendar")
                 ? QLatin1Char(' ') + tr("The calendar also reads a holiday schedule as an iCalendar "
                                         "(.ics) file; each day's year becomes known.")
                 : QString()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* fileRow = new QHBoxLayout;
    m_file = new QLabel(tr("No file chosen."), this);
    fileRow->addWidget(m_file, 1);
    auto* choose = new QPushButton(tr("&Choose file…"), this);
    choose->setObjectName(QStringLiteral("chooseFile"));
    fileRow->addWidget(choose);
    layout->addLayout(fileRow);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_problems = new QTableWidget(0, 3, this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("What to fix")});
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_problems, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importNow"));
    m_import->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (importChecked())
            m_import->setEnabled(false);
    });
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose the file to import"), QString(),
            m_kind == QLatin1String("calendar") ? tr("Spreadsheets and iCalendar files (*.xlsx *.csv *.ics)")
                                                : tr("Spreadsheets (*.xlsx *.csv)"));
        if (!path.isEmpty())
            check(path);
    });
    resize(760, 480);
}

int ImportDialog::problemCount() const
{
    return m_problems->rowCount();
}

QString ImportDialog::summary() const
{
    return m_summary->text();
}

bool ImportDialog::check(const QString& path)
{
    m_path = path;
    m_file->setText(QFileInfo(path).fileName());
    m_problems->setRowCount(0);
    m_import->setEnabled(false);
    auto table = m_kind == QLatin1String("calendar") ? IcsCalendar::readTable(path) : readTableFile(path);
    if (!table) {
        m_summary->setText(table.error().message);
        return false;
    }
    m_progress->setVisible(true);
    m_progress->setRange(0, int(std::max<qsizetype>(1, table->rows.size())));
    const auto progress = [this](SetupTables::Phase phase, qint64 done, qint64 total) {
        m_progress->setFormat(phase == SetupTables::Phase::Checking ? tr("Checking %v of %m rows")
                                                                    : tr("Writing %v of %m records"));
        m_progress->setRange(0, int(std::max<qint64>(1, total)));
        m_progress->setValue(int(done));
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    };
    auto outcome = SetupTables(m_db, m_clock).import(m_actor, m_kind, *table, true, progress);
    m_progress->setVisible(false);
    if (!outcome) {
        m_summary->setText(outcome.error().message);
        return false;
    }
    m_problems->setRowCount(int(outcome->problems.size()));
    for (int i = 0; i < outcome->problems.size(); ++i) {
        const SetupTables::Problem& p = outcome->problems.at(i);
        m_problems->setItem(i, 0, new QTableWidgetItem(p.row > 0 ? QString::number(p.row) : QString()));
        m_problems->setItem(i, 1, new QTableWidgetItem(p.column));
        m_problems->setItem(i, 2, new QTableWidgetItem(p.message));
    }
    if (!outcome->problems.isEmpty()) {
        m_summary->setText(tr("%n row(s) to fix; nothing will be written until the file is right.", "",
                              int(outcome->problems.size())));
        return false;
    }
    m_summary->setText(tr("The file is right: %1 new, %2 changed, %3 unchanged. Press Import to write them.")
                           .arg(outcome->added)
                           .arg(outcome->changed)
                           .arg(outcome->unchanged));
    m_import->setEnabled(outcome->added + outcome->changed > 0);
    return true;
}

bool ImportDialog::importChecked()
{
    auto table = m_kind == QLatin1String("calendar") ? IcsCalendar::readTable(m_path) : readTableFile(m_path);
    if (!table) {
        m_summary->setText(table.error().message);
        return false;
    }
    m_progress->setVisible(true);
    m_progress->setRange(0, int(std::max<qsizetype>(1, table->rows.size())));
    const auto progress = [this](SetupTables::Phase phase, qint64 done, qint64 total) {
        m_progress->setFormat(phase == SetupTables::Phase::Checking ? tr("Checking %v of %m rows")
                                                                    : tr("Writing %v of %m records"));
        m_progress->setRange(0, int(std::max<qint64>(1, total)));
        m_progress->setValue(int(done));
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    };
    auto outcome = SetupTables(m_db, m_clock).import(m_actor, m_kind, *table, false, progress);
    m_progress->setVisible(false);
    if (!outcome || !outcome->written) {
        m_summary->setText(outcome ? tr("The file changed since it was checked; check it again.")
                                   : outcome.error().message);
        return false;
    }
    m_summary->setText(tr("Imported: %1 new, %2 changed, %3 unchanged.")
                           .arg(outcome->added)
                           .arg(outcome->changed)
                           .arg(outcome->unchanged));
    return true;
}

} // namespace threerings::ui
