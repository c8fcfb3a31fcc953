#include "ui/admin/CustomersPage.h"

#include "core/auth/Permissions.h"
#include "core/model/PhoneNumber.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace threerings::ui {

namespace {

QString phoneText(const QString& e164)
{
    return e164.isEmpty() ? QString() : PhoneNumber::display(e164);
}

QString oneLine(const Customer& c)
{
    QStringList phones;
    for (const QString& p : c.phones())
        phones << PhoneNumber::display(p);
    QString line = c.name + QStringLiteral(" · ") + phones.join(QStringLiteral(", "));
    if (!c.unit.isEmpty())
        line += QStringLiteral(" · ") + c.unit;
    return line;
}

} // namespace

CustomersPage::CustomersPage(CustomerService& customers, DeviceService& devices, OutletService& outlets,
                             const Actor& actor, QWidget* parent)
    : SetupPage(actor, QStringLiteral("customersPage"), parent), m_customers(customers), m_devices(devices),
      m_outlets(outlets)
{
    setManageAction(Action::WriteCustomers);
    setRetirable(false);
    setSearchHint(tr("Search by any part of a name, unit or phone (e.g. the last four digits)"));
    const auto line = [this](const QString& label, const char* name) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        form()->addRow(label, edit);
        return edit;
    };
    m_name = line(tr("&Name"), "name");
    m_unit = line(tr("&Unit"), "unit");
    m_mobile = line(tr("&Mobile"), "phoneMobile");
    m_office = line(tr("O&ffice phone"), "phoneOffice");
    m_other = line(tr("O&ther phone"), "phoneOther");
    m_outlet = new QComboBox(this);
    m_outlet->setObjectName(QStringLiteral("outlet"));
    form()->addRow(tr("Ou&tlet"), m_outlet);
    m_address = line(tr("&Address"), "address");
    m_notes = line(tr("No&tes"), "notes");
    m_merge = new QPushButton(tr("&Merge a duplicate…"), this);
    m_merge->setObjectName(QStringLiteral("merge"));
    m_merge->setToolTip(
        tr("Fold another record of the same person into this one: its calls, forms and devices "
           "show here, and its numbers find this record."));
    buttonRow()->addWidget(m_merge);
    m_history = new QLabel(this);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setWordWrap(true);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sideArea()->addWidget(m_history);
    connect(m_merge, &QPushButton::clicked, this, &CustomersPage::askMerge);
    fillOutlets();
    reload();
}

void CustomersPage::fillOutlets()
{
    m_outlet->clear();
    m_outlet->addItem(tr("(none)"), QString());
    for (const Outlet& o : m_outlets.search(actor()).valueOr({}))
        m_outlet->addItem(QStringLiteral("%1 %2").arg(o.code, o.name), o.meta.id);
}

QStringList CustomersPage::headers() const
{
    return {tr("Phone"), tr("Name"), tr("Unit"), tr("Outlet"), tr("Address")};
}

Result<QList<QStringList>> CustomersPage::rows(const QString& search, bool)
{
    auto found = m_customers.search(actor(), search);
    if (!found)
        return found.error();
    m_shown = found.value();
    QList<QStringList> out;
    for (const Customer& c : m_shown) {
        const int outlet = m_outlet->findData(c.outletId);
        out << QStringList{phoneText(c.phones().value(0)),
                           c.name,
                           c.unit,
                           outlet > 0 ? m_outlet->itemText(outlet) : QString(),
                           c.address,
                           stateLabel(true)};
    }
    return out;
}

void CustomersPage::load(int index)
{
    m_loaded = index >= 0 && index < m_shown.size() ? m_shown.at(index) : Customer();
    m_name->setText(m_loaded.name);
    m_unit->setText(m_loaded.unit);
    m_mobile->setText(phoneText(m_loaded.phoneMobile));
    m_office->setText(phoneText(m_loaded.phoneOffice));
    m_other->setText(phoneText(m_loaded.phoneOther));
    m_outlet->setCurrentIndex(std::max(0, m_outlet->findData(m_loaded.outletId)));
    m_address->setText(m_loaded.address);
    m_notes->setText(m_loaded.notes);
    for (QWidget* w : std::initializer_list<QWidget*>{m_name, m_unit, m_mobile, m_office, m_other, m_outlet,
                                                      m_address, m_notes})
        w->setEnabled(mayEdit());
    m_merge->setEnabled(m_loaded.meta.isStored() && Permissions::allows(actor(), Action::MergeCustomers));
    m_merge->setVisible(Permissions::allows(actor(), Action::MergeCustomers));
    QStringList history;
    if (m_loaded.meta.isStored()) {
        for (const Customer& m : m_customers.mergedInto(actor(), m_loaded.meta.id).valueOr({}))
            history << tr("Merged in: %1").arg(oneLine(m));
        for (const Device& d : m_devices.forCustomer(actor(), m_loaded.meta.id).valueOr({}))
            history << tr("Device: %1 %2, serial %3").arg(d.product, d.model, d.serialNumber);
    }
    m_history->setText(history.join(QLatin1Char('\n')));
}

void CustomersPage::fill(const Customer& c)
{
    m_name->setText(c.name);
    m_unit->setText(c.unit);
    m_mobile->setText(phoneText(c.phoneMobile));
    m_office->setText(phoneText(c.phoneOffice));
    m_other->setText(c.phoneOther);
    m_outlet->setCurrentIndex(std::max(0, m_outlet->findData(c.outletId)));
    m_address->setText(c.address);
    m_notes->setText(c.notes);
}

Result<QString> CustomersPage::store()
{
    Customer c = m_loaded;
    c.name = m_name->text().trimmed();
    c.unit = m_unit->text().trimmed();
    c.phoneMobile = m_mobile->text().trimmed();
    c.phoneOffice = m_office->text().trimmed();
    c.phoneOther = m_other->text().trimmed();
    c.outletId = m_outlet->currentData().toString();
    c.address = m_address->text().trimmed();
    c.notes = m_notes->text().trimmed();
    if (c.phones().isEmpty())
        return Error::data(tr("Give the customer a phone (mobile, office or other): the screen pop finds "
                              "customers by their number."),
                           QStringLiteral("phone_mobile"));
    auto saved = m_customers.save(actor(), c);
    if (!saved)
        return saved.error();
    return phoneText(saved->phones().value(0));
}

Status CustomersPage::storeActive(int, bool)
{
    return {};
}

QString CustomersPage::emptyText() const
{
    return tr("No customers yet. Callers are added during calls; add one with New, or import the customer "
              "list (CSV or XLSX) with Import….");
}

Status CustomersPage::mergeIntoSelected(const QString& goneId)
{
    if (!m_loaded.meta.isStored())
        return Error::usage(tr("Choose the record to keep first, then merge the duplicate into it."));
    auto kept = m_customers.merge(actor(), m_loaded.meta.id, goneId);
    if (!kept)
        return kept.error();
    const QString key = phoneText(kept->phones().value(0));
    reload();
    select(key);
    return {};
}

void CustomersPage::askMerge()
{
    if (!m_loaded.meta.isStored())
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("mergeDialog"));
    dialog.setWindowTitle(tr("Merge a duplicate into %1").arg(m_loaded.name));
    auto* layout = new QVBoxLayout(&dialog);
    auto* help = new QLabel(tr("Find the other record of %1 by a name or phone. It is folded into this one: "
                               "kept for its history, its numbers still find this record.")
                                .arg(m_loaded.name),
                            &dialog);
    help->setWordWrap(true);
    layout->addWidget(help);
    auto* search = new QLineEdit(&dialog);
    search->setPlaceholderText(tr("Name or phone"));
    search->setText(m_loaded.name);
    layout->addWidget(search);
    auto* list = new QListWidget(&dialog);
    layout->addWidget(list, 1);
    const auto refill = [&] {
        list->clear();
        for (const Customer& c : m_customers.search(actor(), search->text(), 50).valueOr({})) {
            if (c.meta.id == m_loaded.meta.id)
                continue;
            auto* item = new QListWidgetItem(oneLine(c), list);
            item->setData(Qt::UserRole, c.meta.id);
        }
    };
    connect(search, &QLineEdit::textChanged, &dialog, refill);
    refill();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    auto* merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    merge->setEnabled(false);
    connect(list, &QListWidget::currentRowChanged, merge, [merge](int row) { merge->setEnabled(row >= 0); });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(520, 380);
    if (dialog.exec() != QDialog::Accepted || !list->currentItem())
        return;
    const QString gone = list->currentItem()->data(Qt::UserRole).toString();
    show(mergeIntoSelected(gone), tr("The duplicate is merged into %1.").arg(m_loaded.name));
}

QString CustomersPage::historyText() const
{
    return m_history->text();
}

} // namespace threerings::ui
