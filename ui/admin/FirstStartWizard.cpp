#include "ui/admin/FirstStartWizard.h"

#include "core/auth/DepartmentService.h"
#include "core/auth/Permissions.h"
#include "core/customers/OutletService.h"
#include "core/customers/SetupTables.h"
#include "core/model/PhoneNumber.h"
#include "core/site/HotlineSetup.h"
#include "ui/admin/SetupDialog.h"
#include "ui/admin/SiteConfigDialog.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

namespace threerings::ui {

namespace {

enum DepartmentColumn
{
    DeptName,
    DeptKind,
    DeptPhone,
};

enum OutletColumn
{
    OutletCode,
    OutletName,
    OutletKind,
    OutletCity,
};

QString cell(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QTableWidget* newTable(const QStringList& headers, const QString& name, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    return table;
}

} // namespace

FirstStartWizard::FirstStartWizard(Database& db, const Clock& clock, const Actor& actor, QWidget* parent,
                                   CalendarService* calendar)
    : QWizard(parent), m_db(db), m_clock(clock), m_actor(actor), m_calendar(calendar),
      m_setup(std::make_unique<HotlineSetup>(db, clock))
{
    setObjectName(QStringLiteral("firstStartWizard"));
    setWindowTitle(tr("Set up the hotline"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::CancelButton, tr("&Later"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setPage(IdentityPage, buildIdentityPage());
    setPage(DepartmentsPage, buildDepartmentsPage());
    setPage(OutletsPage, buildOutletsPage());
    setPage(ImportsPage, buildImportsPage());
    setPage(SummaryPage, buildSummaryPage());
    resize(820, 580);
}

FirstStartWizard::~FirstStartWizard() = default;

QWizardPage* FirstStartWizard::buildIdentityPage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("identityPage"));
    page->setTitle(tr("The unit and its hotline"));
    page->setSubTitle(tr("Welcome. A few steps set up this new hotline; Later keeps what is done, and "
                         "Admin ▸ Set-up walk-through… comes back to it."));
    auto* layout = new QVBoxLayout(page);
    auto* intro = new QLabel(tr("The greeting of every call and callback names the unit (「您好，…」). The "
                                "hotline number is the one the customers dial."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_unit = new QLineEdit(page);
    m_unit->setObjectName(QStringLiteral("unitName"));
    form->addRow(tr("&Unit's name:"), m_unit);
    m_number = new QLineEdit(page);
    m_number->setObjectName(QStringLiteral("hotlineNumber"));
    form->addRow(tr("&Hotline number:"), m_number);
    layout->addLayout(form);
    layout->addStretch();
    return page;
}

QWizardPage* FirstStartWizard::buildDepartmentsPage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("firstDepartmentsPage"));
    page->setTitle(tr("The first departments"));
    page->setSubTitle(
        tr("Problem forms are transferred to departments, and complaints are counted by them."));
    auto* layout = new QVBoxLayout(page);
    m_departments = newTable({tr("Name"), tr("Kind"), tr("Phone")}, QStringLiteral("departmentTable"), page);
    m_departments->horizontalHeader()->setSectionResizeMode(DeptName, QHeaderView::ResizeToContents);
    m_departments->setColumnWidth(DeptKind, 180);
    layout->addWidget(m_departments, 1);
    auto* hint = new QLabel(page);
    hint->setObjectName(QStringLiteral("departmentHint"));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    return page;
}

QWizardPage* FirstStartWizard::buildOutletsPage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("firstOutletsPage"));
    page->setTitle(tr("The first outlets"));
    page->setSubTitle(tr("Customers belong to outlets (网点); an outlet's kind decides how many of its "
                         "users are called back. Add a few now, import them on the next page, or skip."));
    auto* layout = new QVBoxLayout(page);
    m_outletsStored = new QLabel(page);
    m_outletsStored->setObjectName(QStringLiteral("outletsStored"));
    m_outletsStored->setWordWrap(true);
    layout->addWidget(m_outletsStored);
    m_outlets =
        newTable({tr("Code"), tr("Name"), tr("Kind"), tr("City")}, QStringLiteral("outletTable"), page);
    m_outlets->setColumnWidth(OutletName, 220);
    m_outlets->setColumnWidth(OutletKind, 150);
    layout->addWidget(m_outlets, 1);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add a row"), page);
    add->setObjectName(QStringLiteral("addOutletRow"));
    connect(add, &QPushButton::clicked, this, [this] { addOutletRow(); });
    auto* remove = new QPushButton(tr("&Remove the row"), page);
    remove->setObjectName(QStringLiteral("removeOutletRow"));
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_outlets->currentRow() >= 0)
            m_outlets->removeRow(m_outlets->currentRow());
    });
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    return page;
}

QWizardPage* FirstStartWizard::buildImportsPage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("firstImportsPage"));
    page->setTitle(tr("Bring in what you already have"));
    page->setSubTitle(
        tr("Each import reads a CSV or XLSX file, checks every row first, and writes nothing "
           "while a row is wrong. All of them can be done later from Admin ▸ Hotline set-up…."));
    auto* layout = new QVBoxLayout(page);
    auto* grid = new QGridLayout;
    // Every kind Admin ▸ Import… reads: customers, products, devices, outlets, knowledge, the calendar, and
    // the departments too.
    const QStringList kinds = SetupTables::kinds();
    for (int i = 0; i < kinds.size(); ++i) {
        const QString kind = kinds.at(i);
        auto* button = new QPushButton(tr("Import %1…").arg(SetupTables::kindLabel(kind)), page);
        button->setObjectName(QStringLiteral("import-") + kind);
        connect(button, &QPushButton::clicked, this, [this, kind] {
            ImportDialog dialog(m_db, m_clock, m_actor, kind, this);
            dialog.exec();
        });
        grid->addWidget(button, i / 2, i % 2);
    }
    layout->addLayout(grid);
    if (Permissions::allows(m_actor, Action::ManageSite)) {
        auto* site = new QPushButton(tr("Import a &site file…"), page);
        site->setObjectName(QStringLiteral("importSiteFile"));
        site->setToolTip(tr("The site configuration another console of this hotline exported: the unit, the "
                            "ring cadence, the calendar, the scripts and the phrase lists."));
        connect(site, &QPushButton::clicked, this, [this] {
            SiteConfigDialog dialog(m_db, m_clock, m_actor, this);
            dialog.exec();
            // The file may have named the unit and the hotline number.
            const HotlineSetup::Identity identity = m_setup->identity();
            m_unit->setText(identity.unitName);
            m_number->setText(identity.hotlineNumber);
        });
        layout->addWidget(site, 0, Qt::AlignLeft);
    }
    layout->addStretch();
    return page;
}

QWizardPage* FirstStartWizard::buildSummaryPage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("firstSummaryPage"));
    page->setTitle(tr("What is set, and what is left"));
    page->setSubTitle(tr("Finish marks the hotline set up; everything here can still be changed in Admin ▸ "
                         "Hotline set-up… and Admin ▸ Accounts…."));
    auto* layout = new QVBoxLayout(page);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("setupSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_summary, 1);
    auto* open = new QPushButton(tr("&Open Hotline set-up…"), page);
    open->setObjectName(QStringLiteral("openSetup"));
    connect(open, &QPushButton::clicked, this, [this] {
        SetupDialog dialog(m_db, m_clock, m_actor, this, m_calendar);
        dialog.exec();
        refreshSummary();
    });
    layout->addWidget(open, 0, Qt::AlignLeft);
    return page;
}

void FirstStartWizard::initializePage(int id)
{
    // Each page says what went wrong under its own fields.
    if (m_errors.isEmpty())
        for (int pageId : pageIds()) {
            auto* error = new QLabel(page(pageId));
            error->setObjectName(QStringLiteral("wizardError"));
            error->setWordWrap(true);
            error->setStyleSheet(QStringLiteral("color: #b00020;"));
            error->hide();
            page(pageId)->layout()->addWidget(error);
            m_errors << error;
        }
    showError({}, id);
    switch (id) {
    case IdentityPage: {
        const HotlineSetup::Identity identity = m_setup->identity();
        m_unit->setText(identity.unitName);
        m_number->setText(identity.hotlineNumber);
        break;
    }
    case DepartmentsPage:
        loadDepartments();
        break;
    case OutletsPage:
        loadOutlets();
        break;
    case SummaryPage:
        refreshSummary();
        break;
    default:
        break;
    }
    QWizard::initializePage(id);
}

void FirstStartWizard::loadDepartments()
{
    auto stored = DepartmentService(m_db, m_clock).list(m_actor);
    m_proposing = stored && stored->isEmpty();
    m_shownDepartments = m_proposing ? HotlineSetup::proposedDepartments() : stored.valueOr({});
    if (!stored)
        showError(stored.error().message, DepartmentsPage);
    m_departments->setRowCount(0);
    for (const Department& d : m_shownDepartments) {
        const int row = m_departments->rowCount();
        m_departments->insertRow(row);
        auto* name = new QTableWidgetItem(d.name);
        if (m_proposing) {
            name->setFlags(name->flags() | Qt::ItemIsUserCheckable);
            name->setCheckState(Qt::Checked);
        }
        m_departments->setItem(row, DeptName, name);
        auto* kind = new QTableWidgetItem(Department::kindLabel(d.kind));
        kind->setFlags(kind->flags() & ~Qt::ItemIsEditable);
        m_departments->setItem(row, DeptKind, kind);
        m_departments->setItem(
            row, DeptPhone,
            new QTableWidgetItem(d.phone.isEmpty() ? QString() : PhoneNumber::display(d.phone)));
    }
    auto* hint = page(DepartmentsPage)->findChild<QLabel*>(QStringLiteral("departmentHint"));
    hint->setText(
        m_proposing
            ? tr("These three are where the handbooks route forms: technical support takes technical "
                 "quality and other problems, the product division sales, user service the service "
                 "complaints. Correct the names and phones; untick one the hotline does not have.")
            : tr("The hotline's departments. Rename one or give its phone here; add, retire and route "
                 "them in Admin ▸ Hotline set-up ▸ Departments."));
}

void FirstStartWizard::addOutletRow(const QString& code, const QString& name, const QString& kind,
                                    const QString& city)
{
    const int row = m_outlets->rowCount();
    m_outlets->insertRow(row);
    m_outlets->setItem(row, OutletCode, new QTableWidgetItem(code));
    m_outlets->setItem(row, OutletName, new QTableWidgetItem(name));
    auto* kinds = new QComboBox(m_outlets);
    for (const QString& k : Outlet::kinds())
        kinds->addItem(Outlet::kindLabel(k), k);
    kinds->setCurrentIndex(std::max(0, kinds->findData(kind)));
    m_outlets->setCellWidget(row, OutletKind, kinds);
    m_outlets->setItem(row, OutletCity, new QTableWidgetItem(city));
}

void FirstStartWizard::loadOutlets()
{
    auto stored = OutletService(m_db, m_clock).search(m_actor);
    if (!stored) {
        showError(stored.error().message, OutletsPage);
    } else if (stored->isEmpty()) {
        m_outletsStored->setText(tr("No outlets yet."));
    } else {
        QStringList names;
        for (const Outlet& o : *stored)
            names << QStringLiteral("%1 %2").arg(o.code, o.name);
        m_outletsStored->setText(tr("Set up so far: %1.").arg(names.join(QStringLiteral("、"))));
    }
    if (m_outlets->rowCount() == 0)
        addOutletRow();
}

Status FirstStartWizard::saveIdentity()
{
    return m_setup->saveIdentity(m_actor, {m_unit->text(), m_number->text()});
}

Status FirstStartWizard::saveDepartments()
{
    QList<Department> changed;
    for (int row = 0; row < m_departments->rowCount() && row < m_shownDepartments.size(); ++row) {
        Department d = m_shownDepartments.at(row);
        const QString name = cell(m_departments, row, DeptName);
        const QString phone = cell(m_departments, row, DeptPhone);
        if (m_proposing && m_departments->item(row, DeptName)->checkState() != Qt::Checked)
            continue;
        const QString shownPhone = d.phone.isEmpty() ? QString() : PhoneNumber::display(d.phone);
        if (!m_proposing && name == d.name && phone == shownPhone)
            continue; // kept as it is
        d.name = name;
        d.phone = phone;
        changed << d;
    }
    if (changed.isEmpty())
        return {};
    auto saved = m_setup->saveDepartments(m_actor, changed);
    if (!saved)
        return saved.error();
    loadDepartments();
    return {};
}

Status FirstStartWizard::saveOutlets()
{
    QList<Outlet> added;
    for (int row = 0; row < m_outlets->rowCount(); ++row) {
        Outlet o;
        o.code = cell(m_outlets, row, OutletCode);
        o.name = cell(m_outlets, row, OutletName);
        o.city = cell(m_outlets, row, OutletCity);
        if (o.code.isEmpty() && o.name.isEmpty() && o.city.isEmpty())
            continue; // a blank row is skipped
        if (auto* kind = qobject_cast<QComboBox*>(m_outlets->cellWidget(row, OutletKind)))
            o.kind = kind->currentData().toString();
        added << o;
    }
    if (added.isEmpty())
        return {};
    auto saved = m_setup->saveOutlets(m_actor, added);
    if (!saved)
        return saved.error();
    // Saved: the rows leave the table, and the list of those set up names them.
    m_outlets->setRowCount(0);
    loadOutlets();
    return {};
}

bool FirstStartWizard::validateCurrentPage()
{
    Status s;
    switch (currentId()) {
    case IdentityPage:
        s = saveIdentity();
        break;
    case DepartmentsPage:
        s = saveDepartments();
        break;
    case OutletsPage:
        s = saveOutlets();
        break;
    default:
        break;
    }
    if (!s) {
        showError(s.error().message);
        return false;
    }
    showError({});
    return QWizard::validateCurrentPage();
}

void FirstStartWizard::accept()
{
    if (Status s = m_setup->finish(m_actor); !s) {
        showError(s.error().message);
        return;
    }
    QWizard::accept();
}

void FirstStartWizard::refreshSummary()
{
    auto p = m_setup->progress(m_actor);
    if (!p) {
        m_summary->setText(p.error().message.toHtmlEscaped());
        return;
    }
    QStringList set;
    QStringList left;
    const auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    (p->identityChanged ? set : left)
        << (p->identityChanged
                ? tr("The unit is %1, the hotline number %2.")
                      .arg(esc(p->identity.unitName), esc(p->identity.hotlineNumber))
                : tr("The unit's name and the hotline number are still the examples (%1, %2): Back to the "
                     "first page to give your own.")
                      .arg(esc(p->identity.unitName), esc(p->identity.hotlineNumber)));
    if (p->departments > 0)
        set << tr("%n department(s) to transfer forms to.", nullptr, p->departments);
    else
        left << tr("No department yet: forms cannot be transferred until there is one (Hotline set-up ▸ "
                   "Departments).");
    if (p->outlets > 0)
        set << tr("%n outlet(s).", nullptr, p->outlets);
    else
        left << tr("No outlet yet: add them or import a spreadsheet (Hotline set-up ▸ Outlets).");
    if (p->customers > 0)
        set << tr("%n customer(s).", nullptr, int(std::min<qint64>(p->customers, INT_MAX)));
    else
        left << tr("No customers yet: they are added as they call, or imported (Hotline set-up ▸ "
                   "Customers).");
    if (p->people > 1)
        set << tr("%n account(s).", nullptr, p->people);
    else
        left << tr("Only your own account: add the agents, supervisors and trainers in Admin ▸ Accounts….");
    const auto list = [](const QStringList& items) -> QString {
        return QStringLiteral("<ul><li>") + items.join(QStringLiteral("</li><li>")) +
               QStringLiteral("</li></ul>");
    };
    QString html;
    if (!set.isEmpty())
        html += QStringLiteral("<p><b>") + tr("Set up") + QStringLiteral("</b></p>") + list(set);
    if (!left.isEmpty())
        html += QStringLiteral("<p><b>") + tr("Still to do") + QStringLiteral("</b></p>") + list(left);
    m_summary->setText(html);
}

QString FirstStartWizard::summaryText() const
{
    return m_summary->text();
}

void FirstStartWizard::showError(const QString& message, int pageId)
{
    const int index = int(pageIds().indexOf(pageId < 0 ? currentId() : pageId));
    for (int i = 0; i < m_errors.size(); ++i) {
        m_errors.at(i)->setText(i == index ? message : QString());
        m_errors.at(i)->setVisible(i == index && !message.isEmpty());
    }
}

QString FirstStartWizard::lastError() const
{
    const int index = int(pageIds().indexOf(currentId()));
    return index >= 0 && index < m_errors.size() ? m_errors.at(index)->text() : QString();
}

} // namespace threerings::ui
