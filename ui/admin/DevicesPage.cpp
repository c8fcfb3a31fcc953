#include "ui/admin/DevicesPage.h"

#include "core/model/FormState.h"
#include "core/model/PhoneNumber.h"
#include "core/util/DayText.h"
#include "core/util/HotlineTime.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace threerings::ui {

namespace {

QString dayText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// The day typed in `edit` into `day`; an error naming the field when it is no day.
Status readDay(const QLineEdit* edit, const QString& field, const QString& label, QDate& day)
{
    const auto d = readDayText(edit->text());
    if (!d)
        return Error::data(DevicesPage::tr("%1: '%2' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-05.")
                               .arg(label, edit->text().trimmed()),
                           field);
    day = *d;
    return {};
}

} // namespace

DevicesPage::DevicesPage(DeviceService& devices, CustomerService& customers, OutletService& outlets,
                         const FormReader& repairs, const Actor& actor, QWidget* parent)
    : SetupPage(actor, QStringLiteral("devicesPage"), parent), m_devices(devices), m_customers(customers),
      m_outlets(outlets), m_repairs(repairs)
{
    setManageAction(Action::WriteCustomers);
    setRetirable(false);
    setSearchHint(tr("Search by the start of a serial number or model"));
    const auto line = [this](const QString& label, const char* name, const QString& hint = {}) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setPlaceholderText(hint);
        form()->addRow(label, edit);
        return edit;
    };
    m_serial = line(tr("&Serial number"), "serial");
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("model"));
    m_model->setEditable(true);
    for (const Product& p : m_devices.products(actor).valueOr({}))
        m_model->addItem(p.model, p.product);
    m_model->setCurrentIndex(-1);
    form()->addRow(tr("&Model"), m_model);
    m_product = line(tr("&Product"), "product", tr("from the model when it is set up"));
    connect(m_model, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0 && m_product->text().trimmed().isEmpty())
            m_product->setText(m_model->itemData(i).toString());
    });
    m_customer = line(tr("&Customer's phone"), "customerPhone");
    m_outlet = new QComboBox(this);
    m_outlet->setObjectName(QStringLiteral("outlet"));
    m_outlet->addItem(tr("(none)"), QString());
    for (const Outlet& o : m_outlets.search(actor).valueOr({}))
        m_outlet->addItem(QStringLiteral("%1 %2").arg(o.code, o.name), o.meta.id);
    form()->addRow(tr("Ou&tlet"), m_outlet);
    m_installed = line(tr("&Installed on"), "installedOn", tr("YYYY-MM-DD"));
    m_invoice = line(tr("In&voice date"), "invoiceDate", tr("YYYY-MM-DD"));
    m_warranty = line(tr("&Warranty ends"), "warrantyEnd", tr("empty: from the model's warranty rule"));
    m_warrantyState = new QLabel(this);
    m_warrantyState->setObjectName(QStringLiteral("warrantyState"));
    form()->addRow(QString(), m_warrantyState);
    m_history = new QLabel(this);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setWordWrap(true);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sideArea()->addWidget(m_history);
    reload();
}

QStringList DevicesPage::headers() const
{
    return {tr("Serial number"), tr("Model"), tr("Product"), tr("Customer"), tr("Warranty ends")};
}

Result<QList<QStringList>> DevicesPage::rows(const QString& search, bool)
{
    auto found = m_devices.search(actor(), search);
    if (!found)
        return found.error();
    m_shown = found.value();
    QList<QStringList> out;
    for (const Device& d : m_shown) {
        const auto owner = m_customers.get(actor(), d.customerId);
        out << QStringList{
            d.serialNumber,         d.model,         d.product, owner ? owner->name : QString(),
            dayText(d.warrantyEnd), stateLabel(true)};
    }
    return out;
}

void DevicesPage::load(int index)
{
    m_loaded = index >= 0 && index < m_shown.size() ? m_shown.at(index) : Device();
    m_serial->setText(m_loaded.serialNumber);
    m_model->setCurrentText(m_loaded.model);
    m_product->setText(m_loaded.product);
    const auto owner = m_loaded.customerId.isEmpty() ? Result<Customer>(Customer())
                                                     : m_customers.get(actor(), m_loaded.customerId);
    m_customer->setText(owner ? PhoneNumber::display(owner->phones().value(0)) : QString());
    m_customer->setToolTip(owner ? owner->name : QString());
    m_outlet->setCurrentIndex(std::max(0, m_outlet->findData(m_loaded.outletId)));
    m_installed->setText(dayText(m_loaded.installedOn));
    m_invoice->setText(dayText(m_loaded.invoiceDate));
    m_warranty->setText(dayText(m_loaded.warrantyEnd));
    const QDate today = QDateTime::currentDateTime().toTimeZone(hotlineTimeZone()).date();
    m_warrantyState->setText(
        !m_loaded.warrantyEnd.isValid() ? QString()
        : m_loaded.inWarranty(today)
            ? tr("In warranty (三包) until %1.").arg(dayText(m_loaded.warrantyEnd))
            : tr("Out of warranty since %1: repairs are charged.").arg(dayText(m_loaded.warrantyEnd)));
    for (QWidget* w : std::initializer_list<QWidget*>{m_serial, m_model, m_product, m_customer, m_outlet,
                                                      m_installed, m_invoice, m_warranty})
        w->setEnabled(mayEdit());
    QStringList history;
    if (m_loaded.meta.isStored()) {
        const auto repairs = m_repairs.repairs(actor(), m_loaded.meta.id).valueOr({});
        history << (repairs.isEmpty() ? tr("No repairs recorded for this device.")
                                      : tr("Repair history (%n form(s)):", "", int(repairs.size())));
        for (const ProblemForm& f : repairs)
            history
                << tr("%1  %2  %3 — %4")
                       .arg(f.number,
                            f.acceptedAt.toTimeZone(hotlineTimeZone()).toString(QStringLiteral("yyyy-MM-dd")),
                            FormStateNames::label(f.state), f.description.left(60));
    }
    m_history->setText(history.join(QLatin1Char('\n')));
}

void DevicesPage::fill(const Typed& t)
{
    m_serial->setText(t.serial);
    m_model->setCurrentText(t.model);
    m_product->setText(t.product);
    m_customer->setText(t.customerPhone);
    m_outlet->setCurrentIndex(std::max(0, m_outlet->findData(t.outletId)));
    m_installed->setText(t.installedOn);
    m_invoice->setText(t.invoiceDate);
    m_warranty->setText(t.warrantyEnd);
}

Result<QString> DevicesPage::store()
{
    Device d = m_loaded;
    d.serialNumber = m_serial->text().trimmed();
    d.model = m_model->currentText().trimmed();
    d.product = m_product->text().trimmed();
    if (m_customer->text().trimmed().isEmpty())
        return Error::data(tr("Customer's phone: whose device is it? Type the customer's phone number."),
                           QStringLiteral("customer_id"));
    auto owner = m_customers.findByPhone(actor(), m_customer->text());
    if (!owner)
        return Error::data(tr("Customer's phone: %1").arg(owner.error().message),
                           QStringLiteral("customer_id"));
    d.customerId = owner->meta.id;
    d.outletId = m_outlet->currentData().toString();
    if (Status s = readDay(m_installed, QStringLiteral("installed_on"), tr("Installed on"), d.installedOn);
        !s)
        return s.error();
    if (Status s = readDay(m_invoice, QStringLiteral("invoice_date"), tr("Invoice date"), d.invoiceDate); !s)
        return s.error();
    if (Status s = readDay(m_warranty, QStringLiteral("warranty_end"), tr("Warranty ends"), d.warrantyEnd);
        !s)
        return s.error();
    if (d.serialNumber.isEmpty())
        return Error::data(tr("Serial number: copy it from the device's nameplate; devices are found by it."),
                           QStringLiteral("serial_number"));
    auto saved = m_devices.save(actor(), d);
    if (!saved)
        return saved.error();
    return saved->serialNumber;
}

Status DevicesPage::storeActive(int, bool)
{
    return {};
}

QString DevicesPage::emptyText() const
{
    return tr("No devices yet. Add a customer's device with New (serial number, model, customer's phone), "
              "or import the device list (CSV or XLSX) with Import…. Set up the models and their warranty "
              "in Products first.");
}

QString DevicesPage::historyText() const
{
    return m_history->text();
}

QString DevicesPage::warrantyText() const
{
    return m_warrantyState->text();
}

} // namespace threerings::ui
