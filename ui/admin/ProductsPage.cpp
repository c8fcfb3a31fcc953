#include "ui/admin/ProductsPage.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace threerings::ui {

ProductsPage::ProductsPage(DeviceService& devices, const Actor& actor, QWidget* parent)
    : SetupPage(actor, QStringLiteral("productsPage"), parent), m_devices(devices)
{
    setSearchHint(tr("Search by any part of a model or product"));
    m_model = new QLineEdit(this);
    m_model->setObjectName(QStringLiteral("model"));
    form()->addRow(tr("&Model"), m_model);
    m_product = new QLineEdit(this);
    m_product->setObjectName(QStringLiteral("product"));
    m_product->setPlaceholderText(tr("ATM, APM, 安防 …"));
    form()->addRow(tr("&Product"), m_product);
    m_months = new QSpinBox(this);
    m_months->setObjectName(QStringLiteral("warrantyMonths"));
    m_months->setRange(0, 240);
    m_months->setSuffix(tr(" months"));
    m_months->setToolTip(
        tr("三包: the warranty counts from the invoice date, or from installation when there "
           "is no invoice."));
    form()->addRow(tr("&Warranty"), m_months);
    reload();
}

QStringList ProductsPage::headers() const
{
    return {tr("Model"), tr("Product"), tr("Warranty (months)"), tr("State")};
}

Result<QList<QStringList>> ProductsPage::rows(const QString& search, bool retiredToo)
{
    auto all = m_devices.products(actor(), search, retiredToo);
    if (!all)
        return all.error();
    m_shown = all.value();
    QList<QStringList> out;
    for (const Product& p : m_shown)
        out << QStringList{p.model, p.product, QString::number(p.warrantyMonths), stateLabel(p.active)};
    return out;
}

void ProductsPage::load(int index)
{
    m_loaded = index >= 0 && index < m_shown.size() ? m_shown.at(index) : Product();
    m_model->setText(m_loaded.model);
    m_product->setText(m_loaded.product);
    m_months->setValue(m_loaded.warrantyMonths);
    for (QWidget* w : std::initializer_list<QWidget*>{m_model, m_product, m_months})
        w->setEnabled(mayEdit());
}

void ProductsPage::fill(const Product& p)
{
    m_model->setText(p.model);
    m_product->setText(p.product);
    m_months->setValue(p.warrantyMonths);
}

Result<QString> ProductsPage::store()
{
    Product p = m_loaded;
    p.model = m_model->text().trimmed();
    p.product = m_product->text().trimmed();
    p.warrantyMonths = m_months->value();
    auto saved = m_devices.saveProduct(actor(), p);
    if (!saved)
        return saved.error();
    return saved->model;
}

Status ProductsPage::storeActive(int index, bool active)
{
    if (index < 0 || index >= m_shown.size())
        return {};
    return m_devices.setProductActive(actor(), m_shown.at(index).meta.id, active);
}

QString ProductsPage::emptyText() const
{
    return tr("No products yet. Add each model the hotline services with its warranty in months (三包 counts "
              "from the invoice date), or import the list with Import….");
}

} // namespace threerings::ui
